import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DeletionReason } from '../domain/data-rights/schemas.js';
import { pathIds } from '../domain/org/units.js';
import type { Db } from './client.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/**
 * Where one student's data is, found by key only (no Scan): the `USER#<id>` partition (progress,
 * facts, quiz states, held certificates), attempts by the ids their quiz states imply, entries by the
 * contests that reach the student's units, roster imports of the student's class.
 */
export async function studentItems(db: Db, userId: string): Promise<Record<string, unknown>[]> {
  return queryAll(db, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.account(userId).PK }, ConsistentRead: true });
}

/** Set on the account when its deletion starts: a repeated or concurrent deletion carries on with it. */
export interface DeletionMarker {
  /** The id the student's counted facts are kept under; nothing links it back to the student. */
  anonId: string;
  reason: DeletionReason;
  startedAt: string;
}

export async function getDeletionMarker(db: Db, userId: string): Promise<DeletionMarker | null> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.account(userId), ProjectionExpression: 'deletion', ConsistentRead: true }),
  );
  return (Item?.deletion as DeletionMarker | undefined) ?? null;
}

/** Ids of every contest run by a bureau on the path (region, city, county): the ones a student may enter. */
export async function contestIdsReaching(db: Db, path: string): Promise<string[]> {
  const pages = await Promise.all(
    pathIds(path)
      .slice(0, 3)
      .map((unitId) =>
        queryAll(db, {
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.contestsOfUnit(unitId) },
          ProjectionExpression: 'id',
        }),
      ),
  );
  return pages.flat().map((item) => item.id as string);
}

/** Roster imports of a class still on record (TTL ends them; until it does, they hold names). */
export async function importsOfClass(db: Db, classId: string): Promise<Record<string, unknown>[]> {
  return queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.unit(classId).PK, ':sk': keys.rosterImports() },
    ConsistentRead: true,
  });
}

/** Judging items of one entry at one stage unit (their sort key starts with the entry id). */
export async function judgingKeysOfEntry(db: Db, contestId: string, level: string, unitId: string, entryId: string): Promise<Record<string, unknown>[]> {
  return queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.contest(contestId).PK, ':sk': keys.judgingOfEntry(level, unitId, entryId) },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
}

/** What recount reads of a fact: where it counts, for what, how much. */
export interface CountedFactItem {
  path: string;
  scope: string;
  metric?: string;
  metrics?: Record<string, number>;
  at?: string;
}

/** An attempt's submission fact (what recount counts for it), if it was submitted. */
export async function getAttemptFact(db: Db, attemptId: string): Promise<CountedFactItem | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.attemptFact(attemptId), ConsistentRead: true }));
  return (Item as CountedFactItem | undefined) ?? null;
}
