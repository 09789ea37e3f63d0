import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';

/**
 * Every page of a Query whose result is bounded by design (a class's student numbers, an attempt's
 * answers, a unit's counter shards): for lists that can grow without bound, routes paginate instead.
 */
export async function queryAll(db: Db, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(new QueryCommand({ ...input, TableName: db.table, ExclusiveStartKey: cursor }));
    items.push(...(page.Items ?? []));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items;
}

/**
 * The records of one school year under a unit (a school's activities, a class's lessons: tens a year),
 * newest date first, then newest made.
 */
export async function recordsOfYear(db: Db, pk: string, prefix: string, year: string): Promise<Record<string, unknown>[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    FilterExpression: '#year = :year',
    ExpressionAttributeNames: { '#year': 'year' },
    ExpressionAttributeValues: { ':pk': pk, ':sk': prefix, ':year': year },
  });
  const text = (item: Record<string, unknown>, key: string) => String(item[key] ?? '');
  return items.sort((a, b) => text(b, 'date').localeCompare(text(a, 'date')) || text(b, 'createdAt').localeCompare(text(a, 'createdAt')));
}
