import type { Account } from '../domain/accounts/schemas.js';
import type { Unit } from '../domain/org/units.js';
import { nextOfClass, promotionOf, type ClassYearState, type Promotion } from '../domain/school-years/promotion.js';
import { nextSchoolYear, previousSchoolYear, promotionOpensAt, schoolYearOf } from '../domain/school-years/years.js';
import { allMembers } from '../store/accounts.js';
import type { Db } from '../store/client.js';
import { counterTarget, readCounters } from '../store/counters.js';
import { finishSchoolPromotion, promoteClassUnit, promoteStudent, yearScope } from '../store/promotion.js';
import type { Deps } from './deps.js';
import { mapLimited } from './map-limited.js';
import { sessionsChanged } from './session-check.js';
import { allChildren } from './units-below.js';

/** The year a school is in: its own, or (a school made before years were kept) the year of `now`. */
export const yearOfSchool = (school: Unit, now: number) => school.year ?? schoolYearOf(now);

/** Classes that take part in the promotion out of `fromYear`: not those that graduated in an earlier year. */
async function classesOf(db: Db, school: Unit, fromYear: string): Promise<Unit[]> {
  const children = await allChildren(db, school.id);
  return children.filter((unit) => unit.kind === 'class' && (!unit.graduatedYear || unit.graduatedYear === fromYear));
}

async function classStates(db: Db, classes: Unit[], fromYear: string): Promise<ClassYearState[]> {
  return mapLimited(classes, 8, async (unit) => {
    const done = unit.graduatedYear === fromYear || (unit.year !== undefined && unit.year !== fromYear);
    // A class that is done shows the enrolment the year ended with; one still to do, its students now.
    const counters = await readCounters(db, counterTarget(unit), done ? yearScope(fromYear) : 'all');
    return { unit, students: counters.enrolled ?? 0 };
  });
}

/**
 * The preview of the school's next promotion, or where a run that stopped stands. A school that is
 * done shows the last promotion's outcome until the next one opens.
 */
export async function promotionOfSchool(deps: Deps, school: Unit): Promise<Promotion> {
  const { db } = deps;
  const year = yearOfSchool(school, deps.now());
  const previous = previousSchoolYear(year);
  // Until the next promotion opens, a school that was promoted sees how that went.
  const justDone =
    school.year !== undefined && deps.now() < promotionOpensAt(year) && (await readCounters(db, counterTarget(school), yearScope(previous))).schoolsPromoted;
  const fromYear = justDone ? previous : year;
  const classes = await classesOf(db, school, fromYear);
  return promotionOf(school, fromYear, fromYear !== year, await classStates(db, classes, fromYear), deps.now());
}

async function studentsToPromote(db: Db, klass: Unit, fromYear: string): Promise<Account[]> {
  const students = await allMembers(db, klass.id, 'student');
  return students.filter((s) => !s.graduatedYear && (s.year === undefined || s.year === fromYear));
}

/**
 * Promotes a school out of `fromYear`: class by class, the class first (so that a student imported
 * meanwhile joins the new year), then each of its students; the school itself last. Every step is
 * conditioned on not being done (store/promotion.ts), so a run that stopped is finished by another.
 */
export async function promoteSchool(deps: Deps, school: Unit, fromYear: string): Promise<Promotion> {
  const { db } = deps;
  const toYear = nextSchoolYear(fromYear);
  for (const klass of await classesOf(db, school, fromYear)) {
    const done = klass.graduatedYear === fromYear || (klass.year !== undefined && klass.year !== fromYear);
    const next = done ? (klass.graduatedYear ? null : { name: klass.name, grade: klass.grade, renamed: false }) : nextOfClass(klass, school.stage);
    if (!done) await promoteClassUnit(db, klass, fromYear, toYear, next);
    const students = await studentsToPromote(db, klass, fromYear);
    const outcome = next ? { graduates: false as const, ...(next.grade === undefined ? {} : { nextGrade: next.grade }) } : { graduates: true as const };
    await mapLimited(students, 8, async (student) => {
      if ((await promoteStudent(db, student, fromYear, toYear, outcome, deps.now())) === 'promoted') sessionsChanged(db, student.id);
    });
  }
  await finishSchoolPromotion(db, school, fromYear, toYear, deps.now());
  return promotionOfSchool(deps, { ...school, year: toYear });
}
