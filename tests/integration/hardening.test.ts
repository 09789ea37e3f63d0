import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMembers } from '../../functions/src/store/accounts.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient } from '../support/client.js';
import { utf8BomCsv } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Requests a client should never be able to turn into a 500, a leak or a spoofed name: forged
 * cursors, oversized roster cells, a first autosave with a version, unauthenticated calls with bad
 * input, control and bidi characters in names, impossible dates and absurd windows.
 */
let server: TestServer;
const clients: Record<string, ApiClient> = {};
const CLASS = 'cls_demo_qq_7_1';
const SCHOOL = 'sch_demo_xiji_qingquan';
const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => iso(ms).slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['teacher.demo', 'school.demo', 'county.demo', 'student.demo', 'editor.demo'])
    clients[username] = await ApiClient.signedIn(server.url, username);
});
afterAll(() => server.close());

/** Every refusal here is also a sample of the error contract: each detail has a code and JSON params. */
function expectError(reply: { status: number; body: any }, status: number, code: string) {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(status);
  expect(reply.body.error).toMatchObject({ code, message: expect.any(String), details: expect.any(Array) });
  for (const detail of reply.body.error.details)
    expect(detail, JSON.stringify(detail)).toEqual({
      path: expect.any(String),
      code: expect.stringMatching(/^[a-z_]+$/),
      message: expect.any(String),
      params: expect.any(Object),
    });
}

/** A JSON body sent as raw text, so that it can hold what JSON.stringify would escape (a lone surrogate). */
async function rawPost(client: ApiClient, path: string, json: string) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'ClearCampus', cookie: client.cookie },
    body: json,
  });
  return { status: response.status, body: await response.json() };
}

function contestSettings(opensAt: number, closesAt: number) {
  return {
    type: 'essay',
    title: { zh: '加固测试征文', en: 'Hardening essays' },
    theme: { zh: '远离毒品', en: 'Stay away from drugs' },
    brief: { zh: '写一篇征文。', en: 'Write an essay.' },
    bands: ['primary', 'junior'],
    opensAt: iso(opensAt),
    closesAt: iso(closesAt),
    limits: { zhChars: { min: 10, max: 5000 }, enWords: { min: 10, max: 2000 } },
    stages: [
      { level: 'school', quota: 3 },
      { level: 'county', quota: 3 },
    ],
    rubric: [{ id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '主题', en: 'Theme' }, max: 100 }],
  };
}

describe('no 500 from a client’s input', () => {
  it('answers a first autosave that claims a version with 409, not a crash', async () => {
    const created = await clients['county.demo']!.post('/api/contests', {
      unitId: '640422',
      settings: contestSettings(Date.now() - DAY, Date.now() + 30 * DAY),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const url = `/api/contests/${created.body.contest.id}/entries/me`;
    const reply = await clients['student.demo']!.put(url, { version: 3, content: { title: '标题', text: '第一次保存', language: 'zh' } });
    expectError(reply, 409, 'conflict');
    expect(reply.body.error.currentVersion).toBe(0);
    expect((await clients['student.demo']!.put(url, { version: 0, content: { title: '标题', text: '第一次保存', language: 'zh' } })).status).toBe(200);
  });

  it('refuses a forged cursor with 400 on the cursor, and a tampered one too; a real one works', async () => {
    const forged = Buffer.from(JSON.stringify({ PK: 'USER#u_x', SK: 'x' })).toString('base64url');
    const forgedReply = await clients['teacher.demo']!.get(`/api/classes/${CLASS}/students?cursor=${forged}`);
    expectError(forgedReply, 400, 'validation');
    expect(forgedReply.body.error.details[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });

    const real = (await listMembers(server.db, CLASS, 'student', undefined, 1)).cursor!;
    expect(real).toBeTruthy();
    expect((await clients['teacher.demo']!.get(`/api/classes/${CLASS}/students?cursor=${real}`)).status).toBe(200);
    const tampered = real.slice(0, -2) + (real.endsWith('AA') ? 'BB' : 'AA');
    expectError(await clients['teacher.demo']!.get(`/api/classes/${CLASS}/students?cursor=${tampered}`), 400, 'validation');
    const [payload] = real.split('.');
    expectError(await clients['teacher.demo']!.get(`/api/classes/${CLASS}/students?cursor=${payload}`), 400, 'validation');
  });

  it('refuses a roster file with a 900 KB cell before storing it', async () => {
    const file = utf8BomCsv(['姓名,学号', `${'x'.repeat(900_000)},1`]);
    const reply = await clients['teacher.demo']!.post(`/api/classes/${CLASS}/roster-imports`, { fileName: 'huge.csv', contentBase64: file.toString('base64') });
    expectError(reply, 422, 'rule_broken');
    expect(reply.body.error.details[0]).toMatchObject({ path: 'contentBase64', code: 'cell_too_long', params: { line: 2, length: 900_000, maximum: 500 } });
  });

  it('shows an over-long name as a per-row error, clipped in the preview', async () => {
    const reply = await clients['teacher.demo']!.post(`/api/classes/${CLASS}/roster-imports`, {
      fileName: 'long.csv',
      contentBase64: utf8BomCsv(['姓名,学号', `${'长'.repeat(150)},L1`]).toString('base64'),
    });
    expect(reply.status).toBe(201);
    const [row] = reply.body.import.rows;
    expect(row.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
    expect([...row.name].length).toBeLessThanOrEqual(33);
  });
});

describe('sign-in comes before validation', () => {
  /** Routes that answer without a session: they validate their input as usual. */
  const PUBLIC = new Set([
    'GET /api/health',
    'GET /api/openapi.json',
    'POST /api/auth/login',
    'POST /api/auth/logout',
    'GET /api/certificates/{code}',
    'GET /api/family/{token}',
    'POST /api/family/{token}/opens',
  ]);

  async function operations() {
    const doc = (await new ApiClient(server.url).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: !!op.requestBody })),
    );
  }

  for (const [label, cookie] of [
    ['no cookie', ''],
    ['a forged cookie', 'cc_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1X3gifQ.forged'],
  ] as const)
    it(`answers 401 to every route that needs a session, given ${label} and invalid input`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const { method, path, hasBody } of await operations()) {
        const route = `${method} ${path}`;
        if (PUBLIC.has(route)) continue;
        // Every path parameter far too long, an unknown query key, a body of the wrong shape.
        const url = path.replace(/\{[^}]+\}/g, 'x'.repeat(300)) + '?bogus=1';
        for (const body of hasBody ? ['{"bogus":1}', '{not json'] : [undefined]) {
          const response = await fetch(server.url + url, {
            method,
            headers: { 'x-requested-with': 'ClearCampus', ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
            body,
          });
          const json = response.headers.get('content-type')?.includes('application/json') ? await response.json() : null;
          const key = `${route}${body ? ` ${body}` : ''}`;
          outcomes[key] = `${response.status} ${json?.error?.code}`;
          expected[key] = '401 unauthenticated';
        }
      }
      expect(Object.keys(outcomes).length).toBeGreaterThan(60);
      expect(outcomes).toEqual(expected);
    });

  it('still validates the public routes', async () => {
    expectError(await new ApiClient(server.url).post('/api/auth/login', { bogus: 1 }), 400, 'validation');
    expectError(await new ApiClient(server.url).get('/api/certificates/not-a-code'), 400, 'validation');
  });
});

describe('input hygiene', () => {
  const teachers = `/api/schools/${SCHOOL}/teachers`;
  const classes = `/api/schools/${SCHOOL}/classes`;

  it('refuses names with bidi overrides, zero-width characters, NUL or lone surrogates', async () => {
    const admin = clients['school.demo']!;
    for (const displayName of ['Evil\u202Egnp.exe', '王\u200B老师', 'a\u0000b', '\u2066李\u2069', '张\uFEFF三', 'x\u0007y']) {
      const reply = await admin.post(teachers, { displayName, username: `hygiene.${Math.random().toString(36).slice(2, 8)}` });
      expectError(reply, 400, 'validation');
      expect(reply.body.error.details[0], JSON.stringify(displayName)).toMatchObject({ path: 'displayName', code: 'unclean_text', params: {} });
    }
    expectError(await admin.post(classes, { grade: 7, name: '七年级\u202E班' }), 400, 'validation');
    expectError(await rawPost(admin, classes, '{"grade":7,"name":"七年级\\ud800班"}'), 400, 'validation');
    expectError(await clients['county.demo']!.post('/api/units/640422/schools', { name: '学校\u0000', stage: 'primary' }), 400, 'validation');
    expectError(await clients['county.demo']!.post('/api/units/640422/judges', { displayName: '评委\u200D', username: 'hygiene.judge' }), 400, 'validation');
    expectError(
      await clients['county.demo']!.post('/api/campaigns', {
        name: '活动\u202E',
        startDate: isoDate(Date.now()),
        endDate: isoDate(Date.now() + 30 * DAY),
        moduleIds: ['m'],
      }),
      400,
      'validation',
    );
    // A plain name is fine.
    expect((await admin.post(classes, { grade: 7, name: '七年级(9)班' })).status).toBe(201);
  });

  it('reports roster rows with such names as per-row errors', async () => {
    const lines = ['姓名,学号', '正常,H1', 'Evil\u202Egnp,H2', '王\u200B五,H3', 'a\u0000b,H4', '\u2067李\u2069,H5'];
    const reply = await clients['teacher.demo']!.post(`/api/classes/${CLASS}/roster-imports`, {
      fileName: 'h.csv',
      contentBase64: utf8BomCsv(lines).toString('base64'),
    });
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201);
    const errors = Object.fromEntries(
      reply.body.import.rows.map((r: { line: number; errors: { field: string; code: string }[] }) => [r.line, r.errors.map((e) => `${e.field} ${e.code}`)]),
    );
    expect(errors).toEqual({ 2: [], 3: ['name unclean_text'], 4: ['name unclean_text'], 5: ['name unclean_text'], 6: ['name unclean_text'] });
  });

  it('codes each refused field by zod’s issue code, with its bounds and choices as params', async () => {
    const reply = await clients['county.demo']!.post('/api/quizzes', {
      settings: {
        title: { zh: '', en: 'x' },
        kind: 'practice',
        rules: { fixed: ['q'] },
        timeLimitMinutes: 500,
        attemptsAllowed: 1.5,
        passMark: 60,
        reviewPolicy: 'sometimes',
        colour: 'red',
      },
    });
    expectError(reply, 400, 'validation');
    const byPath = Object.fromEntries(reply.body.error.details.map((d: { path: string }) => [d.path, d]));
    expect(byPath['settings.title.zh']).toMatchObject({ code: 'too_small', params: { origin: 'string', minimum: 1 } });
    expect(byPath['settings.timeLimitMinutes']).toMatchObject({ code: 'too_big', params: { origin: 'number', maximum: 180 } });
    expect(byPath['settings.attemptsAllowed']).toMatchObject({ code: 'invalid_type', params: { expected: 'int' } });
    expect(byPath['settings.reviewPolicy']).toMatchObject({ code: 'invalid_value', params: { values: ['after_submit', 'after_close', 'never'] } });
    expect(byPath['settings']).toMatchObject({ code: 'unrecognized_keys', params: { keys: ['colour'] } });
  });

  it('codes a broken rule with the numbers a client needs to say it', async () => {
    const reply = await clients['editor.demo']!.post('/api/quizzes', {
      settings: {
        title: { zh: '练习', en: 'Practice' },
        kind: 'practice',
        rules: { band: 'junior', draw: [{ topic: 'drug_basics', count: 50 }] },
        timeLimitMinutes: 20,
        attemptsAllowed: 1,
        passMark: 60,
        reviewPolicy: 'after_submit',
      },
    });
    expectError(reply, 422, 'rule_broken');
    expect(reply.body.error.details).toEqual([
      {
        path: 'rules.draw',
        code: 'not_enough_questions',
        message: expect.any(String),
        params: { available: expect.any(Number), needed: 50, topic: 'drug_basics', band: 'junior' },
      },
    ]);
    expect(reply.body.error.details[0].params.available).toBeLessThan(50);
  });

  it('refuses impossible dates', async () => {
    const due = await clients['teacher.demo']!.post('/api/assignments', { moduleId: 'm', classIds: [CLASS], dueDate: '2026-02-30' });
    expectError(due, 400, 'validation');
    expect(due.body.error.details[0].path).toBe('dueDate');
    const start = await clients['county.demo']!.post('/api/campaigns', { name: '活动', startDate: '2027-02-29', endDate: '2027-03-10', moduleIds: ['m'] });
    expectError(start, 400, 'validation');
    expect(start.body.error.details[0].path).toBe('startDate');
  });

  it('refuses windows that last years or open far from now', async () => {
    const county = clients['county.demo']!;
    const today = Date.now();
    const tenYears = await county.post('/api/campaigns', {
      name: '十年活动',
      startDate: isoDate(today),
      endDate: isoDate(today + 3650 * DAY),
      moduleIds: ['m'],
    });
    expectError(tenYears, 400, 'validation');
    expect(tenYears.body.error.details[0]).toMatchObject({ path: 'endDate', code: 'window_too_long', params: { maximum: 366 } });
    const longAgo = await county.post('/api/campaigns', {
      name: '旧活动',
      startDate: isoDate(today - 800 * DAY),
      endDate: isoDate(today - 700 * DAY),
      moduleIds: ['m'],
    });
    expectError(longAgo, 400, 'validation');
    expect(longAgo.body.error.details[0]).toMatchObject({
      path: 'startDate',
      code: 'opening_out_of_range',
      params: { pastDays: expect.any(Number), aheadDays: expect.any(Number) },
    });

    const farContest = await county.post('/api/contests', { unitId: '640422', settings: contestSettings(today + 1000 * DAY, today + 1010 * DAY) });
    expectError(farContest, 400, 'validation');
    const longContest = await county.post('/api/contests', { unitId: '640422', settings: contestSettings(today, today + 800 * DAY) });
    expectError(longContest, 400, 'validation');
    expect(longContest.body.error.details.map((d: { path: string }) => d.path)).toContain('settings.closesAt');

    const quiz = await county.post('/api/quizzes', {
      settings: {
        title: { zh: '竞赛', en: 'Competition' },
        kind: 'competition',
        rules: { fixed: ['q'] },
        timeLimitMinutes: 20,
        attemptsAllowed: 1,
        passMark: 60,
        reviewPolicy: 'after_submit',
        opensAt: iso(today),
        closesAt: iso(today + 5 * 365 * DAY),
      },
    });
    expectError(quiz, 400, 'validation');
    expect(quiz.body.error.details.map((d: { path: string }) => d.path)).toContain('settings.closesAt');
  });
});

describe('reading what the table holds', () => {
  it('answers a stored item without its entity’s shape with a 500 and a request id, never half of it', async () => {
    const county = clients['county.demo']!;
    const id = 'cmp_corrupt_item';
    // As an older release or a hand edit might have left it: no module list, a number for a date.
    await server.db.doc.send(
      new PutCommand({
        TableName: server.db.table,
        Item: {
          ...keys.campaign(id),
          GSI1PK: keys.campaignsOfUnit('640422'),
          GSI1SK: keys.listedAt('2026-06-01', id),
          type: 'campaign',
          id,
          unitId: '640422',
          unitPath: '640000/640400/640422',
          name: '损坏的活动',
          startDate: 20260601,
        },
      }),
    );
    const reply = await county.get('/api/campaigns');
    expectError(reply, 500, 'internal');
    expect(reply.body.error.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(reply.body)).not.toContain('损坏的活动');
    await server.db.doc.send(new DeleteCommand({ TableName: server.db.table, Key: keys.campaign(id) }));
    expect((await county.get('/api/campaigns')).status).toBe(200);
  });
});
