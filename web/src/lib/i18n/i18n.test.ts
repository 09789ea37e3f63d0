import { describe, expect, it } from 'vitest';
import { en } from './en';
import { dictionaries, interpolate, localName, parseLocale, translate, type MessageKey } from './translate';
import { zh } from './zh';

describe('dictionaries', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('no message is empty and placeholders match between languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as MessageKey[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('has a label for every role, school stage and unit kind', () => {
    for (const role of ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor'])
      expect(Object.keys(zh)).toContain(`role.${role}`);
    for (const stage of ['primary', 'junior', 'senior', 'nine_year', 'twelve_year', 'vocational'])
      expect(Object.keys(zh)).toContain(`stage.${stage}`);
    for (const kind of ['region', 'city', 'county', 'school', 'class']) expect(Object.keys(zh)).toContain(`kind.${kind}`);
  });
});

describe('translate', () => {
  it('looks up by language', () => {
    expect(translate('zh', 'signin.title')).toBe('登录');
    expect(translate('en', 'signin.title')).toBe('Sign in');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'import.commit', { n: 30 })).toBe('确认导入 30 名学生');
    expect(translate('en', 'import.commit', { n: 30 })).toBe('Import 30 students');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('the language toggle names the other language', () => {
    expect(dictionaries.zh['header.switchLanguage']).toBe('English');
    expect(dictionaries.en['header.switchLanguage']).toBe('中文');
  });
});

describe('parseLocale and localName', () => {
  it('accepts language tags', () => {
    expect(parseLocale('zh-CN')).toBe('zh');
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('EN-gb')).toBe('en');
    expect(parseLocale('fr')).toBeNull();
    expect(parseLocale(null)).toBeNull();
  });

  it('picks the name in the language, falling back to Chinese', () => {
    const name = { zh: '西吉县', en: 'Xiji County' };
    expect(localName('zh', name)).toBe('西吉县');
    expect(localName('en', name)).toBe('Xiji County');
    expect(localName('en', { zh: '七年级(1)班', en: '' })).toBe('七年级(1)班');
    expect(localName('zh', null)).toBe('');
  });
});
