import { describe, expect, it } from 'vitest';
import { chunk, gradesOfStage, randomKey } from './staff';

describe('gradesOfStage', () => {
  it('follows the school stage', () => {
    expect(gradesOfStage('junior')).toEqual([7, 8, 9]);
    expect(gradesOfStage('primary')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(gradesOfStage('vocational')).toEqual([10, 11, 12]);
    expect(gradesOfStage(undefined)).toHaveLength(12);
  });
});

describe('chunk', () => {
  it('cuts slips into sheets of ten', () => {
    const pages = chunk(
      Array.from({ length: 30 }, (_, i) => i),
      10,
    );
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.length === 10)).toBe(true);
    expect(chunk([1, 2, 3], 10)).toEqual([[1, 2, 3]]);
    expect(chunk([], 10)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});

describe('randomKey', () => {
  it('makes distinct idempotency keys long enough for the API', () => {
    const a = randomKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey()).not.toBe(a);
  });
});
