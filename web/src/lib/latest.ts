/**
 * Requests of which only the last one started may apply its answer: when the address changes
 * faster than the API answers, an older request that answers late must not overwrite a newer one.
 */
export class Latest {
  #started = 0;

  /** Starts a request; the function it returns tells, later, whether that request is still the last one. */
  start(): () => boolean {
    const mine = ++this.#started;
    return () => mine === this.#started;
  }
}
