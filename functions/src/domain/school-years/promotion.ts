import { z } from 'zod';
import { detail, ruleBroken, type DomainError } from '../errors.js';
import { gradesOfStage, type SchoolStage } from '../org/stages.js';
import { LocalizedName, type Unit } from '../org/units.js';
import { nextClassName } from './class-names.js';
import { chinaDateOf } from '../time/china-time.js';
import { isSchoolYearId, nextSchoolYear, promotionOpensAt } from './years.js';

/**
 * Promotion (升级): once a year a school's classes move up a grade and its final grade graduates
 * (docs/SCHOOL_YEAR.md). The preview is built from the school's classes; the run promotes class by
 * class and student by student, each step conditioned on not being done, so a run that stopped half
 * way is finished by running it again.
 */
export const SchoolYearId = z.string().refine(isSchoolYearId, { message: 'a school year like 2026-2027' });

export const PromotionClass = z.object({
  classId: z.string(),
  name: LocalizedName,
  grade: z.number().int().optional(),
  students: z.number().int(),
  /** The class next year; null when it graduates. */
  next: z.object({ name: LocalizedName, grade: z.number().int().optional(), renamed: z.boolean() }).nullable(),
  /** Promoted (or graduated) already: a run that stopped half way did this class. */
  done: z.boolean(),
});
export type PromotionClass = z.infer<typeof PromotionClass>;

export const PromotionStatus = z.enum(['not_open', 'ready', 'in_progress', 'done']);
export type PromotionStatus = z.infer<typeof PromotionStatus>;

export const Promotion = z.object({
  schoolId: z.string(),
  fromYear: SchoolYearId,
  toYear: SchoolYearId,
  opensAt: z.string(),
  status: PromotionStatus,
  classes: z.array(PromotionClass),
});
export type Promotion = z.infer<typeof Promotion>;

/** The admin confirms the preview's year: a preview of another year (stale, or already promoted) is refused. */
export const PromotionRequest = z.strictObject({ fromYear: SchoolYearId });
export const PromotionResponse = z.object({ promotion: Promotion });

/** The grade a school of this stage graduates from. */
export const finalGrade = (stage: SchoolStage | undefined) => Math.max(...gradesOfStage(stage));

/** What a class becomes next year: null when it graduates; a class without a grade keeps its name. */
export function nextOfClass(klass: Pick<Unit, 'name' | 'grade'>, stage: SchoolStage | undefined): PromotionClass['next'] {
  if (klass.grade === undefined) return { name: klass.name, renamed: false };
  if (klass.grade >= finalGrade(stage)) return null;
  return { ...nextClassName(klass.name, klass.grade, klass.grade + 1), grade: klass.grade + 1 };
}

export interface ClassYearState {
  unit: Pick<Unit, 'id' | 'name' | 'grade' | 'year' | 'graduatedYear' | 'promotedFrom'>;
  students: number;
}

/**
 * The preview (or, after a run, the outcome) of a school's promotion out of `fromYear`. A class that is
 * done shows what it became; the school is done when its own year moved on.
 */
export function promotionOf(
  school: { id: string; stage?: SchoolStage },
  fromYear: string,
  schoolDone: boolean,
  classes: ClassYearState[],
  now: number,
): Promotion {
  const opensAt = promotionOpensAt(fromYear);
  const rows = classes.map(({ unit, students }): PromotionClass => {
    const graduated = unit.graduatedYear === fromYear;
    const promoted = !graduated && unit.year !== undefined && unit.year !== fromYear;
    // A promoted class shows what it was and what it became; one still to do, what it will become.
    const before = promoted && unit.promotedFrom?.year === fromYear ? unit.promotedFrom : unit;
    const gradeOf = (grade: number | undefined) => (grade === undefined ? {} : { grade });
    const renamed = unit.name.zh !== before.name.zh || unit.name.en !== before.name.en;
    return {
      classId: unit.id,
      name: before.name,
      ...gradeOf(before.grade),
      students,
      next: graduated ? null : promoted ? { name: unit.name, ...gradeOf(unit.grade), renamed } : nextOfClass(unit, school.stage),
      done: graduated || promoted,
    };
  });
  const status: PromotionStatus = schoolDone ? 'done' : rows.some((row) => row.done) ? 'in_progress' : now < opensAt ? 'not_open' : 'ready';
  return { schoolId: school.id, fromYear, toYear: nextSchoolYear(fromYear), opensAt: new Date(opensAt).toISOString(), status, classes: rows };
}

/** Why the admin's confirmation of `requestedYear` cannot start or resume the run, or null. */
export function promotionProblem(promotion: Promotion, requestedYear: string, now: number): DomainError | null {
  if (requestedYear !== promotion.fromYear)
    return ruleBroken(`The school is in ${promotion.fromYear} now; look at the preview again`, [detail('fromYear', 'stale_year', 'not the school’s year')]);
  if (now < Date.parse(promotion.opensAt))
    return ruleBroken(`Promotion to ${promotion.toYear} opens on ${chinaDateOf(Date.parse(promotion.opensAt))}`, [
      detail('fromYear', 'not_open', 'promotion is not open yet'),
    ]);
  return null;
}
