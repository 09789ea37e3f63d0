import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import { recount } from '../../functions/src/handlers/recount.js';
import { createAccount } from '../../functions/src/store/accounts.js';
import { unitCounters } from '../support/counters.js';
import { assignTeacher, createUnit } from '../../functions/src/store/org.js';
import { ApiClient } from '../support/client.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * An essay contest of 西吉县 with a school stage and a county stage, run end to end: seven students of
 * two schools, reviewers, a panel of two judges and a third on a disagreement, ties, awards and
 * certificates; counters checked at every level and by recount.
 */
let server: TestServer;
let clock = Date.now();
const HOUR = 3600_000;
const XIJI = '640000/640400/640422';
const HONGYAN = 'sch_demo_xiji_hongyan';
const HY_CLASS = 'cls_test_hy_6';
const QINGQUAN = 'sch_demo_xiji_qingquan';
let county: ApiClient;
let contestId = '';

/** Six essays on the theme, each written independently (none shares a sentence with another). */
const ESSAYS = [
  '那天放学路上，一个陌生人递给我一包花花绿绿的“跳跳糖”，说吃了能让人一整天都很兴奋。我想起禁毒课上老师讲过，毒品常常伪装成零食和饮料，于是摇摇头走开了，回家后把这件事告诉了爸爸妈妈。',
  '我的爷爷是一名老党员，他常常给我讲虎门销烟的故事。林则徐在海滩上销毁鸦片，让世界看到了中国人禁毒的决心。今天我们生活在和平的年代，更要珍惜来之不易的幸福，对毒品说不。',
  '好奇心是学习的动力，但有些东西绝对不能因为好奇去尝试。毒品会损伤大脑中负责判断和自控的区域，青少年的大脑还在发育，受到的伤害更大。真正的勇敢，是敢于拒绝，敢于向老师求助。',
  '班会课上我们分组排练了一个情景剧：聚会上有人劝大家尝一种“奶茶”。扮演主角的同学先是委婉拒绝，然后找借口离开，最后把情况告诉了班主任。通过表演，我学会了三种拒绝的方法。',
  '周末我和妈妈去社区参观了禁毒展览。展板上介绍了国家对毒品犯罪严厉打击的法律规定，也讲了戒毒康复的艰难过程。走出展厅，我暗暗下定决心：做一名禁毒小卫士，把知识讲给更多人听。',
  '禁毒不只是警察的事，也是每个家庭、每个学生的事。我们可以从身边做起：不随便接受陌生人的饮料，不进入不适合未成年人的娱乐场所，发现可疑情况及时报告。让我们一起守护清朗的校园。',
];
/** Essay 0 lightly re-worded by another school's student: most of it is the same text. */
const COPIED =
  '那天放学回家的路上，一个陌生人递给我一包花花绿绿的“跳跳糖”，说吃了能让人一整天都很兴奋。我想起禁毒课上老师讲过，毒品常常伪装成零食和饮料，于是摇摇头走开了，回家后把这件事告诉了妈妈。';

const iso = (ms: number) => new Date(ms).toISOString();

async function importStudents(teacher: ApiClient, classId: string, count: number, seed: number) {
  const preview = await teacher.post(`/api/classes/${classId}/roster-imports`, {
    fileName: 'r.csv',
    contentBase64: gbkCsv(rosterRows(count, seed)).toString('base64'),
  });
  const commit = await teacher.post(`/api/classes/${classId}/roster-imports/${preview.body.import.id}/commit`);
  const credentials = commit.body.slips.credentials as { username: string; password: string; name: string }[];
  return Promise.all(credentials.map(async (c) => ({ client: await ApiClient.signedIn(server.url, c.username, c.password), name: c.name })));
}

const settings = () => ({
  type: 'essay',
  title: { zh: '西吉县禁毒征文（测试）', en: 'Xiji anti-drug essay contest (test)' },
  theme: { zh: '珍爱生命，远离毒品', en: 'Cherish life, stay away from drugs' },
  brief: { zh: '写一篇禁毒征文。', en: 'Write an anti-drug essay.' },
  bands: ['primary', 'junior'],
  opensAt: iso(clock - HOUR),
  closesAt: iso(clock + 24 * HOUR),
  limits: { zhChars: { min: 40, max: 2000 }, enWords: { min: 20, max: 500 } },
  stages: [
    { level: 'school', quota: 2 },
    { level: 'county', quota: 10 },
  ],
  rubric: [
    { id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '紧扣主题', en: 'On theme' }, max: 60 },
    { id: 'style', name: { zh: '语言', en: 'Style' }, description: { zh: '语言通顺', en: 'Clear writing' }, max: 40 },
  ],
  spreadPercent: 20,
});

/** A rubric score with this total. */
const scoreOf = (total: number) => ({
  criteria: [
    { id: 'theme', points: Math.min(60, Math.round(total * 0.6)), comment: '主题明确' },
    { id: 'style', points: total - Math.min(60, Math.round(total * 0.6)), comment: '' },
  ],
});

const writers: { client: ApiClient; name: string; school: string; text: string; code?: string; entryId?: string }[] = [];
const judges: Record<string, ApiClient> = {};
const judgeReplies: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  const { db } = server;
  // 红岩小学 gets a class, its teacher and its admin, set up directly in the store.
  const klass = {
    id: HY_CLASS,
    kind: 'class' as const,
    name: { zh: '六年级(1)班', en: 'Grade 6 Class 1' },
    parentId: HONGYAN,
    path: `${XIJI}/${HONGYAN}/${HY_CLASS}`,
    grade: 6,
  };
  await createUnit(db, klass);
  const hash = await hashPassword('hongyan-staff');
  const staff = (id: string, username: string, role: 'teacher' | 'school_admin', displayName: string) =>
    createAccount(db, {
      id,
      username,
      role,
      displayName,
      orgId: HONGYAN,
      orgPath: `${XIJI}/${HONGYAN}`,
      mustChangePassword: false,
      passwordHash: hash,
      createdAt: iso(clock),
    });
  await staff('u_teacher_hy', 'teacher.hy', 'teacher', '红岩刘老师');
  await staff('u_admin_hy', 'admin.hy', 'school_admin', '红岩赵校长');
  await assignTeacher(db, klass, 'u_teacher_hy');

  county = await ApiClient.signedIn(server.url, 'county.demo');
  const created = await county.post('/api/contests', { unitId: '640422', settings: settings() }, { 'idempotency-key': 'contest-test-1' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  contestId = created.body.contest.id;

  const qq = await importStudents(await ApiClient.signedIn(server.url, 'teacher.demo'), 'cls_demo_qq_7_1', 3, 31);
  const hy = await importStudents(await ApiClient.signedIn(server.url, 'teacher.hy', 'hongyan-staff'), HY_CLASS, 3, 32);
  writers.push({ client: await ApiClient.signedIn(server.url, 'student.demo'), name: '小明（演示）', school: QINGQUAN, text: ESSAYS[0]! });
  qq.forEach((s, i) => writers.push({ ...s, school: QINGQUAN, text: ESSAYS[i + 1]! }));
  hy.forEach((s, i) => writers.push({ ...s, school: HONGYAN, text: i === 2 ? COPIED : ESSAYS[i + 4]! }));
  for (const name of ['judge.demo', 'judge2.demo', 'judge3.demo']) judges[name] = await ApiClient.signedIn(server.url, name);
});
afterAll(() => server.close());

const entryUrl = (suffix = '') => `/api/contests/${contestId}/entries/me${suffix}`;
const stageUrl = (level: string, unit: string, suffix = '') => `/api/contests/${contestId}/stages/${level}/units/${unit}${suffix}`;
const counters = (unit: string) => unitCounters(server.db, unit, `contest:${contestId}`);

describe('entries', () => {
  it('autosave drafts with versions: a stale save gets 409 with the current text and overwrites nothing', async () => {
    const { client } = writers[0]!;
    expect((await client.get(entryUrl())).body.entry).toBeNull();
    const first = await client.put(entryUrl(), { version: 0, content: { title: '拒绝的勇气', text: '草稿第一版', language: 'zh' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.entry.version).toBe(1);
    const second = await client.put(entryUrl(), { version: 1, content: { title: '拒绝的勇气', text: '草稿第二版', language: 'zh' } });
    expect(second.body.entry.version).toBe(2);
    // Another tab still holding version 1.
    const stale = await client.put(entryUrl(), { version: 1, content: { title: '拒绝的勇气', text: '旧标签页的文字', language: 'zh' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBeDefined();
    expect((await client.get(entryUrl())).body.entry.draft.text).toBe('草稿第二版');
  });

  it('refuses bad input and entries that break the rules, changing nothing', async () => {
    const { client } = writers[0]!;
    expect((await client.put(entryUrl(), { version: 2, content: { title: '', text: 'x', language: 'zh' } })).status).toBe(400);
    expect((await client.put(entryUrl(), { version: 2, content: { title: 't', text: 'x'.repeat(20_001), language: 'zh' } })).status).toBe(400);
    expect((await client.put(entryUrl(), { version: 2, content: { title: 't', text: 'x', language: 'zh', band: 'senior' } })).status).toBe(422);
    const tooShort = await client.post(entryUrl('/submit'));
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.error.details[0]).toMatchObject({
      path: 'content.text',
      code: 'entry_too_short',
      params: { minimum: 40, length: expect.any(Number), unit: 'characters' },
    });
    expect(tooShort.body.error.details[0].message).toContain('at least 40');
    expect((await client.get(entryUrl())).body.entry.submission).toBeNull();
    // Teachers do not write essays; a student of another county is not reached.
    expect(
      (await (await ApiClient.signedIn(server.url, 'teacher.demo')).put(entryUrl(), { version: 0, content: { title: 't', text: 'x', language: 'zh' } })).status,
    ).toBe(403);
    expect((await (await ApiClient.signedIn(server.url, 'student2.demo')).get(entryUrl())).status).toBe(403);
  });

  it('submits once however often it is repeated, under an anonymous code; counters move exactly once', async () => {
    for (const writer of writers) {
      const current = (await writer.client.get(entryUrl())).body.entry;
      const saved = await writer.client.put(entryUrl(), {
        version: current?.version ?? 0,
        content: { title: `征文 ${writers.indexOf(writer) + 1}`, text: writer.text, language: 'zh' },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const replies = await Promise.all([1, 2, 3].map(() => writer.client.post(entryUrl('/submit'))));
      for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const entry = replies[0]!.body.entry;
      expect(entry.submission.text).toBe(writer.text);
      expect(entry.code).toMatch(/^[A-Z0-9]{8}$/);
      expect(entry.stage).toBe('school');
      writer.code = entry.code;
      writer.entryId = entry.id;
    }
    expect(new Set(writers.map((w) => w.code)).size).toBe(7);
    expect((await counters('640422')).submitted).toBe(7);
    expect((await counters(QINGQUAN)).submitted).toBe(4);
    expect((await counters(HONGYAN)).submitted).toBe(3);
    expect((await counters('640422')).schoolsReached).toBe(2);
    // A submitted entry is immutable.
    const edit = await writers[0]!.client.put(entryUrl(), { version: 3, content: { title: 't', text: '改动', language: 'zh' } });
    expect(edit.status).toBe(409);
  });

  it('may be withdrawn and resubmitted while the window is open', async () => {
    const { client, text } = writers[1]!;
    const withdrawn = await client.post(entryUrl('/withdraw'));
    expect(withdrawn.body.entry.submission).toBeNull();
    expect((await counters('640422')).submitted).toBe(6);
    const again = await client.post(entryUrl('/submit'));
    expect(again.body.entry.submission.text).toBe(text);
    expect((await counters('640422')).submitted).toBe(7);
  });

  it('flags the copied essay with the shared passages, and no independent pair', async () => {
    const flags = (await county.get(`/api/contests/${contestId}/similarity`)).body.flags as {
      id: string;
      a: string;
      b: string;
      jaccard: number;
      schoolA: { zh: string };
      schoolB: { zh: string };
    }[];
    const entryPairs = flags.filter((f) => !f.a.startsWith('known:') && !f.b.startsWith('known:'));
    expect(entryPairs).toHaveLength(1);
    expect([entryPairs[0]!.a, entryPairs[0]!.b].sort()).toEqual([writers[0]!.code, writers[6]!.code].sort());
    expect([entryPairs[0]!.schoolA.zh, entryPairs[0]!.schoolB.zh].sort()).toEqual(['西吉县清泉中学', '西吉县红岩小学'].sort());
    const pair = (await county.get(`/api/contests/${contestId}/similarity/${encodeURIComponent(entryPairs[0]!.id)}`)).body.pair;
    expect(pair.passagesA.length).toBeGreaterThan(0);
    const shared = pair.passagesA.map((p: { start: number; end: number }) => pair.textA.slice(p.start, p.end)).join('');
    expect(shared).toContain('毒品常常伪装成零食和饮料');
    // Outside the contest's organisers: refused.
    expect((await (await ApiClient.signedIn(server.url, 'county2.demo')).get(`/api/contests/${contestId}/similarity`)).status).toBe(403);
  });
});

describe('stages', () => {
  it('wait for the window to close', async () => {
    const school = await ApiClient.signedIn(server.url, 'school.demo');
    const early = await school.post(stageUrl('school', QINGQUAN, '/advance'), { entryIds: [writers[0]!.entryId] });
    expect(early.status).toBe(422);
    clock += 25 * HOUR;
    // Sessions last 8 hours: sign in again after the jump.
    county = await ApiClient.signedIn(server.url, 'county.demo');
    for (const name of Object.keys(judges)) judges[name] = await ApiClient.signedIn(server.url, name);
    writers[0]!.client = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await writers[0]!.client.post(entryUrl('/withdraw'))).status).toBe(422);
  });

  it('school stage: the admin sees names and sends on up to the quota; a named reviewer may too', async () => {
    const school = await ApiClient.signedIn(server.url, 'school.demo');
    const view = (await school.get(stageUrl('school', QINGQUAN))).body;
    expect(view.entries.map((e: { authorName: string }) => e.authorName).sort()).toEqual(
      writers
        .slice(0, 4)
        .map((w) => w.name)
        .sort(),
    );
    // Two students may share a name: the school's staff also see the student number.
    expect(view.entries.some((e: { authorNumber?: string }) => typeof e.authorNumber === 'string' && e.authorNumber.length > 0)).toBe(true);
    const read = (await school.get(stageUrl('school', QINGQUAN, `/entries/${writers[0]!.entryId}`))).body.entry;
    expect(read).toMatchObject({ text: writers[0]!.text, authorName: '小明（演示）' });
    // The county bureau may look in on a school's stage, but never sees a name.
    const overseen = await county.get(stageUrl('school', QINGQUAN));
    expect(overseen.status).toBe(200);
    expect(JSON.stringify(overseen.body)).not.toContain('小明');
    expect((await county.get(stageUrl('school', QINGQUAN, `/entries/${writers[0]!.entryId}`))).body.entry.authorName).toBeUndefined();
    const over = await school.post(stageUrl('school', QINGQUAN, '/advance'), { entryIds: writers.slice(0, 3).map((w) => w.entryId) });
    expect(over.status).toBe(422);
    const ok = await school.post(stageUrl('school', QINGQUAN, '/advance'), { entryIds: [writers[0]!.entryId, writers[1]!.entryId] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.progress.advanced).toBe(2);
    // Repeating changes nothing; a third is over the quota.
    expect((await school.post(stageUrl('school', QINGQUAN, '/advance'), { entryIds: [writers[0]!.entryId] })).status).toBe(200);
    expect((await school.post(stageUrl('school', QINGQUAN, '/advance'), { entryIds: [writers[2]!.entryId] })).status).toBe(422);
    // Another school's admin may not.
    expect((await (await ApiClient.signedIn(server.url, 'admin.hy', 'hongyan-staff')).get(stageUrl('school', QINGQUAN))).status).toBe(403);

    const teacherHy = await ApiClient.signedIn(server.url, 'teacher.hy', 'hongyan-staff');
    expect((await teacherHy.get(stageUrl('school', HONGYAN))).status).toBe(403);
    const adminHy = await ApiClient.signedIn(server.url, 'admin.hy', 'hongyan-staff');
    expect((await adminHy.put(stageUrl('school', HONGYAN, '/reviewers'), { teacherIds: ['u_teacher_hy'] })).status).toBe(200);
    const sent = await teacherHy.post(stageUrl('school', HONGYAN, '/advance'), { entryIds: [writers[4]!.entryId, writers[5]!.entryId] });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect((await counters('640422')).advanced).toBe(4);
    expect((await counters(HONGYAN)).advanced).toBe(2);
  });

  it('the county bureau creates judge accounts of its own unit for its panels', async () => {
    const created = await county.post('/api/units/640422/judges', { displayName: '新评委', username: 'judge.new' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ role: 'judge', orgId: '640422', mustChangePassword: true });
    const judgesOfXiji = (await county.get('/api/units/640422/judges')).body.judges.map((j: { name: string }) => j.name);
    expect(judgesOfXiji).toEqual(expect.arrayContaining(['新评委', '评委甲（演示）', '评委乙（演示）', '评委丙（演示）']));
    expect((await ApiClient.signedIn(server.url, 'judge.new', created.body.oneTimePassword)).cookie).not.toBe('');
    expect((await county.post('/api/units/640400/judges', { displayName: '越权', username: 'judge.city' })).status).toBe(403);
  });

  it('county stage: a panel of two judges, blind; a disagreement brings in a third', async () => {
    const panel = await county.put(stageUrl('county', '640422', '/panel'), { judgeIds: ['u_judge_demo', 'u_judge2_demo'] });
    expect(panel.status, JSON.stringify(panel.body)).toBe(200);
    expect(panel.body.entries).toHaveLength(4);
    expect(panel.body.progress.toJudge).toBe(8);
    // Judges of another unit, or non-judges, are refused.
    expect((await county.put(stageUrl('county', '640422', '/panel'), { judgeIds: ['u_judge_demo', 'u_teacher_demo'] })).status).toBe(422);

    const advanced = [writers[0]!, writers[1]!, writers[4]!, writers[5]!];
    // Totals by judge: entry 0 88 on average, entry 1 and entry 5 tie at 78, entry 4 splits 95/55.
    const totals: Record<string, [number, number]> = {
      [advanced[0]!.code!]: [90, 86],
      [advanced[1]!.code!]: [80, 76],
      [advanced[2]!.code!]: [95, 55],
      [advanced[3]!.code!]: [78, 78],
    };
    for (const [name, index] of [
      ['judge.demo', 0],
      ['judge2.demo', 1],
    ] as const) {
      const tasks = await judges[name]!.get('/api/judging');
      judgeReplies.push(JSON.stringify(tasks.body));
      expect(tasks.body.tasks).toHaveLength(4);
      for (const task of tasks.body.tasks) {
        const read = await judges[name]!.get(`/api/judging/${contestId}/${task.code}`);
        judgeReplies.push(JSON.stringify(read.body));
        expect(read.body.entry.text.length).toBeGreaterThan(40);
        const scored = await judges[name]!.put(`/api/judging/${contestId}/${task.code}`, scoreOf(totals[task.code]![index]!));
        expect(scored.status, JSON.stringify(scored.body)).toBe(200);
        judgeReplies.push(JSON.stringify(scored.body));
      }
    }
    // Points over a criterion's maximum are refused.
    expect(
      (
        await judges['judge.demo']!.put(`/api/judging/${contestId}/${advanced[0]!.code}`, {
          criteria: [
            { id: 'theme', points: 61, comment: '' },
            { id: 'style', points: 0, comment: '' },
          ],
        })
      ).status,
    ).toBe(422);
    // judge3 is not on the panel: nothing assigned.
    expect((await judges['judge3.demo']!.get(`/api/judging/${contestId}/${advanced[0]!.code}`)).status).toBe(404);

    let view = (await county.get(stageUrl('county', '640422'))).body;
    const split = view.entries.find((e: { code: string }) => e.code === advanced[2]!.code);
    expect(split).toMatchObject({ needsThirdJudge: true, mean: null, spread: 40 });
    // A third judge joins the panel and gets the disputed entry only.
    await county.put(stageUrl('county', '640422', '/panel'), { judgeIds: ['u_judge_demo', 'u_judge2_demo', 'u_judge3_demo'] });
    const third = (await judges['judge3.demo']!.get('/api/judging')).body.tasks;
    expect(third.map((t: { code: string }) => t.code)).toEqual([advanced[2]!.code]);
    const scored = await judges['judge3.demo']!.put(`/api/judging/${contestId}/${advanced[2]!.code}`, scoreOf(81));
    judgeReplies.push(JSON.stringify(scored.body));
    expect(scored.status).toBe(200);

    view = (await county.get(stageUrl('county', '640422'))).body;
    const byCode = Object.fromEntries(view.entries.map((e: { code: string }) => [e.code, e]));
    expect(byCode[advanced[0]!.code!]).toMatchObject({ mean: 88, rank: 1, tied: false });
    expect(byCode[advanced[1]!.code!]).toMatchObject({ mean: 78, rank: 2, tied: true });
    expect(byCode[advanced[3]!.code!]).toMatchObject({ mean: 78, rank: 2, tied: true });
    expect(byCode[advanced[2]!.code!]).toMatchObject({ mean: 77, rank: 4, needsThirdJudge: false });
    expect(view.progress).toMatchObject({ entries: 4, judged: 4, toJudge: 0 });
    // Higher stages show schools, never authors.
    expect(JSON.stringify(view)).not.toContain('小明');

    // The organiser's progress: each stage summed over the units of its level that have entries.
    const progress = (await county.get(`/api/contests/${contestId}/progress`)).body;
    expect(progress.submitted).toBe(7);
    expect(progress.stages).toEqual([
      expect.objectContaining({ level: 'school', quota: 2, entries: 7, advanced: 4 }),
      expect.objectContaining({ level: 'county', quota: 10, entries: 4, judged: 4, toJudge: 0, advanced: 0 }),
    ]);
    const schoolRows = progress.stages[0].units.map((u: { unitId: string; entries: number; advanced: number }) => [u.unitId, u.entries, u.advanced]).sort();
    expect(schoolRows).toEqual(
      [
        [HONGYAN, 3, 2],
        [QINGQUAN, 4, 2],
      ].sort(),
    );
    expect(progress.stages[1].units).toEqual([expect.objectContaining({ unitId: '640422', entries: 4 })]);
  });

  it('judges’ responses never contain a name, school or county', () => {
    const forbidden = [...writers.map((w) => w.name), '西吉', 'Xiji', '清泉', 'Qingquan', '红岩', 'Hongyan', 'sch_', 'cls_', '640422', 'u_'];
    // The contest's own title names its organiser, which every entrant knows; nothing else may.
    const title = settings().title;
    for (const reply of judgeReplies.map((r) => r.replaceAll(title.zh, '').replaceAll(title.en, '')))
      for (const word of forbidden) expect(reply, `${word} in ${reply.slice(0, 200)}`).not.toContain(word);
  });
});

describe('awards', () => {
  it('go by rank with ties sharing a level, once, with certificates that verify', async () => {
    const counts = { first: 1, second: 1, third: 0, excellence: 2 };
    const awarded = await county.post(`/api/contests/${contestId}/awards`, { counts });
    expect(awarded.status, JSON.stringify(awarded.body)).toBe(200);
    const levels = Object.fromEntries(awarded.body.awards.map((a: { code: string; award: string }) => [a.code, a.award]));
    expect(levels).toEqual({ [writers[0]!.code!]: 'first', [writers[1]!.code!]: 'second', [writers[5]!.code!]: 'second', [writers[4]!.code!]: 'excellence' });
    expect(JSON.stringify(awarded.body)).not.toContain('小明');
    // Again: the same; other counts: refused.
    expect((await county.post(`/api/contests/${contestId}/awards`, { counts })).body.awards).toHaveLength(4);
    expect((await county.post(`/api/contests/${contestId}/awards`, { counts: { ...counts, first: 2 } })).status).toBe(409);
    expect((await judges['judge.demo']!.put(`/api/judging/${contestId}/${writers[0]!.code}`, scoreOf(10))).status).toBe(409);

    const mine = (await writers[0]!.client.get('/api/me/certificates')).body.certificates;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'contest', award: 'first', recipientName: '小明（演示）', recipientRole: 'participant', sourceId: contestId });
    const verified = await new ApiClient(server.url).get(`/api/certificates/${mine[0].code}`);
    expect(verified.body.certificate).toMatchObject({ award: 'first', title: { zh: '西吉县禁毒征文（测试）' } });
    // The class teacher is certified as supervising teacher.
    const advisor = (await (await ApiClient.signedIn(server.url, 'teacher.demo')).get('/api/me/certificates')).body.certificates;
    expect(advisor.filter((c: { recipientRole: string }) => c.recipientRole === 'advisor')).toHaveLength(2);
    expect((await writers[0]!.client.get(entryUrl())).body.entry).toMatchObject({ award: 'first' });

    expect((await counters('640422')).awarded).toBe(4);
    expect((await counters('640000')).awarded).toBe(4);
    expect((await counters(HONGYAN)).awarded).toBe(2);
  });

  it('coverage shows entries per school, and recount agrees with every counter', async () => {
    const coverage = (await county.get(`/api/coverage?unit=640422&contest=${contestId}`)).body;
    expect(coverage.unit).toMatchObject({ entriesSubmitted: 7, entriesAdvanced: 4, entriesAwarded: 4, schoolsReached: 2 });
    const schools = Object.fromEntries(coverage.children.map((r: { id: string }) => [r.id, r]));
    expect(schools[QINGQUAN]).toMatchObject({ entriesSubmitted: 3 + 1, entriesAdvanced: 2, entriesAwarded: 2 });
    expect((await recount(server.db)).differences).toEqual([]);
  });
});

describe('a lesson contest', () => {
  it('takes teachers’ plans straight to a county stage; an editor turns the winner into a featured module draft', async () => {
    const lessonSettings = {
      ...settings(),
      type: 'lesson',
      title: { zh: '禁毒精品课评选（测试）', en: 'Best anti-drug lesson (test)' },
      opensAt: iso(clock - HOUR),
      closesAt: iso(clock + HOUR),
      stages: [{ level: 'county', quota: 3 }],
    };
    const created = await county.post('/api/contests', { unitId: '640422', settings: lessonSettings });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const lessonId = created.body.contest.id;
    const teachers = [await ApiClient.signedIn(server.url, 'teacher.demo'), await ApiClient.signedIn(server.url, 'teacher.hy', 'hongyan-staff')];
    const plans = [
      {
        title: '识别伪装毒品',
        text: `## 教学目标\n\n${ESSAYS[2]}\n\n## 教学过程\n\n${ESSAYS[3]}`,
        language: 'zh',
        band: 'junior',
        videoUrl: 'https://example.org/lesson.mp4',
      },
      { title: '学会拒绝', text: `## 教学目标\n\n${ESSAYS[4]}\n\n## 教学过程\n\n${ESSAYS[5]}`, language: 'zh', band: 'primary' },
    ];
    // A lesson names its band; a student may not enter.
    expect((await writers[0]!.client.get(`/api/contests/${lessonId}/entries/me`)).status).toBe(403);
    const codes: string[] = [];
    for (const [i, teacher] of teachers.entries()) {
      expect((await teacher.put(`/api/contests/${lessonId}/entries/me`, { version: 0, content: { ...plans[i]!, band: undefined } })).status).toBe(200);
      expect((await teacher.post(`/api/contests/${lessonId}/entries/me/submit`)).status).toBe(422);
      expect((await teacher.put(`/api/contests/${lessonId}/entries/me`, { version: 1, content: plans[i] })).status).toBe(200);
      const submitted = await teacher.post(`/api/contests/${lessonId}/entries/me/submit`);
      expect(submitted.body.entry.stage).toBe('county');
      codes.push(submitted.body.entry.code);
    }
    clock += 2 * HOUR;
    county = await ApiClient.signedIn(server.url, 'county.demo');
    for (const name of Object.keys(judges)) judges[name] = await ApiClient.signedIn(server.url, name);
    expect((await county.put(`/api/contests/${lessonId}/stages/county/units/640422/panel`, { judgeIds: ['u_judge2_demo', 'u_judge3_demo'] })).status).toBe(200);
    for (const [name, totals] of [
      ['judge2.demo', [90, 70]],
      ['judge3.demo', [86, 72]],
    ] as const)
      for (const [i, code] of codes.entries()) {
        const read = await judges[name]!.get(`/api/judging/${lessonId}/${code}`);
        expect(read.body.entry.type).toBe('lesson');
        expect(read.body.entry.videoUrl).toBe(i === 0 ? 'https://example.org/lesson.mp4' : undefined);
        expect((await judges[name]!.put(`/api/judging/${lessonId}/${code}`, scoreOf(totals[i]!))).status).toBe(200);
      }
    const awards = await county.post(`/api/contests/${lessonId}/awards`, { counts: { first: 1, second: 0, third: 0, excellence: 0 } });
    expect(awards.body.awards.map((a: { code: string; award: string }) => [a.code, a.award])).toEqual([[codes[0], 'first']]);
    const winner = awards.body.awards[0].entryId;

    const editor = await ApiClient.signedIn(server.url, 'editor.demo');
    expect(
      (await editor.post(`/api/contests/${lessonId}/entries/${(await teachers[1]!.get(`/api/contests/${lessonId}/entries/me`)).body.entry.id}/feature`)).status,
    ).toBe(404);
    const featured = await editor.post(`/api/contests/${lessonId}/entries/${winner}/feature`);
    expect(featured.status, JSON.stringify(featured.body)).toBe(200);
    expect((await editor.post(`/api/contests/${lessonId}/entries/${winner}/feature`)).body.moduleId).toBe(featured.body.moduleId);
    const draft = (await editor.get(`/api/modules/${featured.body.moduleId}/draft`)).body.module;
    expect(draft).toMatchObject({ featured: true, status: 'draft' });
    expect(draft.content.title.zh).toBe('识别伪装毒品');
    expect(draft.content.teacherNote.aims.zh).toContain('李老师');
    // The winning teacher is certified; there is no supervising teacher of a lesson.
    const certificates = (await teachers[0]!.get('/api/me/certificates')).body.certificates.filter((c: { sourceId: string }) => c.sourceId === lessonId);
    expect(certificates).toMatchObject([{ award: 'first', recipientRole: 'participant' }]);
    expect((await recount(server.db)).differences).toEqual([]);
  });
});
