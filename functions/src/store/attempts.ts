import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AttemptQuestion, Result } from '../domain/attempts/attempt.js';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { pathIds } from '../domain/org/units.js';
import { expiresAtFrom, isAlive, LIFETIME_SECONDS } from '../domain/retention/lifetimes.js';
import type { Db } from './client.js';
import { certificatePuts } from './certificates.js';
import { counterTargets, counterUpdates } from './counters.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { pick } from './items.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

export type AttemptStatus = 'in_progress' | 'submitting' | 'submitted';

export interface GradedQuestion {
  questionId: string;
  correct: boolean;
  topics: string[];
}

export interface Attempt {
  id: string;
  quizId: string;
  number: number;
  studentId: string;
  studentPath: string;
  classId: string;
  startedAt: string;
  deadline: number;
  questions: AttemptQuestion[];
  status: AttemptStatus;
  submittedAt?: string;
  result?: Result;
  graded?: GradedQuestion[];
  answers?: Record<string, string[]>;
}

export interface QuizState {
  attempts: number;
  current: string | null;
  submitted: number;
}

/** Expiry sweeps read open attempts from this many GSI2 shards, by deadline. */
export const OPEN_ATTEMPT_SHARDS = 8;

const ATTEMPT_FIELDS = ['id', 'quizId', 'number', 'studentId', 'studentPath', 'classId', 'startedAt', 'deadline', 'questions', 'status', 'submittedAt', 'result', 'graded', 'answers'] as const;
const toAttempt = (item: Record<string, unknown>) =>
  pick<Attempt>(item, ATTEMPT_FIELDS);

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
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.quizState(attempt.studentId, attempt.quizId),
              UpdateExpression: 'SET attempts = :n, #current = :id, quizId = :quizId',
              ConditionExpression: '(attribute_not_exists(#current) OR #current = :none) AND (attribute_not_exists(attempts) OR attempts = :previous) AND :n <= :allowed',
              ExpressionAttributeNames: { '#current': 'current' },
              ExpressionAttributeValues: { ':n': attempt.number, ':previous': attempt.number - 1, ':id': attempt.id, ':none': null, ':allowed': allowed, ':quizId': attempt.quizId },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.attempt(attempt.id),
                GSI1PK: keys.attemptsOfClass(attempt.quizId, attempt.classId),
                GSI1SK: `${attempt.studentId}#${String(attempt.number).padStart(2, '0')}`,
                GSI2PK: keys.openAttempts(shard),
                GSI2SK: String(attempt.deadline).padStart(15, '0'),
                type: 'attempt',
                ...attempt,
                // Refreshed at submission; until then, no attempt item is ever without a lifetime.
                expiresAt: expiresAtFrom(Date.parse(attempt.startedAt), LIFETIME_SECONDS.attempt),
              },
              ConditionExpression: 'attribute_not_exists(PK)',
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

export async function getAttempt(db: Db, id: string, nowMs = Date.now()): Promise<Attempt | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.attempt(id), ConsistentRead: true }));
  return Item && isAlive(Item, nowMs) ? toAttempt(Item) : null;
}

/**
 * Stores one answer, in the same transaction as a check that the attempt is still in progress and
 * within its deadline plus grace: an answer is either refused or durably stored before the 200.
 */
export async function saveAnswer(db: Db, attemptId: string, questionId: string, optionIds: string[], now: number, graceMs: number): Promise<'saved' | 'refused'> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: db.table,
              Key: keys.attempt(attemptId),
              ConditionExpression: '#status = :open AND deadline >= :cutoff',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':open': 'in_progress', ':cutoff': now - graceMs },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.answer(attemptId, questionId), type: 'answer', questionId, optionIds, savedAt: new Date(now).toISOString(), expiresAt: expiresAtFrom(now, LIFETIME_SECONDS.attempt) },
            },
          },
        ],
      }),
    );
    return 'saved';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'refused';
    throw error;
  }
}

export async function answersOf(db: Db, attemptId: string): Promise<Map<string, string[]>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.attempt(attemptId).PK, ':sk': 'ANSWER#' },
    ConsistentRead: true,
  });
  return new Map(items.map((item) => [item.questionId as string, item.optionIds as string[]]));
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
  attempt: Attempt,
  result: Result,
  graded: GradedQuestion[],
  answers: Record<string, string[]>,
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
  const targets = counterTargets(pathIds(attempt.studentPath));
  const schoolPath = attempt.studentPath.split('/').slice(0, 4).join('/');
  const schoolId = pathIds(schoolPath)[3]!;
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
    {
      Update: {
        TableName: db.table,
        Key: keys.attempt(attempt.id),
        UpdateExpression: 'SET #status = :submitted, #result = :result, graded = :graded, answers = :answers, submittedAt = :at, expiresAt = :expiresAt REMOVE GSI2PK, GSI2SK',
        ConditionExpression: '#status = :submitting',
        ExpressionAttributeNames: { '#status': 'status', '#result': 'result' },
        ExpressionAttributeValues: {
          ':submitted': 'submitted',
          ':result': result,
          ':graded': graded,
          ':answers': answers,
          ':at': at,
          ':submitting': 'submitting',
          ':expiresAt': expiresAtFrom(Date.parse(at), LIFETIME_SECONDS.attempt),
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
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.attemptFact(attempt.id), type: 'fact', studentId: attempt.studentId, path: attempt.studentPath, scope, metrics, at },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...Object.entries(metrics)
      .filter(([, value]) => value !== 0)
      .flatMap(([metric, value]) => counterUpdates(db, targets, scope, metric, value)),
    ...(reachesSchool
      ? [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.schoolFact(scope, 'schoolsReached', schoolId), type: 'fact', path: schoolPath, scope, metric: 'schoolsReached', at },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...counterUpdates(db, counterTargets(pathIds(schoolPath)), scope, 'schoolsReached', 1),
        ]
      : []),
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

/** Submitted and open attempts of a class for one quiz (one Query): class results, item analysis. */
export async function attemptsOfClass(db: Db, quizId: string, classId: string, nowMs = Date.now()): Promise<Attempt[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.attemptsOfClass(quizId, classId) },
  });
  return items.filter((item) => isAlive(item, nowMs)).map(toAttempt);
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
        ExpressionAttributeValues: { ':pk': keys.openAttempts(shard), ':before': String(before).padStart(15, '0') },
        ProjectionExpression: 'id',
        Limit: limit - ids.length,
      }),
    );
    ids.push(...(page.Items ?? []).map((item) => item.id as string));
  }
  return ids;
}

/** Whether a school already has its "reached" fact for a scope (its first participant submitted). */
export async function schoolReached(db: Db, scope: string, schoolId: string): Promise<boolean> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.schoolFact(scope, 'schoolsReached', schoolId), ConsistentRead: true }));
  return !!Item;
}
