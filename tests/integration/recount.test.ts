import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricName } from '../../functions/src/domain/operations/metrics.js';
import { recount, runRecountTask, type RecountRuntime, type RecountTask } from '../../functions/src/handlers/recount.js';
import { lastRecountReport, listSteps } from '../../functions/src/store/recount-runs.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function recorder() {
  const counted: [MetricName, number][] = [];
  return { counted, count: (name: MetricName, value = 1) => void counted.push([name, value]) };
}

/** Adds `delta` to one counter shard behind the app's back; `lastAt` set means "a writer just moved it". */
async function tamper(pk: string, sk: string, delta: number, lastAt?: number) {
  await server.db.doc.send(
    new UpdateCommand({
      TableName: server.db.table,
      Key: { PK: pk, SK: sk },
      UpdateExpression: lastAt === undefined ? 'ADD n :d' : 'ADD n :d SET lastAt = :at',
      ExpressionAttributeValues: lastAt === undefined ? { ':d': delta } : { ':d': delta, ':at': lastAt },
    }),
  );
}

describe('the partitioned recount', () => {
  it('agrees with every counter of the seeded data, and counts the same however the segments are cut', async () => {
    const whole = await recount(server.db, { segments: 1 });
    expect(whole.facts).toBeGreaterThan(10);
    expect(whole.counters).toBeGreaterThan(10);
    expect(whole.differences).toEqual([]);

    // Four segments, 25 items per page, and every invocation handing over after one page: each segment
    // goes on across many invocations by its cursor, and the merge across one invocation per bucket.
    const chained = await recount(server.db, { segments: 4, buckets: 3, pageLimit: 25, pagesPerInvocation: 1 });
    expect(chained.differences).toEqual([]);
    expect([chained.facts, chained.counterItems, chained.counters]).toEqual([whole.facts, whole.counterItems, whole.counters]);
    expect((await listSteps(server.db, chained.runId)).length).toBeGreaterThan(8);
  });

  it('reports a tampered counter in a report item and as the CounterDifferences metric, and repairs it on request', async () => {
    await tamper('COUNT#640422#1', 'all#enrolled', 1);
    const metrics = recorder();
    const report = await recount(server.db, { segments: 3, metrics });
    expect(report.differences.map((d) => [d.orgId, d.scope, d.metric, d.n - d.expected, d.settled])).toEqual([['640422', 'all', 'enrolled', 1, true]]);
    expect(report.differenceCount).toBe(1);
    expect(metrics.counted).toEqual([['CounterDifferences', 1]]);
    expect(await lastRecountReport(server.db)).toEqual(report);

    const repaired = await recount(server.db, { repair: true });
    expect(repaired.repaired).toBe(true);
    const after = await recount(server.db, { metrics });
    expect(after.differences).toEqual([]);
    expect(metrics.counted.at(-1)).toEqual(['CounterDifferences', 0]);
    expect((await lastRecountReport(server.db))?.runId).toBe(after.runId);
  });

  it('flags a difference on a counter that moved during the run as moving: not alarmed on, not repaired', async () => {
    await tamper('COUNT#640400#0', 'all#enrolled', 2, Date.now() + 60_000);
    const metrics = recorder();
    const report = await recount(server.db, { repair: true, metrics });
    expect(report.differences.map((d) => [d.orgId, d.n - d.expected, d.settled])).toEqual([['640400', 2, false]]);
    expect([report.differenceCount, report.movingCount, report.repaired]).toEqual([0, 1, false]);
    expect(metrics.counted).toEqual([['CounterDifferences', 0]]);
    // Still there: a moving counter is left for the next run to judge.
    await tamper('COUNT#640400#0', 'all#enrolled', -2, 0);
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('counts a step once when its invocation runs twice (a duplicate, and a retry of the same invocation)', async () => {
    const queue: RecountTask[] = [{ kind: 'start' }];
    const runtime = (attempt: string): RecountRuntime => ({
      attempt,
      mayContinue: () => false,
      dispatch: async (task) => void queue.push(task),
      metrics: { count: () => {} },
      now: Date.now,
    });
    const options = { segments: 2, buckets: 2, pageLimit: 40 };
    let report = null;
    while (queue.length) {
      const task = queue.shift()!;
      const attempt = randomUUID();
      if (task.kind === 'scan') {
        // A duplicate invocation with another name loses the step's commit and dispatches nothing.
        const before = queue.length;
        await runRecountTask(server.db, task, runtime(attempt), options);
        const dispatched = queue.splice(before);
        await runRecountTask(server.db, task, runtime(randomUUID()), options);
        expect(queue.length).toBe(before);
        // A retry of the same invocation (Lambda keeps the request id) carries on from its own commit.
        await runRecountTask(server.db, task, runtime(attempt), options);
        expect(queue.splice(before)).toEqual(dispatched);
        queue.push(...dispatched);
      } else report = (await runRecountTask(server.db, task, runtime(attempt), options)) ?? report;
    }
    const single = await recount(server.db, { segments: 1 });
    expect(report?.differences).toEqual([]);
    expect([report?.facts, report?.counterItems]).toEqual([single.facts, single.counterItems]);
  });
});
