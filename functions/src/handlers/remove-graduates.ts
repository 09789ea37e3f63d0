import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../domain/audit/schemas.js';
import { graduatesLeaveAt } from '../domain/retention/lifetimes.js';
import { schoolYearId, schoolYearOf, startYearOf } from '../domain/school-years/years.js';
import type { Deps } from '../services/deps.js';
import { deleteStudent } from '../services/student-deletion.js';
import { runJob } from '../services/telemetry.js';
import { getAccount } from '../store/accounts.js';
import { acquireLease, releaseLease } from '../store/leases.js';
import { forgetGraduate, GRADUATE_SHARDS, graduatesOf } from '../store/promotion.js';

const JOB = 'remove-graduates';
/** A run stops starting deletions after this, well inside the job's 15-minute timeout; the next day goes on. */
const BUDGET_MS = 12 * 60_000;
export const REMOVAL_LEASE_MS = 16 * 60_000;
/** Graduates of years further back have been removed by earlier runs. */
const YEARS_BACK = 3;

/**
 * Removes the personal data of graduates whose read-only time is over (LIFETIME_SECONDS.graduate),
 * through the same deletion as a school's (services/student-deletion.ts): counts stay, as facts under
 * an anonymous id. Each deletion is idempotent, so a run that stopped is finished by the next.
 */
export async function removeGraduates(deps: Deps, budgetMs = BUDGET_MS): Promise<number> {
  const startedAt = Date.now();
  const current = startYearOf(schoolYearOf(deps.now()));
  let removed = 0;
  for (let back = 1; back <= YEARS_BACK; back++) {
    const year = schoolYearId(current - back);
    if (deps.now() < graduatesLeaveAt(year)) continue;
    for (let shard = 0; shard < GRADUATE_SHARDS; shard++)
      for (const userId of await graduatesOf(deps.db, year, shard)) {
        if (Date.now() - startedAt > budgetMs) return removed;
        const account = await getAccount(deps.db, userId);
        if (account?.graduatedYear === year) {
          const record: AuditRecord = {
            actorId: JOB,
            actorRole: 'system',
            action: 'student.delete',
            targetType: 'account',
            targetId: account.id,
            path: account.orgPath,
            address: 'scheduled job',
          };
          if ((await deleteStudent(deps, account, 'graduated', record)) === 'deleted') removed++;
        }
        await forgetGraduate(deps.db, year, userId);
      }
  }
  return removed;
}

/** One run under the job's lease: never two at once. */
export async function removeGraduatesOnce(deps: Deps, holder: string = randomUUID()): Promise<{ removed: number } | { skipped: 'lease held' }> {
  if (!(await acquireLease(deps.db, JOB, holder, deps.now(), REMOVAL_LEASE_MS))) return { skipped: 'lease held' };
  try {
    return { removed: await removeGraduates(deps) };
  } finally {
    await releaseLease(deps.db, JOB, holder);
  }
}

/** EventBridge Scheduler entry point (daily). */
export async function handler(): Promise<{ removed: number } | { skipped: 'lease held' }> {
  return runJob(JOB, async () => {
    const { lambdaDeps } = await import('./lambda-deps.js');
    return removeGraduatesOnce(await lambdaDeps());
  });
}
