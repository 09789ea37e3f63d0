import { describe, expect, it } from 'vitest';
import {
  FREE_FAILURES_PER_PAIR,
  heldSeconds,
  MAX_DELAY_SECONDS,
  MAX_FAILURES_PER_USERNAME,
  pairDelaySeconds,
  USERNAME_WINDOW_MS,
  windowOf,
} from './throttle.js';

describe('pairDelaySeconds', () => {
  it('lets the first failures through at once', () => {
    for (let n = 0; n < FREE_FAILURES_PER_PAIR; n++) expect(pairDelaySeconds(n)).toBe(0);
  });
  it('doubles the wait after that, up to the ceiling', () => {
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR)).toBe(30);
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR + 1)).toBe(60);
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR + 4)).toBe(480);
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR + 10)).toBe(MAX_DELAY_SECONDS);
  });
});

describe('windowOf', () => {
  it('names the fixed window and the seconds left in it', () => {
    expect(windowOf(90_000, 60_000)).toEqual({ index: 1, secondsLeft: 30 });
    expect(windowOf(120_000, 60_000)).toEqual({ index: 2, secondsLeft: 60 });
  });
});

describe('heldSeconds', () => {
  const now = Date.UTC(2026, 11, 5, 8, 0, 0);
  const window = windowOf(now, USERNAME_WINDOW_MS).index;
  it('is 0 for an account nobody guessed at, or whose delays have run out', () => {
    expect(heldSeconds([], now)).toBe(0);
    expect(heldSeconds([{ SK: 'ADDR#1.2.3.4', n: 6, nextAt: now - 1000, expiresAt: now / 1000 + 60 }], now)).toBe(0);
    expect(heldSeconds([{ SK: `W#${window - 1}`, n: MAX_FAILURES_PER_USERNAME, expiresAt: now / 1000 + 60 }], now)).toBe(0);
  });
  it('is the longest wait of any address, or of the account’s full window', () => {
    const records = [
      { SK: 'ADDR#1.2.3.4', n: 6, nextAt: now + 30_000, expiresAt: now / 1000 + 60 },
      { SK: 'ADDR#5.6.7.8', n: 7, nextAt: now + 60_000, expiresAt: now / 1000 + 60 },
    ];
    expect(heldSeconds(records, now)).toBe(60);
    expect(heldSeconds([...records, { SK: `W#${window}`, n: MAX_FAILURES_PER_USERNAME, expiresAt: now / 1000 + 3600 }], now)).toBe(
      windowOf(now, USERNAME_WINDOW_MS).secondsLeft,
    );
  });
  it('ignores records past their lifetime (TTL deletes lazily)', () => {
    expect(heldSeconds([{ SK: 'ADDR#1.2.3.4', n: 9, nextAt: now + 30_000, expiresAt: now / 1000 - 1 }], now)).toBe(0);
  });
});
