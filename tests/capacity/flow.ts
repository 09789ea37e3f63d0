import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { setPassword } from '../../functions/src/store/accounts.js';
import type { Db } from '../../functions/src/store/client.js';
import { ApiClient } from '../support/client.js';
import { ItemBook, partitionLoads, touchesOf, type PartitionLoad, type Participant } from './model.js';
import { record, type Call } from './recorder.js';

export const COMPETITION = 'quiz_demo_xiji_competition';
const PATH = ['640000', '640400', '640422', 'sch_demo_xiji_qingquan', 'cls_demo_qq_7_1'];

export interface SessionCost {
  calls: Call[];
  loads: PartitionLoad[];
  requests: number;
  /** Bytes the participant's items take in the table after the session. */
  storedBytes: number;
}

/**
 * One participant's competition session through the real HTTP API: sign in, the home page, start, an
 * answer to every question, submit, the reviewed result and the certificate list. A classmate takes
 * it first, so per-instance caches are as warm as on a busy day; only the second session is counted.
 */
export async function competitionSession(url: string, db: Db): Promise<SessionCost> {
  // The classmate's seeded password is unknown: give it the demo one, as a teacher's reset would.
  await setPassword(db, 'u_demo_qq_7_1_1', await hashPassword(DEMO_PASSWORD, 'generated'), false);
  const recorder = record(db);
  const warmUp = await takeCompetition(url, 'student.demo');
  const coldCalls = [...recorder.calls];
  recorder.reset();
  const { requests, attemptId } = await takeCompetition(url, 'demo.qq71.1');
  const calls = [...recorder.calls];

  const finalItems = await scanAll(db);
  const book = new ItemBook(finalItems);
  const who: Participant = { ids: ['u_demo_qq_7_1_1', 'demo.qq71.1', attemptId], path: PATH };
  const coldBook = new ItemBook(finalItems);
  const cold = {
    touches: coldCalls.flatMap((call) => touchesOf(call, coldBook)),
    who: { ids: ['u_student_demo', 'student.demo', warmUp.attemptId], path: PATH },
  };
  const loads = partitionLoads(
    calls.flatMap((call) => touchesOf(call, book)),
    who,
    cold,
  );
  const storedBytes = finalItems
    .filter((item) => who.ids.some((id) => String(item.PK).includes(id)))
    .reduce((sum, item) => sum + JSON.stringify(item).length, 0);
  return { calls, loads, requests, storedBytes };
}

async function takeCompetition(url: string, username: string): Promise<{ requests: number; attemptId: string }> {
  const student = await ApiClient.signedIn(url, username);
  let requests = 1;
  const expect = async <T>(reply: Promise<{ status: number; body: T }>, status: number[]) => {
    requests++;
    const { status: got, body } = await reply;
    if (!status.includes(got)) throw new Error(`${username}: unexpected ${got} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  await expect(student.get('/api/me'), [200]);
  await expect(student.get('/api/me/tasks'), [200]);
  const { attempt } = await expect<any>(student.post(`/api/quizzes/${COMPETITION}/attempts`), [200, 201]);
  for (const question of attempt.questions as { id: string; options: { id: string }[] }[])
    await expect(student.put(`/api/attempts/${attempt.id}/answers/${question.id}`, { optionIds: [question.options[0]!.id] }), [200]);
  await expect(student.post(`/api/attempts/${attempt.id}/submit`), [200]);
  await expect(student.get(`/api/attempts/${attempt.id}`), [200]);
  await expect(student.get('/api/me/certificates'), [200]);
  return { requests, attemptId: attempt.id as string };
}

async function scanAll(db: Db) {
  const items: Record<string, any>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await db.doc.send(new ScanCommand({ TableName: db.table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
