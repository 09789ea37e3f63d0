import { describe, expect, it } from 'vitest';
import { retryAfterSeconds, THROTTLE_WINDOW_MS } from './throttle.js';

describe('retryAfterSeconds', () => {
  const now = 1_000_000_000;
  it('allows attempts below the limit', () => {
    expect(retryAfterSeconds([now - 1000, now - 2000], 5, now)).toBe(0);
  });
  it('blocks at the limit until the oldest counted failure leaves the window', () => {
    const failures = [now - 60_000, now - 50_000, now - 40_000, now - 30_000, now - 20_000];
    expect(retryAfterSeconds(failures, 5, now)).toBe((THROTTLE_WINDOW_MS - 60_000) / 1000);
  });
});
