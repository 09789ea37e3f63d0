import { describe, expect, it } from 'vitest';
import { LatestLoad } from './latest-load';

describe('LatestLoad', () => {
  it('keeps only the newest load: an earlier reply that arrives last is dropped', async () => {
    const loads = new LatestLoad();
    let shown = '';
    const reply = (value: string, ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));
    const load = async (value: string, ms: number) => {
      const mine = loads.start();
      const got = await reply(value, ms);
      if (mine()) shown = got;
    };
    await Promise.all([load('first, slow', 30), load('second, fast', 5)]);
    expect(shown).toBe('second, fast');
  });

  it('lets a follow-up of the load under way through, until a new load or a cancel', () => {
    const loads = new LatestLoad();
    loads.start();
    const more = loads.current();
    expect(more()).toBe(true);
    loads.cancel();
    expect(more()).toBe(false);
    const next = loads.start();
    expect(next()).toBe(true);
    expect(more()).toBe(false);
  });
});
