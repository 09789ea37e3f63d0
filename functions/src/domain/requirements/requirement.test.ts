import { describe, expect, it } from 'vitest';
import { type SchoolTally, monthsOf, periodProblem, requirementLaggards, schoolRow, schoolStatus, SetRequirementRequest, unitRow } from './requirement.js';

const school = (id: string, path: string) => ({ id, name: { zh: id, en: id }, path });

describe('requirements', () => {
  it('lists the months of a period across the new year, both ends included', () => {
    expect(monthsOf('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOf('2027-06', '2027-06')).toEqual(['2027-06']);
    expect(monthsOf('2026-09', '2027-08')).toHaveLength(12);
  });

  it('keeps a period within one school year and in order', () => {
    expect(periodProblem('2026-09', '2027-01')).toBeNull();
    expect(periodProblem('2027-02', '2027-01')?.details[0]?.code).toBe('period_reversed');
    expect(periodProblem('2027-06', '2027-09')?.details[0]?.code).toBe('period_spans_years');
  });

  it('asks for something', () => {
    const base = { title: { zh: '本学期' }, from: '2026-09', to: '2027-01', minActivities: 0, minLessonHours: 0 };
    expect(SetRequirementRequest.safeParse(base).success).toBe(false);
    expect(SetRequirementRequest.safeParse({ ...base, minLessonHours: 4 }).success).toBe(true);
    expect(SetRequirementRequest.safeParse({ ...base, minLessonHours: 1.25 }).success).toBe(false);
  });

  it('counts only activities of the named kind, and every class must reach its hours', () => {
    const tally: SchoolTally = {
      activityMonths: [
        { activities: 2, activities_talk: 1, activities_class_meeting: 1, participants: 80, hours: 2 },
        { activities: 1, activities_talk: 1, participants: 400, hours: 1 },
      ],
      classHours: [
        { id: 'c1', name: { zh: '一班', en: '1' }, hours: 4 },
        { id: 'c2', name: { zh: '二班', en: '2' }, hours: 3.5 },
      ],
    };
    const status = schoolStatus({ minActivities: 2, activityKind: 'talk', minLessonHours: 4 }, tally);
    expect(status).toMatchObject({
      activities: 3,
      counted: 2,
      participants: 480,
      classes: 2,
      classesMeeting: 1,
      lessonHours: 7.5,
      meetsActivities: true,
      meetsLessons: false,
    });
    expect(status.byKind).toEqual({ talk: 2, class_meeting: 1 });
    expect(schoolStatus({ minActivities: 3, minLessonHours: 3.5 }, tally)).toMatchObject({ counted: 3, meetsActivities: true, meetsLessons: true });
  });

  it('a school without classes lacks no lesson hours', () => {
    expect(schoolStatus({ minActivities: 0, minLessonHours: 4 }, { activityMonths: [], classHours: [] }).meetsLessons).toBe(true);
  });

  it('sums schools into a unit and ranks the laggards furthest behind first', () => {
    const meets = {
      activities: 2,
      counted: 2,
      byKind: { talk: 2 },
      participants: 1,
      hours: 1,
      classes: 1,
      classesMeeting: 1,
      lessonHours: 4,
      meetsActivities: true,
      meetsLessons: true,
    };
    const rows = [
      schoolRow(school('a', 'r/c/k/a'), meets),
      schoolRow(school('b', 'r/c/k/b'), { ...meets, counted: 1, activities: 1, byKind: { talk: 1 }, meetsActivities: false }),
      schoolRow(school('c', 'r/c/k/c'), { ...meets, counted: 0, activities: 0, byKind: {}, meetsActivities: false }),
    ];
    expect(unitRow({ id: 'k', name: { zh: 'k', en: 'k' }, kind: 'county' }, rows)).toMatchObject({
      schools: 3,
      schoolsMeeting: 1,
      activities: 3,
      byKind: { talk: 3 },
    });
    expect(requirementLaggards(rows).map((s) => s.id)).toEqual(['c', 'b']);
  });
});
