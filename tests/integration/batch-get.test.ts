import { randomUUID } from 'node:crypto';
import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BATCH_GET_TRIES, batchGetAll } from '../../functions/src/store/batch-get.js';
import { batchWrite } from '../../functions/src/store/batch-write.js';
import { connect, type Db } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { keys } from '../../functions/src/store/keys.js';
import { getQuestions } from '../../functions/src/store/questions.js';
import type { QuestionContent } from '../../functions/src/domain/questions/question.js';
import { questionContents } from '../support/question-fixture.js';

/**
 * batchGetAll against the run's DynamoDB Local. Throttling cannot be provoked there, so the Db's
 * document client is wrapped: the real table answers, but only for the first half of the keys of
 * a request that `unprocessed` picks, the rest coming back in UnprocessedKeys as DynamoDB does
 * under load.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

type Key = Record<string, unknown>;

let db: Db;

/** A whole question, as the store writes one: getQuestions refuses an item without the shape of one. */
const storedQuestion = (i: number, content: QuestionContent) => ({
  id: `q_batch_${i}`,
  version: 1,
  content,
  status: 'active',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const ITEMS = 230;
const itemKey = (i: number) => keys.question(`q_batch_${i}`);

beforeAll(async () => {
  db = connect({ tableName: `batch_get_${randomUUID().slice(0, 8)}`, endpoint: inject('dynamoDbEndpoint') });
  await ensureTable(db);
  await batchWrite(
    db,
    questionContents(ITEMS).map((content, i) => ({ PutRequest: { Item: { ...itemKey(i), type: 'question', ...storedQuestion(i, content), n: i } } })),
  );
});

/** A Db whose BatchGets answer only half of a request's keys whenever `unprocessed(call)` says so. */
function throttled(unprocessed: (call: number) => boolean): { db: Db; batchGets: () => number } {
  let calls = 0;
  const real = db.doc;
  const doc = Object.create(real) as Db['doc'];
  doc.send = (async (command: unknown) => {
    if (!(command instanceof BatchGetCommand)) return real.send(command as never);
    const call = calls++;
    const request = command.input.RequestItems![db.table]!;
    const asked = request.Keys as Key[];
    if (!unprocessed(call)) return real.send(command);
    const answered = asked.slice(0, Math.floor(asked.length / 2));
    const output: BatchGetCommandOutput = answered.length
      ? await real.send(new BatchGetCommand({ RequestItems: { [db.table]: { ...request, Keys: answered } } }))
      : { $metadata: {}, Responses: { [db.table]: [] } };
    return { ...output, UnprocessedKeys: { [db.table]: { ...request, Keys: asked.slice(answered.length) } } };
  }) as Db['doc']['send'];
  return { db: { ...db, doc }, batchGets: () => calls };
}

describe('batchGetAll', () => {
  it('returns every item when the first responses leave keys unprocessed', async () => {
    const wrapped = throttled((call) => call < 3);
    const asked = [...Array.from({ length: ITEMS }, (_, i) => itemKey(i)), keys.question('q_batch_missing')];
    const items = await batchGetAll(wrapped.db, asked);
    expect(items.map((item) => item.n).sort((a, b) => (a as number) - (b as number))).toEqual(Array.from({ length: ITEMS }, (_, i) => i));
    // Three chunks of at most 100, and at least one more request for what the first answers left.
    expect(wrapped.batchGets()).toBeGreaterThan(3);
  });

  it('keeps projection and consistency on the retried keys', async () => {
    const wrapped = throttled((call) => call === 0);
    const items = await batchGetAll(wrapped.db, [itemKey(1), itemKey(2), itemKey(2), itemKey(3)], {
      consistentRead: true,
      projection: '#n',
      names: { '#n': 'n' },
    });
    expect(items).toHaveLength(3);
    expect(items.every((item) => Object.keys(item).join() === 'n')).toBe(true);
  });

  it('gives up with an error after a bounded number of tries', async () => {
    const wrapped = throttled(() => true);
    await expect(batchGetAll(wrapped.db, [itemKey(1), itemKey(2)])).rejects.toThrow(/BatchGetItem: 1 keys still unprocessed after \d+ tries/);
    expect(wrapped.batchGets()).toBe(BATCH_GET_TRIES);
  });

  it('is what the store reads several items with: no question dropped under throttling', async () => {
    const wrapped = throttled((call) => call === 0);
    const ids = Array.from({ length: 40 }, (_, i) => `q_batch_${i}`);
    const questions = await getQuestions(wrapped.db, ids);
    expect([...questions.keys()].sort()).toEqual([...ids].sort());
    expect(wrapped.batchGets()).toBe(2);
  });
});
