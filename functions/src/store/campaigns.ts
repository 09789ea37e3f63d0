import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Campaign } from '../domain/campaigns/schemas.js';
import { pathIds } from '../domain/org/units.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';

const strip = decoder('campaign', Campaign);

export async function createCampaign(db: Db, campaign: Campaign): Promise<'created' | 'exists'> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.campaign(campaign.id),
          GSI1PK: keys.campaignsOfUnit(campaign.unitId),
          GSI1SK: keys.listedAt(campaign.startDate, campaign.id),
          type: 'campaign',
          ...campaign,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return 'created';
  } catch (error) {
    if (isConditionFailure(error)) return 'exists';
    throw error;
  }
}

export async function getCampaign(db: Db, id: string): Promise<Campaign | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.campaign(id) }));
  return Item ? strip(Item) : null;
}

export async function campaignsOfUnit(db: Db, unitId: string): Promise<Campaign[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.campaignsOfUnit(unitId) },
      ScanIndexForward: false,
      Limit: 100,
    }),
  );
  return (page.Items ?? []).map(strip);
}

/**
 * Campaigns that reach a unit at `path`: those of the bureau levels on the path (region, city,
 * county), one Query each, newest first.
 */
export async function campaignsReaching(db: Db, path: string): Promise<Campaign[]> {
  const bureauLevels = pathIds(path).slice(0, 3);
  const lists = await Promise.all(bureauLevels.map((id) => campaignsOfUnit(db, id)));
  return lists.flat();
}
