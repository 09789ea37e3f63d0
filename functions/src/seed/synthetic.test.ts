import { describe, expect, it } from 'vitest';
import { counterDifferences, expectedCounters, type CountedFact } from '../domain/counters/recount.js';
import type { Db } from '../store/client.js';
import { apportion, plannedItemCount, plannedItems, planRegion, prng, SYNTHETIC_PASSWORD_HASH } from './synthetic.js';

const NOW = Date.parse('2026-11-28T04:00:00Z');
const options = { students: 3000, schools: 60, campaignId: 'cmp_syn_test', seed: 7 };
const db = { table: 'test' } as Db;

/** What the recount job would count from these items (the same rules as store/recount.ts). */
function countedFacts(items: Iterable<Record<string, unknown>>): CountedFact[] {
  const facts: CountedFact[] = [];
  for (const item of items) {
    if (item.type === 'unit' && item.kind === 'school') facts.push({ path: item.path as string, scope: 'all', metric: 'schools' });
    if (item.type === 'fact') facts.push({ path: item.path as string, scope: item.scope as string, metric: item.metric as string });
    if (item.type === 'account' && item.role === 'student') facts.push({ path: item.orgPath as string, scope: 'all', metric: 'enrolled' });
  }
  return facts;
}

describe('synthetic region', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(planRegion(options, NOW)).toEqual(planRegion(options, NOW));
    expect(planRegion({ ...options, seed: 8 }, NOW).counters).not.toEqual(planRegion(options, NOW).counters);
    const a = prng(1);
    const b = prng(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('apportions exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(0, [2, 5])).toEqual([0, 0]);
    expect(apportion(1_000, [0.3, 1.7, 1]).reduce((x, y) => x + y)).toBe(1_000);
  });

  it('spreads schools over all 22 counties with realistic, varied completion', () => {
    const plan = planRegion({ ...options, students: 200_000, schools: 1_500 }, NOW);
    expect(plan.counties).toHaveLength(22);
    expect(plan.counties.reduce((n, c) => n + c.schools, 0)).toBe(1_500);
    expect(Math.min(...plan.counties.map((c) => c.schools))).toBeGreaterThan(40);
    expect(Math.min(...plan.counties.map((c) => c.rate))).toBeCloseTo(0.2);
    expect(Math.max(...plan.counties.map((c) => c.rate))).toBeCloseTo(0.9);
    const idle = plan.schools.filter((s) => s.rate === 0).length / plan.schools.length;
    expect(idle).toBeGreaterThan(0.03);
    expect(idle).toBeLessThan(0.07);
    const classes = plan.schools.flatMap((s) => s.classes);
    expect(classes.reduce((n, k) => n + k.enrolled, 0)).toBe(200_000);
    for (const k of classes) expect(k.completed <= k.started && k.started <= k.enrolled).toBe(true);
    const region = (metric: string) => plan.counters.find((c) => c.orgId === '640000' && c.metric === metric)!.n;
    expect(region('enrolled')).toBe(200_000);
    expect(region('schools')).toBe(1_500);
    expect(region('completed')).toBe(plan.completed);
    expect(plan.completed / plan.students).toBeGreaterThan(0.4);
    expect(plan.completed / plan.students).toBeLessThan(0.7);
  });

  it('writes counters that agree with the facts it writes, as recount would compute them', () => {
    const plan = planRegion(options, NOW);
    const items = [...plannedItems(db, plan, false)];
    expect(items).toHaveLength(plannedItemCount(plan, false));
    expect(new Set(items.map((i) => `${i.PK}|${i.SK}`)).size).toBe(items.length);
    // Counters of schools and classes are among the items; bureau-level ones are added separately.
    expect(items.filter((i) => (i.PK as string).startsWith('COUNT#')).length).toBeLessThan(plan.counters.length);
    expect(counterDifferences(expectedCounters(countedFacts(items)), plan.counters)).toEqual([]);

    const accounts = items.filter((i) => i.type === 'account');
    expect(accounts).toHaveLength(3000);
    expect(accounts.every((a) => a.passwordHash === SYNTHETIC_PASSWORD_HASH && a.role === 'student' && (a.GSI1PK as string) === `MEMBERS#${a.orgId}`)).toBe(
      true,
    );
    expect(items.filter((i) => i.type === 'username')).toHaveLength(3000);
    expect(items.filter((i) => i.type === 'fact' && i.metric === 'completed')).toHaveLength(plan.completed);
    const schools = items.filter((i) => i.type === 'unit' && i.kind === 'school');
    expect(schools.every((s) => (s.GSI1PK as string).startsWith('CHILDREN#64') && (s.path as string).endsWith(`/${s.id}`))).toBe(true);
  });

  it('writes no per-student items when counters only', () => {
    const plan = planRegion(options, NOW);
    const items = [...plannedItems(db, plan, true)];
    expect(items).toHaveLength(plannedItemCount(plan, true));
    expect(items.some((i) => i.type === 'account' || i.type === 'username' || (i.type === 'fact' && i.metric === 'started'))).toBe(false);
    expect(items.filter((i) => i.type === 'fact' && i.metric === 'schoolsReached').length).toBe(
      plan.counters.find((c) => c.orgId === '640000' && c.metric === 'schoolsReached')!.n,
    );
  });
});
