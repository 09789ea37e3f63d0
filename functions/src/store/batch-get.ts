import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';

type Key = Record<string, unknown>;
type Item = Record<string, unknown>;

export interface BatchGetOptions {
  /** Strongly consistent reads, for an item written a moment ago (a fact, a text just indexed). */
  consistentRead?: boolean;
  projection?: string;
  names?: Record<string, string>;
}

/** BatchGetItem takes at most 100 keys a request. */
const CHUNK = 100;
/** Requests per chunk before giving up on keys DynamoDB keeps answering as unprocessed. */
export const BATCH_GET_TRIES = 8;
const BASE_DELAY_MS = 20;

/**
 * The items of every key that exists (in no particular order), in BatchGetItem requests of 100.
 * DynamoDB answers part of a request when throttled or over 16 MB and lists the rest in
 * UnprocessedKeys: those are asked for again after a jittered exponential wait, so a result is
 * complete or the call throws. Duplicate keys are asked for once (BatchGetItem rejects them).
 */
export async function batchGetAll(db: Db, itemKeys: Key[], options: BatchGetOptions = {}): Promise<Item[]> {
  const unique = [...new Map(itemKeys.map((key) => [`${key.PK}\u0000${key.SK}`, { PK: key.PK, SK: key.SK }])).values()];
  const items: Item[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) items.push(...(await getChunk(db, unique.slice(i, i + CHUNK), options)));
  return items;
}

async function getChunk(db: Db, chunk: Key[], options: BatchGetOptions): Promise<Item[]> {
  const items: Item[] = [];
  let left = chunk;
  for (let attempt = 0; left.length; attempt++) {
    if (attempt === BATCH_GET_TRIES) throw new Error(`BatchGetItem: ${left.length} keys still unprocessed after ${BATCH_GET_TRIES} tries`);
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** attempt));
    const { Responses, UnprocessedKeys } = await db.doc.send(
      new BatchGetCommand({
        RequestItems: {
          [db.table]: {
            Keys: left,
            ...(options.consistentRead ? { ConsistentRead: true } : {}),
            ...(options.projection ? { ProjectionExpression: options.projection } : {}),
            ...(options.names ? { ExpressionAttributeNames: options.names } : {}),
          },
        },
      }),
    );
    items.push(...(Responses?.[db.table] ?? []));
    left = (UnprocessedKeys?.[db.table]?.Keys ?? []) as Key[];
  }
  return items;
}
