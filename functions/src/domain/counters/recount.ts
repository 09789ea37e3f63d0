import { pathIds } from '../org/units.js';

/** A fact that counts once for every unit on its path, e.g. a student enrolled in a class. */
export interface CountedFact {
  path: string;
  scope: string;
  metric: string;
  /** How much the fact adds (a quiz score sum adds the score); 1 when absent. */
  value?: number;
}

export interface CounterValue {
  orgId: string;
  scope: string;
  metric: string;
  n: number;
}

/** One counter shard item as the recount reads it: its value and when a writer last moved it. */
export interface CounterShardValue extends CounterValue {
  lastAt: number | null;
}

export interface CounterDifference extends CounterValue {
  /** What the facts say the counter should hold. */
  expected: number;
}

/**
 * A difference found by a recount. `settled` is false when the counter moved after the run started
 * (its `lastAt`): a write racing with the scan can show a difference that is not one, so such a
 * difference is reported but neither alarmed on nor repaired.
 */
export interface RecountDifference extends CounterDifference {
  settled: boolean;
}

/** One counter as a recount sees it: the facts' sum, the shards' sum, and when it last moved. */
export interface RecountEntry {
  orgId: string;
  scope: string;
  metric: string;
  expected: number;
  stored: number;
  lastAt: number | null;
}

/**
 * A running aggregate keyed by counter: its size is bounded by the number of counters, however many
 * facts were scanned into it.
 */
export type RecountAggregate = Map<string, RecountEntry>;

/** How a recount is split: parallel Scan segments, and merge buckets (by unit) of the partial aggregates. */
export const RECOUNT_DEFAULTS = {
  segments: 16,
  buckets: 16,
  /** Differences kept in a report's list; the count is always complete. */
  sampleSize: 100,
  /** Partial aggregates are only needed until the run's merge: deleted by TTL after this. */
  partsLifetimeDays: 7,
  reportLifetimeDays: 400,
} as const;

const keyOf = (c: { orgId: string; scope: string; metric: string }) => `${c.orgId}|${c.scope}|${c.metric}`;

function entryFor(aggregate: RecountAggregate, orgId: string, scope: string, metric: string): RecountEntry {
  const key = keyOf({ orgId, scope, metric });
  let entry = aggregate.get(key);
  if (!entry) aggregate.set(key, (entry = { orgId, scope, metric, expected: 0, stored: 0, lastAt: null }));
  return entry;
}

/** Counts a fact for every unit on its path. */
export function addFact(aggregate: RecountAggregate, fact: CountedFact): void {
  for (const orgId of pathIds(fact.path)) entryFor(aggregate, orgId, fact.scope, fact.metric).expected += fact.value ?? 1;
}

/** Adds one shard of a counter. */
export function addCounterShard(aggregate: RecountAggregate, shard: CounterShardValue): void {
  const entry = entryFor(aggregate, shard.orgId, shard.scope, shard.metric);
  entry.stored += shard.n;
  entry.lastAt = latest(entry.lastAt, shard.lastAt);
}

/** Adds a partial aggregate's entry (from another segment or step of the same run). */
export function addEntry(aggregate: RecountAggregate, part: RecountEntry): void {
  const entry = entryFor(aggregate, part.orgId, part.scope, part.metric);
  entry.expected += part.expected;
  entry.stored += part.stored;
  entry.lastAt = latest(entry.lastAt, part.lastAt);
}

function latest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The merge bucket of a unit (FNV-1a of its id): all of a unit's counters meet in one bucket. */
export function bucketOf(orgId: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < orgId.length; i++) hash = Math.imul(hash ^ orgId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

export function entriesByBucket(aggregate: RecountAggregate, buckets: number): Map<number, RecountEntry[]> {
  const byBucket = new Map<number, RecountEntry[]>();
  for (const entry of aggregate.values()) {
    const bucket = bucketOf(entry.orgId, buckets);
    const list = byBucket.get(bucket) ?? [];
    list.push(entry);
    byBucket.set(bucket, list);
  }
  return byBucket;
}

/**
 * Counters whose shards' sum differs from the facts' (including missing counters and counters with
 * no facts left). A counter that moved at or after `movedSince` is unsettled.
 */
export function recountDifferences(entries: Iterable<RecountEntry>, movedSince: number): RecountDifference[] {
  const differences: RecountDifference[] = [];
  for (const entry of entries)
    if (entry.expected !== entry.stored)
      differences.push({
        orgId: entry.orgId,
        scope: entry.scope,
        metric: entry.metric,
        n: entry.stored,
        expected: entry.expected,
        settled: entry.lastAt === null || entry.lastAt < movedSince,
      });
  return differences;
}

/** What every counter should hold, recomputed from the facts alone. */
export function expectedCounters(facts: Iterable<CountedFact>): Map<string, CounterValue> {
  const aggregate: RecountAggregate = new Map();
  for (const fact of facts) addFact(aggregate, fact);
  return new Map([...aggregate].map(([key, e]) => [key, { orgId: e.orgId, scope: e.scope, metric: e.metric, n: e.expected }]));
}

/** Counters whose stored sum (all shards) differs from the recomputed one, including missing ones. */
export function counterDifferences(expected: Map<string, CounterValue>, actual: Iterable<CounterValue>): CounterDifference[] {
  const aggregate: RecountAggregate = new Map();
  for (const want of expected.values()) addEntry(aggregate, { ...want, expected: want.n, stored: 0, lastAt: null });
  for (const have of actual) addCounterShard(aggregate, { ...have, lastAt: null });
  return recountDifferences(aggregate.values(), Infinity).map(({ settled: _settled, ...difference }) => difference);
}
