import type { Deps } from '../services/deps.js';
import { expireAttempts } from '../handlers/expire-attempts.js';
import { snapshotCoverage } from '../handlers/snapshot-coverage.js';
import { removeGraduatesOnce } from '../handlers/remove-graduates.js';

/**
 * The scheduled jobs of AWS (EventBridge Scheduler) as timers of the local runner, calling the same
 * job functions. Unref'd: they never keep the process alive on their own.
 */
export function startLocalJobs(deps: Deps): void {
  const every = (ms: number, name: string, job: () => Promise<unknown>) =>
    setInterval(() => job().catch((error) => console.error(JSON.stringify({ level: 'error', job: name, message: (error as Error).message }))), ms).unref();
  every(60_000, 'expire-attempts', () => expireAttempts(deps));
  every(3_600_000, 'snapshot-coverage', () => snapshotCoverage(deps));
  every(24 * 3_600_000, 'remove-graduates', () => removeGraduatesOnce(deps));
}
