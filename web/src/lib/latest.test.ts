import { describe, expect, it } from 'vitest';
import { Latest } from './latest';

describe('Latest', () => {
  it('lets only the last request started apply its answer', () => {
    const requests = new Latest();
    const first = requests.start();
    expect(first()).toBe(true);
    const second = requests.start();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('keeps separate series apart', () => {
    const a = new Latest();
    const b = new Latest();
    const fromA = a.start();
    b.start();
    expect(fromA()).toBe(true);
  });
});
