import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound } from '../domain/errors.js';
import { Question } from '../domain/questions/schemas.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { cancellationReasons } from './errors.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';
import { forget, readThrough } from './read-cache.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';

const toQuestion = decoder('question', Question);
/** A pool entry carries the question's content only: what a draw needs. */
const toPoolEntry = decoder('question pool entry', Question.pick({ id: true, content: true }));

/**
 * An active question is listed in one small pool item per (band, topic) it has: a draw reads just
 * its pool. Retiring removes its entries; the question item stays (attempts keep frozen copies).
 */
function poolItems(question: Question) {
  if (question.status !== 'active') return [];
  return question.content.gradeBands.flatMap((band) =>
    question.content.topics.map((topic) => ({
      PK: keys.questionPool(band, topic),
      SK: question.id,
      type: 'questionPoolEntry',
      id: question.id,
      content: question.content,
    })),
  );
}

/** Writes a question and its pool entries in one transaction, conditioned on the version read. */
export async function putQuestion(db: Db, question: Question, previous: Question | null): Promise<void> {
  const pools = poolItems(question);
  const stale = previous ? poolItems(previous).filter((old) => !pools.some((p) => p.PK === old.PK)) : [];
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.question(question.id),
                GSI1PK: keys.questionList(),
                GSI1SK: keys.listedAt(question.createdAt, question.id),
                type: 'question',
                ...question,
              },
              ConditionExpression: previous ? 'version = :v' : 'attribute_not_exists(PK)',
              ...(previous ? { ExpressionAttributeValues: { ':v': previous.version } } : {}),
            },
          },
          ...pools.map((Item) => ({ Put: { TableName: db.table, Item } })),
          ...stale.map((p) => ({ Delete: { TableName: db.table, Key: { PK: p.PK, SK: p.SK } } })),
        ],
      }),
    );
    forget(db, 'pool:');
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed')
      throw conflict('Someone changed this question meanwhile', { currentVersion: (await getQuestion(db, question.id))?.version ?? null });
    throw error;
  }
}

export async function getQuestion(db: Db, id: string): Promise<Question | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.question(id), ConsistentRead: true }));
  return Item ? toQuestion(Item) : null;
}

export async function requireQuestion(db: Db, id: string): Promise<Question> {
  const question = await getQuestion(db, id);
  if (!question) throw notFound('Question');
  return question;
}

export async function getQuestions(db: Db, ids: string[]): Promise<Map<string, Question>> {
  const items = await batchGetAll(
    db,
    ids.map((id) => keys.question(id)),
  );
  return new Map(items.map(toQuestion).map((question) => [question.id, question]));
}

/** Active questions of one (band, topic) pool: the candidates a draw rule picks from. */
/** Every start of a drawn quiz reads its pools: cached per instance (store/read-cache.ts). */
export function questionPool(db: Db, band: string, topic: string): Promise<{ id: string; content: Question['content'] }[]> {
  return readThrough(db, `pool:${band}#${topic}`, async () => {
    const items = await queryAll(db, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.questionPool(band, topic) } });
    return items.map(toPoolEntry);
  });
}

export async function listQuestions(db: Db, cursor?: string, limit = 200): Promise<Page<Question>> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.questionList() },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(db, cursor),
    }),
  );
  return { items: (page.Items ?? []).map(toQuestion), cursor: encodeCursor(db, page.LastEvaluatedKey) };
}

export async function retireQuestion(db: Db, question: Question, at: string): Promise<Question> {
  const retired: Question = { ...question, status: 'retired', version: question.version + 1, updatedAt: at };
  await putQuestion(db, retired, question);
  return retired;
}
