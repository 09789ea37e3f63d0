import { describe, expect, it } from 'vitest';
import { STUDENT_BANDS, TOPICS } from '../../domain/modules/content.js';
import { QuestionContent } from '../../domain/questions/question.js';
import { SEED_QUESTIONS } from './index.js';

/** Every learner-facing string of a question, with where it came from. */
function strings(key: string, q: QuestionContent): { where: string; lang: 'zh' | 'en'; text: string }[] {
  const out: { where: string; lang: 'zh' | 'en'; text: string }[] = [];
  const add = (where: string, l: { zh: string; en: string }) => {
    out.push({ where: `${key} ${where}.zh`, lang: 'zh', text: l.zh }, { where: `${key} ${where}.en`, lang: 'en', text: l.en });
  };
  add('stem', q.stem);
  for (const o of q.options) add(`option ${o.id}`, o.text);
  add('explanation', q.explanation);
  return out;
}

const questions = SEED_QUESTIONS.map(({ key, content }) => ({ key, content: QuestionContent.parse(content) }));
const all = questions.flatMap(({ key, content }) => strings(key, content));
const count = (pred: (q: QuestionContent) => boolean) => questions.filter((q) => pred(q.content)).length;

describe('seed questions', () => {
  it('all parse as QuestionContent', () => {
    for (const { key, content } of SEED_QUESTIONS) {
      const result = QuestionContent.safeParse(content);
      expect(result.success, `${key}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has at least 130 questions with unique, stable-looking keys', () => {
    expect(questions.length).toBeGreaterThanOrEqual(130);
    const keys = questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+-\d{3}$/);
  });

  it('has at least 12 questions per topic', () => {
    for (const topic of TOPICS)
      expect(
        count((q) => q.topics.includes(topic)),
        topic,
      ).toBeGreaterThanOrEqual(12);
  });

  it('has at least 25 questions per student band', () => {
    for (const band of STUDENT_BANDS)
      expect(
        count((q) => q.gradeBands.includes(band)),
        band,
      ).toBeGreaterThanOrEqual(25);
  });

  it('writes the items made for grades 1–3 simply: at most three options, short sentences', () => {
    // Items tagged only 'primary_lower' were written for ages 6–9; upper-primary items also tagged
    // for grades 1–3 were chosen by hand for their plain wording and are left as they are.
    const lower = questions.filter((q) => q.content.gradeBands.length === 1 && q.content.gradeBands[0] === 'primary_lower');
    expect(lower.length).toBeGreaterThanOrEqual(30);
    for (const { key, content } of lower) {
      expect(content.options.length, key).toBeLessThanOrEqual(content.type === 'multiple' ? 4 : 3);
      for (const sentence of content.stem.zh.split(/[。！？]/)) expect(sentence.length, `${key}: ${sentence}`).toBeLessThanOrEqual(32);
      for (const option of content.options) expect(option.text.zh.length, `${key} ${option.id}`).toBeLessThanOrEqual(20);
    }
  });

  it('mixes question types and difficulties', () => {
    expect(count((q) => q.type === 'multiple')).toBeGreaterThanOrEqual(20);
    expect(count((q) => q.type === 'true_false')).toBeGreaterThanOrEqual(25);
    expect(count((q) => q.type === 'single')).toBeGreaterThanOrEqual(count((q) => q.type !== 'single') / 2);
    for (const d of [1, 2, 3])
      expect(
        count((q) => q.difficulty === d),
        `difficulty ${d}`,
      ).toBeGreaterThanOrEqual(20);
  });

  it('has no repeated topics or bands within a question', () => {
    for (const { key, content } of questions) {
      expect(new Set(content.topics).size, key).toBe(content.topics.length);
      expect(new Set(content.gradeBands).size, key).toBe(content.gradeBands.length);
    }
  });

  it('writes true/false options as 对/True and 错/False', () => {
    for (const { key, content } of questions.filter((q) => q.content.type === 'true_false')) {
      expect(
        content.options.map((o) => o.text),
        key,
      ).toEqual([
        { zh: '对', en: 'True' },
        { zh: '错', en: 'False' },
      ]);
    }
  });

  it('gives choice questions 3 to 6 distinct options and at least one wrong one', () => {
    for (const { key, content } of questions.filter((q) => q.content.type !== 'true_false')) {
      expect(content.options.length, key).toBeGreaterThanOrEqual(3);
      expect(
        content.options.some((o) => !o.correct),
        key,
      ).toBe(true);
      for (const lang of ['zh', 'en'] as const) {
        const texts = content.options.map((o) => o.text[lang]);
        expect(new Set(texts).size, `${key} ${lang}`).toBe(texts.length);
      }
    }
  });

  it('has unique stems in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const stems = questions.map((q) => q.content.stem[lang]);
      const dupes = stems.filter((s, i) => stems.indexOf(s) !== i);
      expect(dupes, lang).toEqual([]);
    }
  });

  it('has no "all/none of the above" options and never refers to option letters', () => {
    for (const { where, text } of all) {
      // Only options can be "none of the above"; an explanation may well say "都不是你的错".
      if (where.includes(' option ')) expect(text, where).not.toMatch(/以上(都|皆|全|均)|都不(对|是)|(all|none|both) of the above/i);
      expect(text, where).not.toMatch(/选项\s*[A-Fa-f]|\b[A-F]\s*项|\boptions? [A-F]\b|\banswer [A-F]\b/);
    }
  });

  /**
   * The only phone numbers a question may name, each verified: a wrong number given to a child in
   * need is worse than none. Add one only with its source.
   */
  const VERIFIED_NUMBERS: Record<string, string> = {
    '110': 'police emergency number (Ministry of Public Security)',
    '120': 'medical emergency number (National Health Commission)',
    '12355': 'youth service line 青少年服务台 run by the Communist Youth League of China (共青团中央)',
  };

  it('uses no phone numbers other than the verified ones', () => {
    for (const { where, text } of all) {
      // Short service numbers (1xx), 123xx service lines and long digit runs; four-digit runs are years.
      const numbers = [...text.matchAll(/(?<![\d/])(1\d{2}|\d{5,})(?!\d)/g)].map((m) => m[1]!);
      for (const n of numbers) expect(Object.keys(VERIFIED_NUMBERS), `${where}: ${n}`).toContain(n);
    }
  });

  it('writes the Chinese with Chinese punctuation', () => {
    for (const { where, text } of all.filter((s) => s.lang === 'zh')) {
      expect(text, where).not.toMatch(/[,?!;:()]/);
      expect(text, where).not.toMatch(/["']/);
    }
  });

  it('has no raw HTML, Markdown emphasis or URLs', () => {
    for (const { where, text } of all) {
      expect(text, where).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(text, where).not.toMatch(/\*\*|__/);
      expect(text, where).not.toMatch(/https?:\/\/|www\./i);
    }
  });

  it('names 禁毒法 “Anti-Drug Law” and 上头电子烟 “spiked vapes” in English, as the modules do', () => {
    for (const { key, content } of questions) {
      const pairs = [content.stem, content.explanation, ...content.options.map((o) => o.text)];
      for (const { zh, en } of pairs) {
        if (/禁毒法/.test(zh)) expect(en, key).toMatch(/Anti-Drug Law/);
        if (/上头电子烟/.test(zh)) expect(en, key).toMatch(/spiked vape/i);
      }
    }
    for (const { where, text } of all.filter((s) => s.lang === 'en')) expect(text, where).not.toMatch(/Narcotics Control Law|high-inducing/i);
  });

  it('does not cite article numbers of the Public Security Administration Punishments Law', () => {
    for (const { where, text } of all) {
      expect(text, where).not.toMatch(/治安管理处罚法》?第/);
      expect(text, where).not.toMatch(/Article \d+ of the Public Security Administration Punishments Law/i);
      expect(text, where).not.toMatch(/Public Security Administration Punishments Law[^.]*,? Article \d+/i);
    }
  });
});
