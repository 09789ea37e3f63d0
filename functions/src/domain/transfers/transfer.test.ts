import { describe, expect, it } from 'vitest';
import type { Unit } from '../org/units.js';
import { acceptProblem, transferProblem, type Transfer } from './transfer.js';

const unit = (id: string, kind: Unit['kind'], parentId: string | null): Unit => ({ id, kind, name: { zh: id, en: id }, parentId, path: id });
const from = unit('sch_a', 'school', '640422');
const to = unit('sch_b', 'school', '640104');
const transfer = { to: { id: 'sch_b', name: { zh: 'B', en: 'B' } } } as Transfer;

describe('transfer rules', () => {
  it('asks another school, never the own one or a unit that is not a school', () => {
    expect(transferProblem(from, to)).toBeNull();
    expect(transferProblem(from, from)?.details[0]?.code).toBe('same_school');
    expect(transferProblem(from, unit('cls_x', 'class', 'sch_b'))?.details[0]?.code).toBe('not_a_school');
  });

  it('places the student in a class of the receiving school only', () => {
    expect(acceptProblem(transfer, unit('cls_b1', 'class', 'sch_b'))).toBeNull();
    expect(acceptProblem(transfer, unit('cls_a1', 'class', 'sch_a'))?.details[0]?.code).toBe('not_school_class');
    expect(acceptProblem(transfer, to)?.details[0]?.code).toBe('not_school_class');
  });
});
