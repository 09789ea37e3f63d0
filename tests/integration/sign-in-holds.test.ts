import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES_PER_PAIR } from '../../functions/src/domain/accounts/throttle.js';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { ApiClient } from '../support/client.js';
import { loginFrom } from '../support/from-address.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** A teacher sees which students of the class cannot sign in for wrong passwords, and unlocks them. */
let server: TestServer;
const CLASS = 'cls_demo_qq_7_1';
const ROOM = '127.0.0.41';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('locked students on the class page', () => {
  it('lists a locked student for the class’s teacher, unlocks with an audit entry, and refuses another class’s teacher', async () => {
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await teacher.get(`/api/classes/${CLASS}/sign-in-holds`)).body.students).toEqual([]);

    for (let i = 0; i < FREE_FAILURES_PER_PAIR + 1; i++) await loginFrom(ROOM, server.url, 'student.demo', `wrong-${i}`);
    const held = await teacher.get(`/api/classes/${CLASS}/sign-in-holds`);
    expect(held.status).toBe(200);
    expect(held.body.students).toEqual([{ id: 'u_student_demo', displayName: '小明（演示）', heldSeconds: expect.any(Number) }]);
    expect(held.body.students[0].heldSeconds).toBeGreaterThan(0);

    // Another class's teacher (another school) may neither see nor unlock.
    const stranger = await ApiClient.signedIn(server.url, 'teacher2.demo');
    expect((await stranger.get(`/api/classes/${CLASS}/sign-in-holds`)).status).toBe(403);
    expect((await stranger.post('/api/accounts/u_student_demo/unlock')).status).toBe(403);
    expect((await teacher.get(`/api/classes/${CLASS}/sign-in-holds`)).body.students).toHaveLength(1);

    expect((await teacher.post('/api/accounts/u_student_demo/unlock')).status).toBe(204);
    expect((await teacher.get(`/api/classes/${CLASS}/sign-in-holds`)).body.students).toEqual([]);
    expect((await loginFrom(ROOM, server.url, 'student.demo', DEMO_PASSWORD)).status).toBe(200);

    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const entries = (await admin.get('/api/schools/sch_demo_xiji_qingquan/audit')).body.entries as { action: string; targetId: string; actorId: string }[];
    expect(entries.some((e) => e.action === 'account.unlock' && e.targetId === 'u_student_demo' && e.actorId === 'u_teacher_demo')).toBe(true);
  });
});
