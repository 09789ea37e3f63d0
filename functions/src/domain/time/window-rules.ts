import { rule } from '../errors.js';

/** zod-free, so the web checks a window with the same bounds the API enforces. */
export const DAY = 24 * 3600_000;

/**
 * Bounds of a window (campaign, quiz or competition, contest): it lasts at most a school year with
 * some slack; it opens at most a year before it is created (entering one already under way) and at
 * most two years ahead (planning). Beyond that it is a typo — 2062 for 2026 — that would otherwise
 * keep a task on every student's list for decades.
 */
export const MAX_WINDOW_DAYS = 366;
export const MAX_OPENING_PAST_DAYS = 366;
export const MAX_OPENING_AHEAD_DAYS = 731;

/** The start of a date in China time, where every deployment is. */
export const dateStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
/** The last second of a date in China time: a date window or a due date still holds then. */
export const dateEnd = (date: string) => Date.parse(`${date}T23:59:59+08:00`);

/** Why a window from `opens` to `closes` (ms) is not a sane one, or null. A date window may open and close on the same day. */
export function windowProblem(opens: number, closes: number, sameAllowed = false): ReturnType<typeof rule> | null {
  if (sameAllowed ? closes < opens : closes <= opens) return rule('window_order', 'the window must close after it opens');
  if (closes - opens > MAX_WINDOW_DAYS * DAY) return rule('window_too_long', `a window lasts at most ${MAX_WINDOW_DAYS} days`, { maximum: MAX_WINDOW_DAYS });
  return null;
}
