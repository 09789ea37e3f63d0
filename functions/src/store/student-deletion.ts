import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../domain/accounts/schemas.js';
import type { AuditRecord } from '../domain/audit/schemas.js';
import type { PreviewRow } from '../domain/roster/rows.js';
import { pathIds } from '../domain/org/units.js';
import { auditWrites } from './audit.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import type { CountedFactItem, DeletionMarker } from './student-data.js';

type Key = Record<string, unknown>;

/**
 * The writes of a student's deletion (docs/SECURITY.md, "Data rights"). Each is idempotent, so a
 * deletion that crashed or runs twice at once is finished by running it again; only the last one
 * moves a counter, and it is conditioned on the account still being there.
 */

/** Marks the account as being deleted; false when a marker is there already (use that one). */
export async function markDeletion(db: Db, userId: string, marker: DeletionMarker): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.account(userId),
        UpdateExpression: 'SET deletion = :marker',
        ConditionExpression: 'attribute_exists(PK) AND #role = :student AND attribute_not_exists(deletion)',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':marker': marker, ':student': 'student' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Moves a counted fact out from under the student to the anonymous id, in one transaction: recount
 * finds it exactly once before, during and after, so the counters it moved stay right without being
 * touched. When the original is already gone (a repeat), nothing happens.
 */
export async function moveFactToAnonymous(db: Db, from: Key, to: Key, fact: CountedFactItem): Promise<void> {
  const item = {
    ...to,
    type: 'fact',
    path: fact.path,
    scope: fact.scope,
    ...(fact.metric === undefined ? {} : { metric: fact.metric }),
    ...(fact.metrics === undefined ? {} : { metrics: fact.metrics }),
    ...(fact.at === undefined ? {} : { at: fact.at }),
  };
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
            { Delete: { TableName: db.table, Key: from, ConditionExpression: 'attribute_exists(PK)' } },
          ],
        }),
      ),
    );
  } catch (error) {
    if (!cancellationReasons(error)?.includes('ConditionalCheckFailed')) throw error;
  }
}

/** A school's "first student" fact keeps the count but forgets which student it was. */
export async function unlinkSchoolFact(db: Db, scope: string, metric: string, schoolId: string, userId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.schoolFact(scope, metric, schoolId),
        UpdateExpression: 'REMOVE studentId',
        ConditionExpression: 'studentId = :id',
        ExpressionAttributeValues: { ':id': userId },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Replaces an import's rows and sealed slips with the redacted ones. */
export async function redactImport(db: Db, classId: string, importId: string, rows: PreviewRow[], sealedCredentials: string | undefined): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.rosterImport(classId, importId),
        UpdateExpression: sealedCredentials === undefined ? 'SET #rows = :rows' : 'SET #rows = :rows, sealedCredentials = :sealed',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#rows': 'rows' },
        ExpressionAttributeValues: { ':rows': rows, ...(sealedCredentials === undefined ? {} : { ':sealed': sealedCredentials }) },
      }),
    );
  } catch (error) {
    // Expired and removed meanwhile: nothing left to redact.
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * The last step, all or nothing: the account (condition: still marked with this deletion), its
 * username and student number, enrolled −1 at every unit on the class's path, and the audit entry.
 * 'gone' when another run of the same deletion finished first.
 */
export async function finishDeletion(db: Db, account: Account, anonId: string, auditRecord: AuditRecord, nowMs: number): Promise<'deleted' | 'gone'> {
  const items = [
    {
      Delete: {
        TableName: db.table,
        Key: keys.account(account.id),
        ConditionExpression: 'deletion.anonId = :anon',
        ExpressionAttributeValues: { ':anon': anonId },
      },
    },
    { Delete: { TableName: db.table, Key: keys.username(account.username) } },
    ...(account.studentNumber ? [{ Delete: { TableName: db.table, Key: keys.studentNumber(account.orgId, account.studentNumber) } }] : []),
    // A graduate left the enrolled counters when graduating; the year's enrolment keeps them as a fact.
    ...(account.graduatedYear ? [] : counterUpdates(db, counterTargets(pathIds(account.orgPath)), 'all', 'enrolled', -1, nowMs)),
    ...auditWrites(db, auditRecord, nowMs).items,
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'deleted';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'gone';
    throw error;
  }
}
