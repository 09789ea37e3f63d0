import { detail, ruleBroken, type DomainError } from '../errors.js';
import type { Unit } from '../org/units.js';
import { intakeProblem } from '../school-years/intake.js';

/**
 * Why a student may not move from one class to another, or null. Within a school only: a move to
 * another school is a transfer, which the receiving school accepts (issue 16).
 */
export function moveProblem(from: Unit, to: Unit): DomainError | null {
  if (to.kind !== 'class') return ruleBroken('A student moves to a class', [detail('classId', 'not_a_class', 'not a class')]);
  if (to.id === from.id) return ruleBroken('The student is in this class already', [detail('classId', 'same_class', 'the student’s own class')]);
  if (to.parentId !== from.parentId)
    return ruleBroken('A move stays within the school; another school takes a student by transfer', [
      detail('classId', 'other_school', 'a class of another school'),
    ]);
  return intakeProblem(to, 'classId', from);
}
