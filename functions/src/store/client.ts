import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';

export interface StoreConfig {
  tableName: string;
  /** Set for DynamoDB Local; unset in AWS, where the SDK finds the regional endpoint itself. */
  endpoint?: string;
  region?: string;
  /**
   * Signs pagination cursors (see pagination.ts). Servers pass one derived from their code key,
   * so that every instance accepts the others' cursors; without one (scripts, jobs) a random key
   * makes cursors valid within this process only.
   */
  cursorKey?: Uint8Array;
}

export interface Db {
  doc: DynamoDBDocumentClient;
  raw: DynamoDBClient;
  table: string;
  cursorKey: Uint8Array;
}

export function connect(config: StoreConfig): Db {
  const raw = new DynamoDBClient({
    endpoint: config.endpoint,
    region: config.region ?? process.env.AWS_REGION ?? 'cn-northwest-1',
    // DynamoDB Local accepts any credentials; real AWS uses the Lambda role's.
    ...(config.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 5,
  });
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, raw, table: config.tableName, cursorKey: config.cursorKey ?? randomBytes(32) };
}
