import { describe, expect, it } from 'vitest';
import { countChars, countWords, entryLength, lengthVerdict, limitFor } from './length.js';

describe('countChars (Chinese entries)', () => {
  it('counts every character but whitespace, punctuation included', () => {
    expect(countChars('')).toBe(0);
    expect(countChars('   \n\t ')).toBe(0);
    expect(countChars('珍爱生命，远离毒品。')).toBe(10);
    expect(countChars('珍爱 生命\n\n远离　毒品')).toBe(8); // ideographic space U+3000 is whitespace
    expect(countChars('禁毒 2026 ok')).toBe(8);
  });

  it('counts by code point: a character outside the BMP is one', () => {
    expect(countChars('𠮷野家')).toBe(3);
    expect(countChars('👍好')).toBe(2);
  });
});

describe('countWords (English entries)', () => {
  it('counts whitespace-separated tokens with a letter or digit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  ')).toBe(0);
    expect(countWords('Say no to drugs.')).toBe(4);
    expect(countWords('  Say\nno\t\tto   drugs  ')).toBe(4);
    expect(countWords("don't — stop ... 2026 e-mail")).toBe(4);
    expect(countWords('— ... !!')).toBe(0);
  });

  it('counts letters of any script', () => {
    expect(countWords('café naïve 禁毒')).toBe(3);
  });
});

describe('entryLength, limitFor and lengthVerdict', () => {
  const limits = { zhChars: { min: 5, max: 10 }, enWords: { min: 2, max: 3 } };

  it('counts in the unit of the language', () => {
    expect(entryLength('Say no to drugs', 'en')).toBe(4);
    expect(entryLength('Say no to drugs', 'zh')).toBe(12);
    expect(limitFor(limits, 'zh')).toEqual({ min: 5, max: 10 });
    expect(limitFor(limits, 'en')).toEqual({ min: 2, max: 3 });
  });

  it('includes both ends of the range', () => {
    expect(lengthVerdict(4, limits.zhChars)).toBe('short');
    expect(lengthVerdict(5, limits.zhChars)).toBe('ok');
    expect(lengthVerdict(10, limits.zhChars)).toBe('ok');
    expect(lengthVerdict(11, limits.zhChars)).toBe('long');
  });
});
