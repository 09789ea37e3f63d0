import { describe, expect, it } from 'vitest';
import { chunk, gradesOfStage, randomKey, USERNAME_LENGTH, usernameFits } from './staff';

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

describe('usernameFits', () => {
  it('checks a username as the API does: trimmed, lower-cased, within its length, of its characters', () => {
    expect(usernameFits(' Li.Wei_2 ')).toBe(true);
    expect(usernameFits('a'.repeat(USERNAME_LENGTH.min))).toBe(true);
    expect(usernameFits('a'.repeat(USERNAME_LENGTH.min - 1))).toBe(false);
    expect(usernameFits('a'.repeat(USERNAME_LENGTH.max))).toBe(true);
    expect(usernameFits('a'.repeat(USERNAME_LENGTH.max + 1))).toBe(false);
    expect(usernameFits('li wei')).toBe(false);
    expect(usernameFits('李伟')).toBe(false);
  });
});
