import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';

/**
 * A job's lease: one item per job, taken with a conditional put that succeeds only when nobody holds
 * it or the holder's lease has run out. A holder that crashes never releases it: it expires at `until`,
 * which must be later than the longest a holder can run (its Lambda timeout).
 */
export async function acquireLease(db: Db, job: string, holder: string, now: number, durationMs: number): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.jobLease(job), type: 'lease', job, holder, until: now + durationMs, expiresAt: Math.floor((now + durationMs) / 1000) + 86_400 },
        ConditionExpression: 'attribute_not_exists(PK) OR #until <= :now',
        ExpressionAttributeNames: { '#until': 'until' },
        ExpressionAttributeValues: { ':now': now },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Gives the lease back early, if this holder still has it (an expired one may have been taken since). */
export async function releaseLease(db: Db, job: string, holder: string): Promise<void> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: keys.jobLease(job),
        ConditionExpression: 'holder = :holder',
        ExpressionAttributeValues: { ':holder': holder },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
