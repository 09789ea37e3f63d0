import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { recount } from '../../functions/src/handlers/recount.js';
import { snapshotCoverage } from '../../functions/src/handlers/snapshot-coverage.js';
import { createAccount } from '../../functions/src/store/accounts.js';
import { assignTeacher, createUnit, registerSchool } from '../../functions/src/store/org.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { openCampaignDates } from '../support/dates.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A scripted workload across three counties in two cities; every figure at every level is checked
 * against numbers worked out by hand below.
 */
let server: TestServer;
let region: ApiClient;
let campaignId = '';
let moduleId = '';
const YUANZHOU_SCHOOL = 'sch_test_yuanzhou';
const YUANZHOU_CLASS = 'cls_test_yuanzhou_8';

async function importStudents(teacherName: string, classId: string, count: number, seed: number) {
  const teacher = await ApiClient.signedIn(server.url, teacherName, teacherName === 'teacher.yz' ? 'yuanzhou-teacher' : undefined);
  const preview = await teacher.post(`/api/classes/${classId}/roster-imports`, {
    fileName: 'r.csv',
    contentBase64: gbkCsv(rosterRows(count, seed)).toString('base64'),
  });
  const commit = await teacher.post(`/api/classes/${classId}/roster-imports/${preview.body.import.id}/commit`);
  return Promise.all(
    (commit.body.slips.credentials as { username: string; password: string }[]).map((c) => ApiClient.signedIn(server.url, c.username, c.password)),
  );
}

async function study(student: ApiClient, finish: boolean) {
  const steps: [string, string?][] = finish ? [['intro'], ['check-1', 'b'], ['more'], ['check-2', 'a']] : [['intro']];
  for (const [sectionId, optionId] of steps) {
    const reply = await student.put(`/api/me/progress/${moduleId}`, { version: 1, sectionId, ...(optionId ? { optionId } : {}) });
    expect(reply.status).toBe(200);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server;
  // A third county: a school of 原州区 with one class and its teacher, set up directly in the store.
  await registerSchool(
    db,
    {
      id: YUANZHOU_SCHOOL,
      kind: 'school',
      name: { zh: '原州区测试中学', en: 'Yuanzhou Test School' },
      parentId: '640402',
      path: `640000/640400/640402/${YUANZHOU_SCHOOL}`,
      stage: 'junior',
    },
    server.deps.now(),
  );
  await createUnit(db, {
    id: YUANZHOU_CLASS,
    kind: 'class',
    name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' },
    parentId: YUANZHOU_SCHOOL,
    path: `640000/640400/640402/${YUANZHOU_SCHOOL}/${YUANZHOU_CLASS}`,
    grade: 8,
  });
  await createAccount(db, {
    id: 'u_teacher_yz',
    username: 'teacher.yz',
    role: 'teacher',
    displayName: '原州老师',
    orgId: YUANZHOU_SCHOOL,
    orgPath: `640000/640400/640402/${YUANZHOU_SCHOOL}`,
    mustChangePassword: false,
    passwordHash: await hashPassword('yuanzhou-teacher'),
    createdAt: new Date().toISOString(),
  });
  await assignTeacher(
    db,
    {
      id: YUANZHOU_CLASS,
      kind: 'class',
      name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' },
      parentId: YUANZHOU_SCHOOL,
      path: `640000/640400/640402/${YUANZHOU_SCHOOL}/${YUANZHOU_CLASS}`,
      grade: 8,
    },
    'u_teacher_yz',
  );

  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  moduleId = (await editor.post('/api/modules', { content: moduleContent('覆盖', ['primary', 'junior']), featured: false })).body.module.id;
  await editor.post(`/api/modules/${moduleId}/publish`);
  region = await ApiClient.signedIn(server.url, 'region.demo');
  campaignId = (await region.post('/api/campaigns', { name: '全区覆盖测试', ...openCampaignDates(), moduleIds: [moduleId] })).body.campaign.id;

  // 西吉县 清泉中学 七年级(1)班: 9 seeded + 4 imported = 13; student.demo, A1, A2 complete; A3 starts.
  const [a1, a2, a3] = await importStudents('teacher.demo', 'cls_demo_qq_7_1', 4, 21);
  await study(await ApiClient.signedIn(server.url, 'student.demo'), true);
  await study(a1!, true);
  await study(a2!, true);
  await study(a3!, false);
  // 原州区: 2 imported; B1 starts.
  const [b1] = await importStudents('teacher.yz', YUANZHOU_CLASS, 2, 22);
  await study(b1!, false);
  // 兴庆区 星光小学 五年级(2)班: 5 seeded + 2 imported = 7; C1 completes.
  const [c1] = await importStudents('teacher2.demo', 'cls_demo_xg_5_2', 2, 23);
  await study(c1!, true);
});
afterAll(() => server.close());

type Row = { id: string; schoolsRegistered: number; schoolsReached: number; enrolled: number; started: number; completed: number; completionRate: number };
const figures = (r: Row) => [r.schoolsRegistered, r.schoolsReached, r.enrolled, r.started, r.completed, r.completionRate];
const coverage = (client: ApiClient, unit: string) => client.get(`/api/coverage?unit=${unit}&campaign=${campaignId}`);

describe('coverage of a campaign', () => {
  it('matches the hand-computed figures at region, city, county, school and class level', async () => {
    const regionView = (await coverage(region, '640000')).body;
    //                                  schools reached enrolled started completed rate%
    expect(figures(regionView.unit)).toEqual([4, 3, 22, 6, 4, 18.2]);
    const cities = Object.fromEntries(regionView.children.map((r: Row) => [r.id, figures(r)]));
    expect(cities['640400']).toEqual([3, 2, 15, 5, 3, 20]);
    expect(cities['640100']).toEqual([1, 1, 7, 1, 1, 14.3]);
    expect(cities['640500']).toEqual([0, 0, 0, 0, 0, 0]);

    const counties = Object.fromEntries((await coverage(region, '640400')).body.children.map((r: Row) => [r.id, figures(r)]));
    expect(counties['640422']).toEqual([2, 1, 13, 4, 3, 23.1]);
    expect(counties['640402']).toEqual([1, 1, 2, 1, 0, 0]);
    expect(counties['640423']).toEqual([0, 0, 0, 0, 0, 0]);

    const schools = Object.fromEntries((await coverage(region, '640422')).body.children.map((r: Row) => [r.id, figures(r)]));
    expect(schools).toEqual({ sch_demo_xiji_qingquan: [1, 1, 13, 4, 3, 23.1], sch_demo_xiji_hongyan: [1, 0, 0, 0, 0, 0] });

    const classes = (await coverage(region, 'sch_demo_xiji_qingquan')).body.children as Row[];
    expect(classes.find((r) => r.id === 'cls_demo_qq_7_1')!.enrolled).toBe(13);
    expect(classes.find((r) => r.id === 'cls_demo_qq_8_2')!.enrolled).toBe(0);
  });

  it('keeps bureaus to their scope and never gives a name', async () => {
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    expect((await coverage(county, '640104')).status).toBe(403);
    expect((await coverage(county, '640000')).status).toBe(403);
    expect((await coverage(county, '640422')).status).toBe(200);
    const city = await ApiClient.signedIn(server.url, 'city.demo');
    const cityView = (await coverage(city, '640400')).body;
    expect(cityView.children.map((r: Row) => r.id).sort()).toEqual(['640402', '640422', '640423', '640424', '640425']);
    expect((await coverage(city, '640100')).status).toBe(403);
    const text = JSON.stringify((await coverage(region, 'cls_demo_qq_7_1')).body);
    expect(text).not.toContain('小明');
  });

  it('shows a teacher its own classes only, and a school admin every class', async () => {
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    expect((await coverage(teacher, 'sch_demo_xiji_qingquan')).body.children.map((r: Row) => r.id)).toEqual(['cls_demo_qq_7_1']);
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    expect((await coverage(admin, 'sch_demo_xiji_qingquan')).body.children).toHaveLength(2);
    expect((await coverage(teacher, 'cls_demo_qq_8_2')).status).toBe(403);
  });

  it('lists laggard schools lowest first with their last activity', async () => {
    const reply = (await region.get(`/api/coverage/laggards?unit=640000&campaign=${campaignId}&below=20`)).body;
    // 红岩小学 has no students yet: nobody there can lag behind, so it is not listed.
    expect((await region.get(`/api/coverage?unit=sch_demo_xiji_hongyan&campaign=${campaignId}`)).body.unit.enrolled).toBe(0);
    expect(reply.schools.map((s: { id: string }) => s.id)).toEqual([YUANZHOU_SCHOOL, 'sch_demo_xq_xingguang']);
    expect(reply.schools[0].lastActivityAt).not.toBeNull();
  });

  it('exports the table as CSV for Excel', async () => {
    const response = await fetch(`${server.url}/api/coverage.csv?unit=640400&campaign=${campaignId}`, { headers: { cookie: region.cookie } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 1 + 5);
    const xiji = lines.find((l) => l.startsWith('西吉县'))!;
    expect(xiji).toMatch(/^西吉县,县（区）,2,1,13,4,3,23\.1,0,,,,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[0]).toContain('UTC+8');
  });

  it('exports the CSV in English when asked', async () => {
    const response = await fetch(`${server.url}/api/coverage.csv?unit=640400&campaign=${campaignId}&lang=en`, { headers: { cookie: region.cookie } });
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]!.replace('\uFEFF', '').startsWith('Unit,Kind,')).toBe(true);
    expect(lines.some((l) => /^[^,]+,County,2,1,13,4,3,23\.1,0,,,,/.test(l))).toBe(true);
  });

  it('offers a region the competitions and contests of its counties to pick, on request only', async () => {
    const quizzes = async (client: ApiClient, query = '') => (await client.get(`/api/quizzes${query}`)).body.quizzes.map((q: { id: string }) => q.id);
    const contests = async (client: ApiClient, query = '') => (await client.get(`/api/contests${query}`)).body.contests.map((x: { id: string }) => x.id);
    expect(await quizzes(region, '?below=true')).toContain('quiz_demo_xiji_competition');
    expect(await contests(region, '?below=true')).toContain('cnt_demo_xiji_essay');
    expect(await quizzes(region)).not.toContain('quiz_demo_xiji_competition');
    const xingqing = await ApiClient.signedIn(server.url, 'county2.demo');
    expect(await quizzes(xingqing, '?below=true')).not.toContain('quiz_demo_xiji_competition');
    expect(await contests(xingqing, '?below=true')).not.toContain('cnt_demo_xiji_essay');
  });

  it('keeps a daily history with today live', async () => {
    expect(await snapshotCoverage(server.deps)).toBeGreaterThan(20);
    const points = (await region.get(`/api/coverage/history?unit=640422&campaign=${campaignId}`)).body.points;
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ enrolled: 13, started: 4, completed: 3 });
  });

  it('leaves no counter different from the facts', async () => {
    expect((await recount(server.db)).differences).toEqual([]);
  });
});
