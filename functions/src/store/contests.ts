import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { z } from 'zod';
import { AwardLevel, Contest, EntryContent, JudgeScore, Language, StageLevel, Submission } from '../domain/contests/schemas.js';
import { notFound } from '../domain/errors.js';
import { pathIds } from '../domain/org/units.js';
import { isAlive } from '../domain/retention/lifetimes.js';
import { batchGetAll } from './batch-get.js';
import { certificatePuts } from './certificates.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { factRecorded, factWithdrawn, schoolReachedRecorded } from './facts.js';
import { cancellationReasons, isConditionFailure, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';

const toContest = decoder('contest', Contest);

export async function createContest(db: Db, contest: Contest): Promise<'created' | 'exists'> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.contest(contest.id),
          GSI1PK: keys.contestsOfUnit(contest.unitId),
          GSI1SK: keys.listedAt(contest.createdAt, contest.id),
          type: 'contest',
          ...contest,
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

export async function getContest(db: Db, id: string): Promise<Contest | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.contest(id), ConsistentRead: true }));
  return Item ? toContest(Item) : null;
}

export async function requireContest(db: Db, id: string): Promise<Contest> {
  const contest = await getContest(db, id);
  if (!contest) throw notFound('Contest');
  return contest;
}

export async function contestsOfUnit(db: Db, unitId: string): Promise<Contest[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.contestsOfUnit(unitId) },
      ScanIndexForward: false,
      Limit: 100,
    }),
  );
  return (page.Items ?? []).map(toContest);
}

/** Contests that reach a unit at `path`: those of the bureau levels on it, one Query each. */
export async function contestsReaching(db: Db, path: string): Promise<Contest[]> {
  return (
    await Promise.all(
      pathIds(path)
        .slice(0, 3)
        .map((id) => contestsOfUnit(db, id)),
    )
  ).flat();
}

/** An entry as stored: the author's view plus who wrote it and where the entry stands. */
export const StoredEntry = z.object({
  id: z.string(),
  contestId: z.string(),
  code: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  authorPath: z.string(),
  draft: EntryContent,
  version: z.number().int(),
  updatedAt: z.string(),
  submission: Submission.nullable(),
  /** Index into the contest's stages; null while a draft. */
  stageIndex: z.number().int().nullable(),
  award: AwardLevel.nullable(),
  certificateCodes: z.array(z.string()),
});
export type StoredEntry = z.infer<typeof StoredEntry>;
const toEntry = decoder('contest entry', StoredEntry);

export async function getEntry(db: Db, contestId: string, entryId: string, nowMs: number): Promise<StoredEntry | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.entry(contestId, entryId), ConsistentRead: true }));
  return Item && isAlive(Item, nowMs) ? toEntry(Item) : null;
}

/** Entries of a contest by id, a BatchGet per 100 (consistent, as awards read what was just written). */
export async function getEntries(db: Db, contestId: string, ids: string[], nowMs: number): Promise<Map<string, StoredEntry>> {
  const items = await batchGetAll(
    db,
    ids.map((id) => keys.entry(contestId, id)),
    { consistentRead: true },
  );
  return new Map(
    items
      .filter((item) => isAlive(item, nowMs))
      .map(toEntry)
      .map((entry) => [entry.id, entry]),
  );
}

/**
 * Saves a draft if the author read the current version (0: there is none yet) and it is not
 * submitted. 'stale' means someone else's save (another tab, another device) came first.
 * `expiresAt`: a draft never submitted is deleted by TTL (domain/retention/lifetimes.ts).
 */
export async function saveDraft(db: Db, entry: StoredEntry, readVersion: number, expiresAt: number): Promise<'saved' | 'stale'> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.entry(entry.contestId, entry.id), type: 'entry', ...entry, version: readVersion + 1, expiresAt },
        ConditionExpression: readVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v AND submission = :none',
        ...(readVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': readVersion, ':none': null } }),
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'stale';
    throw error;
  }
}

/** Who runs a stage at one unit: the judges of its panel, or a school's reviewers; and how many it sent on. */
export interface StageUnitState {
  panel: string[];
  reviewers: string[];
  advanced: number;
}

export async function getStageUnit(db: Db, contestId: string, level: StageLevel, unitId: string): Promise<StageUnitState> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.stageUnit(contestId, level, unitId), ConsistentRead: true }));
  return { panel: (Item?.panel as string[]) ?? [], reviewers: (Item?.reviewers as string[]) ?? [], advanced: (Item?.advanced as number) ?? 0 };
}

export async function setStageUnitPeople(
  db: Db,
  contestId: string,
  level: StageLevel,
  unitId: string,
  field: 'panel' | 'reviewers',
  ids: string[],
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.stageUnit(contestId, level, unitId),
      UpdateExpression: 'SET #field = :ids, #type = :type',
      ExpressionAttributeNames: { '#field': field, '#type': 'type' },
      ExpressionAttributeValues: { ':ids': ids, ':type': 'stageUnit' },
    }),
  );
}

/** An entry's place in one stage at one unit: what that stage's runners list, without reading entries. */
export const StageMember = z.object({
  entryId: z.string(),
  code: z.string(),
  title: z.string(),
  language: Language,
  length: z.number().int(),
  submittedAt: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  authorPath: z.string(),
  advanced: z.boolean(),
});
export type StageMember = z.infer<typeof StageMember>;
const toStageMember = decoder('stage member', StageMember);

export async function stageMembers(db: Db, contestId: string, level: StageLevel, unitId: string): Promise<StageMember[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.contest(contestId).PK, ':sk': keys.stageMembersOfUnit(level, unitId) },
    ConsistentRead: true,
  });
  return items.map(toStageMember);
}

function memberOf(entry: StoredEntry, submission: Submission): StageMember {
  return {
    entryId: entry.id,
    code: entry.code,
    title: submission.title,
    language: submission.language,
    length: submission.length,
    submittedAt: submission.submittedAt,
    authorId: entry.authorId,
    authorName: entry.authorName,
    authorPath: entry.authorPath,
    advanced: false,
  };
}

const scopeOf = (contestId: string) => `contest:${contestId}`;

/** A fact under the author that moves the contest's counters at every unit on the author's path. */
function factWrites(db: Db, entry: StoredEntry, metric: 'submitted' | 'advanced' | 'awarded', delta: 1 | -1, at: string) {
  const fact = { key: keys.fact(entry.authorId, scopeOf(entry.contestId), metric), path: entry.authorPath, scope: scopeOf(entry.contestId), at };
  return delta === 1
    ? factRecorded(db, { ...fact, attributes: { authorId: entry.authorId, metric } }, { [metric]: 1 })
    : factWithdrawn(db, fact, { [metric]: 1 });
}

export async function schoolHasEntry(db: Db, contestId: string, schoolId: string): Promise<boolean> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.schoolFact(scopeOf(contestId), 'schoolsReached', schoolId), ConsistentRead: true }),
  );
  return !!Item;
}

async function transact(db: Db, items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>): Promise<'done' | 'stale'> {
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })));
    return 'done';
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return 'stale';
    throw error;
  }
}

/**
 * Submits: the immutable copy, the entry's place in the first stage, a pending similarity check, the
 * submitted fact with its counters (and the school's first-entry fact), all or nothing. Conditioned
 * on the version read and on no submission, so a replay moves nothing.
 */
export async function submitEntry(
  db: Db,
  entry: StoredEntry,
  submission: Submission,
  firstLevel: StageLevel,
  firstUnitId: string,
  reachesSchool: boolean,
): Promise<'done' | 'stale'> {
  return transact(db, [
    {
      Update: {
        TableName: db.table,
        Key: keys.entry(entry.contestId, entry.id),
        // A submitted entry is the contest's record: it is kept, so its draft lifetime ends.
        UpdateExpression: 'SET submission = :submission, stageIndex = :zero, updatedAt = :at, GSI2PK = :pending, GSI2SK = :id REMOVE expiresAt',
        ConditionExpression: 'version = :v AND submission = :none',
        ExpressionAttributeValues: {
          ':submission': submission,
          ':zero': 0,
          ':at': submission.submittedAt,
          ':pending': keys.entriesPendingCheck(entry.contestId),
          ':id': entry.id,
          ':v': entry.version,
          ':none': null,
        },
      },
    },
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.stageMember(entry.contestId, firstLevel, firstUnitId, entry.code), type: 'stageMember', ...memberOf(entry, submission) },
      },
    },
    ...factWrites(db, entry, 'submitted', 1, submission.submittedAt),
    ...(reachesSchool ? schoolReachedRecorded(db, scopeOf(entry.contestId), entry.authorPath, submission.submittedAt) : []),
  ]);
}

/** Back to a draft while the window is open and the entry has not been sent on. */
export async function withdrawEntry(
  db: Db,
  entry: StoredEntry,
  firstLevel: StageLevel,
  firstUnitId: string,
  at: string,
  draftExpiresAt: number,
): Promise<'done' | 'stale'> {
  return transact(db, [
    {
      Update: {
        TableName: db.table,
        Key: keys.entry(entry.contestId, entry.id),
        UpdateExpression: 'SET submission = :none, stageIndex = :none, updatedAt = :at, expiresAt = :exp REMOVE GSI2PK, GSI2SK',
        ConditionExpression: 'stageIndex = :zero AND version = :v',
        ExpressionAttributeValues: { ':none': null, ':at': at, ':zero': 0, ':v': entry.version, ':exp': draftExpiresAt },
      },
    },
    {
      Delete: {
        TableName: db.table,
        Key: keys.stageMember(entry.contestId, firstLevel, firstUnitId, entry.code),
        ConditionExpression: 'advanced = :no',
        ExpressionAttributeValues: { ':no': false },
      },
    },
    ...factWrites(db, entry, 'submitted', -1, at),
  ]);
}

/** Entries whose similarity check has not finished (a crash between submission and check). */
export async function entriesPendingCheck(db: Db, contestId: string): Promise<string[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.entriesPendingCheck(contestId) },
  });
  return items.map((item) => item.GSI2SK as string);
}

export async function markChecked(db: Db, contestId: string, entryId: string): Promise<void> {
  await db.doc.send(new UpdateCommand({ TableName: db.table, Key: keys.entry(contestId, entryId), UpdateExpression: 'REMOVE GSI2PK, GSI2SK' }));
}

/**
 * Sends an entry on from stage `fromIndex` at `unitId`: the entry moves up, it joins the next stage's
 * unit (none after the final stage), the stage unit's count rises while under its quota, and an
 * entry's first advance is counted for coverage. Conditioned on where the entry is, so twice is once.
 */
export async function advanceEntry(
  db: Db,
  entry: StoredEntry,
  from: { index: number; level: StageLevel; unitId: string; quota: number },
  next: { level: StageLevel; unitId: string } | null,
  at: string,
): Promise<'done' | 'stale'> {
  const submission = entry.submission!;
  return transact(db, [
    {
      Update: {
        TableName: db.table,
        Key: keys.entry(entry.contestId, entry.id),
        UpdateExpression: 'SET stageIndex = :next',
        ConditionExpression: 'stageIndex = :from',
        ExpressionAttributeValues: { ':next': from.index + 1, ':from': from.index },
      },
    },
    {
      Update: {
        TableName: db.table,
        Key: keys.stageUnit(entry.contestId, from.level, from.unitId),
        UpdateExpression: 'ADD advanced :one SET #type = :type',
        ConditionExpression: 'attribute_not_exists(advanced) OR advanced < :quota',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':quota': from.quota, ':type': 'stageUnit' },
      },
    },
    {
      Update: {
        TableName: db.table,
        Key: keys.stageMember(entry.contestId, from.level, from.unitId, entry.code),
        UpdateExpression: 'SET advanced = :yes',
        ExpressionAttributeValues: { ':yes': true },
      },
    },
    ...(next
      ? [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.stageMember(entry.contestId, next.level, next.unitId, entry.code), type: 'stageMember', ...memberOf(entry, submission) },
            },
          },
        ]
      : []),
    ...(from.index === 0 ? factWrites(db, entry, 'advanced', 1, at) : []),
  ]);
}

/** A judge's task and score for one entry at one stage. */
export const Judging = z.object({
  contestId: z.string(),
  level: StageLevel,
  unitId: z.string(),
  entryId: z.string(),
  code: z.string(),
  title: z.string(),
  judgeId: z.string(),
  score: JudgeScore.nullable(),
});
export type Judging = z.infer<typeof Judging>;
const toJudging = decoder('judging', Judging);

export async function judgingsOfStageUnit(db: Db, contestId: string, level: StageLevel, unitId: string): Promise<Judging[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': keys.contest(contestId).PK, ':sk': keys.judgingOfStageUnit(level, unitId) },
    ConsistentRead: true,
  });
  return items.map(toJudging);
}

/** New assignments only: an existing one (and its score) is never replaced. */
export async function assignJudging(db: Db, judging: Omit<Judging, 'score'>): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.judging(judging.contestId, judging.level, judging.unitId, judging.entryId, judging.judgeId),
          GSI1PK: keys.judgeTasks(judging.judgeId),
          GSI1SK: keys.judgeTaskOrder(judging.contestId, judging.level, judging.code),
          type: 'judging',
          ...judging,
          score: null,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

export async function judgeTasks(db: Db, judgeId: string): Promise<Judging[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.judgeTasks(judgeId) },
  });
  return items.map(toJudging);
}

/** The judge's tasks for an entry of a contest, one per stage judged (the judge's own list is short). */
export async function findJudgings(db: Db, judgeId: string, contestId: string, code: string): Promise<Judging[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :contest)',
    ExpressionAttributeValues: { ':pk': keys.judgeTasks(judgeId), ':contest': keys.judgeTasksOfContest(contestId) },
  });
  return items.map(toJudging).filter((task) => task.code === code);
}

export async function saveScore(db: Db, judging: Judging, score: JudgeScore): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.judging(judging.contestId, judging.level, judging.unitId, judging.entryId, judging.judgeId),
      UpdateExpression: 'SET score = :score',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':score': score },
    }),
  );
}

/** Fixes the award counts once: a second call with other counts is refused by the caller. */
export async function lockAwardCounts(db: Db, contestId: string, counts: Record<AwardLevel, number>): Promise<Record<AwardLevel, number>> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.contest(contestId),
        UpdateExpression: 'SET awardCounts = :counts',
        ConditionExpression: 'attribute_not_exists(awardCounts)',
        ExpressionAttributeValues: { ':counts': counts },
      }),
    );
    return counts;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.contest(contestId), ConsistentRead: true }));
    return Item!.awardCounts as Record<AwardLevel, number>;
  }
}

/** One award: the level on the entry, the awarded fact with its counters, and its certificates. */
export async function awardEntry(db: Db, entry: StoredEntry, award: AwardLevel, certificates: StoredCertificate[], at: string): Promise<'done' | 'stale'> {
  return transact(db, [
    {
      Update: {
        TableName: db.table,
        Key: keys.entry(entry.contestId, entry.id),
        UpdateExpression: 'SET award = :award, certificateCodes = :codes',
        ConditionExpression: 'award = :none',
        ExpressionAttributeValues: { ':award': award, ':codes': certificates.map((c) => c.code), ':none': null },
      },
    },
    ...factWrites(db, entry, 'awarded', 1, at),
    ...certificates.flatMap((certificate) => certificatePuts(db, certificate)),
  ]);
}

export async function finishAwards(db: Db, contestId: string, at: string): Promise<void> {
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.contest(contestId),
        UpdateExpression: 'SET awardedAt = :at',
        ConditionExpression: 'awardedAt = :none',
        ExpressionAttributeValues: { ':at': at, ':none': null },
      }),
    )
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}
