import type { UnitKind } from '../domain/org/units.js';
import type { Db } from './client.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/**
 * Counters: PK COUNT#<orgId>, SK <scope>#<metric>#<shard>, attribute n. Busy levels are sharded: a
 * writer picks a random shard, a reader sums them, so no single item takes more than a few hundred
 * writes a second at national peak (DESIGN §5).
 */
export const SHARDS: Record<UnitKind, number> = { region: 32, city: 16, county: 8, school: 1, class: 1 };

export interface CounterTarget {
  orgId: string;
  kind: UnitKind;
}

/** The units a fact at `path` counts for, from the path alone: region, city, county, school, class. */
export function counterTargets(pathIds: string[]): CounterTarget[] {
  const kinds: UnitKind[] = ['region', 'city', 'county', 'school', 'class'];
  return pathIds.map((orgId, index) => ({ orgId, kind: kinds[index]! }));
}

/** One Update item per target, to put in the same TransactWriteItems as the fact itself. */
export function counterUpdates(db: Db, targets: CounterTarget[], scope: string, metric: string, delta: number, at = Date.now()) {
  return targets.map((target) => {
    const shard = Math.floor(Math.random() * SHARDS[target.kind]);
    return {
      Update: {
        TableName: db.table,
        Key: { PK: keys.counter(target.orgId), SK: `${scope}#${metric}#${shard}` },
        // lastAt: when this unit last moved, for "last activity" in the laggard list.
        UpdateExpression: 'ADD n :delta SET orgId = :orgId, metric = :metric, #scope = :scope, lastAt = :at',
        ExpressionAttributeNames: { '#scope': 'scope' },
        ExpressionAttributeValues: { ':delta': delta, ':orgId': target.orgId, ':metric': metric, ':scope': scope, ':at': at },
      },
    };
  });
}

/** Sums every shard of every metric of one unit and scope, and when it last moved: one Query. */
export async function readUnitCounters(db: Db, orgId: string, scope: string): Promise<{ metrics: Record<string, number>; lastActivityAt: number | null }> {
  const metrics: Record<string, number> = {};
  let lastActivityAt: number | null = null;
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :scope)',
    ExpressionAttributeValues: { ':pk': keys.counter(orgId), ':scope': `${scope}#` },
  });
  for (const item of items) {
    metrics[item.metric as string] = (metrics[item.metric as string] ?? 0) + (item.n as number);
    if (typeof item.lastAt === 'number' && (lastActivityAt === null || item.lastAt > lastActivityAt)) lastActivityAt = item.lastAt;
  }
  return { metrics, lastActivityAt };
}

export async function readCounters(db: Db, orgId: string, scope: string): Promise<Record<string, number>> {
  return (await readUnitCounters(db, orgId, scope)).metrics;
}
