import { describe, expect, it } from 'vitest';
import { nameProblem, PlainName, PlainText, textProblem } from './clean-text.js';

describe('clean text', () => {
  it('accepts ordinary names in any script', () => {
    for (const name of ['张三', '马晓燕', 'Li Wei', "O'Brien-Smith", 'Ayşe Yılmaz', '买买提·艾力', '七年级(1)班', '😀 Club'])
      expect(nameProblem(name), name).toBeNull();
  });

  it('refuses controls, bidi overrides and isolates, zero-width characters and lone surrogates in names', () => {
    for (const name of [
      'a\u0000b',
      'a\tb',
      'a\nb',
      'a\u007Fb',
      'a\u0085b',
      'Evil\u202Egnp.exe',
      '\u202A李',
      '\u2066李\u2069',
      '王\u200B五',
      '王\u200D五',
      '王\u2060五',
      '王\uFEFF五',
      'a\uD800b',
      'a\uDC00',
    ])
      expect(nameProblem(name), JSON.stringify(name)).not.toBeNull();
  });

  it('lets text keep tabs, line breaks and zero-width joiners, not other controls or bidi overrides', () => {
    expect(textProblem('第一行\n\t第二行\r\n👩\u200D👩\u200D👧')).toBeNull();
    for (const text of ['a\u0000b', 'a\u000Bb', 'x\u202Ey', 'x\uDBFF']) expect(textProblem(text), JSON.stringify(text)).not.toBeNull();
  });

  it('makes zod schemas that trim, bound and refuse', () => {
    expect(PlainName(5).parse('  张三 ')).toBe('张三');
    expect(PlainName(5).safeParse('').success).toBe(false);
    expect(PlainName(5).safeParse('123456').success).toBe(false);
    expect(PlainName(5).safeParse('张\u200B三').error?.issues[0]?.message).toMatch(/zero-width/);
    expect(PlainText(20).parse(' 一\n二 ')).toBe('一\n二');
  });
});
