import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { createAccount } from '../../functions/src/store/accounts.js';
import { keys } from '../../functions/src/store/keys.js';
import { createUnit } from '../../functions/src/store/org.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SCHOOL = 'sch_demo_xiji_qingquan';
const SCHOOL_PATH = `640000/640400/640422/${SCHOOL}`;
const STUDENT = 'u_student_demo';
const SENIOR_CLASS = 'cls_consent_10_1';

let server: TestServer;
let teacher: ApiClient;
let admin: ApiClient;
const others = new Map<string, ApiClient>();

beforeAll(async () => {
  server = await startTestServer();
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  admin = await ApiClient.signedIn(server.url, 'school.demo');
  // Signed in before the switch goes on: the check is made at sign-in.
  for (const username of ['teacher2.demo', 'school2.demo', 'county.demo', 'student.demo']) others.set(username, await ApiClient.signedIn(server.url, username));
  // A grade-10 student of the same school, set up directly in the store.
  await createUnit(server.db, {
    id: SENIOR_CLASS,
    kind: 'class',
    name: { zh: '高一(1)班', en: 'Grade 10 Class 1' },
    parentId: SCHOOL,
    path: `${SCHOOL_PATH}/${SENIOR_CLASS}`,
    grade: 10,
  });
  await createAccount(server.db, {
    id: 'u_consent_senior',
    username: 'senior.consent',
    role: 'student',
    displayName: '高一学生',
    orgId: SENIOR_CLASS,
    orgPath: `${SCHOOL_PATH}/${SENIOR_CLASS}`,
    mustChangePassword: false,
    grade: 10,
    passwordHash: await hashPassword('senior-consent-pass', 'generated'),
    createdAt: new Date().toISOString(),
  });
});
afterAll(() => server.close());

const signIn = (username = 'student.demo', password = 'clearcampus-demo') => new ApiClient(server.url).post('/api/auth/login', { username, password });
const consentOf = async (userId: string) =>
  (await server.db.doc.send(new GetCommand({ TableName: server.db.table, Key: keys.account(userId), ConsistentRead: true }))).Item?.guardianConsent;
const auditActions = async () =>
  ((await admin.get(`/api/schools/${SCHOOL}/audit`)).body.entries as { action: string; targetId: string }[]).map((e) => `${e.action} ${e.targetId}`);

describe('the school’s consent switch', () => {
  it('is off by default, and only the school’s admin may read or change it', async () => {
    expect((await admin.get(`/api/schools/${SCHOOL}/settings`)).body).toEqual({ schoolId: SCHOOL, settings: { consentRequired: false } });
    expect((await signIn()).status).toBe(200);
    for (const [username, client] of [['teacher.demo', teacher] as const, ...others]) {
      expect((await client.put(`/api/schools/${SCHOOL}/settings`, { consentRequired: true })).status, username).toBe(403);
      expect((await client.get(`/api/schools/${SCHOOL}/settings`)).status, username).toBe(403);
    }
    for (const body of [{}, { consentRequired: 'yes' }, { consentRequired: true, extra: 1 }])
      expect((await admin.put(`/api/schools/${SCHOOL}/settings`, body)).status, JSON.stringify(body)).toBe(400);
    expect((await admin.get(`/api/schools/${SCHOOL}/settings`)).body.settings.consentRequired).toBe(false);
  });

  it('turned on, refuses a grade-7 student without consent, telling them to ask their teacher', async () => {
    const on = await admin.put(`/api/schools/${SCHOOL}/settings`, { consentRequired: true });
    expect(on.body).toEqual({ schoolId: SCHOOL, settings: { consentRequired: true }, changed: true });
    expect((await admin.put(`/api/schools/${SCHOOL}/settings`, { consentRequired: true })).body.changed).toBe(false);
    expect((await auditActions()).filter((a) => a === `school.consent-setting ${SCHOOL}`)).toHaveLength(1);

    const refused = await signIn();
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', reason: 'consent_required', message: expect.stringMatching(/teacher/) });
    expect(refused.headers.get('set-cookie')).toBeNull();
    // A wrong password still says only that.
    expect((await signIn('student.demo', 'wrong-password')).status).toBe(401);
  });

  it('leaves a grade-10 student and staff unaffected', async () => {
    expect((await signIn('senior.consent', 'senior-consent-pass')).status).toBe(200);
    expect((await signIn('teacher.demo')).status).toBe(200);
  });
});

describe('a guardian’s consent', () => {
  it('shows on the class roster', async () => {
    const roster = await teacher.get('/api/classes/cls_demo_qq_7_1/students');
    expect(roster.body.consentRequired).toBe(true);
    expect(roster.body.students.find((s: { id: string }) => s.id === STUDENT)).toMatchObject({ possiblyUnder14: true, guardianConsent: null });
  });

  it('refuses bad input and changes nothing', async () => {
    for (const body of [{}, { method: 'email' }, { method: 'paper', note: 'x'.repeat(201) }, { method: 'paper', extra: true }])
      expect((await teacher.post(`/api/accounts/${STUDENT}/consent`, body)).status, JSON.stringify(body)).toBe(400);
    expect((await teacher.post('/api/accounts/u_nobody/consent', { method: 'paper' })).status).toBe(404);
    expect(await consentOf(STUDENT)).toBeUndefined();
  });

  it('may not be recorded by another school’s staff, a bureau, a student, or for a teacher', async () => {
    for (const [username, client] of others) {
      expect((await client.post(`/api/accounts/${STUDENT}/consent`, { method: 'paper' })).status, username).toBe(403);
      expect((await client.request('DELETE', `/api/accounts/${STUDENT}/consent`)).status, username).toBe(403);
    }
    expect((await admin.post('/api/accounts/u_teacher_demo/consent', { method: 'paper' })).status).toBe(403);
    expect(await consentOf(STUDENT)).toBeUndefined();
  });

  it('recorded by the teacher lets the student sign in; concurrent identical requests leave one fact and one entry', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => teacher.post(`/api/accounts/${STUDENT}/consent`, { method: 'paper', note: '家长已签回执' })),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(replies.filter((r) => r.body.changed)).toHaveLength(1);
    const fact = await consentOf(STUDENT);
    expect(fact).toEqual({ recordedBy: 'u_teacher_demo', recordedAt: expect.any(String), method: 'paper', note: '家长已签回执' });
    for (const reply of replies) expect(reply.body.guardianConsent).toEqual(fact);
    expect((await auditActions()).filter((a) => a === `consent.record ${STUDENT}`)).toHaveLength(1);

    expect((await signIn()).status).toBe(200);
    const roster = await teacher.get('/api/classes/cls_demo_qq_7_1/students');
    expect(roster.body.students.find((s: { id: string }) => s.id === STUDENT).guardianConsent).toEqual(fact);
  });

  it('withdrawn blocks sign-in again and ends the open session; a repeat changes nothing', async () => {
    const open = await signIn();
    expect(open.status).toBe(200);
    const session = new ApiClient(server.url);
    session.cookie = open.headers.get('set-cookie')!.split(';')[0]!;
    expect((await session.get('/api/me')).status).toBe(200);
    const withdrawn = await admin.request('DELETE', `/api/accounts/${STUDENT}/consent`);
    expect(withdrawn.body).toEqual({ userId: STUDENT, guardianConsent: null, changed: true });
    expect((await admin.request('DELETE', `/api/accounts/${STUDENT}/consent`)).body.changed).toBe(false);
    expect(await consentOf(STUDENT)).toBeUndefined();
    expect((await auditActions()).filter((a) => a === `consent.withdraw ${STUDENT}`)).toHaveLength(1);
    expect((await signIn()).body.error.reason).toBe('consent_required');
    expect((await session.get('/api/me')).status).toBe(401);
  });

  it('is not needed once the school turns the switch off', async () => {
    expect((await admin.put(`/api/schools/${SCHOOL}/settings`, { consentRequired: false })).body.changed).toBe(true);
    expect((await signIn()).status).toBe(200);
  });
});
