import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES_PER_PAIR, MAX_FAILURES_PER_ADDRESS } from '../../functions/src/domain/accounts/throttle.js';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { ApiClient } from '../support/client.js';
import { loginFrom, requestFrom } from '../support/from-address.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Sign-in and sessions as an attacker and a crowd use them: bursts of parallel requests, many
 * addresses, replayed cookies. Each test plays its own loopback addresses so the per-address budget
 * of one does not leak into another.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const statuses = (replies: { status: number }[]) =>
  replies.reduce<Record<number, number>>((count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }), {});

async function inBatches<T>(count: number, size: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size)
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => work(start + k)))));
  return out;
}

describe('sign-in throttling', () => {
  it('checks no more than the free attempts of a burst of 40 parallel wrong passwords for one account', async () => {
    const replies = await Promise.all(Array.from({ length: 40 }, () => loginFrom('127.0.0.11', server.url, 'demo.qq71.3', 'wrong-password')));
    const counted = statuses(replies);
    expect(counted[401] ?? 0).toBeLessThanOrEqual(FREE_FAILURES_PER_PAIR);
    expect((counted[401] ?? 0) + (counted[429] ?? 0)).toBe(40);
    const refused = replies.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.error.reason).toBe('account_delayed');
    expect(refused.body.error.message).toMatch(/teacher/);
  });

  it('stops spraying many usernames from one address at the address limit, even in parallel', async () => {
    const replies = await inBatches(MAX_FAILURES_PER_ADDRESS + 50, 12, (i) =>
      loginFrom('127.0.0.12', server.url, `6404229${String(i).padStart(5, '0')}`, 'guess-1234'),
    );
    const counted = statuses(replies);
    expect(counted[401]).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
    expect(counted[429]).toBeGreaterThanOrEqual(50);
    expect(replies.filter((r) => r.status === 429).every((r) => r.body.error.reason === 'network_limited')).toBe(true);
    // The room next door is a different address and signs in as usual.
    expect((await loginFrom('127.0.0.13', server.url, 'student.demo', DEMO_PASSWORD)).status).toBe(200);
  });

  it('lets the owner in from elsewhere while a classmate guesses, and the teacher can unlock', async () => {
    const room = '127.0.0.14';
    for (let i = 0; i < FREE_FAILURES_PER_PAIR + 3; i++) await loginFrom(room, server.url, 'student.demo', `wrong-${i}`);
    // The owner at home is not locked out by guesses made in the computer room.
    expect((await loginFrom('127.0.0.15', server.url, 'student.demo', DEMO_PASSWORD)).status).toBe(200);
    // In the same room the owner waits, and is told to ask the teacher.
    const delayed = await loginFrom(room, server.url, 'student.demo', DEMO_PASSWORD);
    expect(delayed.status).toBe(429);
    expect(delayed.body.error.message).toMatch(/ask your teacher/);
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await teacher.post('/api/accounts/u_student_demo/unlock')).status).toBe(204);
    expect((await loginFrom(room, server.url, 'student.demo', DEMO_PASSWORD)).status).toBe(200);
    // Another school's teacher may not unlock this student.
    const stranger = await ApiClient.signedIn(server.url, 'teacher2.demo');
    expect((await stranger.post('/api/accounts/u_student_demo/unlock')).status).toBe(403);
  });

  it('lifts the delays with a password reset too', async () => {
    const room = '127.0.0.16';
    for (let i = 0; i < FREE_FAILURES_PER_PAIR + 1; i++) await loginFrom(room, server.url, 'demo.qq71.1', `wrong-${i}`);
    expect((await loginFrom(room, server.url, 'demo.qq71.1', 'anything-at-all')).status).toBe(429);
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const reset = await teacher.post('/api/accounts/u_demo_qq_7_1_1/password-reset');
    expect(reset.status).toBe(200);
    expect((await loginFrom(room, server.url, 'demo.qq71.1', reset.body.oneTimePassword)).status).toBe(200);
  });

  it('answers a flood of unknown-user sign-ins with fast 503s instead of queueing every hash', async () => {
    const replies = await Promise.all(Array.from({ length: 150 }, (_, i) => loginFrom(`127.0.1.${(i % 250) + 1}`, server.url, `nobody.${i}`, 'some-password')));
    const counted = statuses(replies);
    expect((counted[401] ?? 0) + (counted[503] ?? 0)).toBe(150);
    expect(counted[503]).toBeGreaterThan(0);
    const busy = replies.find((r) => r.status === 503)!;
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(busy.body.error.code).toBe('unavailable');
    expect((await loginFrom('127.0.0.17', server.url, 'teacher.demo', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('password policy and password change', () => {
  it('refuses common passwords, blank ones and the username, and changes nothing', async () => {
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const created = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: '王老师', username: 'policy.teacher' });
    const teacher = await ApiClient.signedIn(server.url, 'policy.teacher', created.body.oneTimePassword);
    for (const weak of ['12345678', 'password', '        ', 'policy.teacher', 'Policy.Teacher1']) {
      const reply = await teacher.post('/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: weak });
      expect(reply.status, weak).toBe(422);
      expect(reply.body.error.details[0].path).toBe('newPassword');
    }
    expect((await ApiClient.signedIn(server.url, 'policy.teacher', created.body.oneTimePassword)).cookie).not.toBe('');
  });

  it('throttles wrong current passwords like sign-in', async () => {
    const student = await ApiClient.signedIn(server.url, 'student2.demo');
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => student.post('/api/auth/password', { currentPassword: 'not-my-password', newPassword: 'a-better-passphrase' })),
    );
    const counted = statuses(replies);
    expect(counted[422] ?? 0).toBeLessThanOrEqual(FREE_FAILURES_PER_PAIR);
    expect(counted[429]).toBeGreaterThan(0);
  });
});

describe('sessions that can be revoked', () => {
  it('ends the session on sign-out: the old cookie replayed is refused', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    const cookie = student.cookie;
    const other = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await student.post('/api/auth/logout')).status).toBe(204);
    const replay = new ApiClient(server.url);
    replay.cookie = cookie;
    expect((await replay.get('/api/me')).status).toBe(401);
    // Signing out on one device leaves the others signed in.
    expect((await other.get('/api/me')).status).toBe(200);
  });

  it('signs in the same account in parallel from one address (two tabs, or a retried request)', async () => {
    const replies = await Promise.all(Array.from({ length: 4 }, () => loginFrom('127.0.0.19', server.url, 'school2.demo', DEMO_PASSWORD)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('ends every session on sign-out everywhere', async () => {
    const [a, b] = await Promise.all([ApiClient.signedIn(server.url, 'city.demo'), ApiClient.signedIn(server.url, 'city.demo')]);
    expect((await a.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await b.get('/api/me')).status).toBe(401);
    const replay = new ApiClient(server.url);
    replay.cookie = b.cookie;
    expect((await replay.get('/api/units/640400')).status).toBe(401);
    expect((await (await ApiClient.signedIn(server.url, 'city.demo')).get('/api/me')).status).toBe(200);
  });

  it('ends the other sessions when the password changes, and keeps the one that changed it', async () => {
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const created = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: '赵老师', username: 'rotate.teacher' });
    const phone = await ApiClient.signedIn(server.url, 'rotate.teacher', created.body.oneTimePassword);
    const laptop = await ApiClient.signedIn(server.url, 'rotate.teacher', created.body.oneTimePassword);
    const changed = await laptop.post('/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: 'river stone lamp' });
    expect(changed.status).toBe(200);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me/classes')).status).toBe(200);
  });

  it('ends the student’s sessions when the teacher resets the password', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await teacher.post('/api/accounts/u_student_demo/password-reset')).status).toBe(200);
    expect((await student.get('/api/me/tasks')).status).toBe(401);
  });

  it('ends the sessions of a disabled account and refuses its sign-in until enabled', async () => {
    const teacherOfClass = await ApiClient.signedIn(server.url, 'teacher.demo');
    const reset = await teacherOfClass.post('/api/accounts/u_demo_qq_7_1_4/password-reset');
    const student = await ApiClient.signedIn(server.url, 'demo.qq71.4', reset.body.oneTimePassword);
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    const disabled = await admin.post('/api/accounts/u_demo_qq_7_1_4/disable');
    expect(disabled.status).toBe(200);
    expect(disabled.body.user.disabled).toBe(true);
    expect((await student.get('/api/me')).status).toBe(401);
    const refused = await new ApiClient(server.url).post('/api/auth/login', { username: 'demo.qq71.4', password: reset.body.oneTimePassword });
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe('account_disabled');
    expect((await admin.post('/api/accounts/u_demo_qq_7_1_4/enable')).status).toBe(200);
    expect((await ApiClient.signedIn(server.url, 'demo.qq71.4', reset.body.oneTimePassword)).cookie).not.toBe('');
    expect((await (await ApiClient.signedIn(server.url, 'county.demo')).post('/api/accounts/u_demo_qq_7_1_4/disable')).status).toBe(403);
  });

  it('keeps a revoked session out for every kind of request, not only /api/me', async () => {
    const bureau = await ApiClient.signedIn(server.url, 'county.demo');
    const cookie = bureau.cookie;
    await bureau.post('/api/auth/logout');
    for (const path of ['/api/units/640422', '/api/coverage?unit=640422', '/api/me']) {
      const reply = await requestFrom('127.0.0.18', `${server.url}${path}`, 'GET', undefined, cookie);
      expect(reply.status, path).toBe(401);
    }
  });
});
