import { describe, expect, it } from 'vitest';
import { onceLoaded } from './once-loaded.js';

describe('onceLoaded', () => {
  it('loads once for concurrent and later callers', async () => {
    let loads = 0;
    const get = onceLoaded(async () => ++loads);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(await get()).toBe(1);
    expect(loads).toBe(1);
  });

  it('loads again after a failure, and keeps the first success', async () => {
    let loads = 0;
    const get = onceLoaded(async () => {
      loads += 1;
      if (loads === 1) throw new Error('not yet');
      return loads;
    });
    await expect(get()).rejects.toThrow('not yet');
    expect(await Promise.all([get(), get()])).toEqual([2, 2]);
    expect(loads).toBe(2);
  });
});
