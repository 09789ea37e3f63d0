import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { GroupName } from '../../functions/src/api/groups.js';
import { keys } from '../../functions/src/store/keys.js';
import { TABLE } from '../../functions/src/store/table.js';

/**
 * What a function may do to the table, per function group and job (issue 11, item 12). Deliberately
 * not `table.grantReadWriteData()`: that also grants Scan (DESIGN §5: no Scan on a request path),
 * stream reads and DescribeTable, none of which the code uses.
 * There is no IAM action for TransactWriteItems / TransactGetItems: DynamoDB authorizes each part of a
 * transaction as its underlying PutItem, UpdateItem, DeleteItem, GetItem or ConditionCheckItem.
 */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;
export const TABLE_ITEM_ACTIONS = [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] as const;
/** Indexes are only ever queried. */
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;

type WriteAction = (typeof TABLE_WRITE_ACTIONS)[number];

/**
 * Every function reads items (GetItem, BatchGetItem, Query) and queries the indexes: the session check
 * alone reads the account on every signed-in request. Writes are one of:
 * - 'none': no write action at all;
 * - 'any': every item write action, on any key;
 * - the listed actions, only on items whose partition key starts with one of `partitionKeyPrefixes`
 *   (IAM condition `dynamodb:LeadingKeys`).
 */
export type TableWrites = 'none' | 'any' | { readonly actions: readonly WriteAction[]; readonly partitionKeyPrefixes: readonly string[] };

/** "SNAP#<scope>#<unit>" → "SNAP#": the fixed part of a partition key, from its key builder. */
function prefixOf(partitionKey: string): string {
  return `${partitionKey.slice(0, partitionKey.indexOf('#'))}#`;
}

/**
 * Per function group. The four groups that write do so across most of the key space (an answer save
 * alone writes ATTEMPT#, USER# facts, COUNT#<unit>#<shard> counters, CERT# and SCHOOLFACT#; sign-in
 * writes THROTTLE#, AUDIT# and USER#; deleting a student touches every item of theirs), so a
 * `dynamodb:LeadingKeys` list there would be nearly the whole key space and would turn every new
 * item kind into an AccessDenied found only in AWS. Their grants stay item-level, no Scan.
 */
export const TABLE_ACCESS = {
  identity: 'any',
  learning: 'any',
  quizzes: 'any',
  contests: 'any',
  // Coverage routes read units, subjects (campaign, quiz, contest), counters and snapshots; the
  // session check reads the account; nothing in the group writes (no audit entry: aggregates only).
  coverage: 'none',
} as const satisfies Record<GroupName, TableWrites>;

/** The daily snapshot job writes snapshot items and nothing else. */
export const SNAPSHOT_WRITES = {
  actions: ['dynamodb:PutItem'],
  partitionKeyPrefixes: [prefixOf(keys.snapshot('scope', 'unit', 'date').PK)],
} as const satisfies TableWrites;

/** Adds the table statements for `writes` to the function's role: reads, index queries, then writes. */
export function grantTableAccess(fn: IFunction, table: ITable, writes: TableWrites): void {
  fn.addToRolePolicy(new PolicyStatement({ sid: 'TableReads', actions: [...TABLE_READ_ACTIONS], resources: [table.tableArn] }));
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'TableIndexes',
      actions: [...INDEX_ACTIONS],
      resources: TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
    }),
  );
  if (writes === 'none') return;
  if (writes === 'any') {
    fn.addToRolePolicy(new PolicyStatement({ sid: 'TableWrites', actions: [...TABLE_WRITE_ACTIONS], resources: [table.tableArn] }));
    return;
  }
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'TableWritesByPartitionKey',
      actions: [...writes.actions],
      resources: [table.tableArn],
      // ForAllValues: every partition key the request touches must match (a batch cannot smuggle one in).
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': writes.partitionKeyPrefixes.map((prefix) => `${prefix}*`) } },
    }),
  );
}
