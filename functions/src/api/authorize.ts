import type { Context } from 'hono';
import { can, type Action, type Resource } from '../domain/access/policy.js';
import type { Session } from '../domain/accounts/schemas.js';
import { forbidden } from '../domain/errors.js';
import type { Unit } from '../domain/org/units.js';
import { teaches } from '../store/org.js';
import type { AppEnv } from './env.js';

export function authorize(session: Session, action: Action, resource: Resource): void {
  if (!can(session, action, resource)) throw forbidden();
}

/** Authorizes an action on a unit, looking up whether a teacher teaches it only when that matters. */
export async function authorizeOnUnit(c: Context<AppEnv>, session: Session, action: Action, unit: Unit): Promise<void> {
  const taughtByActor = session.role === 'teacher' && unit.kind === 'class' ? await teaches(c.get('deps').db, session.userId, unit.id) : false;
  authorize(session, action, { path: unit.path, kind: unit.kind, taughtByActor });
}
