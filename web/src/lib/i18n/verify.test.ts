import { describe, expect, it } from 'vitest';
import { studentEn as en } from './student.en';
import { studentZh as zh } from './student.zh';

describe('the certificate check for an unknown code', () => {
  it('asks to check the code and never calls the certificate forged', () => {
    expect(zh['verify.notFoundTitle']).toBe('没有这个编号的证书');
    expect(zh['verify.notFound']).toContain('请核对编号');
    expect(en['verify.notFoundTitle']).toBe('No certificate has this code');
    expect(en['verify.notFound']).toMatch(/check the code/i);
    for (const text of [zh['verify.notFoundTitle'], zh['verify.notFound']]) expect(text).not.toMatch(/伪造|假/);
    for (const text of [en['verify.notFoundTitle'], en['verify.notFound']]) expect(text).not.toMatch(/forged|fake/i);
  });
});
