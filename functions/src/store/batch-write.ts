import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';

type Key = Record<string, unknown>;
export type WriteRequest = { PutRequest: { Item: Key } } | { DeleteRequest: { Key: Key } };

/** BatchWriteItem in requests of 25, sent together; unprocessed items are sent again with backoff. */
export async function batchWrite(db: Db, requests: WriteRequest[]): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
  await Promise.all(
    chunks.map(async (chunk) => {
      let left = chunk;
      for (let attempt = 0; left.length; attempt++) {
        if (attempt > 8) throw new Error(`BatchWriteItem: ${left.length} items still unprocessed`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
        const { UnprocessedItems } = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: left } }));
        left = (UnprocessedItems?.[db.table] ?? []) as WriteRequest[];
      }
    }),
  );
}

/** Deletes items by key; missing ones are fine. */
export function deleteItems(db: Db, itemKeys: Key[]): Promise<void> {
  return batchWrite(
    db,
    itemKeys.map((key) => ({ DeleteRequest: { Key: { PK: key.PK, SK: key.SK } } })),
  );
}
