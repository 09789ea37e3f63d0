import type { Context } from 'hono';
import { can, type Action, type Resource } from '../domain/access/policy.js';
import type { Session } from '../domain/accounts/schemas.js';
import type { Account } from '../domain/accounts/schemas.js';
import { forbidden, notFound } from '../domain/errors.js';
import type { Unit } from '../domain/org/units.js';
import { getAccount } from '../store/accounts.js';
import { teaches } from '../store/org.js';
import type { AppEnv } from './env.js';
import { requireSession } from './middleware/session.js';

export function authorize(session: Session, action: Action, resource: Resource): void {
  if (!can(session, action, resource)) throw forbidden();
}

/**
 * The account, if the session may do `action` to it; whether a teacher teaches the account's class is
 * looked up only when that matters.
 */
export async function authorizeOnAccount(c: Context<AppEnv>, action: Action, userId: string): Promise<Account> {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const account = await getAccount(db, userId);
  if (!account) throw notFound('Account');
  const taughtByActor = session.role === 'teacher' && account.role === 'student' && (await teaches(db, session.userId, account.orgId));
  authorize(session, action, { path: account.orgPath, kind: 'account', role: account.role, taughtByActor });
  return account;
}

/** Authorizes an action on a unit, looking up whether a teacher teaches it only when that matters. */
export async function authorizeOnUnit(c: Context<AppEnv>, session: Session, action: Action, unit: Unit): Promise<void> {
  const taughtByActor = session.role === 'teacher' && unit.kind === 'class' ? await teaches(c.get('deps').db, session.userId, unit.id) : false;
  authorize(session, action, { path: unit.path, kind: unit.kind, taughtByActor });
}
