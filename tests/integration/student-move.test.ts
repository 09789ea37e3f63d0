import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, a move within the school: the school admin puts a student in another class. Same
 * account, same history; the enrolled counters of the two classes move exactly once (also when the
 * move is sent twice at once); the student's sessions end, so the new class applies at once; recount
 * agrees. A move to another school is a transfer and is refused here.
 */
let server: TestServer;
let admin: ApiClient;
const FROM = 'cls_demo_qq_7_1';
const TO = 'cls_demo_qq_8_2';
const SCHOOL = 'sch_demo_xiji_qingquan';

beforeAll(async () => {
  server = await startTestServer();
  admin = await ApiClient.signedIn(server.url, 'school.demo');
});
afterAll(() => server.close());

const enrolled = async (unitId: string) => (await unitCounters(server.db, unitId, 'all')).enrolled ?? 0;
const studentsOf = async (classId: string) => (await admin.get(`/api/classes/${classId}/students`)).body.students as { id: string; studentNumber?: string }[];

describe('moving a student to another class of the school', () => {
  it('moves once under a double send, ends the student’s sessions, keeps the history, and recount agrees', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    const me = (await student.get('/api/me')).body.user as { id: string; orgId: string; studentNumber?: string };
    expect(me.orgId).toBe(FROM);
    const progressBefore = (await student.get('/api/me/tasks')).status;
    const before = { from: await enrolled(FROM), to: await enrolled(TO), school: await enrolled(SCHOOL) };

    const replies = await Promise.all([
      admin.post(`/api/accounts/${me.id}/class`, { classId: TO }),
      admin.post(`/api/accounts/${me.id}/class`, { classId: TO }),
    ]);
    expect(replies.map((r) => r.status).sort()).toSatisfy((statuses: number[]) => statuses[0] === 200 && [200, 409].includes(statuses[1]!));
    const moved = replies.find((r) => r.status === 200)!.body.user;
    expect(moved).toMatchObject({ id: me.id, orgId: TO, grade: 8 });

    expect({ from: await enrolled(FROM), to: await enrolled(TO), school: await enrolled(SCHOOL) }).toEqual({
      from: before.from - 1,
      to: before.to + 1,
      school: before.school,
    });
    expect((await student.get('/api/me')).status).toBe(401);
    const again = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await again.get('/api/me')).body.user).toMatchObject({ id: me.id, orgId: TO, grade: 8 });
    expect((await again.get('/api/me/tasks')).status).toBe(progressBefore);

    expect((await studentsOf(FROM)).map((s) => s.id)).not.toContain(me.id);
    expect((await studentsOf(TO)).find((s) => s.id === me.id)?.studentNumber).toBe(me.studentNumber);
    const teacherOfOldClass = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await teacherOfOldClass.post(`/api/accounts/${me.id}/unlock`)).status).toBe(403);

    // The same move once more: the student is there already; nothing moves.
    expect((await admin.post(`/api/accounts/${me.id}/class`, { classId: TO })).status).toBe(200);
    expect(await enrolled(TO)).toBe(before.to + 1);
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('refuses a student number the class has already, changing nothing', async () => {
    const classmate = (await studentsOf(FROM)).find((s) => s.studentNumber)!;
    await server.db.doc.send(
      new PutCommand({
        TableName: server.db.table,
        Item: { ...keys.studentNumber(TO, classmate.studentNumber!), type: 'studentNumber', userId: 'u_someone_else' },
      }),
    );
    const before = { from: await enrolled(FROM), to: await enrolled(TO) };
    const refused = await admin.post(`/api/accounts/${classmate.id}/class`, { classId: TO });
    expect(refused.status).toBe(409);
    expect(refused.body.error.field).toBe('studentNumber');
    expect({ from: await enrolled(FROM), to: await enrolled(TO) }).toEqual(before);
    expect((await studentsOf(FROM)).map((s) => s.id)).toContain(classmate.id);
  });

  it('refuses another school’s class, a unit that is not a class, and anyone but the school admin', async () => {
    const someone = (await studentsOf(FROM))[0]!;
    const otherSchool = await admin.post(`/api/accounts/${someone.id}/class`, { classId: 'cls_demo_xg_5_2' });
    expect(otherSchool.status).toBe(422);
    expect(otherSchool.body.error.details[0].code).toBe('other_school');
    expect((await admin.post(`/api/accounts/${someone.id}/class`, { classId: SCHOOL })).body.error.details[0].code).toBe('not_a_class');
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await teacher.post(`/api/accounts/${someone.id}/class`, { classId: TO })).status).toBe(403);
  });
});
