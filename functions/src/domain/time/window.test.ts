import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { dateStart, IsoDate, MAX_WINDOW_DAYS, requireOpeningNearNow, windowProblem } from './window.js';

const DAY = 24 * 3600_000;

describe('dates and windows', () => {
  it('accepts real dates only', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-1-1']) expect(IsoDate.safeParse(date).success, date).toBe(false);
  });

  it('wants a window to close after it opens and last at most a year', () => {
    const opens = dateStart('2027-03-01');
    expect(windowProblem(opens, opens + 30 * DAY)).toBeNull();
    expect(windowProblem(opens, opens)?.params.code).toBe('window_order');
    expect(windowProblem(opens, opens, true)).toBeNull();
    expect(windowProblem(opens, opens - DAY, true)?.message).toMatch(/after it opens/);
    expect(windowProblem(opens, opens + MAX_WINDOW_DAYS * DAY)).toBeNull();
    expect(windowProblem(opens, opens + 3650 * DAY)?.params).toEqual({ code: 'window_too_long', maximum: MAX_WINDOW_DAYS });
  });

  it('wants a window to open within a year before and two years after now', () => {
    const now = Date.parse('2026-12-04T00:00:00Z');
    expect(() => requireOpeningNearNow(now - 300 * DAY, now, 'startDate')).not.toThrow();
    expect(() => requireOpeningNearNow(now + 700 * DAY, now, 'startDate')).not.toThrow();
    for (const opens of [now - 400 * DAY, now + 800 * DAY]) expect(() => requireOpeningNearNow(opens, now, 'startDate')).toThrow(DomainError);
  });
});
