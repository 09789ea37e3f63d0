import { describe, expect, it } from 'vitest';
import type { Unit } from '../org/units.js';
import { moveProblem } from './move.js';

const klass = (id: string, schoolId: string): Unit => ({
  id,
  kind: 'class',
  name: { zh: id, en: id },
  parentId: schoolId,
  path: `640000/${schoolId}/${id}`,
  grade: 7,
});
const from = klass('cls_a', 'sch_1');

describe('moveProblem', () => {
  it('lets a student move to another class of the same school', () => {
    expect(moveProblem(from, klass('cls_b', 'sch_1'))).toBeNull();
  });

  it('names what is wrong with any other target', () => {
    expect(moveProblem(from, from)?.details[0]?.code).toBe('same_class');
    expect(moveProblem(from, klass('cls_c', 'sch_2'))?.details[0]?.code).toBe('other_school');
    expect(moveProblem(from, { ...klass('sch_1', '640000'), kind: 'school' })?.details[0]?.code).toBe('not_a_class');
  });
});
