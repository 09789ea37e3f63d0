import { GetCommand, UpdateCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';
import { keys } from './keys.js';

/**
 * Recent failed sign-ins per subject ("user:<name>", "addr:<ip>"), as epoch-ms timestamps. The item
 * expires by TTL after the window; TTL deletion is lazy, so reads filter by time too.
 */
export async function recentFailures(db: Db, subject: string, windowMs: number, now: number): Promise<number[]> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.throttle(subject), ConsistentRead: true }));
  const failures = (Item?.failures as number[] | undefined) ?? [];
  return failures.filter((at) => at > now - windowMs);
}

export async function recordFailure(db: Db, subject: string, recent: number[], windowMs: number, now: number): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.throttle(subject),
      UpdateExpression: 'SET failures = :failures, expiresAt = :expiresAt',
      ExpressionAttributeValues: {
        // Keep only the window's failures so the item stays small under a sustained attack.
        ':failures': [...recent.slice(-49), now],
        ':expiresAt': Math.ceil((now + windowMs) / 1000),
      },
    }),
  );
}

export async function clearFailures(db: Db, subject: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.throttle(subject) }));
}
