import { describe, expect, it } from 'vitest';
import { checkLesson, countedHours, dateBounds, hourChoices, mayUndo, slideStep, type Lesson } from './lessons';

/** 6 December 2026, 10:00 in China: school year 2026-2027. */
const NOW = Date.parse('2026-12-06T10:00:00+08:00');
const DAY = 24 * 3600_000;

const lesson = (fields: Partial<Lesson> = {}): Lesson => ({
  id: 'les_1',
  classId: 'cls_a',
  classPath: '640000/sch_1/cls_a',
  moduleId: 'mod_law',
  moduleVersion: 2,
  moduleTitle: { zh: '禁毒法律知多少', en: 'Drug laws' },
  date: '2026-12-05',
  year: '2026-2027',
  hours: 1,
  taughtBy: 'u_teacher',
  taughtByName: '李老师',
  createdAt: new Date(NOW - DAY).toISOString(),
  campaignIds: [],
  ...fields,
});

describe('the "mark as taught" form', () => {
  it('offers 0.5 to 4 lesson hours in half steps', () => {
    expect(hourChoices()).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
  });

  it('takes dates from 1 September of last school year to today in China', () => {
    expect(dateBounds(NOW)).toEqual({ min: '2025-09-01', max: '2026-12-06' });
    // 00:30 on 7 December in China is already the 7th, though still the 6th in UTC.
    expect(dateBounds(Date.parse('2026-12-07T00:30:00+08:00')).max).toBe('2026-12-07');
  });

  it('gives the body to send, hours as a number', () => {
    expect(checkLesson('mod_law', { date: '2026-12-06', hours: '1.5' }, NOW)).toEqual({
      body: { moduleId: 'mod_law', date: '2026-12-06', hours: 1.5 },
      issues: [],
    });
  });

  it('refuses a date to come, one before last school year and a missing one, as the API does', () => {
    expect(checkLesson('m', { date: '2026-12-07', hours: '1' }, NOW).issues).toEqual([{ path: 'date', code: 'date_in_future' }]);
    expect(checkLesson('m', { date: '2025-08-31', hours: '1' }, NOW).issues).toEqual([{ path: 'date', code: 'date_too_old' }]);
    expect(checkLesson('m', { date: '2025-09-01', hours: '1' }, NOW).issues).toEqual([]);
    expect(checkLesson('m', { date: '', hours: '1' }, NOW).issues).toEqual([{ path: 'date', code: 'required' }]);
  });

  it('takes lesson hours from 0.5 to 4 in half steps only', () => {
    for (const hours of ['0.25', '0', '4.5', '1.2', 'x'])
      expect(checkLesson('m', { date: '2026-12-06', hours }, NOW).issues, hours).toEqual([{ path: 'hours', code: 'hours' }]);
    expect(checkLesson('m', { date: '2026-12-06', hours: ' ' }, NOW).issues).toEqual([{ path: 'hours', code: 'required' }]);
    for (const hours of ['0.5', '4']) expect(checkLesson('m', { date: '2026-12-06', hours }, NOW).issues, hours).toEqual([]);
  });
});

describe('lessons of a class', () => {
  it('counts the hours of the lessons not taken back', () => {
    expect(countedHours([lesson({ hours: 1 }), lesson({ hours: 1.5 }), lesson({ hours: 2, deletedAt: new Date(NOW).toISOString() })])).toBe(2.5);
    expect(countedHours([])).toBe(0);
  });

  it('lets whoever taught it, or the school admin, take a lesson back for 7 days', () => {
    const teacher = { id: 'u_teacher', role: 'teacher' };
    expect(mayUndo(lesson(), teacher, NOW)).toBe(true);
    expect(mayUndo(lesson(), { id: 'u_admin', role: 'school_admin' }, NOW)).toBe(true);
    expect(mayUndo(lesson(), { id: 'u_other', role: 'teacher' }, NOW)).toBe(false);
    expect(mayUndo(lesson(), null, NOW)).toBe(false);
    expect(mayUndo(lesson({ createdAt: new Date(NOW - 7 * DAY).toISOString() }), teacher, NOW)).toBe(true);
    expect(mayUndo(lesson({ createdAt: new Date(NOW - 7 * DAY - 1).toISOString() }), teacher, NOW)).toBe(false);
    expect(mayUndo(lesson({ deletedAt: new Date(NOW).toISOString() }), teacher, NOW)).toBe(false);
  });
});

describe('paging the presenter view', () => {
  const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  });
  const on = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });

  it('pages with the arrow keys and a clicker’s PageUp/PageDown', () => {
    expect(slideStep(press('ArrowRight'), on('BUTTON'))).toBe(1);
    expect(slideStep(press('PageDown'), null)).toBe(1);
    expect(slideStep(press('ArrowLeft'), on('BODY'))).toBe(-1);
    expect(slideStep(press('PageUp'), on('H2'))).toBe(-1);
    expect(slideStep(press('Enter'), on('BODY'))).toBe(0);
  });

  it('leaves the keys to fields, players and the browser’s shortcuts', () => {
    for (const tag of ['INPUT', 'select', 'TEXTAREA', 'VIDEO']) expect(slideStep(press('ArrowRight'), on(tag)), tag).toBe(0);
    expect(slideStep(press('ArrowRight'), on('DIV', true))).toBe(0);
    expect(slideStep(press('ArrowLeft', { altKey: true }), on('BODY'))).toBe(0);
    expect(slideStep(press('ArrowRight', { shiftKey: true }), on('BODY'))).toBe(0);
  });
});
