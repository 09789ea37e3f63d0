import type { UnitKind } from '../domain/org/units.js';
import type { Db } from './client.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/**
 * Counters: PK COUNT#<orgId>#<shard>, SK <scope>#<metric>, attribute n. The shard is in the partition
 * key, so a busy unit's writes land on as many partitions as it has shards; a writer picks a random
 * shard, a reader queries every shard of the unit in parallel and sums. Shard counts come from the
 * stated national peak (docs/CAPACITY.md, `npm run capacity`): every counter partition stays well under
 * DynamoDB's 1,000 WCU/s per partition, with reads of a whole level still a handful of Queries.
 */
export const SHARDS: Record<UnitKind, number> = { region: 16, city: 4, county: 2, school: 1, class: 1 };

export interface CounterTarget {
  orgId: string;
  kind: UnitKind;
}

const KINDS: UnitKind[] = ['region', 'city', 'county', 'school', 'class'];

/** The units a fact at `path` counts for, from the path alone: region, city, county, school, class. */
export function counterTargets(pathIds: string[]): CounterTarget[] {
  return pathIds.map((orgId, index) => ({ orgId, kind: KINDS[index]! }));
}

/** A unit as a counter target; callers holding a Unit pass { orgId: unit.id, kind: unit.kind }. */
export const counterTarget = (unit: { id: string; kind: UnitKind }): CounterTarget => ({ orgId: unit.id, kind: unit.kind });

/** One Update item per target, to put in the same TransactWriteItems as the fact itself; `at` (ms) is the fact's time. */
export function counterUpdates(db: Db, targets: CounterTarget[], scope: string, metric: string, delta: number, at: number) {
  return targets.map((target) => ({
    Update: {
      TableName: db.table,
      Key: keys.counter(target.orgId, Math.floor(Math.random() * SHARDS[target.kind]), scope, metric),
      // lastAt: when this unit last moved, for "last activity" in the laggard list.
      UpdateExpression: 'ADD n :delta SET orgId = :orgId, metric = :metric, #scope = :scope, lastAt = :at',
      ExpressionAttributeNames: { '#scope': 'scope' },
      ExpressionAttributeValues: { ':delta': delta, ':orgId': target.orgId, ':metric': metric, ':scope': scope, ':at': at },
    },
  }));
}

/** Sums every shard of every metric of one unit and scope, and when it last moved: one Query per shard, in parallel. */
export async function readUnitCounters(
  db: Db,
  target: CounterTarget,
  scope: string,
): Promise<{ metrics: Record<string, number>; lastActivityAt: number | null }> {
  const metrics: Record<string, number> = {};
  let lastActivityAt: number | null = null;
  const shards = await Promise.all(
    Array.from({ length: SHARDS[target.kind] }, (_, shard) =>
      queryAll(db, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :scope)',
        ExpressionAttributeValues: { ':pk': keys.counterShard(target.orgId, shard), ':scope': keys.countersOfScope(scope) },
      }),
    ),
  );
  for (const item of shards.flat()) {
    metrics[item.metric as string] = (metrics[item.metric as string] ?? 0) + (item.n as number);
    if (typeof item.lastAt === 'number' && (lastActivityAt === null || item.lastAt > lastActivityAt)) lastActivityAt = item.lastAt;
  }
  return { metrics, lastActivityAt };
}

export async function readCounters(db: Db, target: CounterTarget, scope: string): Promise<Record<string, number>> {
  return (await readUnitCounters(db, target, scope)).metrics;
}
