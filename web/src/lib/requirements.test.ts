import { describe, expect, it } from 'vitest';
import {
  allMeeting,
  checkDraft,
  chinaMonth,
  emptyDraft,
  inSchoolView,
  monthText,
  periodText,
  requirementPhase,
  shortfall,
  type RequirementDraft,
} from './requirements';

/** 6 December 2026, 10:00 in China: school year 2026-2027. */
const NOW = Date.parse('2026-12-06T10:00:00+08:00');

const draft = (fields: Partial<RequirementDraft> = {}): RequirementDraft => ({ ...emptyDraft(NOW), titleZh: '12月禁毒教育', ...fields });
const issuesOf = (fields: Partial<RequirementDraft>) => checkDraft(draft(fields)).issues;

describe('the form', () => {
  it('starts with this month in China and one activity', () => {
    // 23:30 on 31 August in China is still August.
    expect(chinaMonth(Date.parse('2027-08-31T23:30:00+08:00'))).toBe('2027-08');
    expect(emptyDraft(NOW)).toMatchObject({ from: '2026-12', to: '2026-12', minActivities: '1', minLessonHours: '0' });
  });

  it('sends what the API takes: trimmed titles, numbers, the kind only when picked', () => {
    expect(checkDraft(draft({ titleEn: ' December ', minLessonHours: '2.5', activityKind: 'talk' })).body).toEqual({
      title: { zh: '12月禁毒教育', en: 'December' },
      from: '2026-12',
      to: '2026-12',
      minActivities: 1,
      activityKind: 'talk',
      minLessonHours: 2.5,
    });
    expect(checkDraft(draft()).body).not.toHaveProperty('activityKind');
  });

  it('needs a Chinese title and two months in order within one school year', () => {
    expect(issuesOf({ titleZh: '  ' })).toEqual([{ path: 'title.zh', code: 'required' }]);
    expect(issuesOf({ from: '', to: '2026-13' })).toEqual([
      { path: 'from', code: 'required' },
      { path: 'to', code: 'month' },
    ]);
    expect(issuesOf({ from: '2027-02', to: '2027-01' })).toEqual([{ path: 'to', code: 'period_reversed' }]);
    expect(issuesOf({ from: '2027-06', to: '2027-09' })).toEqual([{ path: 'to', code: 'period_spans_years' }]);
    expect(issuesOf({ from: '2026-09', to: '2027-08' })).toEqual([]);
  });

  it('keeps the numbers within the API’s bounds, lesson hours in half steps, and asks for something', () => {
    expect(issuesOf({ minActivities: '21' })).toEqual([{ path: 'minActivities', code: 'activities' }]);
    expect(issuesOf({ minActivities: '1.5' })).toEqual([{ path: 'minActivities', code: 'activities' }]);
    expect(issuesOf({ minActivities: '' })).toEqual([{ path: 'minActivities', code: 'activities' }]);
    expect(issuesOf({ minLessonHours: '1.25' })).toEqual([{ path: 'minLessonHours', code: 'lessonHours' }]);
    expect(issuesOf({ minLessonHours: '40.5' })).toEqual([{ path: 'minLessonHours', code: 'lessonHours' }]);
    expect(issuesOf({ minActivities: '20', minLessonHours: '40' })).toEqual([]);
    expect(issuesOf({ minActivities: '0', minLessonHours: '0' })).toEqual([{ path: 'minActivities', code: 'nothing_required' }]);
    expect(issuesOf({ minActivities: '0', minLessonHours: '0.5' })).toEqual([]);
  });
});

describe('periods and standing', () => {
  it('is upcoming, open or ended by China’s month', () => {
    expect(requirementPhase({ from: '2027-01', to: '2027-01' }, NOW)).toBe('upcoming');
    expect(requirementPhase({ from: '2026-09', to: '2026-12' }, NOW)).toBe('open');
    expect(requirementPhase({ from: '2026-09', to: '2026-11' }, NOW)).toBe('ended');
  });

  it('shows a school this school year’s requirements and later ones', () => {
    expect(inSchoolView({ to: '2026-09' }, NOW)).toBe(true);
    expect(inSchoolView({ to: '2027-09' }, NOW)).toBe(true);
    expect(inSchoolView({ to: '2026-08' }, NOW)).toBe(false);
  });

  it('says what a school lacks, never less than nothing', () => {
    expect(shortfall({ minActivities: 3 }, { counted: 1, classes: 5, classesMeeting: 2 })).toEqual({ activities: 2, classes: 3 });
    expect(shortfall({ minActivities: 1 }, { counted: 4, classes: 0, classesMeeting: 0 })).toEqual({ activities: 0, classes: 0 });
  });

  it('a unit meets it when all its schools do, and it has some', () => {
    expect(allMeeting({ schools: 2, schoolsMeeting: 2 })).toBe(true);
    expect(allMeeting({ schools: 2, schoolsMeeting: 1 })).toBe(false);
    expect(allMeeting({ schools: 0, schoolsMeeting: 0 })).toBe(false);
  });

  it('names months in the language', () => {
    expect(monthText('zh-CN', '2026-09')).toBe('2026年9月');
    expect(monthText('en', '2026-09')).toBe('Sep 2026');
    expect(periodText('zh-CN', '2026-09', '2027-01')).toBe('2026年9月 – 2027年1月');
    expect(periodText('en', '2027-06', '2027-06')).toBe('Jun 2027');
  });
});
