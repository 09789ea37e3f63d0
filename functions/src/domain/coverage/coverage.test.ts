import { describe, expect, it } from 'vitest';
import { coverageRow, laggards, subjectConcerns } from './coverage.js';

const unit = { id: 'u', name: { zh: '县', en: 'County' }, kind: 'county' };

describe('coverage rows', () => {
  it('computes a campaign row from counters', () => {
    const row = coverageRow(unit, { kind: 'campaign', id: 'c', unitPath: '640000' }, { enrolled: 200, schools: 4 }, { started: 120, completed: 50, schoolsReached: 3 }, Date.UTC(2026, 10, 1));
    expect(row).toMatchObject({ schoolsRegistered: 4, schoolsReached: 3, enrolled: 200, started: 120, completed: 50, completionRate: 25, lastActivityAt: '2026-11-01T00:00:00.000Z' });
  });
  it('counts a competition’s participants as started and completed, with pass rate and mean score', () => {
    const row = coverageRow(unit, { kind: 'competition', id: 'q', unitPath: '640000' }, { enrolled: 10 }, { participants: 4, attempts: 4, passes: 3, scoreSum: 300 }, null);
    expect(row).toMatchObject({ started: 4, completed: 4, completionRate: 40, quizParticipation: 40, passRate: 75, meanScore: 75, lastActivityAt: null });
  });
});

describe('laggards', () => {
  it('lists schools under the threshold, lowest first, never-active first on ties', () => {
    const rows = [
      { id: 'a', completionRate: 10, lastActivityAt: '2026-11-02' },
      { id: 'b', completionRate: 90, lastActivityAt: '2026-11-02' },
      { id: 'c', completionRate: 10, lastActivityAt: null },
      { id: 'd', completionRate: 0, lastActivityAt: null },
    ];
    expect(laggards(rows, 50).map((r) => r.id)).toEqual(['d', 'c', 'a']);
  });
});

describe('subject scope', () => {
  it('concerns units above and below the subject’s unit, not beside it', () => {
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000')).toBe(true);
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000/640400/640422/sch')).toBe(true);
    expect(subjectConcerns({ unitPath: '640000/640400/640422' }, '640000/640100/640104')).toBe(false);
  });
});
