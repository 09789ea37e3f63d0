import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { ModuleProgress } from '../domain/progress/progress.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { factRecorded, schoolPathOf } from './facts.js';
import { cancellationReasons, withConflictRetry } from './errors.js';
import { decoder } from './decode.js';
import { keys, parseProgressKey } from './keys.js';

/** Stored progress plus `rev`, which guards against two concurrent saves losing one another. */
export const StoredProgress = ModuleProgress.extend({ rev: z.number().int() });
export type StoredProgress = z.infer<typeof StoredProgress>;

const toProgress = decoder('progress', StoredProgress);

export async function getProgress(db: Db, studentId: string, moduleId: string): Promise<StoredProgress | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.progress(studentId, moduleId), ConsistentRead: true }));
  return Item ? toProgress(Item) : null;
}

/** Progress of many (student, module) pairs, keyed `<studentId>|<moduleId>`. */
export async function batchProgress(db: Db, pairs: { studentId: string; moduleId: string }[]): Promise<Map<string, StoredProgress>> {
  const items = await batchGetAll(
    db,
    pairs.map((p) => keys.progress(p.studentId, p.moduleId)),
  );
  return new Map(
    items.flatMap((item) => {
      const key = parseProgressKey(item.PK as string, item.SK as string);
      return key ? [[`${key.studentId}|${key.moduleId}`, toProgress(item)] as const] : [];
    }),
  );
}

export interface Fact {
  /** e.g. `module:<id>` or `campaign:<id>` */
  scope: string;
  metric: 'started' | 'completed' | 'schoolsReached';
  /** Counted once per school, not per student: "a school was reached" by its first student. */
  perSchool?: boolean;
}

function factKey(studentId: string, studentPath: string, fact: Fact) {
  return fact.perSchool ? keys.schoolFact(fact.scope, fact.metric, schoolPathOf(studentPath).split('/')[3]!) : keys.fact(studentId, fact.scope, fact.metric);
}

/** Which of these facts the student already has (strongly consistent, so a fresh one is seen). */
export async function existingFacts(db: Db, studentId: string, studentPath: string, facts: Fact[]): Promise<Set<string>> {
  if (!facts.length) return new Set();
  const items = await batchGetAll(
    db,
    facts.map((f) => factKey(studentId, studentPath, f)),
    { consistentRead: true, projection: '#scope, metric', names: { '#scope': 'scope' } },
  );
  return new Set(items.map((item) => `${item.scope}#${item.metric}`));
}

export type SaveOutcome = 'saved' | 'stale';

/**
 * Writes the progress and every new fact with its counters (all five units on the student's path) in
 * one transaction. The progress is conditioned on the revision read, each fact on not existing: a
 * replayed request or a concurrent one finds the conditions false and moves no counter ('stale': the
 * caller re-reads and re-applies).
 */
export async function saveProgress(
  db: Db,
  studentId: string,
  studentPath: string,
  previousRev: number | null,
  progress: ModuleProgress,
  facts: Fact[],
  at: string,
): Promise<SaveOutcome> {
  const items = [
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.progress(studentId, progress.moduleId), type: 'progress', ...progress, rev: (previousRev ?? 0) + 1 },
        ConditionExpression: previousRev === null ? 'attribute_not_exists(PK)' : 'rev = :rev',
        ...(previousRev === null ? {} : { ExpressionAttributeValues: { ':rev': previousRev } }),
      },
    },
    ...facts.flatMap((fact) =>
      factRecorded(
        db,
        {
          key: factKey(studentId, studentPath, fact),
          path: fact.perSchool ? schoolPathOf(studentPath) : studentPath,
          scope: fact.scope,
          at,
          attributes: { studentId, metric: fact.metric },
        },
        { [fact.metric]: 1 },
      ),
    ),
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'saved';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'stale';
    throw error;
  }
}
