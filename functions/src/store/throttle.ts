import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { heldSeconds, pairDelaySeconds, PAIR_MEMORY_SECONDS, windowOf, type ThrottleRecord } from '../domain/accounts/throttle.js';
import { deleteItems } from './batch-write.js';
import type { Db } from './client.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/** A slot taken in a fixed window; give it back with `releaseSlot` when the attempt did not count. */
export interface Slot {
  subject: string;
  index: number;
}

/**
 * Takes one of `limit` slots of the subject's current window, or answers the seconds until the
 * window ends. One conditional ADD: parallel callers can never take more than `limit`.
 */
export async function takeSlot(db: Db, subject: string, windowMs: number, limit: number, now: number): Promise<Slot | { retryAfter: number }> {
  const { index, secondsLeft } = windowOf(now, windowMs);
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.throttleWindow(subject, index),
        UpdateExpression: 'ADD n :one SET expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(n) OR n < :limit',
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': Math.ceil(((index + 1) * windowMs) / 1000) },
      }),
    );
    return { subject, index };
  } catch (error) {
    if (isConditionFailure(error)) return { retryAfter: secondsLeft };
    throw error;
  }
}

export async function releaseSlot(db: Db, slot: Slot): Promise<void> {
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.throttleWindow(slot.subject, slot.index),
        UpdateExpression: 'ADD n :minusOne',
        ConditionExpression: 'n > :zero',
        ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
      }),
    )
    .catch((error) => {
      if (!isConditionFailure(error)) throw error;
    });
}

/** Compare-and-set rounds before a contended pair answers "try again in a second". */
const PAIR_ROUNDS = 6;

/**
 * Counts one attempt of `username` from `address`, or answers the seconds to wait. The count moves
 * by compare-and-set on its previous value, and the wait for the next attempt is written with it,
 * so of N parallel attempts only those the delay rule allows get through.
 */
export async function takePairAttempt(db: Db, username: string, address: string, now: number): Promise<{ retryAfter: number }> {
  const key = keys.throttlePair(username, address);
  for (let round = 0; round < PAIR_ROUNDS; round++) {
    const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }));
    // TTL deletion is lazy: a record past its lifetime counts as none.
    const live = Item && (Item.expiresAt as number) * 1000 > now ? Item : undefined;
    const seen = (live?.n as number | undefined) ?? 0;
    const nextAt = (live?.nextAt as number | undefined) ?? 0;
    if (nextAt > now) return { retryAfter: Math.ceil((nextAt - now) / 1000) };
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: key,
          UpdateExpression: 'SET n = :next, nextAt = :nextAt, expiresAt = :expiresAt',
          ConditionExpression: Item ? 'n = :seen' : 'attribute_not_exists(PK)',
          ExpressionAttributeValues: {
            ':next': seen + 1,
            // No delay is "no time": `now + 0` would lie in the future of a parallel request that started a moment earlier.
            ':nextAt': pairDelaySeconds(seen + 1) > 0 ? now + pairDelaySeconds(seen + 1) * 1000 : 0,
            ':expiresAt': Math.ceil(now / 1000) + PAIR_MEMORY_SECONDS,
            ...(Item ? { ':seen': Item.n } : {}),
          },
        }),
      );
      return { retryAfter: 0 };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  return { retryAfter: 1 };
}

/** Forgets every throttle record of a subject (its windows, and for a username its pairs). */
export async function clearSubject(db: Db, subject: string): Promise<void> {
  const records = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.throttle(subject) },
    ProjectionExpression: 'PK, SK',
  });
  await deleteItems(db, records);
}

/** Seconds until `username` can be tried again from its most delayed address; 0: nothing holds it. */
export async function usernameHeldSeconds(db: Db, username: string, now: number): Promise<number> {
  const records = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.throttle(`user:${username}`) },
    ProjectionExpression: 'SK, n, nextAt, expiresAt',
  });
  return heldSeconds(records as unknown as ThrottleRecord[], now);
}

/** Lifts every delay of a username: a teacher's unlock, a password reset, a deleted account. */
export const clearUsername = (db: Db, username: string) => clearSubject(db, `user:${username}`);

export async function clearPair(db: Db, username: string, address: string): Promise<void> {
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.throttlePair(username, address),
        UpdateExpression: 'SET n = :zero, nextAt = :zero',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    )
    .catch((error) => {
      if (!isConditionFailure(error)) throw error;
    });
}
