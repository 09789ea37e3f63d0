import { defaultRubric } from '$domain/contests/rubrics';
import { describe, expect, it } from 'vitest';
import { CRITERION_POINTS, LIMIT_MAXIMUM, QUOTA, SPREAD_PERCENT } from '$domain/contests/settings-rules';
import { contestPhase } from '$domain/contests/window';
import { MAX_WINDOW_DAYS } from '$domain/time/window-rules';
import { AWARD_COUNT } from '$domain/contests/award-rules';
import {
  awardCountsFit,
  awardsCsv,
  awardsFileName,
  byRank,
  checkSettings,
  contestRuleKey,
  finalJudged,
  freshCriterionId,
  levelOfKind,
  levelsUpTo,
  organiserPhase,
  roomLeft,
  rubricTotal,
  safeCell,
  stagesOf,
  suggestAdvance,
  type AwardRow,
} from './contest-admin';
import { nextSort, parseState, parseSubjectValue, sortRows, stateQuery, subjectQuery, subjectValue, type CoverageRow } from './coverage';
import { areaRedirect } from './format';
import type { ContestSettings, StageEntry } from './types';

function settings(overrides: Partial<ContestSettings> = {}): ContestSettings {
  return {
    type: 'essay',
    title: { zh: '禁毒征文', en: 'Essay' },
    theme: { zh: '珍爱生命', en: 'Cherish life' },
    brief: { zh: '写一篇', en: 'Write one' },
    bands: ['junior'],
    opensAt: '2026-03-01T00:00:00.000Z',
    closesAt: '2026-03-15T00:00:00.000Z',
    limits: { zhChars: { min: 600, max: 1500 }, enWords: { min: 300, max: 800 } },
    stages: [
      { level: 'school', quota: 3 },
      { level: 'county', quota: 5 },
    ],
    rubric: defaultRubric('essay'),
    spreadPercent: 20,
    ...overrides,
  };
}

function entry(id: string, rank: number | null, extra: Partial<StageEntry> = {}): StageEntry {
  return {
    id,
    code: `C${id}`,
    title: id,
    language: 'zh',
    length: 800,
    submittedAt: '2026-03-02T00:00:00.000Z',
    judges: 2,
    scored: 2,
    mean: rank === null ? null : 100 - rank,
    spread: 2,
    needsThirdJudge: false,
    rank,
    tied: false,
    advanced: false,
    flagged: false,
    ...extra,
  };
}

describe('stages', () => {
  it('offers a bureau its own level and those below, ending at its own', () => {
    expect(levelOfKind('county')).toBe('county');
    expect(levelOfKind('class')).toBeNull();
    expect(levelsUpTo('county')).toEqual(['school', 'county']);
    expect(levelsUpTo('region')).toEqual(['school', 'county', 'city', 'region']);
    expect(stagesOf('city', { school: true, county: false, city: false }, { school: 3, county: 5, city: 8 })).toEqual([
      { level: 'school', quota: 3 },
      { level: 'city', quota: 8 },
    ]);
  });
});

describe('the rubric', () => {
  it('defaults to the essay rubric of 100 points', () => {
    const rubric = defaultRubric();
    expect(rubric.map((c) => [c.name.zh, c.max])).toEqual([
      ['主题思想', 30],
      ['内容材料', 30],
      ['结构语言', 25],
      ['创意感染力', 15],
    ]);
    expect(rubricTotal(rubric)).toBe(100);
    expect(rubricTotal(defaultRubric('lesson'))).toBe(100);
  });

  it('finds a fresh criterion id', () => {
    expect(freshCriterionId([{ id: 'c1' }, { id: 'c3' }])).toBe('c4');
    expect(freshCriterionId([{ id: 'c2' }])).toBe('c3');
  });
});

describe('checkSettings', () => {
  it('passes a good contest', () => {
    expect(checkSettings(settings())).toEqual([]);
  });

  it('lets a bureau write in Chinese only', () => {
    const noEnglish = settings({ title: { zh: '征文', en: '' }, theme: { zh: '主题', en: '' }, brief: { zh: '说明', en: ' ' } });
    noEnglish.rubric = noEnglish.rubric.map((row) => ({ ...row, name: { zh: row.name.zh, en: '' }, description: { zh: row.description.zh, en: '' } }));
    expect(checkSettings(noEnglish)).toEqual([]);
  });

  it('names each problem by the API’s path', () => {
    const rubric = [...defaultRubric(), { id: 'theme', name: { zh: '', en: 'x' }, description: { zh: 'x', en: 'x' }, max: 0 }];
    const issues = checkSettings(
      settings({
        title: { zh: ' ', en: 'x' },
        bands: [],
        closesAt: '2026-02-01T00:00:00.000Z',
        limits: { zhChars: { min: 900, max: 800 }, enWords: { min: 0, max: 5000 } },
        stages: [{ level: 'county', quota: 0 }],
        rubric,
        spreadPercent: 3,
      }),
    );
    expect(issues.map((i) => `${i.path} ${i.key}`)).toEqual([
      'settings.title.zh contestAdmin.check.required',
      'settings.bands contestAdmin.check.bands',
      'settings.closesAt contestAdmin.check.windowOrder',
      'settings.limits.zhChars contestAdmin.check.range',
      'settings.limits.enWords contestAdmin.check.range',
      'settings.stages.0.quota contestAdmin.check.quota',
      'settings.rubric.4.id contestAdmin.check.criterionIdsUnique',
      'settings.rubric.4.name.zh contestAdmin.check.required',
      'settings.rubric.4.max contestAdmin.check.points',
      'settings.spreadPercent contestAdmin.check.spread',
    ]);
    // The messages state the API's own bounds, not numbers written into the text.
    const paramsOf = (key: string) => issues.find((i) => i.key === key)?.params;
    expect(paramsOf('contestAdmin.check.quota')).toEqual({ min: QUOTA.min, max: QUOTA.max });
    expect(paramsOf('contestAdmin.check.points')).toEqual({ min: CRITERION_POINTS.min, max: CRITERION_POINTS.max });
    expect(paramsOf('contestAdmin.check.spread')).toEqual({ min: SPREAD_PERCENT.min, max: SPREAD_PERCENT.max });
  });

  it('refuses exactly at the API’s bounds', () => {
    const day = 24 * 3600_000;
    const opensAt = '2026-03-01T00:00:00.000Z';
    const closingAfter = (days: number, ms = 0) => new Date(Date.parse(opensAt) + days * day + ms).toISOString();
    expect(checkSettings(settings({ opensAt, closesAt: closingAfter(MAX_WINDOW_DAYS) }))).toEqual([]);
    expect(checkSettings(settings({ opensAt, closesAt: closingAfter(MAX_WINDOW_DAYS, 1) }))).toEqual([
      { path: 'settings.closesAt', key: 'valid.windowTooLong', params: { max: MAX_WINDOW_DAYS } },
    ]);
    expect(checkSettings(settings({ opensAt, closesAt: opensAt })).map((i) => i.key)).toEqual(['contestAdmin.check.windowOrder']);
    const limits = (zhMax: number, enMax: number) => ({ zhChars: { min: 0, max: zhMax }, enWords: { min: 0, max: enMax } });
    expect(checkSettings(settings({ limits: limits(LIMIT_MAXIMUM.zhChars, LIMIT_MAXIMUM.enWords) }))).toEqual([]);
    expect(checkSettings(settings({ limits: limits(LIMIT_MAXIMUM.zhChars + 1, LIMIT_MAXIMUM.enWords + 1) })).map((i) => i.path)).toEqual([
      'settings.limits.zhChars',
      'settings.limits.enWords',
    ]);
    const bounds = (quota: number, points: number, spreadPercent: number) => {
      const base = settings({ spreadPercent });
      return checkSettings({ ...base, stages: [{ level: 'county', quota }], rubric: base.rubric.map((row, i) => (i ? row : { ...row, max: points })) });
    };
    expect(bounds(QUOTA.max, CRITERION_POINTS.max, SPREAD_PERCENT.min)).toEqual([]);
    expect(bounds(QUOTA.min, CRITERION_POINTS.min, SPREAD_PERCENT.max)).toEqual([]);
    expect(bounds(QUOTA.max + 1, CRITERION_POINTS.max + 1, SPREAD_PERCENT.min - 1).map((i) => i.key)).toEqual([
      'contestAdmin.check.quota',
      'contestAdmin.check.points',
      'contestAdmin.check.spread',
    ]);
  });

  it('knows the API’s contest rules by their codes', () => {
    expect(contestRuleKey({ code: 'window_order', params: {} })).toBe('contestAdmin.check.windowOrder');
    expect(contestRuleKey({ code: 'limit_range', params: { maximum: 20000 } })).toBe('contestAdmin.check.rangeServer');
    expect(contestRuleKey({ code: 'unique_criterion_ids', params: {} })).toBe('contestAdmin.check.criterionIdsUnique');
    expect(contestRuleKey({ code: 'invalid_format', params: { format: 'criterion_id' } })).toBe('contestAdmin.check.criterionId');
    expect(contestRuleKey({ code: 'invalid_format', params: { format: 'regex' } })).toBeNull();
    expect(contestRuleKey({ code: 'too_small', params: { origin: 'string', minimum: 1 } })).toBeNull();
  });
});

describe('phases', () => {
  it('follows the window, then the awards', () => {
    const contest = { settings: settings(), awardedAt: null };
    expect(organiserPhase(contest, Date.parse('2026-02-01T00:00:00Z'))).toBe('not_open');
    expect(organiserPhase(contest, Date.parse('2026-03-05T00:00:00Z'))).toBe('open');
    expect(organiserPhase(contest, Date.parse('2026-03-16T00:00:00Z'))).toBe('closed');
    expect(organiserPhase({ ...contest, awardedAt: '2026-04-01T00:00:00Z' }, Date.parse('2026-04-02T00:00:00Z'))).toBe('awarded');
  });

  it('keeps the API’s window: entries are still taken at the closing moment', () => {
    const contest = { settings: settings(), awardedAt: null };
    const closes = Date.parse(contest.settings.closesAt);
    expect(contestPhase(contest.settings, closes)).toBe('open');
    expect(organiserPhase(contest, closes)).toBe('open');
    expect(organiserPhase(contest, closes + 1)).toBe('closed');
    expect(organiserPhase(contest, Date.parse(contest.settings.opensAt))).toBe('open');
  });
});

describe('advancing', () => {
  it('suggests the best-ranked entries up to the room left, never a tie at the edge', () => {
    const view = {
      quota: 3,
      tiedAtCutoff: ['Cc', 'Cd'],
      entries: [entry('a', 1, { advanced: true }), entry('b', 2), entry('c', 3, { tied: true }), entry('d', 3, { tied: true }), entry('e', null)],
    };
    expect(roomLeft(view)).toBe(2);
    expect(suggestAdvance(view)).toEqual(['b']);
    expect(suggestAdvance({ ...view, tiedAtCutoff: [] })).toEqual(['b', 'c']);
    expect(byRank(view.entries).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('the final stage is judged when every entry has its scores', () => {
    const progress = (entries: number, judged: number, toJudge: number) => ({
      submitted: 3,
      stages: [{ level: 'county' as const, quota: 5, entries, judged, toJudge, advanced: 0, units: [] }],
    });
    expect(finalJudged(progress(2, 2, 0), 'county')).toBe(true);
    expect(finalJudged(progress(2, 1, 1), 'county')).toBe(false);
    expect(finalJudged(progress(0, 0, 0), 'county')).toBe(false);
    expect(finalJudged(null, 'county')).toBe(false);
  });
});

describe('the awards CSV', () => {
  const row: AwardRow = {
    entryId: 'e1',
    code: 'ABCD2345',
    title: '=HYPERLINK("x")',
    schoolName: { zh: '西吉县清泉中学', en: 'Qingquan, Xiji' },
    mean: 91.333333,
    rank: 1,
    award: 'first',
  };

  it('starts with a BOM, has a bilingual header and neutralises formulas', () => {
    const csv = awardsCsv([row]);
    expect(csv.startsWith('\uFEFF名次 Rank,奖项 Award')).toBe(true);
    expect(csv).toContain('1,一等奖 First prize,ABCD2345,"\'=HYPERLINK(""x"")",西吉县清泉中学,"Qingquan, Xiji",91.33\r\n');
    expect(safeCell('-1')).toBe("'-1");
    expect(safeCell('清泉')).toBe('清泉');
  });

  it('names the file after the contest', () => {
    expect(awardsFileName('2026 禁毒/征文')).toBe('2026_禁毒_征文-获奖名单.csv');
  });
});

describe('award counts', () => {
  const none = { first: 0, second: 0, third: 0, excellence: 0 };

  it('takes whole numbers within the API’s bounds, with at least one award', () => {
    expect(awardCountsFit({ ...none, first: 1 })).toBe(true);
    expect(awardCountsFit({ ...none, excellence: AWARD_COUNT.max })).toBe(true);
    expect(awardCountsFit(none)).toBe(false);
    expect(awardCountsFit({ ...none, first: AWARD_COUNT.max + 1 })).toBe(false);
    expect(awardCountsFit({ ...none, first: 1, second: AWARD_COUNT.min - 1 })).toBe(false);
    expect(awardCountsFit({ ...none, first: 1.5 })).toBe(false);
  });
});

describe('coverage of a contest', () => {
  it('reads and writes the contest subject', () => {
    expect(parseState(new URLSearchParams('contest=cnt_demo_xiji_essay')).subject).toEqual({ kind: 'contest', id: 'cnt_demo_xiji_essay' });
    expect(subjectQuery('640422', { kind: 'contest', id: 'cnt_1' })).toBe('unit=640422&contest=cnt_1');
    expect(parseSubjectValue(subjectValue({ kind: 'contest', id: 'cnt_1' }))).toEqual({ kind: 'contest', id: 'cnt_1' });
    expect(
      stateQuery({ unit: null, subject: { kind: 'contest', id: 'cnt_1' }, sort: { key: 'entriesSubmitted', direction: 'descending' }, below: null }, '640422'),
    ).toBe('?contest=cnt_1&sort=-entriesSubmitted');
  });

  it('sorts by entries, rows without the figure counting as 0', () => {
    const row = (id: string, entriesSubmitted?: number) =>
      ({
        id,
        name: { zh: id, en: id },
        kind: 'school',
        schoolsRegistered: 1,
        schoolsReached: 0,
        enrolled: 0,
        started: 0,
        completed: 0,
        completionRate: 0,
        quizParticipants: 0,
        quizParticipation: 0,
        passRate: 0,
        meanScore: 0,
        lastActivityAt: null,
        ...(entriesSubmitted === undefined ? {} : { entriesSubmitted }),
      }) as CoverageRow;
    const sorted = sortRows([row('a', 1), row('b'), row('c', 5)], nextSort(null, 'entriesSubmitted'), (r) => r.id, new Intl.Collator('en'));
    expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('the guard', () => {
  it('lets teachers open a contest’s school round (as reviewers), nothing else of the school area', () => {
    const teacher = { role: 'teacher' as const, mustChangePassword: false };
    const student = { role: 'student' as const, mustChangePassword: false };
    expect(areaRedirect('school_admin', '/school/contests/cnt_1', teacher)).toBeNull();
    expect(areaRedirect('school_admin', '/school', teacher)).toBe('/teacher');
    expect(areaRedirect('school_admin', '/school/coverage', teacher)).toBe('/teacher');
    expect(areaRedirect('school_admin', '/school/contests/cnt_1', student)).toBe('/student');
  });
});
