import { beforeAll, describe, expect, it } from 'vitest';
import { accountEn } from './account.en';
import { accountZh } from './account.zh';
import { contestsEn } from './contests.en';
import { contestsZh } from './contests.zh';
import { en as coreEn } from './en';
import { quizEn } from './quiz.en';
import { quizZh } from './quiz.zh';
import { staffEn } from './staff.en';
import { staffZh } from './staff.zh';
import { studentEn } from './student.en';
import { studentZh } from './student.zh';
import {
  ALL_PACKS,
  dictionaries,
  interpolate,
  isLoaded,
  loadMessages,
  localName,
  packsFor,
  parseLocale,
  translate,
  type Message,
  type MessageKey,
} from './translate';
import { zh as coreZh } from './zh';

const packs = [
  [coreZh, coreEn],
  [accountZh, accountEn],
  [quizZh, quizEn],
  [studentZh, studentEn],
  [contestsZh, contestsEn],
  [staffZh, staffEn],
] as const;
const zh: Record<MessageKey, string> = { ...coreZh, ...accountZh, ...quizZh, ...studentZh, ...contestsZh, ...staffZh };
const en: Record<MessageKey, Message> = { ...coreEn, ...accountEn, ...quizEn, ...studentEn, ...contestsEn, ...staffEn };

describe('dictionaries', () => {
  it('zh and en have exactly the same keys, in the same packs', () => {
    for (const [zhPack, enPack] of packs) expect(Object.keys(enPack).sort()).toEqual(Object.keys(zhPack).sort());
  });

  it('no key is in two packs', () => {
    const total = packs.reduce((sum, [zhPack]) => sum + Object.keys(zhPack).length, 0);
    expect(Object.keys(zh).length).toBe(total);
  });

  it('no message is empty and placeholders match between languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // Every form of a message with a count (plurals.test.ts) has the placeholders of the Chinese.
    const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : [...forms(message.one), ...forms(message.other)]);
    for (const key of Object.keys(zh) as MessageKey[]) {
      expect(zh[key].trim(), key).not.toBe('');
      for (const form of forms(en[key])) {
        expect(form.trim(), key).not.toBe('');
        expect(placeholders(form), key).toEqual(placeholders(zh[key]));
      }
    }
  });

  it('has a label for every role, school stage and unit kind', () => {
    for (const role of ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor']) expect(Object.keys(zh)).toContain(`role.${role}`);
    for (const stage of ['primary', 'junior', 'senior', 'nine_year', 'twelve_year', 'vocational']) expect(Object.keys(zh)).toContain(`stage.${stage}`);
    for (const kind of ['region', 'city', 'county', 'school', 'class']) expect(Object.keys(zh)).toContain(`kind.${kind}`);
  });
});

describe('packs', () => {
  it('the sign-in page needs only the core, a quiz or a module one pack more, staff pages everything', () => {
    for (const path of ['/', '/signin']) expect(packsFor(path), path).toEqual(['core']);
    expect(packsFor('/account/password')).toEqual(['core', 'account']);
    expect(packsFor('/student/quizzes/q1')).toEqual(['core', 'quiz']);
    expect(packsFor('/student/modules/m1')).toEqual(['core', 'student']);
    expect(packsFor('/family/AbCdEfGhIjKlMnOpQrStUv')).toEqual(['core', 'student']);
    for (const path of ['/student', '/student/contests/c1', '/student/certificates/X', '/verify/ABC'])
      expect(packsFor(path), path).toEqual(['core', 'student', 'contest']);
    for (const path of ['/teacher', '/bureau/units/640000', '/editor', '/studentish', '/api-reference']) expect(packsFor(path), path).toEqual(ALL_PACKS);
  });

  it('only the Chinese core is there before anything is fetched', () => {
    expect(isLoaded('zh', ['core'])).toBe(true);
    expect(isLoaded('zh', ['quiz'])).toBe(false);
    expect(isLoaded('en', ['core'])).toBe(false);
    expect(translate('en', 'signin.title')).toBe('登录');
    expect(translate('zh', 'quiz.start')).toBe('quiz.start');
  });

  it('fetches a pack once and then looks it up', async () => {
    await loadMessages('zh', ['quiz']);
    expect(isLoaded('zh', ['core', 'quiz'])).toBe(true);
    expect(translate('zh', 'quiz.start')).toBe(zh['quiz.start']);
  });
});

describe('translate', () => {
  beforeAll(() => Promise.all([loadMessages('en', ALL_PACKS), loadMessages('zh', ALL_PACKS)]));

  it('looks up by language', () => {
    expect(translate('zh', 'signin.title')).toBe('登录');
    expect(translate('en', 'signin.title')).toBe('Sign in');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'import.commit', { n: 30 })).toBe('确认导入 30 名学生');
    expect(translate('en', 'import.commit', { n: 30 })).toBe('Import 30 students');
    expect(translate('en', 'import.commit', { n: 1 })).toBe('Import 1 student');
    expect(translate('zh', 'import.commit', { n: 1 })).toBe('确认导入 1 名学生');
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
