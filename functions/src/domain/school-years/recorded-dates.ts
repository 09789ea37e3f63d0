import { detail, ruleBroken, type DomainError } from '../errors.js';
import { dateStart } from '../time/window-rules.js';
import { schoolYearOf } from './years.js';

/**
 * Dates of what a school records after the fact (an activity it held, a lesson taught): the school
 * year and the month they count in.
 */
export const yearOfDate = (date: string) => schoolYearOf(dateStart(date));

/** `2026-10` of `2026-10-15`: the month scope of counters. */
export const monthOfDate = (date: string) => date.slice(0, 7);

/** Why something may not be dated `date` at `now`: not in the future, not before last school year. */
export function recordedDateProblem(date: string, now: number): DomainError | null {
  const at = dateStart(date);
  if (at > now) return ruleBroken('Record it once it took place', [detail('date', 'date_in_future', 'a date still to come')]);
  const earliest = dateStart(`${Number(schoolYearOf(now).slice(0, 4)) - 1}-09-01`);
  if (at < earliest) return ruleBroken('Record what happened this school year or the last', [detail('date', 'date_too_old', 'before last school year')]);
  return null;
}
