import { describe, expect, it } from 'vitest';
import { checkDraft, dateBounds, emptyDraft, isLocked, mayChange, mayDelete, photoPlaces, yearChoices, type Activity, type ActivityDraft } from './activities';

/** 6 December 2026, 10:00 in China: school year 2026-2027. */
const NOW = Date.parse('2026-12-06T10:00:00+08:00');
const DAY = 24 * 3600_000;

const draft = (fields: Partial<ActivityDraft> = {}): ActivityDraft => ({
  ...emptyDraft(),
  kind: 'class_meeting',
  date: '2026-12-01',
  classIds: ['cls_a'],
  participants: '42',
  hours: '1',
  ...fields,
});

const activity = (fields: Partial<Activity> = {}): Activity => ({
  id: 'act_1',
  schoolId: 'sch_1',
  schoolPath: '640000/sch_1',
  kind: 'class_meeting',
  date: '2026-12-01',
  year: '2026-2027',
  classIds: [],
  grades: [],
  participants: 40,
  hours: 1,
  description: '',
  photos: [],
  photoRev: 0,
  createdBy: 'u_teacher',
  createdByName: '李老师',
  createdAt: new Date(NOW - DAY).toISOString(),
  updatedAt: new Date(NOW - DAY).toISOString(),
  version: 1,
  ...fields,
});

describe('dates and years', () => {
  it('takes dates from 1 September of last school year to today in China', () => {
    expect(dateBounds(NOW)).toEqual({ min: '2025-09-01', max: '2026-12-06' });
    // 23:30 on 31 August in China is still the old school year, and already 31 August.
    expect(dateBounds(Date.parse('2027-08-31T23:30:00+08:00'))).toEqual({ min: '2025-09-01', max: '2027-08-31' });
    expect(dateBounds(Date.parse('2027-09-01T00:10:00+08:00'))).toEqual({ min: '2026-09-01', max: '2027-09-01' });
  });

  it('offers this school year and the last', () => {
    expect(yearChoices(NOW)).toEqual(['2026-2027', '2025-2026']);
  });
});

describe('checkDraft', () => {
  it('gives the body to send, numbers as numbers and grades in order', () => {
    const { body, issues } = checkDraft(draft({ grades: [9, 7], hours: '1.5', description: '  主题：远离毒品  ' }), NOW);
    expect(issues).toEqual([]);
    expect(body).toEqual({
      kind: 'class_meeting',
      date: '2026-12-01',
      classIds: ['cls_a'],
      grades: [7, 9],
      participants: 42,
      hours: 1.5,
      description: '主题：远离毒品',
    });
  });

  it('names every missing field', () => {
    const { body, issues } = checkDraft(emptyDraft(), NOW);
    expect(body).toBeNull();
    expect(issues).toEqual([
      { path: 'kind', code: 'required' },
      { path: 'date', code: 'required' },
      { path: 'participants', code: 'required' },
      { path: 'hours', code: 'required' },
    ]);
  });

  it('refuses a date to come and one before last school year, as the API does', () => {
    expect(checkDraft(draft({ date: '2026-12-07' }), NOW).issues).toEqual([{ path: 'date', code: 'date_in_future' }]);
    expect(checkDraft(draft({ date: '2025-08-31' }), NOW).issues).toEqual([{ path: 'date', code: 'date_too_old' }]);
    expect(checkDraft(draft({ date: '2025-09-01' }), NOW).issues).toEqual([]);
    expect(checkDraft(draft({ date: '2026-12-06' }), NOW).issues).toEqual([]);
  });

  it('takes whole numbers of participants within the limits, hours in half-hour steps', () => {
    expect(checkDraft(draft({ participants: '0' }), NOW).issues).toEqual([{ path: 'participants', code: 'participants' }]);
    expect(checkDraft(draft({ participants: '2.5' }), NOW).issues).toEqual([{ path: 'participants', code: 'participants' }]);
    expect(checkDraft(draft({ participants: '20001' }), NOW).issues).toEqual([{ path: 'participants', code: 'participants' }]);
    expect(checkDraft(draft({ hours: '0.25' }), NOW).issues).toEqual([{ path: 'hours', code: 'hours' }]);
    expect(checkDraft(draft({ hours: '24.5' }), NOW).issues).toEqual([{ path: 'hours', code: 'hours' }]);
    expect(checkDraft(draft({ hours: '0.5' }), NOW).issues).toEqual([]);
    expect(checkDraft(draft({ hours: '24' }), NOW).issues).toEqual([]);
  });

  it('asks what an "other" activity was, and keeps descriptions short', () => {
    expect(checkDraft(draft({ kind: 'other', description: '   ' }), NOW).issues).toEqual([{ path: 'description', code: 'description_needed' }]);
    expect(checkDraft(draft({ kind: 'other', description: '禁毒手抄报展' }), NOW).issues).toEqual([]);
    expect(checkDraft(draft({ description: '字'.repeat(501) }), NOW).issues).toEqual([{ path: 'description', code: 'too_long' }]);
  });
});

describe('who may change a record', () => {
  const author = { id: 'u_teacher', role: 'teacher' };
  const admin = { id: 'u_admin', role: 'school_admin' };
  const colleague = { id: 'u_other', role: 'teacher' };

  it('locks a record 7 days after it was made', () => {
    expect(isLocked(activity({ createdAt: new Date(NOW - 7 * DAY).toISOString() }), NOW)).toBe(false);
    expect(isLocked(activity({ createdAt: new Date(NOW - 7 * DAY - 1).toISOString() }), NOW)).toBe(true);
  });

  it('lets the author change it while it is open', () => {
    expect(mayChange(activity(), author, NOW)).toBe(true);
    expect(mayChange(activity(), admin, NOW)).toBe(false);
    expect(mayChange(activity(), colleague, NOW)).toBe(false);
    expect(mayChange(activity({ createdAt: new Date(NOW - 8 * DAY).toISOString() }), author, NOW)).toBe(false);
    expect(mayChange(activity({ deletedAt: new Date(NOW).toISOString() }), author, NOW)).toBe(false);
  });

  it('lets the author and the school admin delete it while it is open', () => {
    expect(mayDelete(activity(), author, NOW)).toBe(true);
    expect(mayDelete(activity(), admin, NOW)).toBe(true);
    expect(mayDelete(activity(), colleague, NOW)).toBe(false);
    expect(mayDelete(activity({ createdAt: new Date(NOW - 8 * DAY).toISOString() }), admin, NOW)).toBe(false);
    expect(mayDelete(activity(), null, NOW)).toBe(false);
  });

  it('counts the photo places left', () => {
    const photo = { id: 'p', contentType: 'image/jpeg' as const, status: 'ready' as const, addedAt: '' };
    expect(photoPlaces(activity())).toBe(6);
    expect(photoPlaces(activity({ photos: [photo, photo] }))).toBe(4);
    expect(photoPlaces(activity({ photos: Array(6).fill(photo) }))).toBe(0);
  });
});
