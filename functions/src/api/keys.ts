import { randomBytes } from 'node:crypto';
import type { SessionKeyRing } from '../domain/accounts/session-keys.js';
import type { Keys } from '../services/deps.js';

/** Keys that never change while the process runs: the local runner's and the tests'. */
export function fixedKeys(keys: { session: SessionKeyRing; seal: Uint8Array; code: Uint8Array }): Keys {
  const { session, seal, code } = keys;
  return { session: () => Promise.resolve(session), seal, code };
}

/** Fresh, independent keys: a test server or a benchmark that keeps nothing between runs. */
export function randomKeys(): Keys {
  return fixedKeys({ session: { current: randomBytes(32) }, seal: randomBytes(32), code: randomBytes(32) });
}
