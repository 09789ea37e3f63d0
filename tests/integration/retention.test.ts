import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryIdOf } from '../../functions/src/domain/contests/rules.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient } from '../support/client.js';
import { utf8BomCsv } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Personal records carry the table's TTL attribute, and reads ignore what is past it (TTL deletion is lazy). */
const DAY_S = 24 * 3600;
const YEAR_S = 365 * DAY_S;
let server: TestServer;
let student: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  student = await ApiClient.signedIn(server.url, 'student.demo');
});
afterAll(() => server.close());

const raw = async (key: { PK: string; SK: string }) =>
  (await server.db.doc.send(new GetCommand({ TableName: server.db.table, Key: key, ConsistentRead: true }))).Item!;
const nowS = () => Date.now() / 1000;
const expire = (key: { PK: string; SK: string }) =>
  server.db.doc.send(
    new UpdateCommand({
      TableName: server.db.table,
      Key: key,
      UpdateExpression: 'SET expiresAt = :past',
      ExpressionAttributeValues: { ':past': Math.floor(nowS()) - 60 },
    }),
  );

describe('retention', () => {
  it('keeps an attempt, its answers and its questions 2 years after submission', async () => {
    const attempt = (await student.post('/api/quizzes/quiz_demo_xiji_competition/attempts')).body.attempt;
    const question = attempt.questions[0];
    expect((await student.put(`/api/attempts/${attempt.id}/answers/${question.id}`, { optionIds: [question.options[0].id] })).status).toBe(200);
    const open = await raw(keys.attempt(attempt.id));
    expect(open.answers).toEqual({ [question.id]: [question.options[0].id] });
    expect(open.expiresAt).toBeCloseTo(nowS() + 2 * YEAR_S, -2);
    expect((await raw(keys.attemptQuestions(attempt.id))).expiresAt).toBeGreaterThanOrEqual(open.expiresAt as number);
    expect((await student.post(`/api/attempts/${attempt.id}/submit`)).status).toBe(200);
    const item = await raw(keys.attempt(attempt.id));
    expect(item.expiresAt).toBe(Math.floor(Date.parse(item.submittedAt as string) / 1000) + 2 * YEAR_S);

    await expire(keys.attempt(attempt.id));
    expect((await student.get(`/api/attempts/${attempt.id}`)).status).toBe(404);
  });

  it('keeps an import’s rows, sealed passwords and chunk markers 7 days', async () => {
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const csv = utf8BomCsv(['姓名,学号', '保留测试,910001']).toString('base64');
    const importId = (await teacher.post('/api/classes/cls_demo_qq_7_1/roster-imports', { fileName: 'r.csv', contentBase64: csv })).body.import.id;
    expect((await raw(keys.rosterImport('cls_demo_qq_7_1', importId))).expiresAt).toBeCloseTo(nowS() + 2 * DAY_S, -2);
    expect((await teacher.post(`/api/classes/cls_demo_qq_7_1/roster-imports/${importId}/commit`)).status).toBe(200);
    const item = await raw(keys.rosterImport('cls_demo_qq_7_1', importId));
    expect(item.sealedCredentials).toBeTruthy();
    expect(item.expiresAt).toBeCloseTo(nowS() + 7 * DAY_S, -2);
    const { Items } = await server.db.doc.send(
      new QueryCommand({
        TableName: server.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.importChunk(importId, 0).PK },
      }),
    );
    expect(Items!.map((chunk) => chunk.expiresAt)).toEqual([item.expiresAt]);

    await expire(keys.rosterImport('cls_demo_qq_7_1', importId));
    expect((await teacher.get(`/api/classes/cls_demo_qq_7_1/roster-imports/${importId}/slips`)).status).toBe(404);
  });

  it('keeps a contest draft a year after the contest closes while unsubmitted, and a submission for good', async () => {
    const contest = (await student.get('/api/contests/cnt_demo_xiji_essay')).body.contest;
    const key = keys.entry(contest.id, entryIdOf(contest.id, 'u_student_demo'));
    const text = '珍爱生命，远离毒品。'.repeat(70);
    expect((await student.put(`/api/contests/${contest.id}/entries/me`, { version: 0, content: { title: '我的征文', text, language: 'zh' } })).status).toBe(
      200,
    );
    const closesAt = Date.parse(contest.settings.closesAt) / 1000;
    expect((await raw(key)).expiresAt).toBe(Math.floor(closesAt) + YEAR_S);

    const submitted = await student.post(`/api/contests/${contest.id}/entries/me/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect((await raw(key)).expiresAt).toBeUndefined();
    expect((await student.post(`/api/contests/${contest.id}/entries/me/withdraw`)).status).toBe(200);
    expect((await raw(key)).expiresAt).toBe(Math.floor(closesAt) + YEAR_S);

    await expire(key);
    expect((await student.get(`/api/contests/${contest.id}/entries/me`)).body.entry).toBeNull();
  });
});
