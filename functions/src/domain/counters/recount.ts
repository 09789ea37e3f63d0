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

export interface CounterDifference extends CounterValue {
  /** What the facts say the counter should hold. */
  expected: number;
}

const keyOf = (c: { orgId: string; scope: string; metric: string }) => `${c.orgId}|${c.scope}|${c.metric}`;

/** What every counter should hold, recomputed from the facts alone. */
export function expectedCounters(facts: Iterable<CountedFact>): Map<string, CounterValue> {
  const totals = new Map<string, CounterValue>();
  for (const fact of facts)
    for (const orgId of pathIds(fact.path)) {
      const key = keyOf({ orgId, scope: fact.scope, metric: fact.metric });
      const current = totals.get(key) ?? { orgId, scope: fact.scope, metric: fact.metric, n: 0 };
      current.n += fact.value ?? 1;
      totals.set(key, current);
    }
  return totals;
}

/** Counters whose stored sum (all shards) differs from the recomputed one, including missing ones. */
export function counterDifferences(expected: Map<string, CounterValue>, actual: Iterable<CounterValue>): CounterDifference[] {
  const stored = new Map<string, CounterValue>();
  for (const value of actual) {
    const key = keyOf(value);
    const current = stored.get(key) ?? { ...value, n: 0 };
    current.n += value.n;
    stored.set(key, current);
  }
  const differences: CounterDifference[] = [];
  for (const [key, want] of expected) {
    const have = stored.get(key)?.n ?? 0;
    if (have !== want.n) differences.push({ ...want, n: have, expected: want.n });
  }
  for (const [key, have] of stored)
    if (!expected.has(key) && have.n !== 0) differences.push({ ...have, expected: 0 });
  return differences;
}
