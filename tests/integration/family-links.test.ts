import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let teacher: ApiClient;
let family: ApiClient;
const CLASS = 'cls_demo_qq_7_1';
const FAMILIES_MODULE = 'mod_families-talking-about-drugs';
const device = () => randomBytes(12).toString('base64url');

beforeAll(async () => {
  server = await startTestServer();
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  family = new ApiClient(server.url);
});
afterAll(() => server.close());

async function share(moduleId = FAMILIES_MODULE) {
  const reply = await teacher.post(`/api/classes/${CLASS}/family-links`, { moduleId });
  expect([200, 201]).toContain(reply.status);
  return reply.body.link as { token: string; opens: number; title: { zh: string } };
}

describe('family links', () => {
  it('makes one link per class and module, however many requests race to make it', async () => {
    const replies = await Promise.all(Array.from({ length: 6 }, () => teacher.post(`/api/classes/${CLASS}/family-links`, { moduleId: FAMILIES_MODULE })));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const tokens = new Set(replies.map((r) => r.body.link.token));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const listed = (await teacher.get(`/api/classes/${CLASS}/family-links`)).body.links as { token: string; title: { zh: string } }[];
    expect(listed.map((l) => l.token)).toEqual([...tokens]);
    expect(listed[0]!.title.zh).toContain('家长课堂');
  });

  it('shows the lesson without an account, and nothing about the class, school or teacher', async () => {
    const { token } = await share();
    const reply = await family.get(`/api/family/${token}`);
    expect(reply.status).toBe(200);
    expect(reply.body.module.id).toBe(FAMILIES_MODULE);
    expect(reply.body.module.content.sections.length).toBeGreaterThan(0);
    const text = JSON.stringify(reply.body);
    for (const secret of [CLASS, 'sch_demo', 'u_teacher', '清泉', '李老师']) expect(text).not.toContain(secret);
  });

  it('counts each device once, however often it reloads or retries', async () => {
    const { token } = await share();
    const before = (await share()).opens;
    const first = device();
    const burst = await Promise.all(Array.from({ length: 8 }, () => family.post(`/api/family/${token}/opens`, { device: first })));
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(burst.filter((r) => r.body.counted)).toHaveLength(1);
    const second = await family.post(`/api/family/${token}/opens`, { device: device() });
    expect(second.body.counted).toBe(true);
    expect((await family.post(`/api/family/${token}/opens`, { device: first })).body.counted).toBe(false);
    const listed = (await teacher.get(`/api/classes/${CLASS}/family-links`)).body.links as { token: string; opens: number }[];
    expect(listed.find((l) => l.token === token)!.opens).toBe(before + 2);
  });

  it('answers a made-up or malformed token with an error and counts nothing', async () => {
    const forged = randomBytes(16).toString('base64url');
    expect((await family.get(`/api/family/${forged}`)).status).toBe(404);
    expect((await family.post(`/api/family/${forged}/opens`, { device: device() })).status).toBe(404);
    const malformed = await family.get('/api/family/not-a-token');
    expect(malformed.status).toBe(400);
    expect((await family.post(`/api/family/${(await share()).token}/opens`, { device: 'short' })).status).toBe(400);
  });

  it('shares only published modules written for families', async () => {
    const junior = await teacher.post(`/api/classes/${CLASS}/family-links`, { moduleId: 'mod_drug-law-junior' });
    expect(junior.status).toBe(422);
    expect(junior.body.error.details[0].path).toBe('moduleId');
    expect((await teacher.post(`/api/classes/${CLASS}/family-links`, { moduleId: 'mod_no-such-module' })).status).toBe(422);
    const listed = (await teacher.get(`/api/classes/${CLASS}/family-links`)).body.links as { moduleId: string }[];
    expect(listed.map((l) => l.moduleId)).not.toContain('mod_drug-law-junior');
  });

  it('stops showing a lesson once the editors retire it', async () => {
    const editor = await ApiClient.signedIn(server.url, 'editor.demo');
    const content = { ...moduleContent('家长'), gradeBands: ['families'] };
    const id = (await editor.post('/api/modules', { content, featured: false })).body.module.id as string;
    expect((await editor.post(`/api/modules/${id}/publish`)).status).toBe(200);
    const { token } = await share(id);
    expect((await family.get(`/api/family/${token}`)).status).toBe(200);
    expect((await editor.post(`/api/modules/${id}/retire`)).status).toBe(200);
    expect((await family.get(`/api/family/${token}`)).status).toBe(404);
  });

  it('lets only the class’s teachers and school admin share or see the counts', async () => {
    const teacher2 = await ApiClient.signedIn(server.url, 'teacher2.demo');
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    for (const client of [teacher2, student]) {
      expect((await client.post(`/api/classes/${CLASS}/family-links`, { moduleId: FAMILIES_MODULE })).status).toBe(403);
      expect((await client.get(`/api/classes/${CLASS}/family-links`)).status).toBe(403);
    }
    expect((await family.get(`/api/classes/${CLASS}/family-links`)).status).toBe(401);
    const admin = await ApiClient.signedIn(server.url, 'school.demo');
    expect((await admin.get(`/api/classes/${CLASS}/family-links`)).status).toBe(200);
  });
});
