import { z } from 'zod';
import { detail, DomainError } from '../errors.js';
import { DAY, MAX_OPENING_AHEAD_DAYS, MAX_OPENING_PAST_DAYS } from './window-rules.js';

export { dateEnd, dateStart, MAX_OPENING_AHEAD_DAYS, MAX_OPENING_PAST_DAYS, MAX_WINDOW_DAYS, windowProblem } from './window-rules.js';

/** A calendar date that exists: 2026-02-30 is refused, 2028-02-29 is not. */
export const IsoDate = z.iso.date('a real date as YYYY-MM-DD');
/** An instant with its offset; zod's pattern already refuses days a month does not have. */
export const IsoDateTime = z.iso.datetime({ offset: true });

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
