import type { Session } from '../domain/accounts/schemas.js';
import type { Db } from '../store/client.js';
import { endAllSessions, endSession, readSessionState, setDisabled, type SessionState } from '../store/sessions.js';
import type { Deps } from './deps.js';

/**
 * How long a process trusts what it read of an account's session state. This bounds the revocation
 * window: a session ended through another Lambda instance stops working here within this time; one
 * ended through this instance stops at once. It also bounds the cost: one read per user per instance
 * per window, not one per request (docs/SECURITY.md, docs/PERFORMANCE.md).
 */
export const SESSION_CHECK_CACHE_MS = 30_000;
/** Entries kept; beyond this the oldest are dropped (a Map iterates in insertion order). */
const MAX_CACHED = 20_000;

const cache = new Map<string, { state: SessionState | null; readAt: number }>();
const cacheKey = (db: Db, userId: string) => `${db.table}#${userId}`;

async function stateOf(deps: Deps, userId: string): Promise<SessionState | null> {
  const key = cacheKey(deps.db, userId);
  const now = deps.now();
  const hit = cache.get(key);
  if (hit && now - hit.readAt >= 0 && now - hit.readAt < SESSION_CHECK_CACHE_MS) return hit.state;
  const state = await readSessionState(deps.db, userId);
  cache.delete(key);
  cache.set(key, { state, readAt: now });
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return state;
}

export async function sessionStillStands(deps: Deps, session: Session): Promise<boolean> {
  const state = await stateOf(deps, session.userId);
  if (!state || state.disabled || state.version !== session.sessionVersion) return false;
  return !session.sessionId || !state.revoked.includes(session.sessionId);
}

/** Forgets what this instance read of the account, so a change made here applies here at once. */
function forget(db: Db, userId: string) {
  cache.delete(cacheKey(db, userId));
}

export async function signOutSession(db: Db, session: Session): Promise<void> {
  if (session.sessionId) await endSession(db, session.userId, session.sessionId);
  else await endAllSessions(db, session.userId);
  forget(db, session.userId);
}

export async function signOutEverywhere(db: Db, userId: string): Promise<number | null> {
  const version = await endAllSessions(db, userId);
  forget(db, userId);
  return version;
}

export async function disableAccount(db: Db, userId: string, disabled: boolean): Promise<boolean> {
  const found = await setDisabled(db, userId, disabled);
  forget(db, userId);
  return found;
}

/** After a store write that ended the account's sessions by itself (a new password). */
export const sessionsChanged = forget;
