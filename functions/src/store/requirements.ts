import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ACTIVITY_KINDS } from '../domain/activities/activity-rules.js';
import { activityScope } from '../domain/activities/activity.js';
import { lessonScope } from '../domain/lessons/lesson.js';
import { pathIds, type Unit } from '../domain/org/units.js';
import { Requirement, type SchoolTally } from '../domain/requirements/requirement.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { SHARDS } from './counters.js';
import { decoder } from './decode.js';
import { cancellationReasons } from './errors.js';
import { keys, parseCounterKey } from './keys.js';
import { queryAll } from './query.js';

/**
 * Requirements: the item itself (`REQUIREMENT#<id>`) and a copy under the unit that set it, for the
 * lists of every unit below, written and withdrawn together. Nothing is counted for a requirement:
 * how a school stands is read from its month counters when asked, so a requirement set in the middle
 * of its period sees what happened before it.
 */
const toRequirement = decoder('requirement', Requirement);

const bothItems = (requirement: Requirement) => [keys.requirement(requirement.id), keys.requirementOfUnit(requirement.unitId, requirement.id)];

/** A new requirement; 'exists' when one with this id is there (a retry with the same Idempotency-Key). */
export async function setRequirement(db: Db, requirement: Requirement): Promise<'created' | 'exists'> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: bothItems(requirement).map((key) => ({
          Put: { TableName: db.table, Item: { ...key, type: 'requirement', ...requirement }, ConditionExpression: 'attribute_not_exists(PK)' },
        })),
      }),
    );
    return 'created';
  } catch (error) {
    if (cancellationReasons(error)?.some((reason) => reason === 'ConditionalCheckFailed')) return 'exists';
    throw error;
  }
}

export async function withdrawRequirement(db: Db, requirement: Requirement, at: string): Promise<void> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: bothItems(requirement).map((Key) => ({
        Update: {
          TableName: db.table,
          Key,
          UpdateExpression: 'SET withdrawnAt = if_not_exists(withdrawnAt, :at)',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':at': at },
        },
      })),
    }),
  );
}

export async function getRequirement(db: Db, requirementId: string): Promise<Requirement | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.requirement(requirementId), ConsistentRead: true }));
  return Item ? toRequirement(Item) : null;
}

/** The requirements that reach a unit: those set at it and at every unit above it, newest first, withdrawn ones left out. */
export async function requirementsReaching(db: Db, unitPath: string): Promise<Requirement[]> {
  const lists = await Promise.all(
    pathIds(unitPath).map((unitId) =>
      queryAll(db, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
        FilterExpression: 'attribute_not_exists(withdrawnAt)',
        ExpressionAttributeValues: { ':pk': keys.unit(unitId).PK, ':sk': keys.requirementsOfUnit() },
      }),
    ),
  );
  return lists
    .flat()
    .map(toRequirement)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const ACTIVITY_METRICS = ['activities', 'participants', 'hours', ...ACTIVITY_KINDS.map((kind) => `activities_${kind}`)];

/** Every shard's key of each (unit, scope, metric): a school or a class has one shard today, but the count is SHARDS'. */
function counterKeys(unit: Pick<Unit, 'id' | 'kind'>, scopes: string[], metrics: string[]) {
  return Array.from({ length: SHARDS[unit.kind] }, (_, shard) =>
    scopes.flatMap((scope) => metrics.map((metric) => keys.counter(unit.id, shard, scope, metric))),
  ).flat();
}

/**
 * What one school did in the months of a period: its activity counters per month and each class's
 * lesson hours over the months, read by key (BatchGetItem, eventually consistent: a dashboard).
 */
export async function schoolTally(db: Db, school: Unit, classes: Unit[], months: string[]): Promise<SchoolTally> {
  const items = await batchGetAll(db, [
    ...counterKeys(school, months.map(activityScope), ACTIVITY_METRICS),
    ...classes.flatMap((klass) => counterKeys(klass, months.map(lessonScope), ['lessonHours'])),
  ]);
  const byMonth = new Map(months.map((month) => [activityScope(month), {} as Record<string, number>]));
  const hours = new Map<string, number>();
  for (const item of items) {
    const counter = parseCounterKey(item.PK as string, item.SK as string);
    if (!counter) continue;
    const n = (item.n as number) ?? 0;
    const month = counter.orgId === school.id ? byMonth.get(counter.scope) : undefined;
    if (month) month[counter.metric] = (month[counter.metric] ?? 0) + n;
    else hours.set(counter.orgId, (hours.get(counter.orgId) ?? 0) + n);
  }
  return {
    activityMonths: [...byMonth.values()],
    classHours: classes.map((klass) => ({ id: klass.id, name: klass.name, hours: hours.get(klass.id) ?? 0 })),
  };
}
