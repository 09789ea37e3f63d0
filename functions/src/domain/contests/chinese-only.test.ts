import { describe, expect, it } from 'vitest';
import { QuizSettings } from '../quizzes/quiz.js';
import { ContestSettings } from './schemas.js';

/** A county bureau may write a contest or competition in Chinese only: English is optional wherever a bureau types. */
const now = Date.parse('2026-12-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const contest = {
  type: 'essay',
  title: { zh: '西吉县禁毒征文' },
  theme: { zh: '珍爱生命，远离毒品', en: '' },
  brief: { zh: '写一篇禁毒征文。', en: '   ' },
  bands: ['junior'],
  opensAt: iso(now),
  closesAt: iso(now + 86_400_000),
  limits: { zhChars: { min: 40, max: 2000 }, enWords: { min: 20, max: 500 } },
  stages: [{ level: 'school', quota: 2 }],
  rubric: [{ id: 'theme', name: { zh: '主题' }, description: { zh: '紧扣主题' }, max: 100 }],
};

describe('texts a bureau types', () => {
  it('accept a contest in Chinese only, with English left empty', () => {
    const parsed = ContestSettings.parse(contest);
    expect(parsed.title).toEqual({ zh: '西吉县禁毒征文', en: '' });
    expect(parsed.theme.en).toBe('');
    expect(parsed.brief.en).toBe('');
    expect(parsed.rubric[0]!.name).toEqual({ zh: '主题', en: '' });
    expect(parsed.rubric[0]!.description).toEqual({ zh: '紧扣主题', en: '' });
  });

  it('accept a competition titled in Chinese only', () => {
    const parsed = QuizSettings.parse({
      title: { zh: '禁毒知识竞赛' },
      kind: 'competition',
      rules: { fixed: ['q1'] },
      timeLimitMinutes: 20,
      attemptsAllowed: 1,
      passMark: 60,
      reviewPolicy: 'after_submit',
      opensAt: iso(now),
      closesAt: iso(now + 86_400_000),
    });
    expect(parsed.title).toEqual({ zh: '禁毒知识竞赛', en: '' });
  });

  it('still want the Chinese, and refuse a control character in the English', () => {
    expect(ContestSettings.safeParse({ ...contest, title: { zh: '', en: 'Essay contest' } }).success).toBe(false);
    expect(ContestSettings.safeParse({ ...contest, title: { zh: '征文', en: 'Essay\u0000' } }).success).toBe(false);
  });
});
