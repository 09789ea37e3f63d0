import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { notFound } from '../domain/errors.js';
import { Quiz } from '../domain/quizzes/quiz.js';
import { pathIds } from '../domain/org/units.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';
import { forget, readThrough } from './read-cache.js';

/** Platform quizzes (editors') belong to no region: every student may take them. */
export const PLATFORM_UNIT = 'platform';

const strip = decoder('quiz', Quiz);

export async function createQuiz(db: Db, quiz: Quiz): Promise<'created' | 'exists'> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.quiz(quiz.id), GSI1PK: keys.quizzesOfUnit(quiz.unitId), GSI1SK: keys.listedAt(quiz.createdAt, quiz.id), type: 'quiz', ...quiz },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    forget(db, `quiz:${quiz.id}`);
    return 'created';
  } catch (error) {
    if (isConditionFailure(error)) return 'exists';
    throw error;
  }
}

/** Quizzes never change once created (store/read-cache.ts): every start and submission reads one. */
export function getQuiz(db: Db, id: string): Promise<Quiz | null> {
  return readThrough(db, `quiz:${id}`, async () => {
    const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.quiz(id) }));
    return Item ? strip(Item) : null;
  });
}

export async function requireQuiz(db: Db, id: string): Promise<Quiz> {
  const quiz = await getQuiz(db, id);
  if (!quiz) throw notFound('Quiz');
  return quiz;
}

export async function quizzesOfUnit(db: Db, unitId: string): Promise<Quiz[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.quizzesOfUnit(unitId) },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return (page.Items ?? []).map(strip);
}

/** Quizzes a unit's students may take: the platform's and those of the bureau levels above it. */
export async function quizzesReaching(db: Db, path: string): Promise<Quiz[]> {
  const lists = await Promise.all([PLATFORM_UNIT, ...pathIds(path).slice(0, 3)].map((id) => quizzesOfUnit(db, id)));
  return lists.flat();
}
