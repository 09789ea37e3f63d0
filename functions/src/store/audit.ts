import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { auditCountTargets, monthOf, type AuditAction, type AuditCount, AuditEntry, type AuditRecord } from '../domain/audit/schemas.js';
import { newId } from '../domain/ids.js';
import type { UnitKind } from '../domain/org/units.js';
import { expiresAtFrom, LIFETIME_SECONDS } from '../domain/retention/lifetimes.js';
import type { Db } from './client.js';
import { withConflictRetry } from './errors.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';
import { queryAll } from './query.js';

const toEntry = decoder('audit entry', AuditEntry);

/**
 * Count items per unit kind. Audited actions are staff actions, orders of magnitude rarer than quiz
 * answers, but every one in a region moves the region's items: a few shards keep a competition day's
 * roster views far below one partition's limit. Readers query every shard of a unit.
 */
const AUDIT_SHARDS: Record<UnitKind, number> = { region: 4, city: 2, county: 1, school: 1, class: 1 };

/** A month's counts live as long as the last entry they count. */
function countExpiresAt(month: string): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return expiresAtFrom(Date.UTC(year, mon, 1), LIFETIME_SECONDS.audit);
}

/**
 * The writes that append one entry to the school's log and move the counts of the school and every
 * unit above it: callers put them in the same transaction as the change they record, so the log,
 * the counts and the change never disagree. The sort key is the time plus a random id, and the put is
 * conditional: an entry is never overwritten.
 */
export function auditWrites(db: Db, record: AuditRecord, nowMs: number) {
  const atMs = record.at ?? nowMs;
  const targets = auditCountTargets(record.path);
  const entry: AuditEntry = {
    id: newId('aud'),
    at: new Date(atMs).toISOString(),
    actorId: record.actorId,
    actorRole: record.actorRole,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    schoolId: targets[3]!.unitId,
    address: record.address,
  };
  const month = monthOf(atMs);
  const items = [
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.auditEntry(entry.schoolId, entry.at, entry.id), type: 'audit', ...entry, expiresAt: expiresAtFrom(atMs, LIFETIME_SECONDS.audit) },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...targets.map((target) => ({
      Update: {
        TableName: db.table,
        Key: keys.auditCount(target.unitId, Math.floor(Math.random() * AUDIT_SHARDS[target.kind]), month, entry.action, target.childId),
        UpdateExpression: 'ADD n :one SET #type = :type, unitId = :unit, childId = :child, #month = :month, #action = :action, expiresAt = :exp',
        ExpressionAttributeNames: { '#type': 'type', '#month': 'month', '#action': 'action' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':type': 'auditCount',
          ':unit': target.unitId,
          ':child': target.childId,
          ':month': month,
          ':action': entry.action,
          ':exp': countExpiresAt(month),
        },
      },
    })),
  ];
  return { entry, items };
}

/**
 * Appends an entry for an access that changes nothing else (a roster view, a download). The SDK's
 * idempotency token makes its own retries of the transaction apply it once.
 */
export async function appendAudit(db: Db, record: AuditRecord, nowMs: number): Promise<AuditEntry> {
  const { entry, items } = auditWrites(db, record, nowMs);
  await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
  return entry;
}

/** A school's log, newest first. Expired entries are skipped: TTL deletion is lazy. */
export async function listAudit(db: Db, schoolId: string, cursor: string | undefined, nowMs: number, limit = 50): Promise<Page<AuditEntry>> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      FilterExpression: 'expiresAt > :now',
      ExpressionAttributeValues: { ':pk': keys.auditLog(schoolId), ':now': Math.floor(nowMs / 1000) },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(db, cursor),
    }),
  );
  return { items: (page.Items ?? []).map(toEntry), cursor: encodeCursor(db, page.LastEvaluatedKey) };
}

/**
 * Counts of a unit per month and action for months `from`..`to` (YYYY-MM), optionally split by the
 * unit one level down. One Query per shard; what it reads is bounded by months × actions × children.
 */
export async function countAudit(
  db: Db,
  unit: { id: string; kind: UnitKind },
  months: { from: string; to: string },
  byChild: boolean,
  nowMs: number,
): Promise<AuditCount[]> {
  const bounds = keys.auditCountMonths(months.from, months.to);
  const shards = Array.from({ length: AUDIT_SHARDS[unit.kind] }, (_, shard) => shard);
  const pages = await Promise.all(
    shards.map((shard) =>
      queryAll(db, {
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        FilterExpression: 'expiresAt > :now',
        ExpressionAttributeValues: { ':pk': keys.auditCounts(unit.id, shard), ':from': bounds.from, ':to': bounds.to, ':now': Math.floor(nowMs / 1000) },
      }),
    ),
  );
  const sums = new Map<string, AuditCount>();
  for (const item of pages.flat()) {
    const unitId = byChild ? (item.childId as string) : undefined;
    const key = `${item.month}#${item.action}#${unitId ?? ''}`;
    const count = sums.get(key) ?? { month: item.month as string, action: item.action as AuditAction, ...(unitId ? { unitId } : {}), count: 0 };
    count.count += item.n as number;
    sums.set(key, count);
  }
  return [...sums.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.action.localeCompare(b.action) || (a.unitId ?? '').localeCompare(b.unitId ?? ''),
  );
}
