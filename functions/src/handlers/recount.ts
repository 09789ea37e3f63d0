import type { Context as LambdaContext } from 'aws-lambda';
import { createHash, randomUUID } from 'node:crypto';
import {
  addCounterShard,
  addEntry,
  addFact,
  entriesByBucket,
  RECOUNT_DEFAULTS,
  recountDifferences,
  type RecountAggregate,
} from '../domain/counters/recount.js';
import { METRICS } from '../domain/operations/metrics.js';
import { logger, runJob, type MetricSink } from '../services/telemetry.js';
import { connect, type Db } from '../store/client.js';
import { repairCounter, scanSegmentPage } from '../store/recount.js';
import {
  bucketEntries,
  commitStep,
  createRun,
  getRun,
  listMerged,
  listSteps,
  markSegmentDone,
  putMerged,
  putParts,
  putReport,
  type RecountReport,
} from '../store/recount-runs.js';

/**
 * The recount, partitioned so that it scales with the table (issue 11, item 5):
 * 1. `start` creates a run item and hands out one `scan` task per segment of a parallel Scan.
 * 2. A `scan` task reads its segment page by page (eventually consistent), aggregating facts and
 *    counter shards per counter as it goes (memory bounded by the number of counters, not facts).
 *    When its invocation's time runs low it writes its partial aggregate under the run (by merge
 *    bucket, with a TTL), commits the step with the cursor, and hands `scan` with the cursor to a new
 *    invocation. The commit is a conditional put naming the invocation, so a duplicated or retried
 *    invocation never counts twice.
 * 3. The segment that finishes last (an atomic ADD to the run's set of done segments) hands out
 *    `merge`: bucket by bucket, the committed partials are summed and compared, differences recorded
 *    (and repaired when the run was started to repair), and the report written to the table.
 * In Lambda, "hands to a new invocation" is an asynchronous invocation of the function itself; the
 * local run (`npm run recount`, tests) runs the same tasks in one process.
 */
export type RecountTask =
  | { kind: 'start'; repair?: boolean }
  | { kind: 'scan'; runId: string; segment: number; step: number; cursor?: string }
  | { kind: 'merge'; runId: string; bucket: number };

export interface RecountRuntime {
  /** Names this invocation; an invocation retried by Lambda keeps its name (the request id). */
  attempt: string;
  /** Whether this invocation may read another page, or must now hand over its work. */
  mayContinue(): boolean;
  /** Runs a task in another invocation. */
  dispatch(task: RecountTask): Promise<void>;
  metrics: MetricSink;
  now(): number;
}

export interface RecountOptions {
  segments?: number;
  buckets?: number;
  /**
   * A counter that moved later than this before the run started counts as moving, not settled: a
   * write still in flight when the scan began (its `lastAt` was taken before) can show a false
   * difference. The scheduled run allows for the API's 29 s request limit; a local run needs none.
   */
  settleMs?: number;
  /** Items per Scan page (DynamoDB's 1 MB pages when unset). */
  pageLimit?: number;
}

const DAY_S = 86_400;
const expiresIn = (now: number, days: number) => Math.floor(now / 1000) + days * DAY_S;

/** Runs one task; returns the report when this task finished the run. */
export async function runRecountTask(db: Db, task: RecountTask, runtime: RecountRuntime, options: RecountOptions = {}): Promise<RecountReport | null> {
  switch (task.kind) {
    case 'start':
      await startRun(db, runtime, options, !!task.repair);
      return null;
    case 'scan':
      await scanStep(db, task, runtime, options);
      return null;
    case 'merge':
      return merge(db, task, runtime, options);
  }
}

async function startRun(db: Db, runtime: RecountRuntime, options: RecountOptions, repair: boolean): Promise<string> {
  const startedAt = runtime.now();
  // From the invocation's name: a retried start finds its run (createRun keeps the first) instead of starting another.
  const runId = `r${createHash('sha256').update(runtime.attempt).digest('hex').slice(0, 16)}`;
  const segments = options.segments ?? RECOUNT_DEFAULTS.segments;
  await createRun(db, {
    runId,
    startedAt,
    segments,
    buckets: options.buckets ?? RECOUNT_DEFAULTS.buckets,
    repair,
    expiresAt: expiresIn(startedAt, RECOUNT_DEFAULTS.partsLifetimeDays),
  });
  for (let segment = 0; segment < segments; segment++) await runtime.dispatch({ kind: 'scan', runId, segment, step: 0 });
  return runId;
}

async function scanStep(db: Db, task: Extract<RecountTask, { kind: 'scan' }>, runtime: RecountRuntime, options: RecountOptions): Promise<void> {
  const run = await getRun(db, task.runId);
  if (!run) throw new Error(`Recount run ${task.runId} not found`);
  const aggregate: RecountAggregate = new Map();
  let cursor = task.cursor ? (JSON.parse(task.cursor) as Record<string, unknown>) : undefined;
  let facts = 0;
  let counterItems = 0;
  do {
    const page = await scanSegmentPage(db, { segment: task.segment, totalSegments: run.segments, cursor, limit: options.pageLimit });
    for (const record of page.records) {
      if ('fact' in record) addFact(aggregate, record.fact);
      else addCounterShard(aggregate, record.counter);
    }
    facts += page.factItems;
    counterItems += page.counterItems;
    cursor = page.cursor;
  } while (cursor && runtime.mayContinue());

  // Each try writes parts of its own: a retry that scanned a different slice never mixes with a first try's.
  const writer = `${runtime.attempt}.${randomUUID().slice(0, 8)}`;
  await putParts(db, { runId: task.runId, segment: task.segment, step: task.step, writer, expiresAt: run.expiresAt }, entriesByBucket(aggregate, run.buckets));
  const commit = {
    segment: task.segment,
    step: task.step,
    attempt: runtime.attempt,
    writer,
    ...(cursor ? { cursor: JSON.stringify(cursor) } : {}),
    facts,
    counterItems,
  };
  const winner = (await commitStep(db, task.runId, commit, run.expiresAt)) ?? commit;
  // Another invocation committed this step first: it carries the segment on, this one stops here.
  if (winner.attempt !== runtime.attempt) return;
  // An earlier try of this very invocation may have committed a different slice: go on from its cursor.
  if (winner.cursor) return runtime.dispatch({ kind: 'scan', runId: task.runId, segment: task.segment, step: task.step + 1, cursor: winner.cursor });
  const done = (await markSegmentDone(db, task.runId, task.segment)) ?? (await getRun(db, task.runId))!.doneSegments;
  if (done === run.segments) await runtime.dispatch({ kind: 'merge', runId: task.runId, bucket: 0 });
}

async function merge(db: Db, task: Extract<RecountTask, { kind: 'merge' }>, runtime: RecountRuntime, options: RecountOptions): Promise<RecountReport | null> {
  const run = await getRun(db, task.runId);
  if (!run) throw new Error(`Recount run ${task.runId} not found`);
  const steps = await listSteps(db, task.runId);
  const winners = new Map(steps.map((step) => [`${step.segment}#${step.step}`, step.writer]));
  const movedSince = run.startedAt - (options.settleMs ?? 0);
  for (let bucket = task.bucket; bucket < run.buckets; bucket++) {
    if (bucket > task.bucket && !runtime.mayContinue()) {
      await runtime.dispatch({ kind: 'merge', runId: task.runId, bucket });
      return null;
    }
    const aggregate: RecountAggregate = new Map();
    for await (const entry of bucketEntries(db, task.runId, bucket, winners)) addEntry(aggregate, entry);
    const differences = recountDifferences(aggregate.values(), movedSince).sort((a, b) => Number(b.settled) - Number(a.settled));
    const settled = differences.filter((difference) => difference.settled);
    const fresh = await putMerged(
      db,
      task.runId,
      {
        bucket,
        counters: aggregate.size,
        differenceCount: settled.length,
        movingCount: differences.length - settled.length,
        differences: differences.slice(0, RECOUNT_DEFAULTS.sampleSize),
      },
      run.expiresAt,
    );
    // Repairs follow the merged record: a retried merge finds it and never adds a correction twice.
    if (fresh && run.repair) for (const difference of settled) await repairCounter(db, difference);
  }

  const merged = await listMerged(db, task.runId);
  const finishedAt = runtime.now();
  const report: RecountReport = {
    runId: task.runId,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    facts: steps.reduce((sum, step) => sum + step.facts, 0),
    counterItems: steps.reduce((sum, step) => sum + step.counterItems, 0),
    counters: merged.reduce((sum, bucket) => sum + bucket.counters, 0),
    differenceCount: merged.reduce((sum, bucket) => sum + bucket.differenceCount, 0),
    movingCount: merged.reduce((sum, bucket) => sum + bucket.movingCount, 0),
    differences: merged
      .flatMap((bucket) => bucket.differences)
      .sort((a, b) => Number(b.settled) - Number(a.settled))
      .slice(0, RECOUNT_DEFAULTS.sampleSize),
    repaired: run.repair && merged.some((bucket) => bucket.differenceCount > 0),
  };
  if (!(await putReport(db, report, expiresIn(finishedAt, RECOUNT_DEFAULTS.reportLifetimeDays)))) return null;
  runtime.metrics.count(METRICS.counterDifferences, report.differenceCount);
  return report;
}

/**
 * The whole recount in this process: every task of the run, segments side by side, through the same
 * code as in Lambda. Used by `npm run recount` and the tests; returns the run's report.
 */
export async function recount(
  db: Db,
  options: RecountOptions & { repair?: boolean; metrics?: MetricSink; pagesPerInvocation?: number } = {},
): Promise<RecountReport> {
  const queue: RecountTask[] = [{ kind: 'start', repair: options.repair }];
  const metrics = options.metrics ?? { count: () => {} };
  let report: RecountReport | null = null;
  while (queue.length) {
    const tasks = queue.splice(0);
    const reports = await Promise.all(
      tasks.map((task) => {
        let pages = 0;
        const runtime: RecountRuntime = {
          attempt: randomUUID(),
          mayContinue: () => ++pages < (options.pagesPerInvocation ?? Infinity),
          dispatch: async (next) => void queue.push(next),
          metrics,
          now: Date.now,
        };
        return runRecountTask(db, task, runtime, options);
      }),
    );
    report = reports.find((r) => r !== null) ?? report;
  }
  if (!report) throw new Error('The recount run ended without a report');
  return report;
}

/** Time an invocation keeps for writing its partial aggregate and handing over. */
const HANDOVER_MS = 90_000;

/**
 * Lambda entry point. The schedule's event (no `kind`) starts a run; the function's own asynchronous
 * invocations carry the tasks. Never repairs: the function may not write counters (its grants end at
 * RECOUNT# items); repair is `npm run recount -- --aws --repair` by an operator.
 */
export async function handler(event: Partial<RecountTask> | null, context: LambdaContext): Promise<{ task: string; differences?: number }> {
  return runJob('recount', async (metrics) => {
    const tableName = process.env.TABLE_NAME;
    if (!tableName) throw new Error('TABLE_NAME must be set');
    const db = connect({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT });
    const task: RecountTask = event?.kind === 'scan' || event?.kind === 'merge' ? (event as RecountTask) : { kind: 'start' };
    const { asyncInvoker } = await import('./self-invoke.js');
    const invoke = asyncInvoker(context.functionName);
    const report = await runRecountTask(
      db,
      task,
      { attempt: context.awsRequestId, mayContinue: () => context.getRemainingTimeInMillis() > HANDOVER_MS, dispatch: invoke, metrics, now: Date.now },
      { segments: Number(process.env.RECOUNT_SEGMENTS) || RECOUNT_DEFAULTS.segments, settleMs: 30_000 },
    );
    if (report?.differenceCount) logger.error('counter differences', { ...report });
    return { task: task.kind, ...(report ? { differences: report.differenceCount } : {}) };
  });
}
