import { describe, expect, it } from 'vitest';
import { counterDifferences, expectedCounters } from './recount.js';

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
});
