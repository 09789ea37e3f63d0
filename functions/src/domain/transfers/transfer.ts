import { z } from 'zod';
import { detail, ruleBroken, type DomainError } from '../errors.js';
import { LocalizedName, type Unit } from '../org/units.js';
import { intakeProblem } from '../school-years/intake.js';

/**
 * A transfer (转学): the sending school asks, the receiving school accepts the student into one of its
 * classes or declines. The student keeps the account and its history; on acceptance the student and
 * the enrolled counters of both sides move in one transaction (store/transfers.ts).
 */
/** `cancelled`: the sending school withdrew its request before an answer. */
export const TransferStatus = z.enum(['pending', 'accepted', 'declined', 'cancelled']);
export type TransferStatus = z.infer<typeof TransferStatus>;

const SchoolRef = z.object({ id: z.string(), name: LocalizedName });

export const Transfer = z.object({
  id: z.string(),
  studentId: z.string(),
  /** The receiving school needs to know whom it takes in; nobody else sees a transfer. */
  studentName: z.string(),
  studentNumber: z.string().optional(),
  grade: z.number().int().optional(),
  fromClassId: z.string(),
  from: SchoolRef,
  to: SchoolRef,
  status: TransferStatus,
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedAt: z.string().optional(),
  /** Where the receiving school placed the student. */
  toClassId: z.string().optional(),
});
export type Transfer = z.infer<typeof Transfer>;

export const SchoolId = z.string().min(1).max(40);
export const TransferRequest = z.strictObject({ studentId: z.string().min(1).max(40), toSchoolId: SchoolId });
export const AcceptTransferRequest = z.strictObject({ classId: z.string().min(1).max(40) });
export const TransferResponse = z.object({ transfer: Transfer });
export const TransfersResponse = z.object({ incoming: z.array(Transfer), outgoing: z.array(Transfer) });

/** Why a student of `fromSchool` may not be asked for by `to`, or null. */
export function transferProblem(fromSchool: Unit, to: Unit): DomainError | null {
  if (to.kind !== 'school') return ruleBroken('A transfer goes to a school', [detail('toSchoolId', 'not_a_school', 'not a school')]);
  if (to.id === fromSchool.id)
    return ruleBroken('Within the school, move the student to another class instead', [detail('toSchoolId', 'same_school', 'the student’s own school')]);
  return null;
}

/** Why a transfer may not be accepted into `klass` from the student's class `fromClass`, or null. */
export function acceptProblem(transfer: Transfer, klass: Unit, fromClass?: Unit): DomainError | null {
  if (klass.kind !== 'class' || klass.parentId !== transfer.to.id)
    return ruleBroken('The student goes into a class of the receiving school', [detail('classId', 'not_school_class', 'not a class of this school')]);
  return intakeProblem(klass, 'classId', fromClass);
}
