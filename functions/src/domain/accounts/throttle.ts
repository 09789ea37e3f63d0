/** Sign-in throttling rules: pure functions over the failure timestamps the store keeps. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
/** A computer room shares one address: 40 children mistyping twice must not lock the room out. */
export const MAX_FAILURES_PER_ADDRESS = 100;

/** Seconds until the subject may try again, or 0 when it may try now. */
export function retryAfterSeconds(failures: number[], limit: number, now: number): number {
  if (failures.length < limit) return 0;
  const sorted = [...failures].sort((a, b) => a - b);
  const oldestCounted = sorted[sorted.length - limit]!;
  return Math.max(1, Math.ceil((oldestCounted + THROTTLE_WINDOW_MS - now) / 1000));
}
