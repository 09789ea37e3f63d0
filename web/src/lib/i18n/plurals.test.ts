import { describe, expect, it } from 'vitest';
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
import { interpolate, pluralForm, type Message, type Params, type Plural } from './translate';
import { zh as coreZh } from './zh';

const en: Record<string, Message> = { ...coreEn, ...accountEn, ...quizEn, ...studentEn, ...contestsEn, ...staffEn };
const zh: Record<string, string> = { ...coreZh, ...accountZh, ...quizZh, ...studentZh, ...contestsZh, ...staffZh };

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];

/** Parameters that are never counts: names, dates, codes. */
const NOT_COUNTS = new Set([
  'name',
  'module',
  'version',
  'published',
  'title',
  'unit',
  'level',
  'class',
  'teacher',
  'county',
  'who',
  'file',
  'dates',
  'date',
  'at',
  'time',
  'from',
  'start',
  'end',
  'code',
  'codes',
  'entry',
  'award',
  'username',
  'status',
  'label',
  'kind',
  'band',
  'topic',
  'subject',
  'column',
  'direction',
  'section',
  'sections',
  'quiz',
  'stem',
  'group',
  'wait',
  'expires',
  'next',
  'rate',
  'share',
]);

/** Every message with every count set to `count`: a count's noun must agree with whichever count it follows. */
function render(key: string, count: number): string {
  const params: Params = Object.fromEntries(placeholders(zh[key]!).map((name) => [name, NOT_COUNTS.has(name) ? 'X' : count]));
  return interpolate(pluralForm('en', en[key]!, params), params);
}

/** The choices in a message, nested ones included. */
const choices = (message: Message): Plural[] => (typeof message === 'string' ? [] : [message, ...choices(message.one), ...choices(message.other)]);
const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : [...texts(message.one), ...texts(message.other)]);

/** Words ending in s that are not plural nouns, as in "1 is" or "1 class". */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'needs', 'this', 'its', 'less', 'plus', 'class']);

/** The words only the singular forms use ("1 student"): none may follow a count of 2. */
const words = (texts: string[]) => new Set(texts.flatMap((text) => text.match(/[a-z]+/g) ?? []));
const SINGULAR_NOUNS = Object.values(en)
  .flatMap(choices)
  .flatMap((choice) => {
    const plural = words(texts(choice.other));
    return [...words(texts(choice.one))].filter((word) => !plural.has(word));
  });

describe('messages with a count', () => {
  it('pick the form by the plural rules; Chinese has one form', () => {
    const message = { one: '{n} student', other: '{n} students' };
    expect(interpolate(pluralForm('en', message, { n: 1 }), { n: 1 })).toBe('1 student');
    expect(interpolate(pluralForm('en', message, { n: 2 }), { n: 2 })).toBe('2 students');
    expect(pluralForm('en', message, { n: 0 })).toBe('{n} students');
    expect(pluralForm('en', message, { n: '1,234' })).toBe('{n} students');
    expect(pluralForm('en', { one: '{n} of {total} entry', other: '{n} of {total} entries', count: 'total' }, { n: 2, total: 1 })).toBe('{n} of {total} entry');
  });

  it('never say "1 students"', () => {
    const wrong = Object.keys(en)
      .map((key) => [key, render(key, 1)] as const)
      .filter(([, text]) => [...text.matchAll(/(?<![–\d])\b1 (?:[a-z]+ )?([a-z]+s)\b/g)].some((m) => !NOT_PLURAL.has(m[1]!)));
    expect(wrong).toEqual([]);
  });

  it('never say "2 student"', () => {
    expect(SINGULAR_NOUNS.length).toBeGreaterThan(0);
    const singular = new RegExp(`\\b2 (?:[a-z]+ )?(${SINGULAR_NOUNS.join('|')})\\b`);
    const wrong = Object.keys(en)
      .map((key) => [key, render(key, 2)] as const)
      .filter(([, text]) => singular.test(text));
    expect(wrong).toEqual([]);
  });

  it('count by a parameter the message has, and have two different forms', () => {
    for (const [key, message] of Object.entries(en))
      for (const choice of choices(message)) {
        expect(placeholders(zh[key]!), key).toContain(choice.count ?? 'n');
        expect(choice.one, key).not.toEqual(choice.other);
      }
  });
});
