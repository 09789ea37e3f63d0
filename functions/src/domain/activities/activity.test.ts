import { describe, expect, it } from 'vitest';
import { recordedDateProblem as dateProblem, yearOfDate } from '../school-years/recorded-dates.js';
import { activityMetrics, changeProblem, CreateActivityRequest, isLocked, type Activity } from './activity.js';

const china = (iso: string) => Date.parse(`${iso}+08:00`);
const now = china('2026-12-04T10:00:00');

const record = (over: Partial<Activity> = {}): Activity => ({
  id: 'act_1',
  schoolId: 's',
  schoolPath: 'r/c/k/s',
  kind: 'talk',
  date: '2026-11-20',
  year: '2026-2027',
  classIds: [],
  grades: [],
  participants: 300,
  hours: 1.5,
  description: '',
  photos: [],
  photoRev: 0,
  createdBy: 'u_author',
  createdByName: '李老师',
  createdAt: new Date(china('2026-12-01T09:00:00')).toISOString(),
  updatedAt: new Date(china('2026-12-01T09:00:00')).toISOString(),
  version: 1,
  ...over,
});

describe('activity records', () => {
  it('count once, by kind, with their participants and hours, in the school year of their date', () => {
    expect(activityMetrics(record())).toEqual({ activities: 1, activities_talk: 1, participants: 300, hours: 1.5 });
    expect(yearOfDate('2026-08-31')).toBe('2025-2026');
    expect(yearOfDate('2026-09-01')).toBe('2026-2027');
  });

  it('are dated in the past, this school year or the last', () => {
    expect(dateProblem('2026-12-04', now)).toBeNull();
    expect(dateProblem('2025-09-01', now)).toBeNull();
    expect(dateProblem('2026-12-05', now)?.details[0]?.code).toBe('date_in_future');
    expect(dateProblem('2025-08-31', now)?.details[0]?.code).toBe('date_too_old');
  });

  it('are changed by their author, deleted also by the school admin, for 7 days', () => {
    expect(changeProblem(record(), { userId: 'u_author', role: 'teacher' }, now)).toBeNull();
    expect(changeProblem(record(), { userId: 'u_admin', role: 'school_admin' }, now)?.code).toBe('forbidden');
    expect(changeProblem(record(), { userId: 'u_admin', role: 'school_admin' }, now, true)).toBeNull();
    expect(changeProblem(record(), { userId: 'u_other', role: 'teacher' }, now, true)?.code).toBe('forbidden');
    const late = china('2026-12-08T09:00:01');
    expect(isLocked(record(), late)).toBe(true);
    expect(changeProblem(record(), { userId: 'u_author', role: 'teacher' }, late)?.details[0]?.code).toBe('locked');
    expect(changeProblem(record({ deletedAt: 'x' }), { userId: 'u_author', role: 'teacher' }, now)?.details[0]?.code).toBe('deleted');
  });

  it('take hours in half-hour steps and say what “other” was', () => {
    const base = { kind: 'talk', date: '2026-11-20', participants: 10, hours: 1 };
    expect(CreateActivityRequest.safeParse(base).success).toBe(true);
    expect(CreateActivityRequest.safeParse({ ...base, hours: 1.25 }).success).toBe(false);
    expect(CreateActivityRequest.safeParse({ ...base, kind: 'other' }).success).toBe(false);
    expect(CreateActivityRequest.safeParse({ ...base, kind: 'other', description: '禁毒手抄报展' }).success).toBe(true);
  });
});
