import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DEMO = [
  'region.demo',
  'city.demo',
  'county.demo',
  'county2.demo',
  'school.demo',
  'teacher.demo',
  'student.demo',
  'school2.demo',
  'teacher2.demo',
  'student2.demo',
  'editor.demo',
  'judge.demo',
];

describe('accounts and sessions', () => {
  it('answers health', async () => {
    const reply = await new ApiClient(server.url).get('/api/health');
    expect(reply).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('signs in every demo account with an HttpOnly SameSite=Strict session cookie', async () => {
    for (const username of DEMO) {
      const client = new ApiClient(server.url);
      const login = await client.post('/api/auth/login', { username, password: 'clearcampus-demo' });
      expect(login.status, username).toBe(200);
      expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/);
      expect(login.headers.get('set-cookie')).toMatch(/SameSite=Strict/);
      expect(login.body.user).not.toHaveProperty('passwordHash');
      const me = await client.get('/api/me');
      expect(me.body.user.username).toBe(username);
    }
  });

  it('answers 401 without a session and after sign-out', async () => {
    const client = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('refuses a state-changing request without the X-Requested-With header', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'student.demo', password: 'clearcampus-demo' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('rejects unknown keys with one detail per bad field', async () => {
    const reply = await new ApiClient(server.url).post('/api/auth/login', { username: 'a', password: '', extra: 1 });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('validation');
    const paths = reply.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['password', 'extra']));
  });

  it('delays a username after 5 failures from one address, with Retry-After', async () => {
    const client = new ApiClient(server.url);
    for (let i = 0; i < 5; i++) expect((await client.post('/api/auth/login', { username: 'judge.demo', password: 'wrong-password' })).status).toBe(401);
    const blocked = await client.post('/api/auth/login', { username: 'judge.demo', password: 'clearcampus-demo' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(20);
    // Another account from the same address is not delayed by that.
    expect((await client.post('/api/auth/login', { username: 'editor.demo', password: 'clearcampus-demo' })).status).toBe(200);
  });

  it('gives a new teacher a one-time password that must be changed at first sign-in', async () => {
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const created = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: '新老师', username: 'new.teacher' });
    expect(created.status).toBe(201);
    const teacher = await ApiClient.signedIn(server.url, 'new.teacher', created.body.oneTimePassword);
    expect((await teacher.get('/api/me')).body.user.mustChangePassword).toBe(true);
    const blocked = await teacher.get('/api/me/classes');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.reason).toBe('password_change_required');
    const weak = await teacher.post('/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: 'short' });
    expect(weak.status).toBe(400);
    const changed = await teacher.post('/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: 'a-better-passphrase' });
    expect(changed.status).toBe(200);
    expect((await teacher.get('/api/me/classes')).status).toBe(200);
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: 'new.teacher', password: created.body.oneTimePassword })).status).toBe(401);
    await ApiClient.signedIn(server.url, 'new.teacher', 'a-better-passphrase');
  });

  it('refuses a duplicate username with 409 and changes nothing', async () => {
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const reply = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: 'X', username: 'teacher.demo' });
    expect(reply.status).toBe(409);
    const teachers = await admin.get('/api/schools/sch_demo_xiji_qingquan/teachers');
    expect(teachers.body.users.filter((u: { username: string }) => u.username === 'teacher.demo')).toHaveLength(1);
  });
});
