import { CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import type { Db } from './client.js';
import { createTableInput, TABLE } from './table.js';

/** Creates the table and its TTL setting when missing; a no-op when it exists. */
export async function ensureTable(db: Db): Promise<'created' | 'exists'> {
  try {
    await db.raw.send(new DescribeTableCommand({ TableName: db.table }));
    return 'exists';
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
  try {
    await db.raw.send(new CreateTableCommand(createTableInput(db.table)));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  await waitUntilTableExists({ client: db.raw, maxWaitTime: 60 }, { TableName: db.table });
  await db.raw.send(
    new UpdateTimeToLiveCommand({
      TableName: db.table,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
  return 'created';
}
