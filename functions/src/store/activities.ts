import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Activity, activityMetrics, activityScope, type ActivityPhoto } from '../domain/activities/activity.js';
import { pathIds } from '../domain/org/units.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { decoder } from './decode.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { monthOfDate } from '../domain/school-years/recorded-dates.js';
import { recordsOfYear } from './query.js';

/**
 * Activity records. The record (`ORG#<school>` / `ACTIVITY#<id>`) is what people read and change; its
 * facts (`FACT#activity#<id>` for its school year, `FACT#activity-month#<id>` for its month) are what
 * the counters count: activities, activities of each kind, participants and hours, at the school and
 * every unit above. A record and its fact change
 * in one transaction, conditioned on the record's version, so a change sent twice moves the counters
 * once, and the recount rebuilds them from the facts.
 */
const toActivity = decoder('activity', Activity);

type CountedPart = Pick<Activity, 'kind' | 'participants' | 'hours' | 'year' | 'date' | 'schoolPath'>;

/** A record counts in its school year and in its month (what a requirement's period reads). */
const periodsOf = (part: Pick<Activity, 'year' | 'date'>) => [part.year, monthOfDate(part.date)];

/** Counter moves from what a record counted (`before`) to what it counts (`after`): one update per counter. */
function counterMoves(db: Db, before: CountedPart | null, after: CountedPart | null, at: number) {
  const moves = new Map<string, { scope: string; metric: string; path: string; delta: number }>();
  const add = (part: CountedPart, sign: number) => {
    for (const period of periodsOf(part))
      for (const [metric, value] of Object.entries(activityMetrics(part))) {
        const scope = activityScope(period);
        const key = `${scope}|${metric}`;
        const move = moves.get(key) ?? { scope, metric, path: part.schoolPath, delta: 0 };
        move.delta += sign * value;
        moves.set(key, move);
      }
  };
  if (before) add(before, -1);
  if (after) add(after, 1);
  return [...moves.values()]
    .filter((move) => move.delta !== 0)
    .flatMap((move) => counterUpdates(db, counterTargets(pathIds(move.path)), move.scope, move.metric, move.delta, at));
}

const factKeys = (activity: Activity) => [keys.activityFact(activity.schoolId, activity.id), keys.activityMonthFact(activity.schoolId, activity.id)];

/** Its two facts: one for the school year, one for the month. */
function factPuts(db: Db, activity: Activity) {
  return factKeys(activity).map((key, index) => ({
    Put: {
      TableName: db.table,
      Item: {
        ...key,
        type: 'fact',
        path: activity.schoolPath,
        scope: activityScope(periodsOf(activity)[index]!),
        metrics: activityMetrics(activity),
        at: activity.updatedAt,
      },
    },
  }));
}

const recordItem = (activity: Activity) => ({ ...keys.activity(activity.schoolId, activity.id), type: 'activity', ...activity });

/** A new record and its fact; 'exists' when a record with this id is there (a retry with the same Idempotency-Key). */
export async function createActivity(db: Db, activity: Activity): Promise<'created' | 'exists'> {
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: db.table, Item: recordItem(activity), ConditionExpression: 'attribute_not_exists(PK)' } },
            ...factPuts(db, activity),
            ...counterMoves(db, null, activity, Date.parse(activity.updatedAt)),
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

/**
 * Replaces a record by its next version (`after.version` = `before.version` + 1) with its fact and the
 * counters' difference; a deletion (`after.deletedAt`) removes the fact and takes back what it
 * counted. 'stale' when the record (or its photo list) changed since `before` was read.
 */
export async function changeActivity(db: Db, before: Activity, after: Activity): Promise<'changed' | 'stale'> {
  const deleting = !!after.deletedAt;
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.table,
                Item: recordItem(after),
                ConditionExpression: '#version = :version AND photoRev = :photoRev AND attribute_not_exists(deletedAt)',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':version': before.version, ':photoRev': before.photoRev },
              },
            },
            ...(deleting ? factKeys(before).map((Key) => ({ Delete: { TableName: db.table, Key } })) : factPuts(db, after)),
            ...counterMoves(db, before, deleting ? null : after, Date.parse(after.updatedAt)),
          ],
        }),
      ),
    );
    return 'changed';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'stale';
    throw error;
  }
}

export async function getActivity(db: Db, schoolId: string, activityId: string): Promise<Activity | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.activity(schoolId, activityId), ConsistentRead: true }));
  return Item ? toActivity(Item) : null;
}

/** A school's records of one school year, newest first (a school holds tens a year, not thousands). */
export async function activitiesOfSchool(db: Db, schoolId: string, year: string): Promise<Activity[]> {
  return (await recordsOfYear(db, keys.unit(schoolId).PK, keys.activitiesOfSchool(), year)).map(toActivity);
}

/**
 * Photos change without a new version (they do not count): each update is conditioned on the photo
 * list's own revision as it was read, so two at once cannot both take the sixth place.
 */
export async function setPhotos(db: Db, activity: Activity, photos: ActivityPhoto[]): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.activity(activity.schoolId, activity.id),
        UpdateExpression: 'SET photos = :photos, photoRev = :next',
        ConditionExpression: 'photoRev = :rev AND attribute_not_exists(deletedAt)',
        ExpressionAttributeValues: { ':photos': photos, ':rev': activity.photoRev, ':next': activity.photoRev + 1 },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** A bureau's spot check, or its withdrawal (null); no version: it does not change what is counted. */
export async function setQuestioned(db: Db, activity: Activity, questioned: Activity['questioned'] | null): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.activity(activity.schoolId, activity.id),
      ...(questioned
        ? { UpdateExpression: 'SET questioned = :q', ExpressionAttributeValues: { ':q': questioned } }
        : { UpdateExpression: 'REMOVE questioned' }),
      ConditionExpression: 'attribute_exists(PK)',
    }),
  );
}
