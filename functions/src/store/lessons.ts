import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { campaignScope } from '../domain/coverage/coverage.js';
import { Lesson, lessonMetrics, lessonScope, TAUGHT_IN_CLASS } from '../domain/lessons/lesson.js';
import { pathIds } from '../domain/org/units.js';
import { monthOfDate } from '../domain/school-years/recorded-dates.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { decoder } from './decode.js';
import { cancellationReasons, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { recordsOfYear } from './query.js';

/**
 * Lessons taught in class mode. The record (`ORG#<class>` / `LESSON#<id>`) and its facts (school year
 * and month: lessons and lesson hours at the class and every unit above; one per campaign it counts
 * for: a lesson taught in class, in the campaign's own scope) are written and taken
 * back in one transaction each, conditioned on the record, so a retry or a second tap counts nothing
 * twice and the recount rebuilds the counters from the facts.
 */
const toLesson = decoder('lesson', Lesson);

const PERIODS = ['year', 'month'] as const;
const periodOf = (lesson: Lesson, period: (typeof PERIODS)[number]) => (period === 'year' ? lesson.year : monthOfDate(lesson.date));

function counterMoves(db: Db, lesson: Lesson, sign: 1 | -1) {
  const at = Date.parse(lesson.deletedAt ?? lesson.createdAt);
  const targets = counterTargets(pathIds(lesson.classPath));
  return [
    ...PERIODS.flatMap((period) =>
      Object.entries(lessonMetrics(lesson)).flatMap(([metric, value]) =>
        counterUpdates(db, targets, lessonScope(periodOf(lesson, period)), metric, sign * value, at),
      ),
    ),
    ...lesson.campaignIds.flatMap((campaignId) => counterUpdates(db, targets, campaignScope(campaignId), TAUGHT_IN_CLASS, sign, at)),
  ];
}

const factKeys = (lesson: Lesson) => [
  ...PERIODS.map((period) => keys.lessonFact(lesson.classId, lesson.id, period)),
  ...lesson.campaignIds.map((campaignId) => keys.lessonCampaignFact(lesson.classId, lesson.id, campaignId)),
];

/** A new lesson and its facts; 'exists' when a lesson with this id is there (a retry with the same Idempotency-Key). */
export async function recordLesson(db: Db, lesson: Lesson): Promise<'created' | 'exists'> {
  const fact = (key: Record<string, string>, scope: string, metrics: Record<string, number>) => ({
    Put: { TableName: db.table, Item: { ...key, type: 'fact', path: lesson.classPath, scope, metrics, at: lesson.createdAt } },
  });
  const facts = [
    ...PERIODS.map((period) => fact(keys.lessonFact(lesson.classId, lesson.id, period), lessonScope(periodOf(lesson, period)), lessonMetrics(lesson))),
    ...lesson.campaignIds.map((campaignId) =>
      fact(keys.lessonCampaignFact(lesson.classId, lesson.id, campaignId), campaignScope(campaignId), { [TAUGHT_IN_CLASS]: 1 }),
    ),
  ];
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.table,
                Item: { ...keys.lesson(lesson.classId, lesson.id), type: 'lesson', ...lesson },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...facts,
            ...counterMoves(db, lesson, 1),
          ],
        }),
      ),
    );
    return 'created';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'exists';
    throw error;
  }
}

/** Takes a lesson back: kept as deleted, its facts gone and its hours taken off. 'gone' when it was taken back already. */
export async function undoLesson(db: Db, lesson: Lesson, by: string, at: string): Promise<'undone' | 'gone'> {
  const undone: Lesson = { ...lesson, deletedAt: at, deletedBy: by };
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: db.table,
                Key: keys.lesson(lesson.classId, lesson.id),
                UpdateExpression: 'SET deletedAt = :at, deletedBy = :by',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(deletedAt)',
                ExpressionAttributeValues: { ':at': at, ':by': by },
              },
            },
            ...factKeys(lesson).map((Key) => ({ Delete: { TableName: db.table, Key } })),
            ...counterMoves(db, undone, -1),
          ],
        }),
      ),
    );
    return 'undone';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'gone';
    throw error;
  }
}

export async function getLesson(db: Db, classId: string, lessonId: string): Promise<Lesson | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.lesson(classId, lessonId), ConsistentRead: true }));
  return Item ? toLesson(Item) : null;
}

/** A class's lessons of one school year, newest first, the taken-back ones included (a class has tens a year). */
export async function lessonsOfClass(db: Db, classId: string, year: string): Promise<Lesson[]> {
  return (await recordsOfYear(db, keys.unit(classId).PK, keys.lessonsOfClass(), year)).map(toLesson);
}
