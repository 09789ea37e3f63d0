import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../domain/audit/schemas.js';
import type { GuardianConsent, SchoolSettings } from '../domain/consent/consent.js';
import type { Db } from './client.js';
import { auditWrites } from './audit.js';
import { cancellationReasons, withConflictRetry } from './errors.js';
import { keys } from './keys.js';

/**
 * Runs one conditional update with its audit entry. A false condition means the change is already
 * in place (a retry, or two clicks at once): nothing is written, nothing is logged, and `false` says so.
 */
interface ConditionalUpdate {
  Key: Record<string, string>;
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

async function updateAudited(db: Db, update: ConditionalUpdate, audit: AuditRecord, nowMs: number): Promise<boolean> {
  try {
    await withConflictRetry(() =>
      db.doc.send(new TransactWriteCommand({ TransactItems: [{ Update: { TableName: db.table, ...update } }, ...auditWrites(db, audit, nowMs).items] })),
    );
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}

/** Records consent on a student's account unless some is recorded already. */
export function recordConsent(db: Db, studentId: string, consent: GuardianConsent, audit: AuditRecord, nowMs: number): Promise<boolean> {
  return updateAudited(
    db,
    {
      Key: keys.account(studentId),
      UpdateExpression: 'SET guardianConsent = :c',
      ConditionExpression: 'attribute_exists(PK) AND #role = :student AND attribute_not_exists(guardianConsent)',
      ExpressionAttributeNames: { '#role': 'role' },
      ExpressionAttributeValues: { ':c': consent, ':student': 'student' },
    },
    audit,
    nowMs,
  );
}

/** Removes a student's recorded consent, if there is one. */
export function withdrawConsent(db: Db, studentId: string, audit: AuditRecord, nowMs: number): Promise<boolean> {
  return updateAudited(
    db,
    { Key: keys.account(studentId), UpdateExpression: 'REMOVE guardianConsent', ConditionExpression: 'attribute_exists(guardianConsent)' },
    audit,
    nowMs,
  );
}

/** A school's settings, with their defaults while the admin has set none. */
export async function getSchoolSettings(db: Db, schoolId: string): Promise<SchoolSettings> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.unit(schoolId), ProjectionExpression: 'consentRequired', ConsistentRead: true }),
  );
  return { consentRequired: Item?.consentRequired === true };
}

/** Sets the school's consent switch; a request that would not change it writes and logs nothing. */
export function setConsentRequired(db: Db, schoolId: string, consentRequired: boolean, audit: AuditRecord, nowMs: number): Promise<boolean> {
  return updateAudited(
    db,
    {
      Key: keys.unit(schoolId),
      UpdateExpression: 'SET consentRequired = :v',
      // An absent switch is off: turning it on needs it not on, turning it off needs it on.
      ConditionExpression: consentRequired ? 'attribute_exists(PK) AND NOT consentRequired = :on' : 'consentRequired = :on',
      ExpressionAttributeValues: { ':v': consentRequired, ':on': true },
    },
    audit,
    nowMs,
  );
}
