import { describe, expect, it } from 'vitest';
import { ACTIVITY_LIMITS } from '$domain/activities/activity-rules';
import { firstUnder, fitWithin } from './photo-resize';

describe('fitWithin', () => {
  it('scales a landscape photo down to the limit on its long side, keeping its shape', () => {
    expect(fitWithin({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3000, height: 2000 }, 1600)).toEqual({ width: 1600, height: 1067 });
  });

  it('scales a portrait photo by its height', () => {
    expect(fitWithin({ width: 2000, height: 3000 }, 1600)).toEqual({ width: 1067, height: 1600 });
    expect(fitWithin({ width: 3024, height: 4032 }, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('leaves a photo that fits as it is', () => {
    expect(fitWithin({ width: 1600, height: 900 })).toEqual({ width: 1600, height: 900 });
    expect(fitWithin({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
  });

  it('makes a square exactly the limit, and never a side of 0 px', () => {
    expect(fitWithin({ width: 5000, height: 5000 }, 1600)).toEqual({ width: 1600, height: 1600 });
    expect(fitWithin({ width: 20000, height: 3 }, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it('uses the API’s limit by default', () => {
    const fitted = fitWithin({ width: 9000, height: 6000 });
    expect(Math.max(fitted.width, fitted.height)).toBe(ACTIVITY_LIMITS.photoPixels);
  });
});

describe('firstUnder', () => {
  it('takes the best quality that is small enough, and stops there', async () => {
    const tried: number[] = [];
    const sizes: Record<number, number> = { 0.82: 2_000_000, 0.7: 1_400_000, 0.55: 900_000, 0.4: 600_000 };
    const found = await firstUnder(async (quality) => (tried.push(quality), { size: sizes[quality]!, quality }), 1_500_000);
    expect(found).toEqual({ size: 1_400_000, quality: 0.7 });
    expect(tried).toEqual([0.82, 0.7]);
  });

  it('is null when even the lowest quality is too large', async () => {
    expect(await firstUnder(async () => ({ size: 2_000_000 }), 1_500_000)).toBeNull();
  });
});
