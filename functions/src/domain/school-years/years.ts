/**
 * School years (学年): "2026-2027" runs from 1 September 2026 to 31 August 2027, in China's time
 * (UTC+8, no daylight saving). No zod here: the web labels years with the same functions.
 */
import { CHINA_OFFSET_MS, chinaClock } from '../time/china-time.js';

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/** The month (1–12) a school year starts in; the national calendar starts it on 1 September. */
const START_MONTH = 9;
/** Promotion into the next year opens when the summer holiday can have started. */
const PROMOTION_OPENS_MONTH = 7;

export function schoolYearId(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

export function startYearOf(yearId: string): number {
  const match = SCHOOL_YEAR_PATTERN.exec(yearId);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw new Error(`Not a school year: ${yearId}`);
  return Number(match[1]);
}

export function isSchoolYearId(value: string): boolean {
  const match = SCHOOL_YEAR_PATTERN.exec(value);
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}

/** The school year an instant belongs to. */
export function schoolYearOf(ms: number): string {
  const china = chinaClock(ms);
  const year = china.getUTCFullYear();
  return schoolYearId(china.getUTCMonth() + 1 >= START_MONTH ? year : year - 1);
}

export const nextSchoolYear = (yearId: string) => schoolYearId(startYearOf(yearId) + 1);
export const previousSchoolYear = (yearId: string) => schoolYearId(startYearOf(yearId) - 1);

/** Epoch ms of midnight (China) on the first day of a school year. */
export const schoolYearStartsAt = (yearId: string) => Date.UTC(startYearOf(yearId), START_MONTH - 1, 1) - CHINA_OFFSET_MS;

/** When a school in `fromYear` may be promoted into the next: 1 July of the year's last summer. */
export const promotionOpensAt = (fromYear: string) => Date.UTC(startYearOf(fromYear) + 1, PROMOTION_OPENS_MONTH - 1, 1) - CHINA_OFFSET_MS;

export const isBefore = (a: string, b: string) => startYearOf(a) < startYearOf(b);
