import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, teacher changes: a school admin sees who teaches a class and takes a teacher off it (a
 * teacher moves on, or the class is handed to a colleague). Access ends at once; what the teacher
 * assigned stays with the class; the same request twice changes nothing the second time.
 */
let server: TestServer;
let admin: ApiClient;
let teacher: ApiClient;
const CLASS = 'cls_demo_qq_7_1';
const TEACHER = 'u_teacher_demo';

beforeAll(async () => {
  server = await startTestServer();
  [admin, teacher] = await Promise.all([ApiClient.signedIn(server.url, 'school.demo'), ApiClient.signedIn(server.url, 'teacher.demo')]);
});
afterAll(() => server.close());

describe('taking a teacher off a class', () => {
  it('lists the class’s teachers, ends the teacher’s access at once, keeps the class’s assignments, and is idempotent', async () => {
    const before = await admin.get(`/api/classes/${CLASS}/teachers`);
    expect(before.status).toBe(200);
    expect(before.body.teachers.map((t: { id: string }) => t.id)).toEqual([TEACHER]);
    expect(before.body.teachers[0]).not.toHaveProperty('passwordHash');
    const assignments = (await teacher.get(`/api/classes/${CLASS}/assignments`)).body.assignments;
    expect(assignments.length).toBeGreaterThan(0);
    expect((await teacher.get(`/api/classes/${CLASS}/students`)).status).toBe(200);

    const [first, second] = await Promise.all([
      admin.request('DELETE', `/api/classes/${CLASS}/teachers/${TEACHER}`),
      admin.request('DELETE', `/api/classes/${CLASS}/teachers/${TEACHER}`),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.removed, second.body.removed].sort()).toEqual([false, true]);

    expect((await admin.get(`/api/classes/${CLASS}/teachers`)).body.teachers).toEqual([]);
    expect((await teacher.get('/api/me/classes')).body.classes.map((c: { classId: string }) => c.classId)).not.toContain(CLASS);
    expect((await teacher.get(`/api/classes/${CLASS}/students`)).status).toBe(403);
    expect((await admin.get(`/api/classes/${CLASS}/assignments`)).body.assignments).toEqual(assignments);

    const back = await admin.put(`/api/classes/${CLASS}/teachers/${TEACHER}`);
    expect(back.status).toBe(200);
    expect((await teacher.get(`/api/classes/${CLASS}/students`)).status).toBe(200);
  });

  it('disables a teacher who leaves: signed out everywhere at once, and what they assigned stays with the class', async () => {
    const leaving = await ApiClient.signedIn(server.url, 'teacher.demo');
    const assignments = (await admin.get(`/api/classes/${CLASS}/assignments`)).body.assignments;
    expect(assignments.length).toBeGreaterThan(0);
    expect((await admin.post(`/api/accounts/${TEACHER}/disable`)).status).toBe(200);
    expect((await leaving.get('/api/me/classes')).status).toBe(401);
    expect((await admin.get(`/api/classes/${CLASS}/assignments`)).body.assignments).toEqual(assignments);
    expect((await admin.post(`/api/accounts/${TEACHER}/enable`)).status).toBe(200);
  });

  it('refuses a unit that is not a class, and a class of another school', async () => {
    expect((await admin.get('/api/classes/sch_demo_xiji_qingquan/teachers')).status).toBe(422);
    expect((await admin.request('DELETE', `/api/classes/cls_demo_xg_5_2/teachers/${TEACHER}`)).status).toBe(403);
    expect((await (await ApiClient.signedIn(server.url, 'teacher.demo')).get(`/api/classes/${CLASS}/teachers`)).status).toBe(403);
  });
});
