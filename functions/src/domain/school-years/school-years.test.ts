import { describe, expect, it } from 'vitest';
import { nextClassName } from './class-names.js';
import { nextOfClass, promotionOf, promotionProblem } from './promotion.js';
import { chinaDateOf } from '../time/china-time.js';
import { isSchoolYearId, nextSchoolYear, promotionOpensAt, schoolYearOf, schoolYearStartsAt } from './years.js';

const china = (iso: string) => Date.parse(`${iso}+08:00`);

describe('school years', () => {
  it('starts a year on 1 September in China’s time', () => {
    expect(schoolYearOf(china('2026-08-31T23:59:59'))).toBe('2025-2026');
    expect(schoolYearOf(china('2026-09-01T00:00:00'))).toBe('2026-2027');
    expect(schoolYearOf(china('2027-01-15T12:00:00'))).toBe('2026-2027');
    expect(schoolYearStartsAt('2026-2027')).toBe(china('2026-09-01T00:00:00'));
    expect(nextSchoolYear('2026-2027')).toBe('2027-2028');
  });

  it('opens promotion on 1 July of the year’s last summer', () => {
    expect(promotionOpensAt('2026-2027')).toBe(china('2027-07-01T00:00:00'));
    expect(chinaDateOf(promotionOpensAt('2026-2027'))).toBe('2027-07-01');
  });

  it('knows a school year id', () => {
    expect(isSchoolYearId('2026-2027')).toBe(true);
    expect(isSchoolYearId('2026-2028')).toBe(false);
    expect(isSchoolYearId('2026')).toBe(false);
  });
});

describe('class names next year', () => {
  it('moves the grade in the name up by one', () => {
    expect(nextClassName({ zh: '七年级(1)班', en: 'Grade 7 Class 1' }, 7, 8)).toEqual({ name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' }, renamed: true });
    expect(nextClassName({ zh: '十一年级2班', en: 'Grade 11, 2' }, 11, 12).name).toEqual({ zh: '十二年级2班', en: 'Grade 12, 2' });
    expect(nextClassName({ zh: '初一(3)班', en: 'Class 3' }, 7, 8).name.zh).toBe('初二(3)班');
    expect(nextClassName({ zh: '高二(1)班', en: 'Senior 2 Class 1' }, 11, 12).name.zh).toBe('高三(1)班');
  });

  it('keeps a name whose grade is not the class’s, or that has none', () => {
    expect(nextClassName({ zh: '火箭班', en: 'Rocket class' }, 7, 8)).toEqual({ name: { zh: '火箭班', en: 'Rocket class' }, renamed: false });
    expect(nextClassName({ zh: '八年级(1)班', en: 'Grade 12 Class 1' }, 7, 8).renamed).toBe(false);
  });

  it('graduates the final grade of the school’s stage', () => {
    expect(nextOfClass({ name: { zh: '六年级(1)班', en: 'Grade 6 Class 1' }, grade: 6 }, 'primary')).toBeNull();
    expect(nextOfClass({ name: { zh: '六年级(1)班', en: 'Grade 6 Class 1' }, grade: 6 }, 'nine_year')?.grade).toBe(7);
    expect(nextOfClass({ name: { zh: '九年级(1)班', en: 'Grade 9 Class 1' }, grade: 9 }, 'junior')).toBeNull();
    expect(nextOfClass({ name: { zh: '高三(1)班', en: 'Grade 12 Class 1' }, grade: 12 }, 'vocational')).toBeNull();
  });
});

describe('a school’s promotion', () => {
  const classes = [
    { unit: { id: 'c7', name: { zh: '七年级(1)班', en: 'Grade 7 Class 1' }, grade: 7 }, students: 30 },
    { unit: { id: 'c9', name: { zh: '九年级(1)班', en: 'Grade 9 Class 1' }, grade: 9 }, students: 28 },
  ];
  const school = { id: 's', stage: 'junior' as const };

  it('is not open before 1 July, ready after, and refuses a stale year', () => {
    const early = promotionOf(school, '2026-2027', false, classes, china('2027-06-30T23:00:00'));
    expect(early.status).toBe('not_open');
    expect(promotionProblem(early, '2026-2027', china('2027-06-30T23:00:00'))?.message).toBe('Promotion to 2027-2028 opens on 2027-07-01');
    const ready = promotionOf(school, '2026-2027', false, classes, china('2027-08-20T09:00:00'));
    expect(ready.status).toBe('ready');
    expect(ready.classes.map((c) => [c.classId, c.next?.name.zh ?? null])).toEqual([
      ['c7', '八年级(1)班'],
      ['c9', null],
    ]);
    expect(promotionProblem(ready, '2026-2027', china('2027-08-20T09:00:00'))).toBeNull();
    expect(promotionProblem(ready, '2025-2026', china('2027-08-20T09:00:00'))?.details[0]?.code).toBe('stale_year');
  });

  it('shows a run that stopped half way as in progress, with the classes it did', () => {
    const promotedFrom = { year: '2026-2027', name: classes[0]!.unit.name, grade: 7 };
    const half = [
      { ...classes[0]!, unit: { ...classes[0]!.unit, name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' }, grade: 8, year: '2027-2028', promotedFrom } },
      classes[1]!,
    ];
    const promotion = promotionOf(school, '2026-2027', false, half, china('2027-08-20T09:00:00'));
    expect(promotion.status).toBe('in_progress');
    expect(promotion.classes.map((c) => c.done)).toEqual([true, false]);
    expect(promotion.classes[0]).toMatchObject({ name: { zh: '七年级(1)班' }, grade: 7, next: { name: { zh: '八年级(1)班' }, grade: 8, renamed: true } });
  });
});
