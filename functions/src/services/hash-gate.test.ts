import { describe, expect, it } from 'vitest';
import { MAX_HASHING, MAX_WAITING, hashSlot } from './hash-gate.js';

describe('hashSlot', () => {
  it('runs a bounded number at once, queues a bounded number, refuses the rest fast', async () => {
    let active = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        active++;
        peak = Math.max(peak, active);
        release.push(() => {
          active--;
          resolve();
        });
      });
    const calls = Array.from({ length: MAX_HASHING + MAX_WAITING + 5 }, () =>
      hashSlot(work).then(
        () => 'done',
        (error) => error.code,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(active).toBe(MAX_HASHING);
    while (release.length) {
      release.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const results = await Promise.all(calls);
    expect(results.filter((r) => r === 'done')).toHaveLength(MAX_HASHING + MAX_WAITING);
    expect(results.filter((r) => r === 'unavailable')).toHaveLength(5);
    expect(peak).toBe(MAX_HASHING);
  });
});
