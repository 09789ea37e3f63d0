import { MAX_ENTRY_TEXT } from './length.js';

/**
 * The bounds and rules of a contest's settings, zod-free: the API's schema is built from them and the
 * bureau's create form checks with them, so the form refuses what the API would and nothing else.
 */

/** Largest length limit an organiser may set, per counting unit: English words run about five characters. */
export const LIMIT_MAXIMUM = { zhChars: MAX_ENTRY_TEXT, enWords: MAX_ENTRY_TEXT / 5 } as const;
/** Entries each unit of a stage may send on. */
export const QUOTA = { min: 1, max: 1000 } as const;
export const MAX_STAGES = 4;
/** A criterion's full marks. */
export const CRITERION_POINTS = { min: 1, max: 100 } as const;
export const MAX_CRITERIA = 10;
export const CRITERION_ID = /^[a-z0-9_]{1,20}$/;
/** Judges' totals further apart than this percent of the rubric's maximum call for a third judge. */
export const SPREAD_PERCENT = { min: 5, max: 100, default: 20 } as const;

/** A length limit whose bounds are in order and within `maximum`. */
export function limitRangeFits(range: { min: number; max: number }, maximum: number): boolean {
  return range.min <= range.max && range.max <= maximum;
}

export function criterionIdsUnique(rubric: readonly { id: string }[]): boolean {
  return new Set(rubric.map((r) => r.id)).size === rubric.length;
}

/** The most points an entry can get: every criterion's full marks. */
export function rubricMax(rubric: readonly { max: number }[]): number {
  return rubric.reduce((sum, c) => sum + c.max, 0);
}
