import { z } from 'zod';
import { detail, DomainError, rule } from '../errors.js';

const DAY = 24 * 3600_000;

/**
 * Bounds of a window (campaign, quiz or competition, contest): it lasts at most a school year with
 * some slack; it opens at most a year before it is created (entering one already under way) and at
 * most two years ahead (planning). Beyond that it is a typo — 2062 for 2026 — that would otherwise
 * keep a task on every student's list for decades.
 */
export const MAX_WINDOW_DAYS = 366;
export const MAX_OPENING_PAST_DAYS = 366;
export const MAX_OPENING_AHEAD_DAYS = 731;

/** A calendar date that exists: 2026-02-30 is refused, 2028-02-29 is not. */
export const IsoDate = z.iso.date('a real date as YYYY-MM-DD');
/** An instant with its offset; zod's pattern already refuses days a month does not have. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** The start of a date in China time, where every deployment is. */
export const dateStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

/** Why a window from `opens` to `closes` (ms) is not a sane one, or null. A date window may open and close on the same day. */
export function windowProblem(opens: number, closes: number, sameAllowed = false): ReturnType<typeof rule> | null {
  if (sameAllowed ? closes < opens : closes <= opens) return rule('window_order', 'the window must close after it opens');
  if (closes - opens > MAX_WINDOW_DAYS * DAY) return rule('window_too_long', `a window lasts at most ${MAX_WINDOW_DAYS} days`, { maximum: MAX_WINDOW_DAYS });
  return null;
}

/** Refuses (400, on `path`) a window opening too long before or after `now`: that needs the clock, so routes call it. */
export function requireOpeningNearNow(opens: number, now: number, path: string): void {
  if (opens < now - MAX_OPENING_PAST_DAYS * DAY || opens > now + MAX_OPENING_AHEAD_DAYS * DAY)
    throw new DomainError('validation', 'The request is not valid', [
      detail(path, 'opening_out_of_range', `must open between ${MAX_OPENING_PAST_DAYS} days ago and ${MAX_OPENING_AHEAD_DAYS} days from now`, {
        pastDays: MAX_OPENING_PAST_DAYS,
        aheadDays: MAX_OPENING_AHEAD_DAYS,
      }),
    ]);
}
