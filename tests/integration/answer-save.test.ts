import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { setPassword } from '../../functions/src/store/accounts.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The answer save is one conditional update of the attempt header (issue 11, P1): the write itself
 * checks owner, question, options, status and deadline. These are the refusals it must still make,
 * each changing nothing, and the crowds it must survive.
 */
let server: TestServer;
let student: ApiClient;
let classmate: ApiClient;
type Question = { id: string; type: string; options: { id: string }[] };
let attempt: { id: string; questions: Question[] };

const header = async () =>
  (await server.db.doc.send(new GetCommand({ TableName: server.db.table, Key: keys.attempt(attempt.id), ConsistentRead: true }))).Item!;
const save = (client: ApiClient, questionId: string, optionIds: string[]) => client.put(`/api/attempts/${attempt.id}/answers/${questionId}`, { optionIds });

beforeAll(async () => {
  server = await startTestServer();
  await setPassword(server.db, 'u_demo_qq_7_1_1', await hashPassword(DEMO_PASSWORD, 'generated'), false);
  student = await ApiClient.signedIn(server.url, 'student.demo');
  classmate = await ApiClient.signedIn(server.url, 'demo.qq71.1');
  attempt = (await student.post('/api/quizzes/quiz_demo_xiji_competition/attempts')).body.attempt;
});
afterAll(() => server.close());

describe('saving an answer', () => {
  it('refuses, changing nothing, an unknown option, two options for a one-answer question, an option twice and a question not in the attempt', async () => {
    const single = attempt.questions.find((q) => q.type !== 'multiple')!;
    const before = await header();
    const replies = await Promise.all([
      save(student, single.id, ['zz']),
      save(
        student,
        single.id,
        single.options.slice(0, 2).map((o) => o.id),
      ),
      save(student, single.id, [single.options[0]!.id, single.options[0]!.id]),
      save(student, 'q_not_in_this_attempt', [single.options[0]!.id]),
    ]);
    expect(replies.map((r) => [r.status, r.body.error.code])).toEqual([
      [400, 'validation'],
      [400, 'validation'],
      [400, 'validation'],
      [404, 'not_found'],
    ]);
    expect((await header()).answers).toEqual(before.answers);
  });

  it('answers another student’s attempt as if it did not exist, and stores nothing in it', async () => {
    const question = attempt.questions[0]!;
    const reply = await save(classmate, question.id, [question.options[0]!.id]);
    expect([reply.status, reply.body.error.code]).toEqual([404, 'not_found']);
    expect((await header()).answers[question.id]).toBeUndefined();
  });

  it('keeps every one of a burst of parallel saves to different questions, and the last of repeated saves to one', async () => {
    const replies = await Promise.all(attempt.questions.map((q) => save(student, q.id, [q.options[1]!.id])));
    expect(replies.map((r) => r.status)).toEqual(attempt.questions.map(() => 200));
    const first = attempt.questions[0]!;
    for (const option of first.options) expect((await save(student, first.id, [option.id])).status).toBe(200);
    const stored = (await header()).answers as Record<string, string[]>;
    expect(stored).toEqual(Object.fromEntries(attempt.questions.map((q) => [q.id, [q === first ? first.options.at(-1)!.id : q.options[1]!.id]])));
  });

  it('scores exactly the saves acknowledged before a submit racing with them, and refuses the rest with 409', async () => {
    const replies = await Promise.all([
      ...attempt.questions.map((q) => save(student, q.id, [q.options[0]!.id]).then((r) => ({ q, r }))),
      student.post(`/api/attempts/${attempt.id}/submit`).then((r) => ({ q: null, r })),
    ]);
    const saves = replies.filter((x) => x.q !== null);
    for (const { r } of saves) expect([200, 409]).toContain(r.status);
    const view = (await student.get(`/api/attempts/${attempt.id}`)).body.attempt;
    expect(view.status).toBe('submitted');
    for (const { q, r } of saves) if (r.status === 200) expect(view.answers[q!.id]).toEqual([q!.options[0]!.id]);
    for (const { q, r } of saves)
      if (r.status === 409) expect(view.answers[q!.id]).toEqual([q!.options[q === attempt.questions[0] ? q!.options.length - 1 : 1]!.id]);
  });
});
