import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, transfers (转学) across counties: 清泉中学 (西吉县, 固原市) asks 星光小学 (兴庆区, 银川市) to take
 * a student; 星光小学 accepts into a class or declines. Same account and history; the enrolled counters
 * of both sides move once, also when the acceptance is sent twice at once; the student's sessions end;
 * recount agrees.
 */
let server: TestServer;
let sending: ApiClient;
let receiving: ApiClient;
const FROM = { klass: 'cls_demo_qq_7_1', school: 'sch_demo_xiji_qingquan', county: '640422', city: '640400' };
const TO = { klass: 'cls_demo_xg_5_2', school: 'sch_demo_xq_xingguang', county: '640104', city: '640100' };
const REGION = '640000';

beforeAll(async () => {
  server = await startTestServer();
  [sending, receiving] = await Promise.all([ApiClient.signedIn(server.url, 'school.demo'), ApiClient.signedIn(server.url, 'school2.demo')]);
});
afterAll(() => server.close());

const enrolled = async (unitId: string) => (await unitCounters(server.db, unitId, 'all')).enrolled ?? 0;
const enrolment = async () =>
  Object.fromEntries(await Promise.all([...Object.values(FROM), ...Object.values(TO), REGION].map(async (id) => [id, await enrolled(id)] as const)));
const ask = (studentId: string, key: string) =>
  sending.post(`/api/schools/${FROM.school}/transfers`, { studentId, toSchoolId: TO.school }, { 'idempotency-key': key });

describe('a transfer to a school of another county', () => {
  it('is asked once, seen by both schools, accepted once under a double send, and moves the student with every counter', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    const me = (await student.get('/api/me')).body.user as { id: string; orgId: string };
    const before = await enrolment();

    const asked = await ask(me.id, 'transfer-xiaoming-1');
    expect(asked.status).toBe(201);
    expect((await ask(me.id, 'transfer-xiaoming-1')).body.transfer.id).toBe(asked.body.transfer.id);
    expect((await ask(me.id, 'transfer-xiaoming-2')).status).toBe(409);
    const id = asked.body.transfer.id as string;

    expect((await sending.get(`/api/schools/${FROM.school}/transfers`)).body.outgoing.map((t: { id: string }) => t.id)).toEqual([id]);
    const incoming = (await receiving.get(`/api/schools/${TO.school}/transfers`)).body.incoming;
    expect(incoming).toEqual([expect.objectContaining({ id, status: 'pending', studentName: '小明（演示）' })]);

    const accepts = await Promise.all([
      receiving.post(`/api/schools/${TO.school}/transfers/${id}/accept`, { classId: TO.klass }),
      receiving.post(`/api/schools/${TO.school}/transfers/${id}/accept`, { classId: TO.klass }),
    ]);
    expect(accepts.map((r) => r.status).sort()).toSatisfy((statuses: number[]) => statuses[0] === 200 && [200, 409].includes(statuses[1]!));

    const after = await enrolment();
    for (const unit of Object.values(FROM)) expect(after[unit], unit).toBe(before[unit]! - 1);
    for (const unit of Object.values(TO)) expect(after[unit], unit).toBe(before[unit]! + 1);
    expect(after[REGION]).toBe(before[REGION]);

    expect((await student.get('/api/me')).status).toBe(401);
    const again = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await again.get('/api/me')).body.user).toMatchObject({ id: me.id, orgId: TO.klass, grade: 5 });
    expect((await sending.get(`/api/schools/${FROM.school}/transfers`)).body.outgoing[0]).toMatchObject({ id, status: 'accepted', toClassId: TO.klass });
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('can be declined: the student stays, and may be asked for again', async () => {
    const students = (await sending.get(`/api/classes/${FROM.klass}/students`)).body.students as { id: string }[];
    const studentId = students[0]!.id;
    const before = await enrolment();
    const id = (await ask(studentId, 'transfer-decline-1')).body.transfer.id as string;
    const declined = await receiving.post(`/api/schools/${TO.school}/transfers/${id}/decline`);
    expect(declined.body.transfer.status).toBe('declined');
    expect((await receiving.post(`/api/schools/${TO.school}/transfers/${id}/accept`, { classId: TO.klass })).status).toBe(409);
    expect(await enrolment()).toEqual(before);
    expect((await ask(studentId, 'transfer-decline-2')).status).toBe(201);
  });

  it('refuses a school’s own students to itself, a unit that is not a school, a class of another school, and other schools’ transfers', async () => {
    const studentId = ((await sending.get(`/api/classes/${FROM.klass}/students`)).body.students as { id: string }[])[1]!.id;
    const own = await sending.post(`/api/schools/${FROM.school}/transfers`, { studentId, toSchoolId: FROM.school });
    expect(own.body.error.details[0].code).toBe('same_school');
    const toClass = await sending.post(`/api/schools/${FROM.school}/transfers`, { studentId, toSchoolId: TO.klass });
    expect(toClass.body.error.details[0].code).toBe('not_a_school');

    const id = (await ask(studentId, 'transfer-wrong-class')).body.transfer.id as string;
    const wrongClass = await receiving.post(`/api/schools/${TO.school}/transfers/${id}/accept`, { classId: FROM.klass });
    expect(wrongClass.body.error.details[0].code).toBe('not_school_class');
    // The sending school cannot answer its own request.
    expect((await sending.post(`/api/schools/${TO.school}/transfers/${id}/decline`)).status).toBe(403);
  });

  it('can be withdrawn by the sending school before an answer, once, and then not accepted', async () => {
    const studentId = ((await sending.get(`/api/classes/${FROM.klass}/students`)).body.students as { id: string }[])[2]!.id;
    const before = await enrolment();
    const id = (await ask(studentId, 'transfer-withdraw-1')).body.transfer.id as string;
    // Only the school that asked withdraws it.
    expect((await receiving.post(`/api/schools/${TO.school}/transfers/${id}/cancel`)).status).toBe(404);
    const withdrawn = await Promise.all([1, 2].map(() => sending.post(`/api/schools/${FROM.school}/transfers/${id}/cancel`)));
    expect(withdrawn.map((r) => r.status).sort()).toSatisfy((statuses: number[]) => statuses[0] === 200 && [200, 409].includes(statuses[1]!));
    expect((await receiving.get(`/api/schools/${TO.school}/transfers`)).body.incoming.find((t: { id: string }) => t.id === id).status).toBe('cancelled');
    expect((await receiving.post(`/api/schools/${TO.school}/transfers/${id}/accept`, { classId: TO.klass })).status).toBe(409);
    expect(await enrolment()).toEqual(before);
    expect((await ask(studentId, 'transfer-withdraw-2')).status).toBe(201);
  });
});
