import { describe, expect, it } from 'vitest';
import { currentSubject, defaultSubject } from './coverage-data';
import type { Campaign, Contest, Quiz } from './types';

const campaign = (id: string, startDate: string, endDate: string) => ({ id, startDate, endDate }) as Campaign;

describe('defaultSubject', () => {
  const noon = Date.parse('2026-06-26T04:00:00Z');

  it('prefers a campaign running today in China', () => {
    const subjects = { campaigns: [campaign('old', '2026-01-01', '2026-01-31'), campaign('now', '2026-06-20', '2026-06-26')], competitions: [], contests: [] };
    expect(defaultSubject(subjects, noon)).toEqual({ kind: 'campaign', id: 'now' });
  });

  it('counts the day by China time', () => {
    // 17:00 UTC on 25 June is already 26 June in Beijing.
    const subjects = {
      campaigns: [campaign('first', '2026-01-01', '2026-01-31'), campaign('from26', '2026-06-26', '2026-06-30')],
      competitions: [],
      contests: [],
    };
    expect(defaultSubject(subjects, Date.parse('2026-06-25T17:00:00Z'))).toEqual({ kind: 'campaign', id: 'from26' });
  });

  it('falls back to the first campaign, then a competition, then a contest', () => {
    expect(defaultSubject({ campaigns: [campaign('a', '2020-01-01', '2020-01-02')], competitions: [], contests: [] }, noon)).toEqual({
      kind: 'campaign',
      id: 'a',
    });
    expect(defaultSubject({ campaigns: [], competitions: [{ id: 'q' } as Quiz], contests: [{ id: 'c' } as Contest] }, noon)).toEqual({
      kind: 'competition',
      id: 'q',
    });
    expect(defaultSubject({ campaigns: [], competitions: [], contests: [{ id: 'c' } as Contest] }, noon)).toEqual({ kind: 'contest', id: 'c' });
    expect(defaultSubject({ campaigns: [], competitions: [], contests: [] }, noon)).toBeNull();
  });
});

describe('currentSubject', () => {
  const subjects = { campaigns: [campaign('a', '2026-01-01', '2026-01-02')], competitions: [{ id: 'q' } as Quiz], contests: [{ id: 'c' } as Contest] };

  it('finds the subject of its kind, and nothing for one not listed', () => {
    expect(currentSubject(subjects, { kind: 'campaign', id: 'a' }).campaign?.id).toBe('a');
    expect(currentSubject(subjects, { kind: 'contest', id: 'c' }).contest?.id).toBe('c');
    expect(currentSubject(subjects, { kind: 'competition', id: 'c' })).toEqual({ competition: undefined });
    expect(currentSubject(subjects, null)).toEqual({});
  });
});
