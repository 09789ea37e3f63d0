import { describe, expect, it } from 'vitest';
import { awardLevels, distribute, judgement, rankByMean, scoreProblems, stageProblems, submissionProblems, tiedAtCutoff } from './rules.js';

const rubric = [
  { id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '主题', en: 'Theme' }, max: 60 },
  { id: 'style', name: { zh: '语言', en: 'Style' }, description: { zh: '语言', en: 'Style' }, max: 40 },
];

describe('stages', () => {
  it('go up the hierarchy and end at the organiser’s level', () => {
    expect(
      stageProblems(
        {
          stages: [
            { level: 'school', quota: 3 },
            { level: 'county', quota: 5 },
          ],
        },
        'county',
      ),
    ).toEqual([]);
    expect(
      stageProblems(
        {
          stages: [
            { level: 'county', quota: 3 },
            { level: 'school', quota: 5 },
          ],
        },
        'county',
      ),
    ).toHaveLength(2);
    expect(stageProblems({ stages: [{ level: 'school', quota: 3 }] }, 'city')).toHaveLength(1);
  });
});

describe('submissions', () => {
  const settings = { type: 'essay' as const, bands: ['junior' as const], limits: { zhChars: { min: 5, max: 10 }, enWords: { min: 2, max: 3 } } };
  it('count Chinese in characters and English in words', () => {
    expect(submissionProblems(settings, { title: 't', text: '珍爱生命远离毒品', language: 'zh' })).toEqual([]);
    expect(submissionProblems(settings, { title: 't', text: '远离毒品', language: 'zh' })[0]!.message).toContain('at least 5');
    expect(submissionProblems(settings, { title: 't', text: 'say no to drugs', language: 'en' })[0]!.message).toContain('at most 3');
  });
  it('want a lesson’s band among the contest’s', () => {
    expect(submissionProblems({ ...settings, type: 'lesson' }, { title: 't', text: 'no drugs', language: 'en' })).toHaveLength(1);
    expect(submissionProblems({ ...settings, type: 'lesson' }, { title: 't', text: 'no drugs', language: 'en', band: 'senior' })).toHaveLength(1);
  });
});

describe('scores', () => {
  it('cover every criterion once within its maximum', () => {
    expect(
      scoreProblems(rubric, [
        { id: 'theme', points: 50 },
        { id: 'style', points: 30 },
      ]),
    ).toEqual([]);
    expect(
      scoreProblems(rubric, [
        { id: 'theme', points: 61 },
        { id: 'extra', points: 1 },
      ]).map((p) => p.path),
    ).toEqual(['criteria.theme', 'criteria.style', 'criteria.extra']);
  });
  it('average once every judge has scored, and call a third judge on a large spread', () => {
    expect(judgement({ totals: [80], judges: 2 }, 100, 20)).toMatchObject({ complete: false, mean: null, needsThirdJudge: false });
    expect(judgement({ totals: [80, 70], judges: 2 }, 100, 20)).toMatchObject({ complete: true, mean: 75, spread: 10 });
    expect(judgement({ totals: [90, 60], judges: 2 }, 100, 20)).toMatchObject({ complete: false, needsThirdJudge: true, spread: 30 });
    expect(judgement({ totals: [90, 60], judges: 3 }, 100, 20)).toMatchObject({ complete: false, needsThirdJudge: false });
    expect(judgement({ totals: [90, 60, 84], judges: 3 }, 100, 20)).toMatchObject({ complete: true, mean: 78 });
  });
});

describe('ranking and awards', () => {
  const ranked = rankByMean([
    { id: 'a', mean: 80 },
    { id: 'b', mean: 90 },
    { id: 'c', mean: 80 },
    { id: 'd', mean: null },
    { id: 'e', mean: 70 },
  ]);
  it('ranks ties together and leaves unscored entries unranked', () => {
    expect(ranked.map((e) => [e.id, e.rank, e.tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
      ['e', 4, false],
      ['d', null, false],
    ]);
  });
  it('shows ties at the quota’s edge', () => {
    expect(tiedAtCutoff(ranked, 2).map((e) => e.id)).toEqual(['a', 'c']);
    expect(tiedAtCutoff(ranked, 3)).toEqual([]);
    expect(tiedAtCutoff(ranked, 1)).toEqual([]);
  });
  it('gives levels by rank, tied entries sharing a level', () => {
    expect(awardLevels(ranked, { first: 1, second: 1, third: 0, excellence: 5 }).map((e) => [e.id, e.award])).toEqual([
      ['b', 'first'],
      ['a', 'second'],
      ['c', 'second'],
      ['e', 'excellence'],
    ]);
  });
});

describe('panel distribution', () => {
  it('gives every entry two judges, shares the load, adds a third on disagreement, and adds nothing twice', () => {
    const entries = [
      { id: 'e1', judges: [] as string[], needsThirdJudge: false },
      { id: 'e2', judges: [] as string[], needsThirdJudge: false },
      { id: 'e3', judges: ['j1', 'j2'], needsThirdJudge: true },
    ];
    const added = distribute(entries, ['j1', 'j2', 'j3']);
    expect(added).toEqual([
      { entryId: 'e1', judgeId: 'j3' },
      { entryId: 'e1', judgeId: 'j1' },
      { entryId: 'e2', judgeId: 'j2' },
      { entryId: 'e2', judgeId: 'j3' },
      { entryId: 'e3', judgeId: 'j3' },
    ]);
    const after = entries.map((e) => ({ ...e, judges: [...e.judges, ...added.filter((a) => a.entryId === e.id).map((a) => a.judgeId)] }));
    expect(distribute(after, ['j1', 'j2', 'j3'])).toEqual([]);
  });
  it('cannot find a third judge in a panel of two', () => {
    expect(distribute([{ id: 'e', judges: ['j1', 'j2'], needsThirdJudge: true }], ['j1', 'j2'])).toEqual([]);
  });
});
