/**
 * China's time: UTC+8 all year, with no daylight saving since 1991, so a fixed offset gives its wall
 * clock exactly and without loading any time-zone data (which costs a slow phone more than the page's
 * own code: docs/DECISIONS.md). No zod here: the web uses the same functions.
 */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** A Date whose UTC fields (getUTCFullYear, getUTCHours…) read an instant on China's wall clock. */
export const chinaClock = (ms: number) => new Date(ms + CHINA_OFFSET_MS);

/** The calendar date (YYYY-MM-DD) of an instant in China. */
export const chinaDateOf = (ms: number) => chinaClock(ms).toISOString().slice(0, 10);

/** An instant as "2026-11-02 04:05" in China: what spreadsheets read as a date and time. */
export const chinaMinuteOf = (ms: number) => chinaClock(ms).toISOString().slice(0, 16).replace('T', ' ');
