import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreConfig {
  tableName: string;
  /** Set for DynamoDB Local; unset in AWS, where the SDK finds the regional endpoint itself. */
  endpoint?: string;
  region?: string;
}

export interface Db {
  doc: DynamoDBDocumentClient;
  raw: DynamoDBClient;
  table: string;
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
  return { doc, raw, table: config.tableName };
}
