import { randomUUID } from 'node:crypto';
import type { Deps } from '../services/deps.js';
import { GRACE_MS } from '../domain/attempts/attempt.js';
import { finalizeAttempt } from '../services/attempts.js';
import { runJob } from '../services/telemetry.js';
import { expiredOpenAttempts } from '../store/attempts.js';
import { acquireLease, releaseLease } from '../store/leases.js';

const JOB = 'expire-attempts';

/**
 * Longer than the job's Lambda timeout (5 minutes, infra/lib/api-stack.ts JOBS): a holder that
 * crashed, or was stopped at its timeout, is gone when its lease runs out.
 */
export const EXPIRY_LEASE_MS = 6 * 60_000;

/** Finalises every open attempt whose deadline and grace have passed, with its saved answers. */
export async function expireAttempts(deps: Deps): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await expiredOpenAttempts(deps.db, deps.now() - GRACE_MS);
    for (const id of ids) await finalizeAttempt(deps, id);
    total += ids.length;
    if (ids.length < 500) return total;
  }
}

/**
 * One run under the job's lease: two overlapping runs (a slow run and the next schedule, or a
 * retried invocation) never work at once; the one that finds the lease held does nothing.
 */
export async function expireAttemptsOnce(
  deps: Deps,
  holder: string = randomUUID(),
  work: (deps: Deps) => Promise<number> = expireAttempts,
): Promise<{ finalised: number } | { skipped: 'lease held' }> {
  if (!(await acquireLease(deps.db, JOB, holder, deps.now(), EXPIRY_LEASE_MS))) return { skipped: 'lease held' };
  try {
    return { finalised: await work(deps) };
  } finally {
    await releaseLease(deps.db, JOB, holder);
  }
}

/** EventBridge Scheduler entry point (every 5 minutes). */
export async function handler(): Promise<{ finalised: number } | { skipped: 'lease held' }> {
  return runJob(JOB, async () => {
    const { lambdaDeps } = await import('./lambda-deps.js');
    return expireAttemptsOnce(await lambdaDeps());
  });
}
