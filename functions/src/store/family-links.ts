import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { FamilyLink } from '../domain/family-links/schemas.js';
import type { Db } from './client.js';
import { cancellationReasons, withConflictRetry } from './errors.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

const toLink = decoder('family link', FamilyLink);
const toTarget = decoder('family link', FamilyLink.pick({ token: true, classId: true, moduleId: true }));

/** Where a token leads: the class and module, nothing else. */
export interface FamilyLinkTarget {
  token: string;
  classId: string;
  moduleId: string;
}

/**
 * One link per class and module: the first create makes it, and any later or concurrent one (a
 * retry, a second click, the other teacher of the class) gets that same link back.
 */
export async function createFamilyLink(db: Db, link: FamilyLink): Promise<{ link: FamilyLink; created: boolean }> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.familyLinkOfClass(link.classId, link.moduleId), type: 'familyLinkOfClass', ...link },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.familyLink(link.token), type: 'familyLink', token: link.token, classId: link.classId, moduleId: link.moduleId },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return { link, created: true };
  } catch (error) {
    if (!cancellationReasons(error)?.includes('ConditionalCheckFailed')) throw error;
    const existing = await getFamilyLinkOfClass(db, link.classId, link.moduleId);
    if (!existing) throw error;
    return { link: existing, created: false };
  }
}

async function getFamilyLinkOfClass(db: Db, classId: string, moduleId: string): Promise<FamilyLink | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.familyLinkOfClass(classId, moduleId), ConsistentRead: true }));
  return Item ? toLink(Item) : null;
}

export async function familyLinksOfClass(db: Db, classId: string): Promise<FamilyLink[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.unit(classId).PK, ':sk': keys.familyLinksOfClass() },
  });
  return items.map(toLink);
}

export async function getFamilyLinkTarget(db: Db, token: string): Promise<FamilyLinkTarget | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.familyLink(token) }));
  return Item ? toTarget(Item) : null;
}

/**
 * Counts a device's first open of a link: the device's marker and the class's count change in one
 * transaction, so a reload, a retry or a burst from one device adds exactly one.
 */
export async function recordFamilyOpen(db: Db, target: FamilyLinkTarget, device: string): Promise<boolean> {
  try {
    await withConflictRetry(() =>
      db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.table,
                Item: { ...keys.familyOpen(target.token, device), type: 'familyOpen' },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Update: {
                TableName: db.table,
                Key: keys.familyLinkOfClass(target.classId, target.moduleId),
                UpdateExpression: 'ADD opens :one',
                ConditionExpression: 'attribute_exists(PK)',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      ),
    );
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}
