import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { unitCounters } from '../support/counters.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { openCampaignDates } from '../support/dates.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let editor: ApiClient;
let teacher: ApiClient;
let student: ApiClient;
const CLASS = 'cls_demo_qq_7_1';
const PATH = ['640000', '640400', '640422', 'sch_demo_xiji_qingquan', CLASS];

beforeAll(async () => {
  server = await startTestServer();
  editor = await ApiClient.signedIn(server.url, 'editor.demo');
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  student = await ApiClient.signedIn(server.url, 'student.demo');
});
afterAll(() => server.close());

const counters = (scope: string, metric: string) => Promise.all(PATH.map(async (id) => (await unitCounters(server.db, id, scope))[metric] ?? 0));

async function publishedModule(title: string) {
  const created = await editor.post('/api/modules', { content: moduleContent(title), featured: false });
  expect(created.status).toBe(201);
  const published = await editor.post(`/api/modules/${created.body.module.id}/publish`);
  expect(published.status).toBe(200);
  return published.body.module as { id: string; version: number };
}

describe('the demo data', () => {
  it('gives the demo student a campaign of 西吉县 and a class assignment, and student2 neither', async () => {
    const tasks = (await student.get('/api/me/tasks')).body.tasks as { source: string; sourceId: string; moduleId: string; title: { zh: string } | null }[];
    expect(
      tasks
        .filter((t) => t.sourceId === 'cmp_demo_xiji')
        .map((t) => t.moduleId)
        .sort(),
    ).toEqual(['mod_disguised-drugs', 'mod_drugs-brain-body']);
    expect(tasks).toContainEqual(expect.objectContaining({ source: 'assignment', moduleId: 'mod_drug-law-junior' }));
    expect(tasks.every((t) => t.title?.zh)).toBe(true);
    const other = await ApiClient.signedIn(server.url, 'student2.demo');
    const theirs = (await other.get('/api/me/tasks')).body.tasks as { sourceId: string; moduleId: string }[];
    expect(theirs.some((t) => t.sourceId === 'cmp_demo_xiji')).toBe(false);
    expect(theirs.map((t) => t.moduleId)).toEqual(['mod_what-are-drugs']);
  });

  it('lists the seed modules of a junior student’s band in the catalog', async () => {
    const catalog = (await student.get('/api/catalog')).body.modules as { id: string; gradeBands: string[] }[];
    expect(catalog.length).toBeGreaterThanOrEqual(4);
    expect(catalog.every((m) => m.gradeBands.includes('junior'))).toBe(true);
  });
});

describe('modules', () => {
  it('gives the second of two editors saving the same draft 409 and the current version', async () => {
    const created = await editor.post('/api/modules', { content: moduleContent('并发'), featured: false });
    const id = created.body.module.id;
    const other = await ApiClient.signedIn(server.url, 'editor.demo');
    const first = await editor.put(`/api/modules/${id}/draft`, { version: 1, content: moduleContent('第一位'), featured: false });
    expect(first.status).toBe(200);
    expect(first.body.module.version).toBe(2);
    const second = await other.put(`/api/modules/${id}/draft`, { version: 1, content: moduleContent('第二位'), featured: false });
    expect(second.status).toBe(409);
    expect(second.body.error.currentVersion).toBe(2);
    expect((await editor.get(`/api/modules/${id}/draft`)).body.module.content.title.zh).toBe('第一位');
  });

  it('publishes immutable versions and hides retired modules from the catalog', async () => {
    const module = await publishedModule('版本');
    await editor.put(`/api/modules/${module.id}/draft`, { version: 1, content: moduleContent('版本二'), featured: true });
    const v2 = await editor.post(`/api/modules/${module.id}/publish`);
    expect(v2.body.module.version).toBe(2);
    expect((await student.get(`/api/modules/${module.id}/versions/1`)).body.module.content.title.zh).toBe('版本');
    const catalog = (await student.get('/api/catalog')).body.modules.map((m: { id: string }) => m.id);
    expect(catalog).toContain(module.id);
    await editor.post(`/api/modules/${module.id}/retire`);
    expect((await student.get('/api/catalog')).body.modules.map((m: { id: string }) => m.id)).not.toContain(module.id);
    const assign = await teacher.post('/api/assignments', { moduleId: module.id, classIds: [CLASS], dueDate: '2030-06-26' });
    expect(assign.status).toBe(422);
  });

  it('rejects invalid content with field details and changes nothing', async () => {
    const content = moduleContent('坏');
    const bad = {
      ...content,
      sections: [
        { ...content.sections[1], options: content.sections[1]!.kind === 'check' ? content.sections[1]!.options.map((o) => ({ ...o, correct: false })) : [] },
      ],
    };
    const reply = await editor.post('/api/modules', { content: bad, featured: false });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toContainEqual({ path: 'content.sections.0.options', code: 'one_correct', message: expect.any(String), params: {} });
  });
});

describe('assignment, player and counters', () => {
  it('takes a student from assignment to completion, with a reload in the middle, counting exactly once', async () => {
    const module = await publishedModule('作业');
    const before = await counters(`module:${module.id}`, 'completed');
    const assigned = await teacher.post(
      '/api/assignments',
      { moduleId: module.id, classIds: [CLASS], dueDate: '2030-06-26' },
      { 'idempotency-key': 'assign-once-1' },
    );
    expect(assigned.status).toBe(201);
    const replayed = await teacher.post(
      '/api/assignments',
      { moduleId: module.id, classIds: [CLASS], dueDate: '2030-06-26' },
      { 'idempotency-key': 'assign-once-1' },
    );
    expect(replayed.body.assignments[0].id).toBe(assigned.body.assignments[0].id);
    expect(
      (await teacher.get(`/api/classes/${CLASS}/assignments`)).body.assignments.filter((a: { moduleId: string }) => a.moduleId === module.id),
    ).toHaveLength(1);

    const tasks = (await student.get('/api/me/tasks')).body.tasks;
    expect(tasks).toContainEqual(expect.objectContaining({ source: 'assignment', moduleId: module.id, dueDate: '2030-06-26', status: 'not_started' }));

    const save = (sectionId: string, optionId?: string) =>
      student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId, ...(optionId ? { optionId } : {}) });
    expect((await save('intro')).status).toBe(200);
    expect((await save('check-1', 'b')).body.progress.percent).toBe(50);

    // "Reload": a fresh session reads where the student was.
    const again = await ApiClient.signedIn(server.url, 'student.demo');
    const resumed = (await again.get(`/api/me/progress/${module.id}`)).body;
    expect(resumed.progress).toMatchObject({ lastSectionId: 'check-1', seen: ['intro', 'check-1'], answers: { 'check-1': 'b' } });
    expect((await again.get('/api/me/tasks')).body.tasks.find((t: { moduleId: string }) => t.moduleId === module.id).status).toBe('in_progress');

    expect((await again.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'more' })).status).toBe(200);
    // Seeing the last check without answering it does not complete the module.
    const unanswered = await again.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'check-2' });
    expect(unanswered.body.progress.completedAt).toBeNull();
    const finals = await Promise.all(
      [1, 2, 3, 4, 5].map(() => again.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'check-2', optionId: 'a' })),
    );
    for (const reply of finals) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(finals[0]!.body.progress.completedAt).not.toBeNull();

    const after = await counters(`module:${module.id}`, 'completed');
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 1, 1, 1, 1]);
    expect(await counters(`module:${module.id}`, 'started')).toEqual([1, 1, 1, 1, 1]);
    // A replayed completion changes nothing.
    await again.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'check-2', optionId: 'a' });
    expect(await counters(`module:${module.id}`, 'completed')).toEqual(after);

    const grid = (await teacher.get(`/api/classes/${CLASS}/progress`)).body;
    const column = grid.modules.findIndex((m: { moduleId: string }) => m.moduleId === module.id);
    const row = grid.students.find((s: { displayName: string }) => s.displayName === '小明（演示）');
    expect(row.cells[column]).toMatchObject({ status: 'completed', percent: 100, overdue: false });
    expect(grid.students.find((s: { displayName: string }) => s.displayName === '马晓燕').cells[column]).toMatchObject({ status: 'not_started' });
  });

  it('gives the player the progress and the module at the version started, its text as safe HTML, in one read', async () => {
    const created = await editor.post('/api/modules', {
      content: {
        ...moduleContent('播放'),
        sections: moduleContent('播放').sections.map((s) =>
          s.id === 'more' && s.kind === 'text'
            ? { ...s, body: { zh: '远离<script>alert(1)</script>毒品，[危险](javascript:alert(1))', en: 'H<sub>2</sub>O' } }
            : s,
        ),
      },
      featured: false,
    });
    const id = created.body.module.id as string;
    await editor.post(`/api/modules/${id}/publish`);
    const fresh = await student.get(`/api/me/modules/${id}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body.progress).toBeNull();
    expect(fresh.body.module.version).toBe(1);
    const sections = fresh.body.module.content.sections as { id: string; body?: unknown; html?: { zh: string; en: string } }[];
    expect(sections[0]).toMatchObject({
      id: 'intro',
      html: { zh: '<p><strong>毒品</strong>会伤害身体。</p>\n', en: '<p><strong>Drugs</strong> harm the body.</p>\n' },
    });
    expect(sections.every((s) => s.body === undefined)).toBe(true);
    expect(sections[2]!.html).toEqual({ zh: '<p>远离&lt;script&gt;alert(1)&lt;/script&gt;毒品，危险</p>\n', en: '<p>H<sub>2</sub>O</p>\n' });
    // The presenter's and viewers' reads of a published version carry the same HTML.
    expect((await teacher.get(`/api/modules/${id}`)).body.module.content.sections).toEqual(sections);
    expect((await student.get(`/api/modules/${id}/versions/1`)).body.module.content.sections).toEqual(sections);

    await student.put(`/api/me/progress/${id}`, { version: 1, sectionId: 'intro' });
    await editor.put(`/api/modules/${id}/draft`, { version: 1, content: moduleContent('播放二'), featured: false });
    expect((await editor.post(`/api/modules/${id}/publish`)).body.module.version).toBe(2);
    const started = (await student.get(`/api/me/modules/${id}`)).body;
    expect(started.progress).toMatchObject({ version: 1, seen: ['intro'] });
    expect(started.module).toMatchObject({ version: 1, content: { title: { zh: '播放' } } });

    expect((await teacher.get(`/api/me/modules/${id}`)).status).toBe(403);
    expect((await student.get('/api/me/modules/mod_nope')).status).toBe(404);
  });

  it('refuses progress for a section that does not exist, and a wrong version', async () => {
    const module = await publishedModule('校验');
    expect((await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'nope' })).status).toBe(422);
    expect((await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'intro', optionId: 'a' })).status).toBe(422);
    expect((await student.put(`/api/me/progress/${module.id}`, { version: 99, sectionId: 'intro' })).status).toBe(409);
    expect((await student.get(`/api/me/progress/${module.id}`)).body.progress).toBeNull();
  });

  it('exports the grid as CSV that Excel opens, formula cells neutralised', async () => {
    const response = await fetch(`${server.url}/api/classes/${CLASS}/progress.csv`, { headers: { cookie: teacher.cookie } });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('小明（演示）');
    expect(text).toContain('已完成 completed');
  });
});

describe('campaigns', () => {
  it('reaches every student below the unit without teacher action, and no one outside', async () => {
    const module = await publishedModule('活动');
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    const created = await county.post('/api/campaigns', {
      name: '6·26 国际禁毒日',
      description: '全县学生完成学习',
      ...openCampaignDates(),
      moduleIds: [module.id],
    });
    expect(created.status).toBe(201);
    const id = created.body.campaign.id;
    const mine = (await student.get('/api/me/tasks')).body.tasks;
    expect(mine).toContainEqual(expect.objectContaining({ source: 'campaign', sourceId: id, moduleId: module.id, status: 'not_started' }));
    const other = await ApiClient.signedIn(server.url, 'student2.demo');
    expect((await other.get('/api/me/tasks')).body.tasks.some((t: { sourceId: string }) => t.sourceId === id)).toBe(false);

    const before = await counters(`campaign:${id}`, 'completed');
    for (const [sectionId, optionId] of [['intro'], ['check-1', 'b'], ['more'], ['check-2', 'a']] as const)
      await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId, ...(optionId ? { optionId } : {}) });
    expect((await counters(`campaign:${id}`, 'completed')).map((n, i) => n - before[i]!)).toEqual([1, 1, 1, 1, 1]);
    expect(await counters(`campaign:${id}`, 'started')).toEqual([1, 1, 1, 1, 1]);

    expect((await teacher.get('/api/campaigns')).body.campaigns.map((c: { id: string }) => c.id)).toContain(id);
    const city = await ApiClient.signedIn(server.url, 'city.demo');
    expect((await city.get('/api/campaigns')).body.campaigns.map((c: { id: string }) => c.id)).toContain(id);
    const region = await ApiClient.signedIn(server.url, 'region.demo');
    expect((await region.get('/api/campaigns')).body.campaigns.map((c: { id: string }) => c.id)).toContain(id);
    const county2 = await ApiClient.signedIn(server.url, 'county2.demo');
    expect((await county2.get('/api/campaigns')).body.campaigns.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('counts a module finished before the campaign opened once the student opens it again', async () => {
    const module = await publishedModule('先学');
    for (const [sectionId, optionId] of [['intro'], ['check-1', 'b'], ['more'], ['check-2', 'a']] as const)
      await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId, ...(optionId ? { optionId } : {}) });
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    const id = (await county.post('/api/campaigns', { name: '后开的活动', ...openCampaignDates(), moduleIds: [module.id] })).body.campaign.id;
    expect(await counters(`campaign:${id}`, 'completed')).toEqual([0, 0, 0, 0, 0]);
    expect((await student.get('/api/me/tasks')).body.tasks.find((t: { sourceId: string }) => t.sourceId === id).status).toBe('completed');
    await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'intro' });
    await student.put(`/api/me/progress/${module.id}`, { version: module.version, sectionId: 'intro' });
    expect(await counters(`campaign:${id}`, 'completed')).toEqual([1, 1, 1, 1, 1]);
    expect(await counters(`module:${module.id}`, 'completed')).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses a campaign with an unpublished module or reversed dates', async () => {
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    const draft = await editor.post('/api/modules', { content: moduleContent('未发布'), featured: false });
    expect((await county.post('/api/campaigns', { name: 'x', ...openCampaignDates(), moduleIds: [draft.body.module.id] })).status).toBe(422);
    const reversed = await county.post('/api/campaigns', { name: 'x', startDate: '2026-12-31', endDate: '2026-01-01', moduleIds: [draft.body.module.id] });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0]).toMatchObject({ path: 'endDate', code: 'window_order', params: {} });
  });
});

describe('recount after the learning workload', () => {
  it('finds every counter equal to the facts', async () => {
    const report = await recount(server.db);
    expect(report.differences).toEqual([]);
    expect(report.facts).toBeGreaterThan(10);
  });
});
