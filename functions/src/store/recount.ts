import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CountedFact, CounterDifference, CounterValue } from '../domain/counters/recount.js';
import type { Db } from './client.js';
import { parseCounterKey } from './counters.js';
import { keys } from './keys.js';

/**
 * The recount job's reads. They Scan, deliberately: recount is an offline job that must see every
 * fact, never a request path (DESIGN §5). Paginated, with the table's own consistency.
 */
async function* scan(db: Db, filter: string, values: Record<string, unknown>, projection: string, names?: Record<string, string>) {
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.table,
        FilterExpression: filter,
        ExpressionAttributeValues: values,
        ExpressionAttributeNames: names,
        ProjectionExpression: projection,
        ConsistentRead: true,
        ExclusiveStartKey: cursor,
      }),
    );
    yield* page.Items ?? [];
    cursor = page.LastEvaluatedKey;
  } while (cursor);
}

/**
 * Every fact that moves a counter. Schools registered: each school unit under its own path.
 * Enrolment: each student account counts under its class path.
 * Learning: each fact item (module or campaign started/completed, quiz submission) under the
 * student's path.
 */
export async function scanCountedFacts(db: Db): Promise<CountedFact[]> {
  const facts: CountedFact[] = [];
  for await (const item of scan(db, '#type = :unit AND kind = :school', { ':unit': 'unit', ':school': 'school' }, '#path', { '#type': 'type', '#path': 'path' }))
    facts.push({ path: item.path as string, scope: 'all', metric: 'schools' });
  for await (const item of scan(db, '#type = :fact', { ':fact': 'fact' }, '#path, #scope, metric, #metrics', { '#type': 'type', '#path': 'path', '#scope': 'scope', '#metrics': 'metrics' })) {
    // A quiz submission is one fact item moving several metrics (attempts, passes, score sum, …).
    const metrics = (item.metrics as Record<string, number> | undefined) ?? { [item.metric as string]: 1 };
    for (const [metric, value] of Object.entries(metrics))
      if (value !== 0) facts.push({ path: item.path as string, scope: item.scope as string, metric, value });
  }
  for await (const item of scan(db, '#type = :account AND #role = :student', { ':account': 'account', ':student': 'student' }, 'orgPath', {
    '#type': 'type',
    '#role': 'role',
  }))
    facts.push({ path: item.orgPath as string, scope: 'all', metric: 'enrolled' });
  return facts;
}

export async function scanCounters(db: Db): Promise<CounterValue[]> {
  const counters: CounterValue[] = [];
  for await (const item of scan(db, 'begins_with(PK, :prefix)', { ':prefix': 'COUNT#' }, 'PK, SK, n')) {
    const counter = parseCounterKey(item.PK as string, item.SK as string);
    if (counter) counters.push({ orgId: counter.orgId, scope: counter.scope, metric: counter.metric, n: (item.n as number) ?? 0 });
  }
  return counters;
}

/** Brings a counter to its recomputed value by adding the difference to shard 0. */
export async function repairCounter(db: Db, difference: CounterDifference): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.counter(difference.orgId, 0, difference.scope, difference.metric),
      UpdateExpression: 'ADD n :delta SET orgId = :orgId, metric = :metric, #scope = :scope',
      ExpressionAttributeNames: { '#scope': 'scope' },
      ExpressionAttributeValues: {
        ':delta': difference.expected - difference.n,
        ':orgId': difference.orgId,
        ':metric': difference.metric,
        ':scope': difference.scope,
      },
    }),
  );
}
