import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf } from '../../functions/src/domain/audit/schemas.js';
import { appendAudit } from '../../functions/src/store/audit.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient, type Reply } from '../support/client.js';
import { utf8BomCsv } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SCHOOL = 'sch_demo_xiji_qingquan';
const SCHOOL_PATH = `640000/640400/640422/${SCHOOL}`;
const CLASS = 'cls_demo_qq_7_1';
const CLASSMATE = 'u_demo_qq_7_1_1';
const YEAR_S = 365 * 24 * 3600;

let server: TestServer;
let teacher: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  admin = await ApiClient.signedIn(server.url, 'school.demo');
});
afterAll(() => server.close());

async function log(): Promise<Record<string, unknown>[]> {
  const reply = await admin.get(`/api/schools/${SCHOOL}/audit`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.entries;
}

function expectEntry(entries: Record<string, unknown>[], action: string, targetType: string, targetId: string, actorId = 'u_teacher_demo') {
  const entry = entries.find((e) => e.action === action && e.targetId === targetId);
  expect(entry, `${action} on ${targetId}`).toEqual({
    id: expect.any(String),
    at: expect.any(String),
    actorId,
    actorRole: actorId === 'u_teacher_demo' ? 'teacher' : 'school_admin',
    action,
    targetType,
    targetId,
    schoolId: SCHOOL,
    address: expect.stringMatching(/127\.0\.0\.1|::1/),
  });
  expect(Date.now() - Date.parse(entry!.at as string)).toBeLessThan(60_000);
}

describe('the audit log', () => {
  it('records a roster view, a progress CSV, a slips download and a password reset with actor, target and address', async () => {
    expect((await teacher.get(`/api/classes/${CLASS}/students`)).status).toBe(200);
    expect((await teacher.get(`/api/classes/${CLASS}/progress.csv`)).status).toBe(200);
    const csv = utf8BomCsv(['姓名,学号', '审计测试,900001']).toString('base64');
    const importId = (await teacher.post(`/api/classes/${CLASS}/roster-imports`, { fileName: 'a.csv', contentBase64: csv })).body.import.id;
    expect((await teacher.post(`/api/classes/${CLASS}/roster-imports/${importId}/commit`)).status).toBe(200);
    expect((await teacher.get(`/api/classes/${CLASS}/roster-imports/${importId}/slips`)).status).toBe(200);
    expect((await teacher.post(`/api/accounts/${CLASSMATE}/password-reset`)).status).toBe(200);

    const entries = await log();
    expectEntry(entries, 'roster.view', 'class', CLASS);
    expectEntry(entries, 'progress.csv', 'class', CLASS);
    expectEntry(entries, 'slips.download', 'import', importId);
    expectEntry(entries, 'password.reset', 'account', CLASSMATE);
    const times = entries.map((e) => e.at as string);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('logs nothing for a refused request', async () => {
    const before = (await log()).length;
    const other = await ApiClient.signedIn(server.url, 'teacher2.demo');
    expect((await other.get(`/api/classes/${CLASS}/students`)).status).toBe(403);
    expect((await other.post(`/api/accounts/${CLASSMATE}/password-reset`)).status).toBe(403);
    expect((await log()).length).toBe(before);
  });

  it('is shown to the school’s own admin only', async () => {
    for (const username of ['school2.demo', 'teacher.demo', 'student.demo', 'county.demo', 'region.demo']) {
      const client = await ApiClient.signedIn(server.url, username);
      expect((await client.get(`/api/schools/${SCHOOL}/audit`)).status, username).toBe(403);
    }
    expect((await new ApiClient(server.url).get(`/api/schools/${SCHOOL}/audit`)).status).toBe(401);
    expect((await admin.get('/api/schools/sch_nope/audit')).status).toBe(404);
    expect((await admin.get(`/api/schools/${SCHOOL}/audit?cursor=nonsense`)).status).toBe(400);
  });

  it('pages newest first and leaves out entries past their lifetime', async () => {
    const old = Date.now() - 400 * 24 * 3600_000;
    for (let i = 0; i < 60; i++)
      await appendAudit(
        server.db,
        {
          actorId: 'u_school_demo',
          actorRole: 'school_admin',
          action: 'roster.view',
          targetType: 'class',
          targetId: `cls_page_${i}`,
          path: SCHOOL_PATH,
          address: '10.0.0.1',
          at: old + i * 1000,
        },
        server.deps.now(),
      );
    // Older than the 3-year lifetime: TTL has not removed it yet (deletion is lazy), reads must.
    await appendAudit(
      server.db,
      {
        actorId: 'u_school_demo',
        actorRole: 'school_admin',
        action: 'roster.view',
        targetType: 'class',
        targetId: 'cls_expired',
        path: SCHOOL_PATH,
        address: '10.0.0.1',
        at: Date.now() - 4 * YEAR_S * 1000,
      },
      server.deps.now(),
    );

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply: Reply = await admin.get(`/api/schools/${SCHOOL}/audit${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(reply.status).toBe(200);
      seen.push(...reply.body.entries);
      cursor = reply.body.cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.filter((e) => (e.targetId as string).startsWith('cls_page_'))).toHaveLength(60);
    expect(seen.map((e) => e.at as string)).toEqual(
      seen
        .map((e) => e.at as string)
        .sort()
        .reverse(),
    );
    expect(seen.some((e) => e.targetId === 'cls_expired')).toBe(false);
  });

  it('keeps each entry 3 years (TTL attribute)', async () => {
    const { Items } = await server.db.doc.send(
      new QueryCommand({
        TableName: server.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.auditLog(SCHOOL) },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const item = Items![0]!;
    expect(item.expiresAt).toBeGreaterThan(Date.parse(item.at as string) / 1000 + 3 * YEAR_S - 60);
    expect(item.expiresAt).toBeLessThan(Date.parse(item.at as string) / 1000 + 3 * YEAR_S + 60);
  });
});

describe('audit counts for bureaus', () => {
  const month = monthOf(Date.now());

  it('gives the bureau of the county and those above counts per action and month, and nothing personal', async () => {
    for (const [username, unit] of [
      ['county.demo', '640422'],
      ['city.demo', '640422'],
      ['region.demo', '640422'],
      ['city.demo', '640400'],
    ] as const) {
      const client = await ApiClient.signedIn(server.url, username);
      const reply = await client.get(`/api/units/${unit}/audit-counts`);
      expect(reply.status, `${username} ${unit}`).toBe(200);
      expect(reply.body.to).toBe(month);
      expect(reply.body.counts).toContainEqual({ month, action: 'password.reset', count: 1 });
      expect(reply.body.counts).toContainEqual({ month, action: 'slips.download', count: 1 });
      const text = JSON.stringify(reply.body);
      for (const leak of ['u_teacher_demo', CLASSMATE, CLASS, '127.0.0.1', '李老师', 'actor', 'target', 'address']) expect(text).not.toContain(leak);
    }
  });

  it('splits counts by the unit one level down', async () => {
    const region = await ApiClient.signedIn(server.url, 'region.demo');
    const byCity = await region.get('/api/units/640000/audit-counts?by=child');
    expect(byCity.body.counts).toContainEqual({ month, action: 'progress.csv', unitId: '640400', count: 1 });
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    const bySchool = await county.get('/api/units/640422/audit-counts?by=child');
    expect(bySchool.body.counts).toContainEqual({ month, action: 'progress.csv', unitId: SCHOOL, count: 1 });
    const oldMonth = monthOf(Date.now() - 400 * 24 * 3600_000);
    const older = await county.get(`/api/units/640422/audit-counts?from=${oldMonth}&to=${oldMonth}`);
    expect(older.body.counts).toContainEqual({ month: oldMonth, action: 'roster.view', count: 60 });
  });

  it('refuses other counties, schools and non-bureaus, and bad months', async () => {
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    expect((await county.get('/api/units/640104/audit-counts')).status).toBe(403);
    expect((await county.get('/api/units/640400/audit-counts')).status).toBe(403);
    const county2 = await ApiClient.signedIn(server.url, 'county2.demo');
    expect((await county2.get('/api/units/640422/audit-counts')).status).toBe(403);
    expect((await admin.get(`/api/units/${SCHOOL}/audit-counts`)).status).toBe(403);
    expect((await teacher.get('/api/units/640422/audit-counts')).status).toBe(403);
    for (const query of ['from=2026-13', 'to=26-01', 'from=2026-05&to=2026-01', 'from=2024-01&to=2026-01', 'by=actor', 'extra=1'])
      expect((await county.get(`/api/units/640422/audit-counts?${query}`)).status, query).toBe(400);
  });
});
