import { DeleteCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../domain/accounts/schemas.js';
import { bucketOf } from '../domain/counters/recount.js';
import { pathIds, type Unit } from '../domain/org/units.js';
import type { PromotionClass } from '../domain/school-years/promotion.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { factRecorded } from './facts.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

/**
 * The writes of a promotion (docs/SCHOOL_YEAR.md). Each step is conditioned on not being done, so a
 * run that stopped anywhere is finished by running it again, and no counter moves twice:
 * - a class moves to the next year (grade, name) or is marked graduated: conditioned on its year;
 * - each student, in one transaction: the fact "enrolled in <year> at <class path>" with the year's
 *   enrolled counters (the fact's condition makes a replay cancel the whole transaction), the account's
 *   new year and grade, or, for a graduate, the graduation and enrolled −1 of the live counters;
 * - the school moves to the next year last, with its "promoted" fact, which counts promoted schools.
 */

/** Partitions of a year's graduates (keys.graduate). */
export const GRADUATE_SHARDS = 16;
const graduateShard = (userId: string) => bucketOf(userId, GRADUATE_SHARDS);

/** The scope of a school year's frozen figures: enrolment at the year's end, schools promoted. */
export const yearScope = (year: string) => `year:${year}`;

const yearMatches = '(attribute_not_exists(#year) OR #year = :from)';

/** The class in the next year; 'already' when a run did it before. */
export async function promoteClassUnit(db: Db, klass: Unit, fromYear: string, toYear: string, next: PromotionClass['next']): Promise<'promoted' | 'already'> {
  const update = next
    ? {
        UpdateExpression: `SET #year = :to, #name = :name, GSI1SK = :order, promotedFrom = :before${next.grade === undefined ? '' : ', grade = :grade'}`,
        ExpressionAttributeValues: {
          ':to': toYear,
          ':before': { year: fromYear, name: klass.name, ...(klass.grade === undefined ? {} : { grade: klass.grade }) },
          ':from': fromYear,
          ':name': next.name,
          ':order': keys.unitOrder('class', next.name.zh, klass.id),
          ...(next.grade === undefined ? {} : { ':grade': next.grade }),
        },
        ConditionExpression: yearMatches,
      }
    : {
        // A graduated class stays in the year it finished, with its name, for the records.
        UpdateExpression: 'SET #year = :from, graduatedYear = :from',
        ExpressionAttributeValues: { ':from': fromYear },
        ConditionExpression: `${yearMatches} AND attribute_not_exists(graduatedYear)`,
      };
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.unit(klass.id),
        ...update,
        ExpressionAttributeNames: { '#year': 'year', ...(next ? { '#name': 'name' } : {}) },
      }),
    );
    return 'promoted';
  } catch (error) {
    if (isConditionFailure(error)) return 'already';
    throw error;
  }
}

/**
 * One student out of `fromYear`: into the class's next grade (`nextGrade`, absent for a class without
 * one), or graduated (`graduates`). 'already' when a run did it before or the student left the class
 * meanwhile (a move or transfer is conditioned on the class as well, so only one of the two happens).
 */
export async function promoteStudent(
  db: Db,
  student: Account,
  fromYear: string,
  toYear: string,
  outcome: { graduates: true } | { graduates: false; nextGrade?: number },
  at: number,
): Promise<'promoted' | 'already'> {
  const iso = new Date(at).toISOString();
  const scope = yearScope(fromYear);
  const account = outcome.graduates
    ? {
        UpdateExpression: 'SET graduatedYear = :from ADD sessionVersion :one',
        ExpressionAttributeValues: { ':from': fromYear, ':class': student.orgId, ':one': 1 },
      }
    : {
        UpdateExpression: `SET #year = :to${outcome.nextGrade === undefined ? '' : ', grade = :grade'} ADD sessionVersion :one`,
        ExpressionAttributeValues: {
          ':from': fromYear,
          ':to': toYear,
          ':class': student.orgId,
          ':one': 1,
          ...(outcome.nextGrade === undefined ? {} : { ':grade': outcome.nextGrade }),
        },
      };
  const items = [
    ...factRecorded(
      db,
      { key: keys.fact(student.id, scope, 'enrolled'), path: student.orgPath, scope, at: iso, attributes: { metric: 'enrolled' } },
      { enrolled: 1 },
    ),
    {
      Update: {
        TableName: db.table,
        Key: keys.account(student.id),
        ...account,
        ConditionExpression: `orgId = :class AND attribute_not_exists(graduatedYear) AND ${yearMatches}`,
        ExpressionAttributeNames: { '#year': 'year' },
      },
    },
    ...(outcome.graduates
      ? [
          ...counterUpdates(db, counterTargets(pathIds(student.orgPath)), 'all', 'enrolled', -1, at),
          { Put: { TableName: db.table, Item: { ...keys.graduate(fromYear, graduateShard(student.id), student.id), type: 'graduate' } } },
        ]
      : []),
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'promoted';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'already';
    throw error;
  }
}

/** The school in the next year, with its fact "promoted out of <year>"; 'already' when a run did it before. */
export async function finishSchoolPromotion(db: Db, school: Unit, fromYear: string, toYear: string, at: number): Promise<'promoted' | 'already'> {
  const scope = yearScope(fromYear);
  const items = [
    ...factRecorded(
      db,
      {
        key: keys.schoolFact(scope, 'schoolsPromoted', school.id),
        path: school.path,
        scope,
        at: new Date(at).toISOString(),
        attributes: { metric: 'schoolsPromoted' },
      },
      { schoolsPromoted: 1 },
    ),
    {
      Update: {
        TableName: db.table,
        Key: keys.unit(school.id),
        UpdateExpression: 'SET #year = :to',
        ConditionExpression: yearMatches,
        ExpressionAttributeNames: { '#year': 'year' },
        ExpressionAttributeValues: { ':from': fromYear, ':to': toYear },
      },
    },
  ];
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'promoted';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'already';
    throw error;
  }
}

/** The ids of one shard of a year's graduates whose data is still there. */
export async function graduatesOf(db: Db, year: string, shard: number): Promise<string[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.graduatesOfYear(year, shard) },
    ProjectionExpression: 'SK',
  });
  return items.map((item) => item.SK as string);
}

/** After the graduate's data is removed. */
export async function forgetGraduate(db: Db, year: string, userId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.graduate(year, graduateShard(userId), userId) }));
}
