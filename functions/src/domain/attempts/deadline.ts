/**
 * When an attempt's time is up (zod-free, so the quiz page stops retrying saves when the API stops
 * taking them).
 */

/** Answers saved a little after the deadline (a slow network) still count; after that, never. */
export const GRACE_MS = 30_000;

export function deadlineFor(startedAt: number, timeLimitMinutes: number, closesAt: string | undefined): number {
  const limit = startedAt + timeLimitMinutes * 60_000;
  return closesAt ? Math.min(limit, Date.parse(closesAt)) : limit;
}
