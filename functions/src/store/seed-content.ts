import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/** The fingerprint of what the seed last wrote, per built-in module or question id. */
export async function seedContentMarks(db: Db): Promise<Map<string, string>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.seedMarker('').PK, ':sk': keys.seedContents() },
    ConsistentRead: true,
  });
  return new Map(items.map((item) => [item.id as string, item.fingerprint as string]));
}

export async function markSeedContent(db: Db, id: string, fingerprint: string): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...keys.seedContent(id), type: 'seedContent', id, fingerprint } }));
}
