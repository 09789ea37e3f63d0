import type { Deps } from '../api/deps.js';
import { GRACE_MS } from '../domain/attempts/attempt.js';
import { finalizeAttempt } from '../services/attempts.js';
import { expiredOpenAttempts } from '../store/attempts.js';

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

/** EventBridge Scheduler entry point (every 5 minutes). */
export async function handler(): Promise<{ finalised: number }> {
  const { lambdaDeps } = await import('./lambda-deps.js');
  return { finalised: await expireAttempts(await lambdaDeps()) };
}
