import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { recount } from '../../functions/src/handlers/recount.js';
import { removeGraduatesOnce } from '../../functions/src/handlers/remove-graduates.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { seedModuleId } from '../../functions/src/seed/content.js';
import { createAccount } from '../../functions/src/store/accounts.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, a whole year turn for the demo schools: in 2026-2027 a student transfers across counties
 * and a teacher leaves; on 20 August 2027 清泉中学 is promoted with a graduating grade 9 (the first run
 * killed with SIGKILL half way, then finished from the web twice at once), and so are the two other
 * demo schools. Recount agrees at every point; the campaign of 2026-2027 shows what it showed before;
 * a campaign of 2027-2028 starts at 0; graduates sign in read-only.
 */
const QINGQUAN = 'sch_demo_xiji_qingquan';
const HONGYAN = 'sch_demo_xiji_hongyan';
const XINGGUANG = 'sch_demo_xq_xingguang';
const XIJI = '640422';
const CAMPAIGN = 'cmp_demo_xiji';
const FROM_YEAR = '2026-2027';
const YEAR_SCOPE = `year:${FROM_YEAR}`;
const china = (iso: string) => Date.parse(`${iso}+08:00`);

let clock = Date.now();
let server: TestServer;
let admin: ApiClient;
let county: ApiClient;
let grade9 = '';
let graduates: { username: string; password: string }[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  [admin, county] = await Promise.all([ApiClient.signedIn(server.url, 'school.demo'), ApiClient.signedIn(server.url, 'county.demo')]);
  await createAccount(server.db, {
    id: 'u_admin_hy',
    username: 'admin.hy',
    role: 'school_admin',
    displayName: '红岩赵校长',
    orgId: HONGYAN,
    orgPath: `640000/640400/${XIJI}/${HONGYAN}`,
    mustChangePassword: false,
    passwordHash: await hashPassword('hongyan-staff'),
    createdAt: new Date(clock).toISOString(),
  });
  const created = await admin.post(`/api/schools/${QINGQUAN}/classes`, { name: '九年级(1)班', grade: 9 });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  grade9 = created.body.unit.id;
  const preview = await admin.post(`/api/classes/${grade9}/roster-imports`, { fileName: 'r.csv', contentBase64: gbkCsv(rosterRows(4, 9)).toString('base64') });
  const commit = await admin.post(`/api/classes/${grade9}/roster-imports/${preview.body.import.id}/commit`);
  graduates = commit.body.slips.credentials;
  expect(graduates).toHaveLength(4);
});
afterAll(() => server.close());

/** Signs the demo admin and county in again: a session does not outlive the clock's jumps of months. */
async function signInAgain() {
  [admin, county] = await Promise.all([ApiClient.signedIn(server.url, 'school.demo'), ApiClient.signedIn(server.url, 'county.demo')]);
}

const enrolledNow = async (unitId: string) => (await unitCounters(server.db, unitId, 'all')).enrolled ?? 0;
const coverageOf = async (unit: string, campaign = CAMPAIGN) => {
  const row = (await county.get(`/api/coverage?unit=${unit}&campaign=${campaign}`)).body.unit;
  return { enrolled: row.enrolled, started: row.started, completionRate: row.completionRate };
};
const promotionOf = async (client: ApiClient, school: string) => (await client.get(`/api/schools/${school}/promotion`)).body.promotion;

async function study(student: ApiClient, moduleId: string) {
  const published = (await student.get(`/api/modules/${moduleId}`)).body.module;
  const saved = await student.put(`/api/me/progress/${moduleId}`, { version: published.version, sectionId: published.content.sections[0].id });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

/** Runs 清泉中学's promotion in its own process and kills it with SIGKILL once `after` students are done. */
async function promoteAndKill(after: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/promote-child.ts', server.db.table, inject('dynamoDbEndpoint'), QINGQUAN, FROM_YEAR, String(clock), '150'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (((await unitCounters(server.db, QINGQUAN, YEAR_SCOPE)).enrolled ?? 0) < after) {
    if (Date.now() > deadline) throw new Error('the promotion did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('a school year turns over', () => {
  const before: Record<string, { enrolled: number; started: number; completionRate: number }> = {};
  let studentNow = 0;
  let qingquanNow = 0;

  it('in 2026-2027: a transfer across counties, a teacher who leaves, some learning', async () => {
    const classmates = (await admin.get('/api/classes/cls_demo_qq_7_1/students')).body.students as { id: string; displayName: string }[];
    const leaving = classmates.find((s) => s.displayName === '周文博')!;
    const asked = await admin.post(
      `/api/schools/${QINGQUAN}/transfers`,
      { studentId: leaving.id, toSchoolId: XINGGUANG },
      { 'idempotency-key': 'year-turn-1' },
    );
    const receiving = await ApiClient.signedIn(server.url, 'school2.demo');
    expect((await receiving.post(`/api/schools/${XINGGUANG}/transfers/${asked.body.transfer.id}/accept`, { classId: 'cls_demo_xg_5_2' })).status).toBe(200);

    expect((await admin.post('/api/accounts/u_teacher_demo/disable')).status).toBe(200);
    expect((await admin.get('/api/classes/cls_demo_qq_7_1/assignments')).body.assignments.length).toBeGreaterThan(0);

    await study(await ApiClient.signedIn(server.url, 'student.demo'), seedModuleId('drugs-brain-body'));
    for (const unit of [XIJI, QINGQUAN, 'cls_demo_qq_7_1', grade9]) before[unit] = await coverageOf(unit);
    expect(before[QINGQUAN]).toMatchObject({ enrolled: 12, started: 1 });
    qingquanNow = await enrolledNow(QINGQUAN);
    studentNow = await enrolledNow(XIJI);
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('previews 清泉中学’s promotion: not open before 1 July, then each class’s next name and the graduating grade', async () => {
    clock = china('2027-06-20T10:00:00');
    await signInAgain();
    expect((await promotionOf(admin, QINGQUAN)).status).toBe('not_open');
    expect((await admin.post(`/api/schools/${QINGQUAN}/promotion`, { fromYear: FROM_YEAR })).status).toBe(422);

    clock = china('2027-08-20T10:00:00');
    await signInAgain();
    const preview = await promotionOf(admin, QINGQUAN);
    expect(preview).toMatchObject({ fromYear: FROM_YEAR, toYear: '2027-2028', status: 'ready' });
    const rows = Object.fromEntries(
      preview.classes.map((c: { name: { zh: string }; next: { name: { zh: string } } | null; students: number }) => [
        c.name.zh,
        [c.next?.name.zh ?? null, c.students],
      ]),
    );
    expect(rows).toEqual({ '七年级(1)班': ['八年级(1)班', 8], '八年级(2)班': ['九年级(2)班', 0], '九年级(1)班': [null, 4] });
  });

  it('survives a kill -9 half way: what was done is whole, recount agrees, and the preview shows the run in progress', async () => {
    await promoteAndKill(3);
    const done = (await unitCounters(server.db, QINGQUAN, YEAR_SCOPE)).enrolled ?? 0;
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(12);
    expect((await promotionOf(admin, QINGQUAN)).status).toBe('in_progress');
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('is finished by the admin, sent twice at once: every student moves once', async () => {
    const replies = await Promise.all([1, 2].map(() => admin.post(`/api/schools/${QINGQUAN}/promotion`, { fromYear: FROM_YEAR })));
    for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const promotion = await promotionOf(admin, QINGQUAN);
    expect(promotion.status).toBe('done');
    expect(promotion.classes.every((c: { done: boolean }) => c.done)).toBe(true);
    expect((await unitCounters(server.db, QINGQUAN, YEAR_SCOPE)).enrolled).toBe(qingquanNow);
    expect(await enrolledNow(QINGQUAN)).toBe(qingquanNow - 4);
    expect((await admin.post(`/api/schools/${QINGQUAN}/promotion`, { fromYear: FROM_YEAR })).body.promotion.status).toBe('done');

    const hongyan = await ApiClient.signedIn(server.url, 'admin.hy', 'hongyan-staff');
    const xingguang = await ApiClient.signedIn(server.url, 'school2.demo');
    expect((await hongyan.post(`/api/schools/${HONGYAN}/promotion`, { fromYear: FROM_YEAR })).body.promotion.status).toBe('done');
    expect((await xingguang.post(`/api/schools/${XINGGUANG}/promotion`, { fromYear: FROM_YEAR })).body.promotion.status).toBe('done');
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('keeps last year’s coverage as it was, while the graduates have left the enrolment now', async () => {
    for (const unit of [XIJI, QINGQUAN, 'cls_demo_qq_7_1', grade9]) expect(await coverageOf(unit), unit).toEqual(before[unit]);
    expect(await enrolledNow(XIJI)).toBe(studentNow - 4);
    expect((await admin.get(`/api/units/cls_demo_qq_7_1`)).body.unit).toMatchObject({
      name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' },
      grade: 8,
      year: '2027-2028',
    });
  });

  it('starts this year’s coverage at 0, over the students enrolled now', async () => {
    clock = china('2027-09-10T10:00:00');
    await signInAgain();
    const region = await ApiClient.signedIn(server.url, 'region.demo');
    const created = await region.post('/api/campaigns', {
      name: '2027-2028 学年禁毒教育',
      startDate: '2027-09-01',
      endDate: '2027-12-31',
      moduleIds: [seedModuleId('drugs-brain-body')],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await coverageOf(XIJI, created.body.campaign.id)).toEqual({ enrolled: studentNow - 4, started: 0, completionRate: 0 });
  });

  it('signs a promoted student in again with the new grade; a graduate reads but changes nothing', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await student.get('/api/me')).body.user).toMatchObject({ grade: 8 });

    const graduate = await ApiClient.signedIn(server.url, graduates[0]!.username, graduates[0]!.password);
    expect((await graduate.get('/api/me')).body.user.graduatedYear).toBe(FROM_YEAR);
    const write = await graduate.put(`/api/me/progress/${seedModuleId('drugs-brain-body')}`, { version: 1, sectionId: 'x' });
    expect(write.status).toBe(403);
    expect(write.body.error.reason).toBe('graduated');

    const refused = await admin.post(`/api/classes/${grade9}/roster-imports`, {
      fileName: 'r.csv',
      contentBase64: gbkCsv(rosterRows(1, 7)).toString('base64'),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].code).toBe('class_graduated');
  });

  it('removes the graduates’ personal data when their read-only time is over, and keeps every figure', async () => {
    clock = china('2028-02-20T10:00:00');
    expect(await removeGraduatesOnce(server.deps)).toEqual({ removed: 0 });
    clock = china('2028-03-01T10:00:00');
    await signInAgain();
    expect(await removeGraduatesOnce(server.deps)).toEqual({ removed: 4 });
    expect(await removeGraduatesOnce(server.deps)).toEqual({ removed: 0 });
    const signIn = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'ClearCampus' },
      body: JSON.stringify({ username: graduates[0]!.username, password: graduates[0]!.password }),
    });
    expect(signIn.status).toBe(401);
    expect((await unitCounters(server.db, QINGQUAN, YEAR_SCOPE)).enrolled).toBe(qingquanNow);
    for (const unit of [XIJI, QINGQUAN, grade9]) expect(await coverageOf(unit), unit).toEqual(before[unit]);
    expect((await recount(server.db)).differences).toEqual([]);
  });
});
