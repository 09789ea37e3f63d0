/** What a step returns when another writer changed what it read: it runs again on fresh reads. */
export const STALE = Symbol('stale');

/**
 * Runs a read–decide–write step until it is not overtaken by a concurrent writer. Each run must read
 * afresh, and its write must be conditional on what it read, so a retry never does the thing twice.
 * `exhausted` makes the error for a step still overtaken after `tries` runs.
 */
export async function retryOnStale<T>(step: () => Promise<T | typeof STALE>, exhausted: () => Error, tries: number): Promise<T> {
  for (let run = 0; run < tries; run++) {
    const outcome = await step();
    if (outcome !== STALE) return outcome;
  }
  throw exhausted();
}
