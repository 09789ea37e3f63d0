import { describe, expect, it } from 'vitest';
import {
  addCounterShard,
  addEntry,
  addFact,
  bucketOf,
  counterDifferences,
  entriesByBucket,
  expectedCounters,
  recountDifferences,
  type RecountAggregate,
} from './recount.js';

describe('recount', () => {
  const facts = [
    { path: 'r/c/k/s1/c1', scope: 'all', metric: 'enrolled' },
    { path: 'r/c/k/s1/c1', scope: 'all', metric: 'enrolled' },
    { path: 'r/c/k/s2/c2', scope: 'all', metric: 'enrolled' },
  ];

  it('counts each fact once at every level of its path', () => {
    const expected = expectedCounters(facts);
    expect(expected.get('r|all|enrolled')?.n).toBe(3);
    expect(expected.get('s1|all|enrolled')?.n).toBe(2);
    expect(expected.get('c2|all|enrolled')?.n).toBe(1);
  });

  it('sums shards before comparing and reports missing, wrong and orphan counters', () => {
    const expected = expectedCounters(facts);
    const actual = [
      { orgId: 'r', scope: 'all', metric: 'enrolled', n: 1 },
      { orgId: 'r', scope: 'all', metric: 'enrolled', n: 2 },
      { orgId: 'c', scope: 'all', metric: 'enrolled', n: 3 },
      { orgId: 'k', scope: 'all', metric: 'enrolled', n: 4 },
      { orgId: 's1', scope: 'all', metric: 'enrolled', n: 2 },
      { orgId: 's2', scope: 'all', metric: 'enrolled', n: 1 },
      { orgId: 'c1', scope: 'all', metric: 'enrolled', n: 2 },
      { orgId: 'zz', scope: 'all', metric: 'enrolled', n: 5 },
    ];
    const differences = counterDifferences(expected, actual);
    expect(differences).toEqual([
      { orgId: 'k', scope: 'all', metric: 'enrolled', n: 4, expected: 3 },
      { orgId: 'c2', scope: 'all', metric: 'enrolled', n: 0, expected: 1 },
      { orgId: 'zz', scope: 'all', metric: 'enrolled', n: 5, expected: 0 },
    ]);
  });

  it('merges partial aggregates to the same result as one aggregate, bucketed by unit', () => {
    const whole: RecountAggregate = new Map();
    for (const fact of facts) addFact(whole, fact);
    addCounterShard(whole, { orgId: 'r', scope: 'all', metric: 'enrolled', n: 3, lastAt: 5 });
    const a: RecountAggregate = new Map();
    const b: RecountAggregate = new Map();
    addFact(a, facts[0]!);
    for (const fact of facts.slice(1)) addFact(b, fact);
    addCounterShard(b, { orgId: 'r', scope: 'all', metric: 'enrolled', n: 3, lastAt: 5 });
    const merged: RecountAggregate = new Map();
    for (const part of [a, b]) for (const entries of entriesByBucket(part, 4).values()) for (const entry of entries) addEntry(merged, entry);
    expect([...merged.values()].sort((x, y) => x.orgId.localeCompare(y.orgId))).toEqual([...whole.values()].sort((x, y) => x.orgId.localeCompare(y.orgId)));
    for (const [bucket, entries] of entriesByBucket(whole, 4)) for (const entry of entries) expect(bucketOf(entry.orgId, 4)).toBe(bucket);
  });

  it('calls a difference on a counter that moved since the run started unsettled', () => {
    const aggregate: RecountAggregate = new Map();
    addFact(aggregate, { path: 'r/c', scope: 'all', metric: 'enrolled' });
    addCounterShard(aggregate, { orgId: 'r', scope: 'all', metric: 'enrolled', n: 2, lastAt: 100 });
    addCounterShard(aggregate, { orgId: 'c', scope: 'all', metric: 'enrolled', n: 2, lastAt: 99 });
    expect(recountDifferences(aggregate.values(), 100).map((d) => [d.orgId, d.settled])).toEqual([
      ['r', false],
      ['c', true],
    ]);
  });
});
