import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CountedFact, CounterDifference, CounterShardValue } from '../domain/counters/recount.js';
import type { Db } from './client.js';
import { keys, parseCounterKey } from './keys.js';

/** One item the recount counts: a fact (for every unit on its path) or one shard of a counter. */
export type RecountRecord = { fact: CountedFact } | { counter: CounterShardValue };

export interface SegmentPage {
  records: RecountRecord[];
  /** Fact items read (a quiz submission is one item moving several metrics). */
  factItems: number;
  counterItems: number;
  /** Where the segment goes on; undefined when it is finished. */
  cursor: Record<string, unknown> | undefined;
}

/**
 * One page of one segment of a parallel Scan: the recount job's only read of the data, deliberately a
 * Scan (an offline job that must see every item, never a request path; DESIGN §5). One pass reads
 * facts and counters together, eventually consistent (half the cost): a write racing with the scan is
 * caught by the counter's `lastAt` (domain/counters/recount.ts). What counts:
 * - schools registered: each school unit, under its own path;
 * - enrolment now: each student account that has not graduated, under its class path;
 * - learning: each fact item (module or campaign started/completed, quiz submission, contest entry),
 *   and a school year's enrolment and promoted schools, which promotion writes as facts;
 * - and every counter shard (COUNT#<unit>#<shard>).
 */
export async function scanSegmentPage(
  db: Db,
  segment: { segment: number; totalSegments: number; cursor?: Record<string, unknown>; limit?: number },
): Promise<SegmentPage> {
  const page = await db.doc.send(
    new ScanCommand({
      TableName: db.table,
      Segment: segment.segment,
      TotalSegments: segment.totalSegments,
      ExclusiveStartKey: segment.cursor,
      Limit: segment.limit,
      FilterExpression:
        '(#type = :unit AND kind = :school) OR #type = :fact OR (#type = :account AND #role = :student AND attribute_not_exists(graduatedYear)) OR begins_with(PK, :count)',
      ProjectionExpression: 'PK, SK, #type, kind, #path, #scope, metric, #metrics, #role, orgPath, n, lastAt',
      ExpressionAttributeNames: { '#type': 'type', '#path': 'path', '#scope': 'scope', '#metrics': 'metrics', '#role': 'role' },
      ExpressionAttributeValues: {
        ':unit': 'unit',
        ':school': 'school',
        ':fact': 'fact',
        ':account': 'account',
        ':student': 'student',
        ':count': keys.counterPartitions(),
      },
    }),
  );
  const result: SegmentPage = { records: [], factItems: 0, counterItems: 0, cursor: page.LastEvaluatedKey };
  for (const item of page.Items ?? []) {
    if (item.type === 'unit') {
      result.factItems++;
      result.records.push({ fact: { path: item.path as string, scope: 'all', metric: 'schools' } });
    } else if (item.type === 'account') {
      result.factItems++;
      result.records.push({ fact: { path: item.orgPath as string, scope: 'all', metric: 'enrolled' } });
    } else if (item.type === 'fact') {
      result.factItems++;
      // A quiz submission is one fact item moving several metrics (attempts, passes, score sum, …).
      const metrics = (item.metrics as Record<string, number> | undefined) ?? { [item.metric as string]: 1 };
      for (const [metric, value] of Object.entries(metrics))
        if (value !== 0) result.records.push({ fact: { path: item.path as string, scope: item.scope as string, metric, value } });
    } else {
      const counter = parseCounterKey(item.PK as string, item.SK as string);
      if (!counter) continue;
      result.counterItems++;
      result.records.push({
        counter: {
          orgId: counter.orgId,
          scope: counter.scope,
          metric: counter.metric,
          n: (item.n as number) ?? 0,
          lastAt: typeof item.lastAt === 'number' ? item.lastAt : null,
        },
      });
    }
  }
  return result;
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
