import { z } from 'zod';
import { Role } from '../accounts/roles.js';
import { detail, DomainError } from '../errors.js';
import { pathIds, UNIT_KINDS, type UnitKind } from '../org/units.js';

/**
 * What is audited: every time staff see or change a student's personal data in bulk, or change what
 * the school allows. Students' own actions and bureaus' aggregate views are not personal-data access.
 */
export const AuditAction = z.enum([
  'roster.view',
  'progress.csv',
  'slips.download',
  'password.reset',
  'account.unlock',
  'account.disable',
  'account.enable',
  'student.export',
  'student.delete',
  'student.move',
  'student.transfer',
  'school.promote',
  'activity.delete',
  'lesson.undo',
  'consent.record',
  'consent.withdraw',
  'school.consent-setting',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Who acted: a signed-in role, or the platform's own scheduled jobs (the removal of graduates' data). */
export const AuditActorRole = z.union([Role, z.literal('system')]);
export type AuditActorRole = z.infer<typeof AuditActorRole>;

export const AuditTargetType = z.enum(['class', 'account', 'import', 'school', 'activity', 'lesson']);
export type AuditTargetType = z.infer<typeof AuditTargetType>;

/** One entry of a school's audit log: who did what to which record, when and from where. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorRole: AuditActorRole,
  action: AuditAction,
  targetType: AuditTargetType,
  targetId: z.string(),
  schoolId: z.string(),
  address: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * What a caller hands to the store. `path` is the ancestor path of the target (a class's, an
 * account's org path, a school's): the school is read from it and the counts of every unit above
 * move with the entry.
 */
export interface AuditRecord {
  actorId: string;
  actorRole: AuditActorRole;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  path: string;
  address: string;
  /** Epoch ms; the store uses its clock when absent. */
  at?: number;
}

export const AuditPageResponse = z.object({ entries: z.array(AuditEntry), cursor: z.string().nullable() });

/** Bounds what one counts request reads: months × actions × child units. */
export const MAX_COUNT_MONTHS = 12;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const AuditCountsQuery = z.strictObject({
  from: Month.optional().describe(`First month (YYYY-MM); default ${MAX_COUNT_MONTHS - 1} months before \`to\``),
  to: Month.optional().describe('Last month (YYYY-MM); default the current month'),
  by: z.enum(['total', 'child']).default('total').describe('`child` splits the counts by the unit one level down'),
});

/** The months a counts request covers: defaults filled in, at most MAX_COUNT_MONTHS, in order. */
export function countMonths(query: { from?: string; to?: string }, nowMs: number): { from: string; to: string } {
  const to = query.to ?? monthOf(nowMs);
  const from = query.from ?? monthsBefore(to, MAX_COUNT_MONTHS - 1);
  if (from > to) throw new DomainError('validation', 'Invalid months', [detail('from', 'months_order', 'must not be after `to`')]);
  if (from < monthsBefore(to, MAX_COUNT_MONTHS - 1))
    throw new DomainError('validation', 'Invalid months', [
      detail('from', 'too_many_months', `at most ${MAX_COUNT_MONTHS} months at a time`, { maximum: MAX_COUNT_MONTHS }),
    ]);
  return { from, to };
}

/** A count of audited actions: never an actor, a target or a name of a person. */
export const AuditCount = z.object({
  month: z.string(),
  action: AuditAction,
  /** With `by=child`: the unit one level down the count came through (the school itself at a school). */
  unitId: z.string().optional(),
  count: z.number().int(),
});
export type AuditCount = z.infer<typeof AuditCount>;

export const AuditCountsResponse = z.object({ unitId: z.string(), from: z.string(), to: z.string(), counts: z.array(AuditCount) });

/** The month (UTC, YYYY-MM) an instant falls in: the unit the counts are kept in. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The month `n` months before `month`. */
export function monthsBefore(month: string, n: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 - n, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * Where an entry is counted: the school and every unit above it, each under the unit one level down
 * the entry came through, so one Query of a unit's counts also splits them by child.
 */
export function auditCountTargets(path: string): { unitId: string; kind: UnitKind; childId: string }[] {
  const ids = pathIds(path).slice(0, 4);
  if (ids.length < 4) throw new Error(`Audited records belong to a school; ${path} does not reach one`);
  return ids.map((unitId, index) => ({ unitId, kind: UNIT_KINDS[index]!, childId: ids[index + 1] ?? unitId }));
}
