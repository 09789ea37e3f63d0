import { z } from 'zod';
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../domain/accounts/schemas.js';
import { conflict, notFound } from '../domain/errors.js';
import { pathIds, type Unit } from '../domain/org/units.js';
import { RosterImport } from '../domain/roster/schemas.js';
import { accountPuts, allMembers } from './accounts.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { counterTargets, counterUpdates } from './counters.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

export const StoredImport = RosterImport.extend({
  createdBy: z.string(),
  expiresAt: z.number(),
  /**
   * Set when the commit starts: usernames and one-time passwords of every valid row, sealed. A retried
   * commit rebuilds the same accounts from them (ids derive from the import and the line).
   */
  sealedCredentials: z.string().optional(),
});
export type StoredImport = z.infer<typeof StoredImport>;
const toImport = decoder('roster import', StoredImport);

export async function saveImport(db: Db, item: StoredImport): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.rosterImport(item.classId, item.id), type: 'rosterImport', ...item },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

export async function getImport(db: Db, classId: string, importId: string, now: number): Promise<StoredImport> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.rosterImport(classId, importId), ConsistentRead: true }));
  // TTL deletion is lazy: an expired import is gone as far as anyone can tell.
  if (!Item || (Item.expiresAt as number) * 1000 < now) throw notFound('Roster import');
  return toImport(Item);
}

/** Student numbers already used in a class (bounded: a class has at most a few hundred students). */
export async function studentNumbersOfClass(db: Db, classId: string): Promise<Set<string>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.unit(classId).PK, ':sk': keys.studentNumbers() },
    ProjectionExpression: 'SK',
  });
  return new Set(items.map((item) => (item.SK as string).slice(keys.studentNumbers().length)));
}

/** The names of a class's students, for the import preview's "same name" warning. */
export async function studentNamesOfClass(db: Db, classId: string): Promise<Set<string>> {
  return new Set((await allMembers(db, classId, 'student')).map((account) => account.displayName));
}

/** Reserves `count` consecutive username numbers of a county; returns the first. */
export async function reserveUsernameNumbers(db: Db, countyId: string, count: number): Promise<number> {
  const { Attributes } = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.usernameSequence(countyId),
      UpdateExpression: 'SET seq = if_not_exists(seq, :base) + :count',
      ExpressionAttributeValues: { ':base': 10000, ':count': count },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return (Attributes!.seq as number) - count + 1;
}

/** Moves a preview to "committing" with its sealed credentials; only the first commit wins. */
export async function markCommitting(db: Db, item: StoredImport, sealedCredentials: string, expiresAt: number): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.rosterImport(item.classId, item.id),
        UpdateExpression: 'SET #status = :committing, sealedCredentials = :sealed, expiresAt = :expiresAt',
        ConditionExpression: '#status = :preview',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':committing': 'committing',
          ':preview': 'preview',
          ':sealed': sealedCredentials,
          ':expiresAt': expiresAt,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function markCommitted(db: Db, item: StoredImport): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.rosterImport(item.classId, item.id),
      UpdateExpression: 'SET #status = :committed',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':committed': 'committed' },
    }),
  );
}

/** The chunks of an import already written (one Query on the import's marker items). */
export async function writtenChunks(db: Db, importId: string): Promise<Set<number>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.importChunk(importId, 0).PK, ':sk': keys.importChunks() },
    ProjectionExpression: 'SK',
    ConsistentRead: true,
  });
  return new Set(items.map((item) => Number((item.SK as string).slice(keys.importChunks().length))));
}

/** A student number is unique in its class: the claim fails when another student holds it. */
function studentNumberClaim(db: Db, classId: string, number: string, userId: string) {
  return {
    Put: {
      TableName: db.table,
      Item: { ...keys.studentNumber(classId, number), type: 'studentNumber', userId },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** 25 students × (account, username, student number) + a marker + 5 counters stays under 100 items. */
export const CHUNK_SIZE = 25;

/**
 * Writes one chunk of students with the enrolled counters of every unit on the class's path in one
 * transaction. The chunk marker's condition makes a replay a no-op: counters move exactly once.
 */
export async function writeStudentChunk(
  db: Db,
  importId: string,
  chunk: number,
  classPath: string,
  students: Account[],
  at: number,
  /** The import's: a replay can only come while the import lives, so its markers go with it. */
  expiresAt?: number,
): Promise<'written' | 'already'> {
  const items = [
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.importChunk(importId, chunk), type: 'importChunk', count: students.length, ...(expiresAt ? { expiresAt } : {}) },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...students.flatMap((account) => [
      ...accountPuts(db, account),
      ...(account.studentNumber ? [studentNumberClaim(db, account.orgId, account.studentNumber, account.id)] : []),
    ]),
    ...counterUpdates(db, counterTargets(pathIds(classPath)), 'all', 'enrolled', students.length, at),
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'written';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed') return 'already';
    if (reasons?.includes('ConditionalCheckFailed')) throw conflict('A username or student number of this import was taken meanwhile; preview the file again');
    throw error;
  }
}

/**
 * The writes that move a student to another class: the account (class, path, member index, grade, and a
 * new session version, so that the student's scope changes at once), the student number's claim, and
 * the enrolled counters of the units the two paths do not share. The account's update is conditioned
 * on the class the student was read in, so of two moves at once one wins and a replay changes nothing.
 * The student number's new claim is item STUDENT_NUMBER_CLAIM when the student has a number.
 */
export function studentMoveItems(db: Db, student: Account, to: Unit, at: number) {
  const fromIds = pathIds(student.orgPath);
  const toIds = pathIds(to.path);
  const number = student.studentNumber;
  return [
    {
      Update: {
        TableName: db.table,
        Key: keys.account(student.id),
        UpdateExpression: `SET orgId = :to, orgPath = :path, GSI1PK = :members, GSI1SK = :order${to.grade === undefined ? ' REMOVE grade' : ', grade = :grade'} ADD sessionVersion :one`,
        ConditionExpression: 'orgId = :from',
        ExpressionAttributeValues: {
          ':to': to.id,
          ':from': student.orgId,
          ':path': to.path,
          ':members': keys.members(to.id),
          ':order': keys.memberOrder(student.role, student.displayName, student.id),
          ':one': 1,
          ...(to.grade === undefined ? {} : { ':grade': to.grade }),
        },
      },
    },
    ...(number
      ? [
          {
            Delete: {
              TableName: db.table,
              Key: keys.studentNumber(student.orgId, number),
              ConditionExpression: 'userId = :id',
              ExpressionAttributeValues: { ':id': student.id },
            },
          },
          studentNumberClaim(db, to.id, number, student.id),
        ]
      : []),
    ...counterUpdates(
      db,
      counterTargets(fromIds).filter((target) => !toIds.includes(target.orgId)),
      'all',
      'enrolled',
      -1,
      at,
    ),
    ...counterUpdates(
      db,
      counterTargets(toIds).filter((target) => !fromIds.includes(target.orgId)),
      'all',
      'enrolled',
      1,
      at,
    ),
  ];
}

/** Index of the student number's new claim within studentMoveItems. */
export const STUDENT_NUMBER_CLAIM = 2;

export type MoveOutcome = 'moved' | 'already' | 'number_taken';

/** The move's outcome from a cancelled transaction whose move items start at `offset`, or null if something else failed. */
export function moveCancellation(reasons: string[] | null, student: Account, offset = 0): Exclude<MoveOutcome, 'moved'> | null {
  if (reasons?.[offset] === 'ConditionalCheckFailed') return 'already';
  if (student.studentNumber && reasons?.[offset + STUDENT_NUMBER_CLAIM] === 'ConditionalCheckFailed') return 'number_taken';
  return null;
}

/** Moves a student to another class of the school in one transaction (studentMoveItems). */
export async function moveStudent(db: Db, student: Account, to: Unit, at: number): Promise<MoveOutcome> {
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: studentMoveItems(db, student, to, at) })));
    return 'moved';
  } catch (error) {
    const outcome = moveCancellation(cancellationReasons(error), student);
    if (outcome) return outcome;
    throw error;
  }
}
