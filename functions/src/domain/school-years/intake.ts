import { detail, ruleBroken, type DomainError } from '../errors.js';
import type { Unit } from '../org/units.js';

/**
 * Why a class may not take a student in (by import, move or transfer), or null: a graduated class
 * takes nobody, and a student moves only between classes of the same school year, so that the year's
 * enrolment a promotion freezes counts each student once (docs/SCHOOL_YEAR.md).
 */
export function intakeProblem(to: Unit, field: string, from?: Unit): DomainError | null {
  if (to.graduatedYear) return ruleBroken('This class has graduated; it takes no students', [detail(field, 'class_graduated', 'a graduated class')]);
  if (from?.year && to.year && from.year !== to.year)
    return ruleBroken(`The class is in ${to.year} and the student in ${from.year}; finish the school’s promotion first`, [
      detail(field, 'other_school_year', 'a class in another school year'),
    ]);
  return null;
}
