import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitCounters } from '../support/counters.js';
import { ApiClient } from '../support/client.js';
import { gbkCsv, rosterRows, utf8BomCsv } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let teacher: ApiClient;
const CLASS = 'cls_demo_qq_7_1';
const PATH = ['640000', '640400', '640422', 'sch_demo_xiji_qingquan', CLASS];

beforeAll(async () => {
  server = await startTestServer();
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
});
afterAll(() => server.close());

async function enrolled() {
  return Promise.all(PATH.map(async (id) => (await unitCounters(server.db, id, 'all')).enrolled ?? 0));
}

async function preview(bytes: Buffer, classId = CLASS, client = teacher) {
  return client.post(`/api/classes/${classId}/roster-imports`, { fileName: 'roster.csv', contentBase64: bytes.toString('base64') });
}

describe('roster import', () => {
  it('reads a GBK file from Excel, commits once, and moves every enrolled counter exactly once', async () => {
    const before = await enrolled();
    const rows = rosterRows(30);
    const previewed = await preview(gbkCsv(rows));
    expect(previewed.status).toBe(201);
    expect(previewed.body.import).toMatchObject({ encoding: 'gbk', validCount: 30, errorCount: 0 });
    expect(previewed.body.import.rows[0]).toMatchObject({ line: 2, name: rows[0]!.name, studentNumber: rows[0]!.number });

    const id = previewed.body.import.id;
    const commits = await Promise.all([1, 2, 3].map(() => teacher.post(`/api/classes/${CLASS}/roster-imports/${id}/commit`)));
    for (const reply of commits) expect(reply.status).toBe(200);
    const credentials = commits[0]!.body.slips.credentials;
    expect(credentials).toHaveLength(30);
    // A retried commit reissues the same passwords: the slips never disagree with the accounts.
    expect(commits[2]!.body.slips.credentials).toEqual(credentials);

    const after = await enrolled();
    expect(after.map((n, i) => n - before[i]!)).toEqual([30, 30, 30, 30, 30]);

    const roster = await teacher.get(`/api/classes/${CLASS}/students`);
    expect(roster.body.students.filter((s: { displayName: string }) => rows.some((r) => r.name === s.displayName))).toHaveLength(30);

    const student = await ApiClient.signedIn(server.url, credentials[7].username, credentials[7].password);
    const me = (await student.get('/api/me')).body.user;
    expect(me).toMatchObject({ role: 'student', displayName: rows[7]!.name, orgId: CLASS, grade: 7, mustChangePassword: false });

    const reprint = await teacher.get(`/api/classes/${CLASS}/roster-imports/${id}/slips`);
    expect(reprint.body.credentials).toEqual(credentials);
  });

  it('reports per-row errors: empty and over-long names, duplicate numbers in the file and in the class', async () => {
    const existing = (await teacher.get(`/api/classes/${CLASS}/students`)).body.students.find((s: { studentNumber?: string }) => s.studentNumber);
    const lines = ['姓名,学号', '张三,A1', ',A2', `${'长'.repeat(33)},A3`, '李四,A1', `王五,${existing.studentNumber}`, '赵六,'];
    const reply = await preview(utf8BomCsv(lines));
    expect(reply.status).toBe(201);
    const rows = reply.body.import.rows as { line: number; errors: { field: string; message: string }[] }[];
    const errorsByLine = Object.fromEntries(rows.map((r) => [r.line, r.errors.map((e) => e.field)]));
    expect(errorsByLine).toEqual({ 2: [], 3: ['name'], 4: ['name'], 5: ['studentNumber'], 6: ['studentNumber'], 7: [] });
    expect(reply.body.import).toMatchObject({ encoding: 'utf-8', validCount: 2, errorCount: 4 });

    const before = await enrolled();
    const committed = await teacher.post(`/api/classes/${CLASS}/roster-imports/${reply.body.import.id}/commit`);
    expect(committed.body).toMatchObject({ created: 2, skipped: 4 });
    expect((await enrolled()).map((n, i) => n - before[i]!)).toEqual([2, 2, 2, 2, 2]);
  });

  it('warns of a name already in the class or twice in the file, and still imports both', async () => {
    const existing = (await teacher.get(`/api/classes/${CLASS}/students`)).body.students[0] as { displayName: string };
    const reply = await preview(utf8BomCsv(['姓名,学号', `${existing.displayName},W1`, '周同名,W2', '周同名,W3']));
    expect(reply.status).toBe(201);
    const rows = reply.body.import.rows as { line: number; errors: unknown[]; warnings: { kind: string; line?: number }[] }[];
    expect(rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(rows.map((r) => r.warnings.map((w) => w.kind))).toEqual([['name_in_class'], [], ['name_in_file']]);
    expect(rows[2]!.warnings[0]!.line).toBe(3);
    expect(reply.body.import).toMatchObject({ validCount: 3, errorCount: 0 });
  });

  it('explains a file without a header row and creates nothing', async () => {
    const reply = await preview(utf8BomCsv(['小明,1', '小红,2']));
    expect(reply.body.import.fileErrors[0]).toMatchObject({ code: 'header_missing', params: {}, message: expect.stringMatching(/姓名/) });
    const before = await enrolled();
    expect((await teacher.post(`/api/classes/${CLASS}/roster-imports/${reply.body.import.id}/commit`)).status).toBe(422);
    expect(await enrolled()).toEqual(before);
  });

  it('imports 1,000 students in batched transactions', async () => {
    const before = await enrolled();
    const previewed = await preview(gbkCsv(rosterRows(1000, 7)));
    expect(previewed.body.import.validCount).toBe(1000);
    const committed = await teacher.post(`/api/classes/${CLASS}/roster-imports/${previewed.body.import.id}/commit`);
    expect(committed.body, JSON.stringify(committed.body).slice(0, 500)).toMatchObject({ created: 1000 });
    expect((await enrolled()).map((n, i) => n - before[i]!)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(new Set(committed.body.slips.credentials.map((c: { username: string }) => c.username)).size).toBe(1000);
  });

  it('lets a teacher reset a student’s password; the old one stops working', async () => {
    const students = (await teacher.get(`/api/classes/${CLASS}/students`)).body.students;
    const target = students.find((s: { username: string }) => s.username === 'student.demo');
    const reset = await teacher.post(`/api/accounts/${target.id}/password-reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.oneTimePassword).toMatch(/^[a-z2-9]{10}$/);
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: 'student.demo', password: 'clearcampus-demo' })).status).toBe(401);
    await ApiClient.signedIn(server.url, 'student.demo', reset.body.oneTimePassword);
  });
});

describe('recount after the roster workload', () => {
  it('finds every enrolled counter equal to the student accounts', async () => {
    const { recount } = await import('../../functions/src/handlers/recount.js');
    const report = await recount(server.db);
    expect(report.facts).toBeGreaterThan(1000);
    expect(report.differences).toEqual([]);
  });

  it('reports a tampered counter and repairs it', async () => {
    const { recount } = await import('../../functions/src/handlers/recount.js');
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await server.db.doc.send(
      new UpdateCommand({
        TableName: server.db.table,
        Key: { PK: 'COUNT#640422#1', SK: 'all#enrolled' },
        UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    const report = await recount(server.db, { repair: true });
    expect(report.differences.map((d) => [d.orgId, d.n - d.expected])).toEqual([['640422', 1]]);
    expect((await recount(server.db)).differences).toEqual([]);
  });
});
