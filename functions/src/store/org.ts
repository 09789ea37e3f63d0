import { z } from 'zod';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound } from '../domain/errors.js';
import { LocalizedName, pathIds, Unit } from '../domain/org/units.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';
import { queryAll } from './query.js';

const toUnit = decoder('unit', Unit);

export function unitPut(db: Db, unit: Unit) {
  return {
    TableName: db.table,
    Item: {
      ...keys.unit(unit.id),
      GSI1PK: unit.parentId ? keys.unitChildren(unit.parentId) : keys.rootUnits(),
      GSI1SK: keys.unitOrder(unit.kind, unit.name.zh, unit.id),
      type: 'unit',
      ...unit,
    },
    ConditionExpression: 'attribute_not_exists(PK)',
  };
}

export async function createUnit(db: Db, unit: Unit): Promise<void> {
  try {
    await db.doc.send(new PutCommand(unitPut(db, unit)));
  } catch (error) {
    if (isConditionFailure(error)) throw conflict(`Unit ${unit.id} exists`);
    throw error;
  }
}

/**
 * Registers a school with the "schools registered" counters of its county, city and region (and its
 * own), in one transaction conditioned on the school being new: a retried registration counts once.
 */
export async function registerSchool(db: Db, school: Unit, at: number): Promise<void> {
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: unitPut(db, school) }, ...counterUpdates(db, counterTargets(pathIds(school.path)), 'all', 'schools', 1, at)],
        }),
      ),
    );
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') throw conflict(`Unit ${school.id} exists`);
    throw error;
  }
}

export async function getUnit(db: Db, id: string): Promise<Unit | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.unit(id) }));
  return Item ? toUnit(Item) : null;
}

export async function requireUnit(db: Db, id: string): Promise<Unit> {
  const unit = await getUnit(db, id);
  if (!unit) throw notFound('Unit');
  return unit;
}

/** The units on a path (e.g. for breadcrumbs), in path order, in one BatchGet. */
export async function getUnitsOnPath(db: Db, path: string): Promise<Unit[]> {
  const ids = pathIds(path);
  const byId = await getUnits(db, ids);
  return ids.map((id) => byId.get(id)).filter((unit): unit is Unit => !!unit);
}

/** Units by id, a BatchGet per 100 (unknown ids are absent from the map). */
export async function getUnits(db: Db, ids: string[]): Promise<Map<string, Unit>> {
  const items = await batchGetAll(
    db,
    ids.filter(Boolean).map((id) => keys.unit(id)),
  );
  return new Map(items.map((item) => [item.id as string, toUnit(item)]));
}

export async function listChildren(db: Db, parentId: string, cursor?: string, limit = 200): Promise<Page<Unit>> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.unitChildren(parentId) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(db, cursor),
    }),
  );
  return { items: (page.Items ?? []).map(toUnit), cursor: encodeCursor(db, page.LastEvaluatedKey) };
}

/** Every top-level unit (a province-level region with no parent): where the daily jobs start. */
export async function listRootUnits(db: Db): Promise<Unit[]> {
  return (await queryAll(db, { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': keys.rootUnits() } })).map(
    toUnit,
  );
}

export const Teaching = z.object({
  classId: z.string(),
  teacherId: z.string(),
  classPath: z.string(),
  className: LocalizedName,
  grade: z.number().int().optional(),
});
export type Teaching = z.infer<typeof Teaching>;
const toTeaching = decoder('teaching', Teaching);

export async function assignTeacher(db: Db, klass: Unit, teacherId: string): Promise<Teaching> {
  const teaching: Teaching = { classId: klass.id, teacherId, classPath: klass.path, className: klass.name, grade: klass.grade };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.teaching(klass.id, teacherId),
        GSI1PK: keys.teaches(teacherId),
        GSI1SK: klass.id,
        type: 'teaching',
        ...teaching,
      },
    }),
  );
  return teaching;
}

export async function teaches(db: Db, teacherId: string, classId: string): Promise<boolean> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.teaching(classId, teacherId) }));
  return !!Item;
}

export async function listTeachingOf(db: Db, teacherId: string): Promise<Teaching[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.teaches(teacherId) },
      Limit: 100,
    }),
  );
  return (page.Items ?? []).map(toTeaching);
}

/** The teachers of a class, by id (at most 50: a class has a handful). */
export async function listTeachersOfClass(db: Db, classId: string): Promise<string[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.unit(classId).PK, ':sk': keys.teachersOfClass() },
      Limit: 50,
    }),
  );
  return (page.Items ?? []).map(toTeaching).map((teaching) => teaching.teacherId);
}

/**
 * Ends a teacher's link to a class (a teacher moves on, or the school reassigns the class). What the
 * teacher assigned stays with the class. Idempotent: 'absent' when there was no link.
 */
export async function unassignTeacher(db: Db, classId: string, teacherId: string): Promise<'removed' | 'absent'> {
  try {
    // Conditioned, so that of two takes at once exactly one reports the removal.
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.teaching(classId, teacherId), ConditionExpression: 'attribute_exists(PK)' }));
    return 'removed';
  } catch (error) {
    if (isConditionFailure(error)) return 'absent';
    throw error;
  }
}
