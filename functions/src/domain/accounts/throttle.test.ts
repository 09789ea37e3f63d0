import { describe, expect, it } from 'vitest';
import { FREE_FAILURES_PER_PAIR, MAX_DELAY_SECONDS, pairDelaySeconds, windowOf } from './throttle.js';

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
