import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { unitCounters } from '../support/counters.js';
import { studentItems } from '../../functions/src/store/student-data.js';
import { markDeletion, moveFactToAnonymous } from '../../functions/src/store/student-deletion.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { correctFor, questionContents } from '../support/question-fixture.js';
import { utf8BomCsv } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { unzip } from '../support/unzip.js';

/**
 * A student's data rights end to end: a student with progress, a submitted quiz attempt with a
 * certificate and a submitted contest entry is exported (JSON and ZIP), then deleted; afterwards no
 * item of the table names the student, every counter agrees with recount, the coverage figures keep
 * the student's activity while enrolment drops by one, and the old session is dead.
 */
let server: TestServer;
let admin: ApiClient;
let moduleId = '';
let campaignId = '';
let quizId = '';
let contestId = '';
const KLASS = 'cls_demo_qq_7_1';
const CLASS_PATH = ['640000', '640400', '640422', 'sch_demo_xiji_qingquan', KLASS];
const contents = questionContents(3);
const ESSAY =
  '我们班组织了一次禁毒知识分享会，每个同学都准备了一张卡片，写下一种伪装成零食的毒品和识别它的方法。分享会结束后，我们把卡片贴在教室后面的墙上，提醒大家时刻保持警惕。';

interface Student {
  id: string;
  username: string;
  password: string;
  name: string;
  number: string;
  client: ApiClient;
}
const students: Student[] = [];
const subject = () => students[0]!;

const deleteStudent = (client: ApiClient, student: Pick<Student, 'id' | 'username'>, reason = 'graduated') =>
  client.request('DELETE', `/api/accounts/${student.id}`, { reason, confirm: student.username });
const coverage = async () =>
  (await admin.get(`/api/coverage?unit=${KLASS}&campaign=${campaignId}`)).body.unit as { enrolled: number; started: number; completed: number };

async function everyItem(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await server.db.doc.send(new ScanCommand({ TableName: server.db.table, ExclusiveStartKey: cursor, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await ApiClient.signedIn(server.url, 'school.demo');
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const county = await ApiClient.signedIn(server.url, 'county.demo');
  const day = 24 * 3600_000;

  moduleId = (await editor.post('/api/modules', { content: moduleContent('数据权利', ['junior']), featured: false })).body.module.id;
  await editor.post(`/api/modules/${moduleId}/publish`);
  campaignId = (
    await county.post('/api/campaigns', {
      name: '数据权利测试活动',
      startDate: new Date(Date.now() - day).toISOString().slice(0, 10),
      endDate: new Date(Date.now() + 300 * day).toISOString().slice(0, 10),
      moduleIds: [moduleId],
    })
  ).body.campaign.id;
  const questionIds: string[] = [];
  for (const content of contents) questionIds.push((await editor.post('/api/questions', { content })).body.question.id);
  quizId = (
    await county.post('/api/quizzes', {
      settings: {
        title: { zh: '数据权利竞赛', en: 'Data rights competition' },
        kind: 'competition',
        rules: { fixed: questionIds },
        timeLimitMinutes: 20,
        attemptsAllowed: 1,
        passMark: 60,
        certificateThreshold: 80,
        reviewPolicy: 'after_submit',
        opensAt: new Date(Date.now() - 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7 * day).toISOString(),
      },
    })
  ).body.quiz.id;
  contestId = (
    await county.post('/api/contests', {
      unitId: '640422',
      settings: {
        type: 'essay',
        title: { zh: '数据权利征文', en: 'Data rights essays' },
        theme: { zh: '远离毒品', en: 'Stay away from drugs' },
        brief: { zh: '写一篇征文。', en: 'Write an essay.' },
        bands: ['junior'],
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + 30 * day).toISOString(),
        limits: { zhChars: { min: 10, max: 5000 }, enWords: { min: 10, max: 2000 } },
        stages: [
          { level: 'school', quota: 3 },
          { level: 'county', quota: 3 },
        ],
        rubric: [{ id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '主题', en: 'Theme' }, max: 100 }],
      },
    })
  ).body.contest.id;

  // Three students imported by their teacher, with names and numbers found nowhere else in the table.
  const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  const csv = utf8BomCsv(['姓名,学号', '权利测试甲,DRQ9101', '权利测试乙,DRQ9102', '权利测试丙,DRQ9103']).toString('base64');
  const preview = await teacher.post(`/api/classes/${KLASS}/roster-imports`, { fileName: 'rights.csv', contentBase64: csv });
  const commit = await teacher.post(`/api/classes/${KLASS}/roster-imports/${preview.body.import.id}/commit`);
  expect(commit.status, JSON.stringify(commit.body)).toBe(200);
  let cursor: string | null = null;
  const roster: { id: string; username: string }[] = [];
  do {
    const page: { body: { students: { id: string; username: string }[]; cursor: string | null } } = await admin.get(
      `/api/classes/${KLASS}/students${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    roster.push(...page.body.students);
    cursor = page.body.cursor;
  } while (cursor);
  for (const credential of commit.body.slips.credentials as { username: string; password: string; name: string; studentNumber: string }[])
    students.push({
      id: roster.find((s) => s.username === credential.username)!.id,
      username: credential.username,
      password: credential.password,
      name: credential.name,
      number: credential.studentNumber,
      client: await ApiClient.signedIn(server.url, credential.username, credential.password),
    });

  // The subject studies the module to the end, passes the competition and submits an essay.
  const { client } = subject();
  for (const [sectionId, optionId] of [['intro'], ['check-1', 'b'], ['more'], ['check-2', 'a']] as [string, string?][])
    expect((await client.put(`/api/me/progress/${moduleId}`, { version: 1, sectionId, ...(optionId ? { optionId } : {}) })).status).toBe(200);
  const attempt = (await client.post(`/api/quizzes/${quizId}/attempts`)).body.attempt;
  for (const q of attempt.questions) await client.put(`/api/attempts/${attempt.id}/answers/${q.id}`, { optionIds: correctFor(contents, q.stem.zh) });
  const submitted = await client.post(`/api/attempts/${attempt.id}/submit`);
  expect(submitted.body.certificateCode).toBeTruthy();
  await client.put(`/api/contests/${contestId}/entries/me`, { version: 0, content: { title: '分享会', text: ESSAY, language: 'zh' } });
  expect((await client.post(`/api/contests/${contestId}/entries/me/submit`)).status).toBe(200);
  // The second student only starts the module, so the class has activity that is not the subject's.
  expect((await students[1]!.client.put(`/api/me/progress/${moduleId}`, { version: 1, sectionId: 'intro' })).status).toBe(200);
});
afterAll(() => server.close());

describe('export', () => {
  it('gives the school admin everything held about the student as JSON, audited', async () => {
    const reply = await admin.get(`/api/accounts/${subject().id}/export`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="student-u_\w+\.json"$/);
    const data = reply.body;
    expect(data.account).toMatchObject({
      id: subject().id,
      username: subject().username,
      displayName: subject().name,
      studentNumber: subject().number,
      guardianConsent: null,
    });
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|scrypt\$/);
    expect(data.class.id).toBe(KLASS);
    expect(data.school.id).toBe('sch_demo_xiji_qingquan');
    expect(data.progress).toEqual([
      expect.objectContaining({ moduleId, percent: 100, completedAt: expect.any(String), moduleTitle: expect.objectContaining({ zh: '数据权利' }) }),
    ]);
    expect(data.activity.map((a: { scope: string; metric: string }) => `${a.scope}#${a.metric}`).sort()).toEqual(
      [
        `campaign:${campaignId}#completed`,
        `campaign:${campaignId}#started`,
        `contest:${contestId}#submitted`,
        `module:${moduleId}#completed`,
        `module:${moduleId}#started`,
      ].sort(),
    );
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0]).toMatchObject({ quizId, status: 'submitted', result: { percent: 100, passed: true } });
    expect(data.attempts[0].questions).toHaveLength(3);
    for (const q of data.attempts[0].questions) {
      expect(q.answer).toEqual(correctFor(contents, q.stem.zh));
      expect(q.correct).toBe(true);
    }
    expect(data.contestEntries).toEqual([
      expect.objectContaining({ contestId, submission: expect.objectContaining({ title: '分享会', text: ESSAY }), stage: 'school' }),
    ]);
    expect(data.certificates).toEqual([expect.objectContaining({ kind: 'quiz', recipientName: subject().name, percent: 100 })]);
    const log = (await admin.get('/api/schools/sch_demo_xiji_qingquan/audit')).body;
    expect(log.entries[0]).toMatchObject({ action: 'student.export', targetType: 'account', targetId: subject().id });
  });

  it('gives the same as a ZIP of data.json and CSV files for Excel', async () => {
    const response = await fetch(`${server.url}/api/accounts/${subject().id}/export.zip`, { headers: { cookie: admin.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="student-u_\w+\.zip"$/);
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(['account.csv', 'answers.csv', 'attempts.csv', 'certificates.csv', 'data.json', 'entries.csv', 'progress.csv']);
    expect(JSON.parse(files.get('data.json')!.toString()).account.id).toBe(subject().id);
    for (const [name, bytes] of files) if (name.endsWith('.csv')) expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    const text = (name: string) => files.get(name)!.toString('utf8').slice(1);
    expect(text('account.csv')).toContain(subject().name);
    expect(text('progress.csv').split('\r\n')[1]).toMatch(/^数据权利 Test module 数据权利,1,100,/);
    expect(text('attempts.csv').split('\r\n')[1]).toMatch(/^数据权利竞赛 Data rights competition,1,submitted,.*,3,3,100,是 yes$/);
    expect(text('answers.csv').split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(text('entries.csv')).toContain(ESSAY);
    expect(text('certificates.csv')).toContain(subject().name);
  });

  it('is refused to teachers, bureaus and other schools, and for a student of another school', async () => {
    for (const username of ['teacher.demo', 'county.demo', 'city.demo', 'region.demo', 'school2.demo']) {
      const other = await ApiClient.signedIn(server.url, username);
      expect((await other.get(`/api/accounts/${subject().id}/export`)).status, username).toBe(403);
      expect((await other.get(`/api/accounts/${subject().id}/export.zip`)).status, username).toBe(403);
    }
    expect((await admin.get('/api/accounts/u_student2_demo/export')).status).toBe(403);
  });
});

describe('deletion', () => {
  let before: { enrolled: number; started: number; completed: number };
  let classEnrolled = 0;

  it('is refused to teachers, bureaus and another school’s admin, and without the right username', async () => {
    before = await coverage();
    classEnrolled = (await unitCounters(server.db, KLASS, 'all')).enrolled ?? 0;
    for (const username of ['teacher.demo', 'county.demo', 'city.demo', 'region.demo', 'school2.demo']) {
      const other = await ApiClient.signedIn(server.url, username);
      expect((await deleteStudent(other, subject())).status, username).toBe(403);
    }
    expect((await deleteStudent(admin, { id: 'u_student2_demo', username: 'student2.demo' })).status).toBe(403);
    const wrong = await admin.request('DELETE', `/api/accounts/${subject().id}`, { reason: 'left', confirm: 'someone.else' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual([{ path: 'confirm', code: 'confirm_mismatch', message: expect.any(String), params: {} }]);
    expect((await admin.request('DELETE', `/api/accounts/${subject().id}`, { reason: 'expelled', confirm: subject().username })).status).toBe(400);
    expect((await admin.request('DELETE', `/api/accounts/${subject().id}`, { reason: 'left', confirm: subject().username, extra: 1 })).status).toBe(400);
    expect((await subject().client.get('/api/me')).status).toBe(200);
  });

  it('removes every trace of the student from the table, keeping anonymous aggregates', async () => {
    const reply = await deleteStudent(admin, subject(), 'guardian_request');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toMatchObject({ userId: subject().id, reason: 'guardian_request' });

    const { id, username, name, number } = subject();
    const items = await everyItem();
    const tainted = (item: Record<string, unknown>, needle: string) => JSON.stringify(item).includes(needle);
    // The audit log names the account by its id only, which now resolves to nothing.
    const audit = items.filter((item) => item.type === 'audit');
    for (const needle of [username, name, number])
      expect(
        items.filter((item) => tainted(item, needle)),
        needle,
      ).toEqual([]);
    expect(items.filter((item) => item.type !== 'audit' && tainted(item, id))).toEqual([]);
    expect(
      audit
        .filter((item) => tainted(item, id))
        .map((item) => item.action)
        .sort(),
    ).toEqual(['student.delete', 'student.export', 'student.export']);
    expect(items.filter((item) => item.type === 'fact' && (item.PK as string).startsWith('ANON#')).length).toBe(6);
  });

  it('leaves every counter agreeing with recount: activity stays counted, enrolment drops by one', async () => {
    expect((await recount(server.db)).differences).toEqual([]);
    expect(await coverage()).toMatchObject({ enrolled: before.enrolled - 1, started: before.started, completed: before.completed });
    expect(before.completed).toBe(1);
    for (const unit of CLASS_PATH) expect((await unitCounters(server.db, unit, `contest:${contestId}`)).submitted, unit).toBe(1);
    expect((await unitCounters(server.db, KLASS, `quiz:${quizId}`)).participants).toBe(1);
  });

  it('ends the student’s sessions, frees the username and answers a repeat with 404', async () => {
    expect((await subject().client.get('/api/me')).status).toBe(401);
    expect((await subject().client.get('/api/me/tasks')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: subject().username, password: subject().password })).status).toBe(401);
    expect((await deleteStudent(admin, subject())).status).toBe(404);
    expect((await admin.get(`/api/accounts/${subject().id}/export`)).status).toBe(404);
    const reused = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: '新老师', username: subject().username });
    expect(reused.status, JSON.stringify(reused.body)).toBe(201);
  });

  it('has exactly one effect when two deletions of the same student run at once', async () => {
    const student = students[1]!;
    const enrolledBefore = (await unitCounters(server.db, KLASS, 'all')).enrolled!;
    expect(enrolledBefore).toBe(classEnrolled - 1);
    const replies = await Promise.all([deleteStudent(admin, student, 'left'), deleteStudent(admin, student, 'left')]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 404]);
    expect((await unitCounters(server.db, KLASS, 'all')).enrolled).toBe(enrolledBefore - 1);
    expect((await coverage()).started).toBe(before.started);
    expect((await recount(server.db)).differences).toEqual([]);
    const items = await everyItem();
    expect(items.filter((item) => item.type !== 'audit' && JSON.stringify(item).includes(student.id))).toEqual([]);
    expect(items.filter((item) => item.type === 'audit' && item.action === 'student.delete' && item.targetId === student.id)).toHaveLength(1);
  });

  it('keeps the remaining students’ slips printable and the deleted ones off them', async () => {
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const imports = (await everyItem()).filter((item) => item.type === 'rosterImport' && (item.fileName as string) === 'rights.csv');
    expect(imports).toHaveLength(1);
    const slips = await teacher.get(`/api/classes/${KLASS}/roster-imports/${imports[0]!.id}/slips`);
    expect(slips.body.credentials.map((c: { username: string }) => c.username)).toEqual([students[2]!.username]);
  });

  it('is finished by repeating it after a crash half-way', async () => {
    const student = students[2]!;
    expect((await student.client.put(`/api/me/progress/${moduleId}`, { version: 1, sectionId: 'intro' })).status).toBe(200);
    // As if a first run had marked the account and moved one fact, then died.
    await markDeletion(server.db, student.id, { anonId: 'anon_crashtest', reason: 'left', startedAt: new Date().toISOString() });
    const facts = (await studentItems(server.db, student.id)).filter((item) => item.type === 'fact');
    const first = facts.find((f) => f.scope === `module:${moduleId}`)!;
    await moveFactToAnonymous(server.db, { PK: first.PK, SK: first.SK }, { PK: 'ANON#anon_crashtest', SK: `FACT#module:${moduleId}#started` }, first as never);
    expect((await student.client.get('/api/me')).status).toBe(200);

    expect((await deleteStudent(admin, student, 'graduated')).status).toBe(200);
    const items = await everyItem();
    expect(items.filter((item) => item.type !== 'audit' && JSON.stringify(item).includes(student.id))).toEqual([]);
    expect(
      items
        .filter((item) => item.PK === 'ANON#anon_crashtest')
        .map((item) => item.SK)
        .sort(),
    ).toEqual([`FACT#campaign:${campaignId}#started`, `FACT#module:${moduleId}#started`]);
    expect((await recount(server.db)).differences).toEqual([]);
    expect((await coverage()).started).toBe(before.started + 1);
  });
});
