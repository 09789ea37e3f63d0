import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { AnswerSlot, AttemptQuestion, Result } from '../domain/attempts/attempt.js';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { expiresAtFrom, isAlive, LIFETIME_SECONDS } from '../domain/retention/lifetimes.js';
import type { Db } from './client.js';
import { certificatePuts } from './certificates.js';
import { factRecorded, schoolReachedRecorded } from './facts.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { decoder } from './decode.js';
import { keys, parseAttemptKey } from './keys.js';
import { queryAll } from './query.js';

export const AttemptStatus = z.enum(['in_progress', 'submitting', 'submitted']);
export type AttemptStatus = z.infer<typeof AttemptStatus>;

export const GradedQuestion = z.object({ questionId: z.string(), correct: z.boolean(), topics: z.array(z.string()) });
export type GradedQuestion = z.infer<typeof GradedQuestion>;

/**
 * An attempt is two items: this small header (1–2 KB: who, when, status, each question's option ids,
 * and the answers saved so far) and its frozen questions (up to ~20 KB with stems, options, keys and
 * explanations). The answer-save path, the busiest of all, is one conditional update of the header:
 * no read, no transaction (docs/CAPACITY.md).
 */
export const AttemptHeader = z.object({
  id: z.string(),
  quizId: z.string(),
  number: z.number().int(),
  studentId: z.string(),
  studentPath: z.string(),
  classId: z.string(),
  startedAt: z.string(),
  deadline: z.number(),
  /** Question id → its type and option ids: what a save is checked against. */
  slots: z.record(z.string(), AnswerSlot),
  status: AttemptStatus,
  /** Question id → the options chosen; empty at the start. */
  answers: z.record(z.string(), z.array(z.string())),
  submittedAt: z.string().optional(),
  result: Result.optional(),
  graded: z.array(GradedQuestion).optional(),
});
export type AttemptHeader = z.infer<typeof AttemptHeader>;

export interface Attempt extends AttemptHeader {
  questions: AttemptQuestion[];
}

export interface QuizState {
  attempts: number;
  current: string | null;
  submitted: number;
}

/**
 * Expiry sweeps read open attempts from this many GSI2 shards, by deadline. Each start and each
 * submission writes one keys-only index entry: at the stated peak of 1,600 starts and 1,600 submissions
 * a second that is 200 WCU/s a shard (docs/CAPACITY.md).
 */
export const OPEN_ATTEMPT_SHARDS = 16;

const toHeader = decoder('attempt', AttemptHeader);
const toFrozenQuestions = decoder('attempt questions', z.object({ questions: z.array(AttemptQuestion) }));

export async function getQuizState(db: Db, studentId: string, quizId: string): Promise<QuizState> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.quizState(studentId, quizId), ConsistentRead: true }));
  return { attempts: (Item?.attempts as number) ?? 0, current: (Item?.current as string) ?? null, submitted: (Item?.submitted as number) ?? 0 };
}

/**
 * Starts attempt number `attempt.number`: the student's quiz state moves only if no attempt is open
 * and attempts remain, and the attempt is put only if new. A retried start finds the same attempt.
 */
export async function startAttempt(db: Db, attempt: Attempt, allowed: number): Promise<'started' | 'refused'> {
  const shard = Math.floor(Math.random() * OPEN_ATTEMPT_SHARDS);
  const { questions, ...header } = attempt;
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.quizState(attempt.studentId, attempt.quizId),
              UpdateExpression: 'SET attempts = :n, #current = :id, quizId = :quizId',
              ConditionExpression:
                '(attribute_not_exists(#current) OR #current = :none) AND (attribute_not_exists(attempts) OR attempts = :previous) AND :n <= :allowed',
              ExpressionAttributeNames: { '#current': 'current' },
              ExpressionAttributeValues: {
                ':n': attempt.number,
                ':previous': attempt.number - 1,
                ':id': attempt.id,
                ':none': null,
                ':allowed': allowed,
                ':quizId': attempt.quizId,
              },
            },
          },
          {
            Put: {
              TableName: db.table,
              // Listed for its class (GSI1) only once submitted: the saves before that copy nothing to an index.
              Item: {
                ...keys.attempt(attempt.id),
                GSI2PK: keys.openAttempts(shard),
                GSI2SK: keys.openAttemptDeadline(attempt.deadline),
                type: 'attempt',
                ...header,
                // Refreshed at submission; until then, no attempt item is ever without a lifetime.
                expiresAt: expiresAtFrom(Date.parse(attempt.startedAt), LIFETIME_SECONDS.attempt),
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: db.table,
              // Lives from the deadline, the latest an attempt is normally submitted, so it does not go
              // before the header (whose lifetime restarts at submission); a header without it reads as gone.
              Item: {
                ...keys.attemptQuestions(attempt.id),
                type: 'attemptQuestions',
                questions,
                expiresAt: expiresAtFrom(attempt.deadline, LIFETIME_SECONDS.attempt),
              },
            },
          },
        ],
      }),
    );
    return 'started';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'refused';
    throw error;
  }
}

/** The header alone (one small consistent read): what saving an answer and the status checks need. */
export async function getAttemptHeader(db: Db, id: string, nowMs: number): Promise<AttemptHeader | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.attempt(id), ConsistentRead: true }));
  return Item && isAlive(Item, nowMs) ? toHeader(Item) : null;
}

/** The frozen questions of an attempt, with their keys: for scoring and for showing the attempt. */
export async function attemptQuestions(db: Db, id: string, nowMs: number): Promise<AttemptQuestion[] | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.attemptQuestions(id), ConsistentRead: true }));
  return Item && isAlive(Item, nowMs) ? toFrozenQuestions(Item).questions : null;
}

/** Header and questions, read in parallel. */
export async function getAttempt(db: Db, id: string, nowMs: number): Promise<Attempt | null> {
  const [header, questions] = await Promise.all([getAttemptHeader(db, id, nowMs), attemptQuestions(db, id, nowMs)]);
  return header && questions ? { ...header, questions } : null;
}

/**
 * Stores one answer in the header, conditioned on the attempt being the student's, in progress and
 * within its deadline plus grace, and on the question and options being the attempt's (with several
 * options only for a multiple-choice question): an answer is either refused, changing nothing, or
 * durably stored before the 200. Saves of different questions touch different map entries, so they
 * never undo each other. The caller explains a refusal from a fresh read.
 */
export async function saveAnswer(
  db: Db,
  save: { attemptId: string; studentId: string; questionId: string; optionIds: string[] },
  now: number,
  graceMs: number,
): Promise<'saved' | 'refused'> {
  const options = save.optionIds.map((_, i) => `contains(#slots.#q.optionIds, :o${i})`);
  const condition = [
    '#status = :open',
    'deadline >= :cutoff',
    'studentId = :student',
    'attribute_exists(#slots.#q)',
    ...options,
    ...(save.optionIds.length > 1 ? ['#slots.#q.#type = :multiple'] : []),
  ].join(' AND ');
  const key = keys.attempt(save.attemptId);
  try {
    // The low-level client with values written as DynamoDB types: the document client's marshalling
    // layer is a tenth of the SDK's CPU per call, and this is the busiest write there is.
    await db.raw.send(
      new UpdateItemCommand({
        TableName: db.table,
        Key: { PK: { S: key.PK }, SK: { S: key.SK } },
        UpdateExpression: 'SET answers.#q = :chosen',
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#status': 'status', '#slots': 'slots', '#q': save.questionId, ...(save.optionIds.length > 1 ? { '#type': 'type' } : {}) },
        ExpressionAttributeValues: {
          ':chosen': { L: save.optionIds.map((id) => ({ S: id })) },
          ':open': { S: 'in_progress' },
          ':cutoff': { N: String(now - graceMs) },
          ':student': { S: save.studentId },
          ...Object.fromEntries(save.optionIds.map((id, i) => [`:o${i}`, { S: id }])),
          ...(save.optionIds.length > 1 ? { ':multiple': { S: 'multiple' } } : {}),
        },
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'refused';
    throw error;
  }
}

/** Closes the attempt to answers; saves after this are refused, so scoring sees every stored one. */
export async function beginSubmit(db: Db, attemptId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.attempt(attemptId),
        UpdateExpression: 'SET #status = :submitting',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':submitting': 'submitting', ':open': 'in_progress' },
      }),
    );
  } catch (error) {
    // Another request closed it first: the caller re-reads and finishes or returns the result.
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Records the result with its counters (attempts, passes, score sum, participants at every unit on
 * the student's path) and any certificate, in one transaction conditioned on the attempt being in
 * "submitting": a repeated or concurrent submit cannot count twice.
 */
export async function completeSubmit(
  db: Db,
  attempt: AttemptHeader,
  result: Result,
  graded: GradedQuestion[],
  at: string,
  certificate: StoredCertificate | null,
  /** True when this is the first submission of the student's school: the school is now reached. */
  reachesSchool: boolean,
): Promise<'done' | 'already'> {
  const scope = `quiz:${attempt.quizId}`;
  const metrics: Record<string, number> = {
    attempts: 1,
    passes: result.passed ? 1 : 0,
    scoreSum: result.percent,
    participants: attempt.number === 1 ? 1 : 0,
  };
  const atMs = Date.parse(at);
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
    {
      Update: {
        TableName: db.table,
        Key: keys.attempt(attempt.id),
        UpdateExpression:
          'SET #status = :submitted, #result = :result, graded = :graded, submittedAt = :at, expiresAt = :expiresAt, GSI1PK = :class, GSI1SK = :inClass REMOVE GSI2PK, GSI2SK',
        ConditionExpression: '#status = :submitting',
        ExpressionAttributeNames: { '#status': 'status', '#result': 'result' },
        ExpressionAttributeValues: {
          ':submitted': 'submitted',
          ':result': result,
          ':graded': graded,
          ':at': at,
          ':class': keys.attemptsOfClass(attempt.quizId, attempt.classId),
          ':inClass': keys.attemptInClass(attempt.studentId, attempt.number),
          ':submitting': 'submitting',
          ':expiresAt': expiresAtFrom(atMs, LIFETIME_SECONDS.attempt),
        },
      },
    },
    {
      Update: {
        TableName: db.table,
        Key: keys.quizState(attempt.studentId, attempt.quizId),
        UpdateExpression: 'SET #current = :none ADD submitted :one',
        ExpressionAttributeNames: { '#current': 'current' },
        ExpressionAttributeValues: { ':none': null, ':one': 1 },
      },
    },
    ...factRecorded(
      db,
      { key: keys.attemptFact(attempt.id), path: attempt.studentPath, scope, at, attributes: { studentId: attempt.studentId, metrics } },
      metrics,
    ),
    ...(reachesSchool ? schoolReachedRecorded(db, scope, attempt.studentPath, at) : []),
    ...(certificate ? certificatePuts(db, certificate) : []),
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'done';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'already';
    throw error;
  }
}

/** Submitted attempts of a class for one quiz (one Query): class results, item analysis. */
export async function attemptsOfClass(db: Db, quizId: string, classId: string, nowMs: number): Promise<AttemptHeader[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.attemptsOfClass(quizId, classId) },
  });
  return items.filter((item) => isAlive(item, nowMs)).map(toHeader);
}

/** Open attempts whose deadline (plus grace) has passed, for the expiry sweep. */
export async function expiredOpenAttempts(db: Db, before: number, limit = 500): Promise<string[]> {
  const ids: string[] = [];
  for (let shard = 0; shard < OPEN_ATTEMPT_SHARDS && ids.length < limit; shard++) {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :before',
        ExpressionAttributeValues: { ':pk': keys.openAttempts(shard), ':before': keys.openAttemptDeadline(before) },
        Limit: limit - ids.length,
      }),
    );
    // The index is keys-only: the attempt id is read from the table key.
    ids.push(...(page.Items ?? []).flatMap((item) => parseAttemptKey(item.PK as string) ?? []));
  }
  return ids;
}

/** Whether a school already has its "reached" fact for a scope (its first participant submitted). */
export async function schoolReached(db: Db, scope: string, schoolId: string): Promise<boolean> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.schoolFact(scope, 'schoolsReached', schoolId), ConsistentRead: true }));
  return !!Item;
}
