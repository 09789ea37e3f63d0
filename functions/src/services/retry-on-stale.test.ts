import { describe, expect, it } from 'vitest';
import { retryOnStale, STALE } from './retry-on-stale.js';

describe('retryOnStale', () => {
  it('runs the step again while it is overtaken, and returns its first real outcome', async () => {
    const outcomes: (string | typeof STALE)[] = [STALE, STALE, 'done'];
    let runs = 0;
    const result = await retryOnStale(
      async () => outcomes[runs++]!,
      () => new Error('exhausted'),
      5,
    );
    expect(result).toBe('done');
    expect(runs).toBe(3);
  });

  it('gives up with the caller’s error after the given number of runs', async () => {
    let runs = 0;
    const run = retryOnStale(
      async () => {
        runs++;
        return STALE;
      },
      () => new Error('too many concurrent writers'),
      3,
    );
    await expect(run).rejects.toThrow('too many concurrent writers');
    expect(runs).toBe(3);
  });

  it('passes a step’s error through without running it again', async () => {
    let runs = 0;
    const run = retryOnStale(
      async () => {
        runs++;
        throw new Error('refused');
      },
      () => new Error('exhausted'),
      3,
    );
    await expect(run).rejects.toThrow('refused');
    expect(runs).toBe(1);
  });
});
