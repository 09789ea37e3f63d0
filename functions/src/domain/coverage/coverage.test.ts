import { describe, expect, it } from 'vitest';
import { coverageCsvRows, coverageRow, enrolmentFor, laggards, subjectConcerns } from './coverage.js';

const unit = { id: 'u', name: { zh: '县', en: 'County' }, kind: 'county' };

describe('coverage rows', () => {
  it('computes a campaign row from counters', () => {
    const row = coverageRow(
      unit,
      { kind: 'campaign', id: 'c', unitPath: '640000' },
      { enrolled: 200, schools: 4 },
      { started: 120, completed: 50, schoolsReached: 3 },
      Date.UTC(2026, 10, 1),
    );
    expect(row).toMatchObject({
      schoolsRegistered: 4,
      schoolsReached: 3,
      enrolled: 200,
      started: 120,
      completed: 50,
      completionRate: 25,
      lastActivityAt: '2026-11-01T00:00:00.000Z',
    });
  });
  it('counts a competition’s participants as started and completed, with pass rate and mean score', () => {
    const row = coverageRow(
      unit,
      { kind: 'competition', id: 'q', unitPath: '640000' },
      { enrolled: 10 },
      { participants: 4, attempts: 4, passes: 3, scoreSum: 300 },
      null,
    );
    expect(row).toMatchObject({ started: 4, completed: 4, completionRate: 40, quizParticipation: 40, passRate: 75, meanScore: 75, lastActivityAt: null });
  });
});

describe('laggards', () => {
  it('lists schools under the threshold, lowest first, never-active first on ties', () => {
    const rows = [
      { id: 'a', enrolled: 9, completionRate: 10, lastActivityAt: '2026-11-02' },
      { id: 'b', enrolled: 9, completionRate: 90, lastActivityAt: '2026-11-02' },
      { id: 'c', enrolled: 9, completionRate: 10, lastActivityAt: null },
      { id: 'd', enrolled: 9, completionRate: 0, lastActivityAt: null },
    ];
    expect(laggards(rows, 50).map((r) => r.id)).toEqual(['d', 'c', 'a']);
  });
  it('never lists a school without students: it has no one to lag behind', () => {
    const rows = [
      { id: 'empty', enrolled: 0, completionRate: 0, lastActivityAt: null },
      { id: 'behind', enrolled: 30, completionRate: 0, lastActivityAt: null },
    ];
    expect(laggards(rows, 50).map((r) => r.id)).toEqual(['behind']);
  });
});

describe('subject scope', () => {
  it('concerns units above and below the subject’s unit, not beside it', () => {
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000')).toBe(true);
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000/640400/640422/sch')).toBe(true);
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000/640100/640104')).toBe(false);
  });
});

describe('the coverage CSV', () => {
  const county = coverageRow(
    unit,
    { kind: 'campaign', id: 'c', unitPath: '640000' },
    { enrolled: 10, schools: 2 },
    { started: 4, completed: 3, schoolsReached: 1 },
    Date.UTC(2026, 10, 1, 20, 5),
  );
  const klass = coverageRow(
    { id: 'k', name: { zh: '七年级1班', en: 'Grade 7 Class 1' }, kind: 'class' },
    { kind: 'competition', id: 'q', unitPath: '640000' },
    { enrolled: 5 },
    {},
    null,
  );

  it('gives times in China time with the zone named in the header', () => {
    const [header, row] = coverageCsvRows([county], 'campaign', 'zh');
    expect(header!.at(-1)).toContain('UTC+8');
    expect(row!.at(-1)).toBe('2026-11-02 04:05');
  });

  it('names unit kinds and units in the chosen language', () => {
    expect(coverageCsvRows([county], 'campaign', 'zh')[1]!.slice(0, 2)).toEqual(['县', '县（区）']);
    expect(coverageCsvRows([county], 'campaign', 'en')[1]!.slice(0, 2)).toEqual(['County', 'County']);
    expect(coverageCsvRows([county], 'campaign', 'en')[0]![0]).toBe('Unit');
  });

  it('leaves cells that do not apply empty rather than 0', () => {
    const [header, campaignRow] = coverageCsvRows([county], 'campaign', 'en');
    expect(header![8]).toBe('Lessons taught in class');
    expect(campaignRow!.slice(9, 12)).toEqual(['', '', '']);
    const [, classRow] = coverageCsvRows([klass], 'competition', 'en');
    expect(classRow!.slice(2, 4)).toEqual(['', '']);
    expect(classRow![8]).toBe(0);
    expect(classRow!.slice(9, 11)).toEqual(['', '']);
    expect(classRow!.at(-1)).toBe('');
  });
});

describe('the enrolment a subject divides by', () => {
  const all = { enrolled: 180, schools: 2 };
  const ofYear = { enrolled: 240, schoolsPromoted: 2 };

  it('is the year’s final enrolment once every school below was promoted out of the subject’s year', () => {
    expect(enrolmentFor({ kind: 'county' }, '2026-2027', all, ofYear)).toBe(240);
    expect(enrolmentFor({ kind: 'county' }, '2026-2027', all, { ...ofYear, schoolsPromoted: 1 })).toBe(180);
    expect(enrolmentFor({ kind: 'school' }, '2026-2027', { enrolled: 90 }, { enrolled: 120, schoolsPromoted: 1 })).toBe(120);
  });

  it('is a class’s final enrolment once the class moved on or graduated', () => {
    expect(enrolmentFor({ kind: 'class', year: '2027-2028' }, '2026-2027', { enrolled: 31 }, { enrolled: 30 })).toBe(30);
    expect(enrolmentFor({ kind: 'class', year: '2026-2027', graduatedYear: '2026-2027' }, '2026-2027', {}, { enrolled: 28 })).toBe(28);
    expect(enrolmentFor({ kind: 'class', year: '2026-2027' }, '2026-2027', { enrolled: 31 }, {})).toBe(31);
  });

  it('is the students enrolled now for a subject of this year or without one', () => {
    expect(enrolmentFor({ kind: 'region' }, '2027-2028', all, {})).toBe(180);
    expect(enrolmentFor({ kind: 'region' }, undefined, all, ofYear)).toBe(180);
  });
});
