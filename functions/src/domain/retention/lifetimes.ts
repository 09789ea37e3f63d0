import { nextSchoolYear, schoolYearStartsAt } from '../school-years/years.js';

/**
 * How long each kind of personal record is kept (docs/SECURITY.md "Retention"). The table's TTL
 * attribute `expiresAt` enforces these; because TTL deletion is lazy (up to days late), every read of
 * these items also filters on it.
 */
const DAY = 24 * 3600;

export const LIFETIME_SECONDS = {
  /** A preview nobody committed: the file was uploaded by mistake or fixed and uploaded again. */
  importPreview: 2 * DAY,
  /**
   * A committed import: its rows and the sealed one-time passwords of its slips, and its chunk
   * markers. Slips are printed on the day of the import, and a lost slip is handled by a password
   * reset, so a week covers a teacher who prints them after a weekend.
   */
  importSlips: 7 * DAY,
  /**
   * Attempts with their answers, after submission: long enough for a school year and the next one's
   * pre/post comparison (learning gain); counters and certificates keep the outcome afterwards.
   */
  attempt: 2 * 365 * DAY,
  /**
   * A contest draft never submitted, counted from when the contest closes: the author may want the
   * text back for next year's contest, after which it is nobody's record.
   */
  unsubmittedDraft: 365 * DAY,
  /**
   * Audit entries: three years covers a student's whole stage at one school (junior or senior
   * middle school), so a guardian's question about who saw or changed their child's data during
   * that time can be answered.
   */
  audit: 3 * 365 * DAY,
  /**
   * A graduate's account, counted from the start of the next school year: the autumn term, in which
   * a new school or a family may still ask for the certificates; then the data-rights deletion
   * removes the personal data, and the year's figures keep the student as facts.
   */
  graduate: 180 * DAY,
} as const;

/** The TTL value (epoch seconds) of an item that lives `lifetime` seconds from `fromMs`. */
export function expiresAtFrom(fromMs: number, lifetime: number): number {
  return Math.floor(fromMs / 1000) + lifetime;
}

/** True while an item with TTL `expiresAt` is still alive at `nowMs` (TTL deletion is lazy). */
export function isAlive(item: { expiresAt?: unknown }, nowMs: number): boolean {
  return typeof item.expiresAt !== 'number' || item.expiresAt > Math.floor(nowMs / 1000);
}

/** The TTL of a contest draft while it is not submitted: a year after the contest closes. */
export function unsubmittedDraftExpiresAt(contest: { settings: { closesAt: string } }): number {
  return expiresAtFrom(Date.parse(contest.settings.closesAt), LIFETIME_SECONDS.unsubmittedDraft);
}

/** When the graduates of `year` leave: their read-only time after the next school year starts (epoch ms). */
export function graduatesLeaveAt(year: string): number {
  return schoolYearStartsAt(nextSchoolYear(year)) + LIFETIME_SECONDS.graduate * 1000;
}
