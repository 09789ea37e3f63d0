import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

export interface Snapshot {
  date: string;
  enrolled: number;
  started: number;
  completed: number;
  completionRate: number;
}

/** One snapshot per scope, unit and day; a second run the same day overwrites it. */
export async function putSnapshot(db: Db, scope: string, unitId: string, snapshot: Snapshot): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...keys.snapshot(scope, unitId, snapshot.date), type: 'snapshot', ...snapshot } }));
}

/** A unit's daily history for a scope, oldest first (a year at most: 366 small items). */
export async function snapshots(db: Db, scope: string, unitId: string): Promise<Snapshot[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.snapshot(scope, unitId, '').PK },
    Limit: 366,
  });
  return items.map((item) => ({
    date: item.date as string,
    enrolled: item.enrolled as number,
    started: item.started as number,
    completed: item.completed as number,
    completionRate: item.completionRate as number,
  }));
}
