import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RecountDifference, RecountEntry } from '../domain/counters/recount.js';
import { batchWrite, type WriteRequest } from './batch-write.js';
import type { Db } from './client.js';
import { isConditionFailure } from './errors.js';
import { keys, parseRecountPartKey } from './keys.js';
import { queryAll } from './query.js';

/**
 * The state of a partitioned recount (handlers/recount.ts), all under RECOUNT# so that the job's
 * writes can be limited to that prefix (dynamodb:LeadingKeys):
 * - RUN: when it started, how it is split, which segments are done (a number set: ADD is atomic);
 * - STEP#<segment>#<step>: the commit of one invocation's slice of a segment, naming the invocation
 *   (`attempt`) and its try (`writer`) whose partial aggregate counts; a duplicate loses the conditional put;
 * - parts, one partition per merge bucket: the partial aggregates of each step, in chunks;
 * - MERGED#<bucket>: a merged bucket's differences;
 * - RECOUNT#REPORTS: one report per finished run, newest last.
 * Everything but the reports expires by TTL after a few days.
 */

export interface RecountRun {
  runId: string;
  startedAt: number;
  segments: number;
  buckets: number;
  repair: boolean;
  /** TTL, seconds. */
  expiresAt: number;
}

export interface StepCommit {
  segment: number;
  step: number;
  /** The invocation that won the step (a retried invocation keeps its name). */
  attempt: string;
  /** Whose parts count: one try of that invocation (a retry rescans and writes parts of its own). */
  writer: string;
  /** Where the segment goes on (serialized ExclusiveStartKey); absent when this step finished it. */
  cursor?: string;
  facts: number;
  counterItems: number;
}

export interface MergedBucket {
  bucket: number;
  counters: number;
  differenceCount: number;
  movingCount: number;
  /** The first differences of the bucket (at most RECOUNT_DEFAULTS.sampleSize). */
  differences: RecountDifference[];
}

export interface RecountReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  /** Fact items read (schools, student accounts, learning facts). */
  facts: number;
  counterItems: number;
  /** Distinct counters compared (unit, scope, metric). */
  counters: number;
  /** Settled differences: counters that did not move during the run and differ from their facts. */
  differenceCount: number;
  /** Differences on counters that moved during the run: probably a race, checked by the next run. */
  movingCount: number;
  /** The first differences found, settled ones first (at most RECOUNT_DEFAULTS.sampleSize). */
  differences: RecountDifference[];
  repaired: boolean;
}

/** Keeps each part item well under DynamoDB's 400 KB. */
const PART_BYTES = 300_000;

/** Creates a run once: a retried start keeps the first one's start time and settings. */
export async function createRun(db: Db, run: RecountRun): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.recountRun(run.runId), type: 'recountRun', ...run },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

export async function getRun(db: Db, runId: string): Promise<(RecountRun & { doneSegments: number }) | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.recountRun(runId), ConsistentRead: true }));
  if (!Item) return null;
  const { runId: id, startedAt, segments, buckets, repair, expiresAt, done } = Item as RecountRun & { done?: Set<number> };
  return { runId: id, startedAt, segments, buckets, repair, expiresAt, doneSegments: done?.size ?? 0 };
}

/**
 * Writes one step's partial aggregate, bucket by bucket, chunked. Keyed by the invocation (attempt),
 * so a duplicate invocation's parts never overwrite or mix with the committed ones.
 */
export async function putParts(
  db: Db,
  step: { runId: string; segment: number; step: number; writer: string; expiresAt: number },
  byBucket: Map<number, RecountEntry[]>,
): Promise<void> {
  const requests: WriteRequest[] = [];
  for (const [bucket, entries] of byBucket) {
    let chunk = 0;
    let rows: string[] = [];
    let bytes = 0;
    const flush = () => {
      requests.push({
        PutRequest: {
          Item: {
            ...keys.recountPart(step.runId, bucket, step.segment, step.step, step.writer, chunk++),
            entries: `[${rows.join(',')}]`,
            expiresAt: step.expiresAt,
          },
        },
      });
      rows = [];
      bytes = 0;
    };
    for (const e of entries) {
      const row = JSON.stringify([e.orgId, e.scope, e.metric, e.expected, e.stored, e.lastAt]);
      if (bytes + row.length > PART_BYTES) flush();
      rows.push(row);
      bytes += row.length + 1;
    }
    if (rows.length) flush();
  }
  await batchWrite(db, requests);
}

/**
 * Commits a step: the first invocation to commit it wins; returns null then, else the commit that
 * won (a duplicate invocation, or an earlier try of this same one).
 */
export async function commitStep(db: Db, runId: string, commit: StepCommit, expiresAt: number): Promise<StepCommit | null> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.recountStep(runId, commit.segment, commit.step), type: 'recountStep', ...commit, expiresAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return null;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: keys.recountStep(runId, commit.segment, commit.step), ConsistentRead: true }),
    );
    return toStep(Item!);
  }
}

function toStep(item: Record<string, unknown>): StepCommit {
  const { segment, step, attempt, writer, cursor, facts, counterItems } = item as unknown as StepCommit;
  return { segment, step, attempt, writer, ...(cursor ? { cursor } : {}), facts, counterItems };
}

export async function listSteps(db: Db, runId: string): Promise<StepCommit[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :step)',
    ExpressionAttributeValues: { ':pk': keys.recountRun(runId).PK, ':step': keys.recountSteps() },
    ConsistentRead: true,
  });
  return items.map(toStep);
}

/**
 * Marks a segment finished: one atomic ADD to the run's set of done segments. Returns how many are
 * done now, or null when this segment was already marked (a retried invocation).
 */
export async function markSegmentDone(db: Db, runId: string, segment: number): Promise<number | null> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.recountRun(runId),
        UpdateExpression: 'ADD done :segment',
        ConditionExpression: 'attribute_exists(PK) AND NOT contains(done, :value)',
        ExpressionAttributeValues: { ':segment': new Set([segment]), ':value': segment },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return (Attributes?.done as Set<number>).size;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Every committed entry of one merge bucket: only the parts of each step's winning writer. */
export async function* bucketEntries(db: Db, runId: string, bucket: number, winners: Map<string, string>): AsyncGenerator<RecountEntry> {
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.recountParts(runId, bucket) },
        ExclusiveStartKey: cursor,
      }),
    );
    for (const item of page.Items ?? []) {
      const part = parseRecountPartKey(item.SK as string);
      if (!part || winners.get(`${part.segment}#${part.step}`) !== part.writer) continue;
      for (const [orgId, scope, metric, expected, stored, lastAt] of JSON.parse(item.entries as string) as [
        string,
        string,
        string,
        number,
        number,
        number | null,
      ][])
        yield { orgId, scope, metric, expected, stored, lastAt };
    }
    cursor = page.LastEvaluatedKey;
  } while (cursor);
}

/** Records a merged bucket once; false when it was already recorded (then its repairs were done too). */
export async function putMerged(db: Db, runId: string, merged: MergedBucket, expiresAt: number): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.recountMerged(runId, merged.bucket), type: 'recountMerged', ...merged, expiresAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function listMerged(db: Db, runId: string): Promise<MergedBucket[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :merged)',
    ExpressionAttributeValues: { ':pk': keys.recountRun(runId).PK, ':merged': keys.recountMergedBuckets() },
    ConsistentRead: true,
  });
  return items.map(
    ({ bucket, counters, differenceCount, movingCount, differences }) => ({ bucket, counters, differenceCount, movingCount, differences }) as MergedBucket,
  );
}

/**
 * Writes the run's report, once: the run item's `finishedAt` is set conditionally first, so of two
 * invocations finishing the same run only one writes a report (and emits its metric).
 */
export async function putReport(db: Db, report: RecountReport, expiresAt: number): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.recountRun(report.runId),
        UpdateExpression: 'SET finishedAt = :at',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(finishedAt)',
        ExpressionAttributeValues: { ':at': report.finishedAt },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...keys.recountReport(report.finishedAt, report.runId), type: 'recountReport', ...report, expiresAt } }),
  );
  return true;
}

/** The newest recount report, or null before the first run finished. */
export async function lastRecountReport(db: Db): Promise<RecountReport | null> {
  const { Items } = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.recountReports() },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const item = Items?.[0];
  if (!item) return null;
  const { PK: _pk, SK: _sk, type: _type, expiresAt: _expiresAt, ...report } = item;
  return report as RecountReport;
}
