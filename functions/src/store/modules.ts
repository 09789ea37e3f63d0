import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound, ruleBroken } from '../domain/errors.js';
import type { ModuleContent } from '../domain/modules/content.js';
import { ModuleDraft, ModuleSummary, PublishedModule, summarize } from '../domain/modules/schemas.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { cancellationReasons, isConditionFailure } from './errors.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';
import { forget, readThrough } from './read-cache.js';

const toDraft = decoder('module draft', ModuleDraft);
const toPublished = decoder('published module', PublishedModule);
const toSummary = decoder('catalog entry', ModuleSummary);

function draftItem(draft: ModuleDraft) {
  return { ...keys.moduleDraft(draft.id), GSI1PK: keys.moduleList(), GSI1SK: draft.id, type: 'moduleDraft', ...draft };
}

export async function createModule(db: Db, draft: ModuleDraft): Promise<void> {
  try {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: draftItem(draft), ConditionExpression: 'attribute_not_exists(PK)' }));
  } catch (error) {
    if (isConditionFailure(error)) throw conflict(`Module ${draft.id} exists`);
    throw error;
  }
}

export async function getDraft(db: Db, id: string): Promise<ModuleDraft | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.moduleDraft(id), ConsistentRead: true }));
  return Item ? toDraft(Item) : null;
}

export async function requireDraft(db: Db, id: string): Promise<ModuleDraft> {
  const draft = await getDraft(db, id);
  if (!draft) throw notFound('Module');
  return draft;
}

/** Every module's draft for the editor's list (a few hundred at most: one bounded Query). */
export async function listDrafts(db: Db): Promise<ModuleDraft[]> {
  const items = await queryAll(db, { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': keys.moduleList() } });
  return items.map(toDraft);
}

/**
 * Saves a draft only if nobody saved since `expectedVersion`: the second of two editors gets 409 with
 * the current draft, and nothing is overwritten.
 */
export async function saveDraft(
  db: Db,
  id: string,
  expectedVersion: number,
  change: { content: ModuleContent; featured: boolean; by: string; at: string },
): Promise<ModuleDraft> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.moduleDraft(id),
        UpdateExpression: 'SET content = :content, featured = :featured, updatedBy = :by, updatedAt = :at, version = :next',
        ConditionExpression: 'attribute_exists(PK) AND version = :expected',
        ExpressionAttributeValues: {
          ':content': change.content,
          ':featured': change.featured,
          ':by': change.by,
          ':at': change.at,
          ':next': expectedVersion + 1,
          ':expected': expectedVersion,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toDraft(Attributes!);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const current = await requireDraft(db, id);
    throw conflict('Someone saved this module since you opened it', { currentVersion: current.version, current });
  }
}

export async function getPublished(db: Db, id: string, version: number): Promise<PublishedModule | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.moduleVersion(id, version) }));
  return Item ? toPublished(Item) : null;
}

/** The latest published version of a module, or null when it has none or was retired. */
export async function latestPublished(db: Db, id: string): Promise<PublishedModule | null> {
  const draft = await getDraft(db, id);
  if (!draft?.publishedVersion || draft.status === 'retired') return null;
  return getPublished(db, draft.id, draft.publishedVersion);
}

/**
 * Latest published versions of several modules (their drafts say which), for titles in lists. Every
 * student's home reads its class's set: cached per instance (store/read-cache.ts); callers only read
 * the map.
 */
export function latestSummaries(db: Db, ids: string[]): Promise<Map<string, ModuleSummary>> {
  const unique = [...new Set(ids)].sort();
  return readThrough(db, `summaries:${unique.join(',')}`, () => loadSummaries(db, unique));
}

async function loadSummaries(db: Db, unique: string[]): Promise<Map<string, ModuleSummary>> {
  const drafts = await batchGetAll(
    db,
    unique.map((id) => keys.moduleDraft(id)),
    { projection: 'id, publishedVersion' },
  );
  const published = drafts.filter((d) => (d.publishedVersion as number) > 0);
  const versions = await batchGetAll(
    db,
    published.map((d) => keys.moduleVersion(d.id as string, d.publishedVersion as number)),
  );
  return new Map(versions.map((item) => [item.id as string, summarize(item as PublishedModule)]));
}

/**
 * Publishing freezes the draft as the next immutable version and lists it in the catalog of each of
 * its grade bands, in one transaction conditioned on the draft not having changed meanwhile.
 */
export async function publish(db: Db, draft: ModuleDraft, at: string): Promise<PublishedModule> {
  if (draft.status === 'retired') throw ruleBroken('A retired module cannot be published again; copy it into a new module');
  const version = draft.publishedVersion + 1;
  const published: PublishedModule = { id: draft.id, version, content: draft.content, featured: draft.featured, publishedAt: at };
  const previous = draft.publishedVersion ? await getPublished(db, draft.id, draft.publishedVersion) : null;
  const droppedBands = (previous?.content.gradeBands ?? []).filter((b) => !draft.content.gradeBands.includes(b));
  const summary = summarize(published);
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.moduleVersion(draft.id, version), type: 'moduleVersion', ...published },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Update: {
              TableName: db.table,
              Key: keys.moduleDraft(draft.id),
              UpdateExpression: 'SET publishedVersion = :v, #status = :published',
              ConditionExpression: 'version = :draftVersion',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':v': version, ':published': 'published', ':draftVersion': draft.version },
            },
          },
          ...draft.content.gradeBands.map((band) => ({
            Put: { TableName: db.table, Item: { ...keys.catalogEntry(band, draft.id), type: 'catalogEntry', ...summary } },
          })),
          ...droppedBands.map((band) => ({ Delete: { TableName: db.table, Key: keys.catalogEntry(band, draft.id) } })),
        ],
      }),
    );
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) throw conflict('The module changed while publishing; reload and publish again');
    throw error;
  }
  forget(db, 'summaries:');
  return published;
}

/** Retiring hides a module from the catalog and from new assignments; old progress keeps its version. */
export async function retire(db: Db, draft: ModuleDraft): Promise<void> {
  const published = draft.publishedVersion ? await getPublished(db, draft.id, draft.publishedVersion) : null;
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.table,
            Key: keys.moduleDraft(draft.id),
            UpdateExpression: 'SET #status = :retired',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':retired': 'retired' },
          },
        },
        ...(published?.content.gradeBands ?? []).map((band) => ({ Delete: { TableName: db.table, Key: keys.catalogEntry(band, draft.id) } })),
      ],
    }),
  );
  forget(db, 'summaries:');
}

/** Marks a module featured (精品课) in its draft and in its catalog entries at once. */
export async function setFeatured(db: Db, draft: ModuleDraft, featured: boolean): Promise<void> {
  const published = draft.publishedVersion && draft.status === 'published' ? await getPublished(db, draft.id, draft.publishedVersion) : null;
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.table,
            Key: keys.moduleDraft(draft.id),
            UpdateExpression: 'SET featured = :f',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeValues: { ':f': featured },
          },
        },
        ...(published?.content.gradeBands ?? []).map((band) => ({
          Update: {
            TableName: db.table,
            Key: keys.catalogEntry(band, draft.id),
            UpdateExpression: 'SET featured = :f',
            ExpressionAttributeValues: { ':f': featured },
          },
        })),
      ],
    }),
  );
  forget(db, 'summaries:');
}

export async function catalog(db: Db, band: string): Promise<ModuleSummary[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.catalogEntry(band, '').PK },
      Limit: 500,
    }),
  );
  return (page.Items ?? []).map(toSummary);
}
