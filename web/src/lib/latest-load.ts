/**
 * The newest of overlapping loads. A component that reloads when its input changes (another unit,
 * another quiz) can get the replies out of order; `start()` begins a load and returns a check that
 * stays true only until a later one starts (or `cancel()`), so a slow reply to what the user has left
 * is dropped instead of shown. `current()` is the same check for the load already under way (a
 * "load more" that belongs to it).
 */
export class LatestLoad {
  private newest = 0;

  start(): () => boolean {
    const mine = ++this.newest;
    return () => mine === this.newest;
  }

  current(): () => boolean {
    const mine = this.newest;
    return () => mine === this.newest;
  }

  cancel(): void {
    this.newest++;
  }
}
