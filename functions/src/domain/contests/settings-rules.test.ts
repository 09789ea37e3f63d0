import { describe, expect, it } from 'vitest';
import { ContestSettings } from './schemas.js';
import { CRITERION_POINTS, criterionIdsUnique, LIMIT_MAXIMUM, limitRangeFits, QUOTA, rubricMax, SPREAD_PERCENT } from './settings-rules.js';

const valid = {
  type: 'essay',
  title: { zh: '禁毒征文', en: 'Essay' },
  theme: { zh: '珍爱生命', en: 'Cherish life' },
  brief: { zh: '写一篇', en: 'Write one' },
  bands: ['junior'],
  opensAt: '2026-03-01T00:00:00.000Z',
  closesAt: '2026-03-15T00:00:00.000Z',
  limits: { zhChars: { min: 600, max: 1500 }, enWords: { min: 300, max: 800 } },
  stages: [{ level: 'county', quota: 5 }],
  rubric: [{ id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '紧扣主题', en: 'On theme' }, max: 100 }],
  spreadPercent: 20,
};

describe('contest settings rules', () => {
  it('hold a length limit in order and within its maximum', () => {
    expect(limitRangeFits({ min: 0, max: LIMIT_MAXIMUM.zhChars }, LIMIT_MAXIMUM.zhChars)).toBe(true);
    expect(limitRangeFits({ min: 0, max: LIMIT_MAXIMUM.zhChars + 1 }, LIMIT_MAXIMUM.zhChars)).toBe(false);
    expect(limitRangeFits({ min: 10, max: 9 }, LIMIT_MAXIMUM.zhChars)).toBe(false);
    expect(criterionIdsUnique([{ id: 'a' }, { id: 'b' }])).toBe(true);
    expect(criterionIdsUnique([{ id: 'a' }, { id: 'a' }])).toBe(false);
    expect(rubricMax([{ max: 30 }, { max: 70 }])).toBe(100);
  });

  it('are the schema’s: it takes the bounds and refuses one past them', () => {
    const parse = (change: object) => ContestSettings.safeParse({ ...valid, ...change }).success;
    expect(parse({})).toBe(true);
    expect(parse({ limits: { zhChars: { min: 0, max: LIMIT_MAXIMUM.zhChars }, enWords: { min: 0, max: LIMIT_MAXIMUM.enWords } } })).toBe(true);
    expect(parse({ limits: { zhChars: { min: 0, max: LIMIT_MAXIMUM.zhChars + 1 }, enWords: { min: 0, max: 10 } } })).toBe(false);
    expect(parse({ limits: { zhChars: { min: 0, max: 10 }, enWords: { min: 0, max: LIMIT_MAXIMUM.enWords + 1 } } })).toBe(false);
    expect(parse({ stages: [{ level: 'county', quota: QUOTA.max }] })).toBe(true);
    expect(parse({ stages: [{ level: 'county', quota: QUOTA.max + 1 }] })).toBe(false);
    expect(parse({ rubric: [{ ...valid.rubric[0], max: CRITERION_POINTS.max + 1 }] })).toBe(false);
    expect(parse({ rubric: [valid.rubric[0], valid.rubric[0]] })).toBe(false);
    expect(parse({ spreadPercent: SPREAD_PERCENT.min })).toBe(true);
    expect(parse({ spreadPercent: SPREAD_PERCENT.min - 1 })).toBe(false);
  });
});
