import type { Context } from 'hono';
import type { AuditAction, AuditEntry, AuditRecord, AuditTargetType } from '../domain/audit/schemas.js';
import { appendAudit } from '../store/audit.js';
import type { AppEnv } from './env.js';
import { clientAddress } from './middleware/client-address.js';
import { requireSession } from './middleware/session.js';

export interface AuditTarget {
  type: AuditTargetType;
  id: string;
  /** Ancestor path of the target; it names the school whose log gets the entry. */
  path: string;
}

/** The entry for the signed-in caller doing `action` to `target`, for a route that writes it in its own transaction. */
export function auditRecord(c: Context<AppEnv>, action: AuditAction, target: AuditTarget): AuditRecord {
  const session = requireSession(c);
  return {
    actorId: session.userId,
    actorRole: session.role,
    action,
    targetType: target.type,
    targetId: target.id,
    path: target.path,
    address: clientAddress(c),
  };
}

/**
 * Records that the signed-in caller did `action` to `target`. Routes call it after authorizing and
 * before answering: personal data is handed out only once its access is on record.
 */
export function audit(c: Context<AppEnv>, action: AuditAction, target: AuditTarget): Promise<AuditEntry> {
  const deps = c.get('deps');
  return appendAudit(deps.db, auditRecord(c, action, target), deps.now());
}
