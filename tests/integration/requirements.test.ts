import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { schoolYearOf } from '../../functions/src/domain/school-years/years.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, lessons taught in class and bureaus' requirements: a lesson counts once (a burst of the
 * same tap, a retried request) in its school year and its month, and is taken back once; a county's
 * requirement reaches its schools, and its coverage reads what the schools did in the period's months,
 * before and after it was set, with the schools that do not meet it; the recount agrees throughout.
 */
const QINGQUAN = 'sch_demo_xiji_qingquan';
const HONGYAN = 'sch_demo_xiji_hongyan';
const XIJI = '640422';
const REGION = '640000';
const CLASS = 'cls_demo_qq_7_1';
const DAY = 24 * 3600_000;
let clock = Date.parse('2026-12-04T10:00:00+08:00');
const YEAR = schoolYearOf(clock);
let server: TestServer;
let admin: ApiClient;
let teacher: ApiClient;
let county: ApiClient;
let city: ApiClient;
let moduleId = '';
let qingquanClasses: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  admin = await ApiClient.signedIn(server.url, 'school.demo');
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  county = await ApiClient.signedIn(server.url, 'county.demo');
  city = await ApiClient.signedIn(server.url, 'city.demo');
  moduleId = (await teacher.get('/api/catalog?band=junior')).body.modules[0].id;
  qingquanClasses = ((await admin.get(`/api/units/${QINGQUAN}`)).body.children as { id: string; kind: string }[])
    .filter((c) => c.kind === 'class')
    .map((c) => c.id);
});
afterAll(() => server.close());

const lessonsUrl = (classId: string) => `/api/classes/${classId}/lessons`;
const noDifferences = async () => expect((await recount(server.db)).differences).toEqual([]);

describe('lessons taught in class', () => {
  let lessonId = '';

  it('count once in the school year and the month at the class and every unit above, under a burst of the same tap', async () => {
    const replies = await Promise.all(
      [1, 2, 3].map(() => teacher.post(lessonsUrl(CLASS), { moduleId, date: '2026-12-03', hours: 1 }, { 'idempotency-key': 'lesson-tap-1' })),
    );
    for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(new Set(replies.map((r) => r.body.lesson.id)).size).toBe(1);
    lessonId = replies[0]!.body.lesson.id;
    expect(replies[0]!.body.lesson).toMatchObject({ classId: CLASS, year: YEAR, hours: 1, taughtByName: '李老师（演示）' });
    for (const unit of [CLASS, QINGQUAN, XIJI, REGION]) {
      expect(await unitCounters(server.db, unit, `lessons:${YEAR}`), unit).toEqual({ lessons: 1, lessonHours: 1 });
      expect(await unitCounters(server.db, unit, 'lessons:2026-12'), unit).toEqual({ lessons: 1, lessonHours: 1 });
    }
    const listed = await teacher.get(lessonsUrl(CLASS));
    expect(listed.body).toMatchObject({ hours: 1, lessons: [{ id: lessonId }] });
    await noDifferences();
  });

  it('refuses a date to come, odd hours, a module that is not published and a class the teacher does not teach', async () => {
    expect((await teacher.post(lessonsUrl(CLASS), { moduleId, date: '2026-12-05' })).body.error.details[0].code).toBe('date_in_future');
    expect((await teacher.post(lessonsUrl(CLASS), { moduleId, date: '2026-12-03', hours: 0.7 })).status).toBe(400);
    expect((await teacher.post(lessonsUrl(CLASS), { moduleId: 'mod_none', date: '2026-12-03' })).body.error.details[0].code).toBe('not_published');
    const other = qingquanClasses.find((id) => id !== CLASS)!;
    expect((await teacher.post(lessonsUrl(other), { moduleId, date: '2026-12-03' })).status).toBe(403);
    expect(await unitCounters(server.db, QINGQUAN, `lessons:${YEAR}`)).toEqual({ lessons: 1, lessonHours: 1 });
  });

  it('is taken back once when two undos race, audited once, then stays taken back', async () => {
    const undos = await Promise.all([1, 2].map(() => teacher.request('DELETE', `${lessonsUrl(CLASS)}/${lessonId}`)));
    for (const reply of undos) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(undos.every((r) => r.body.lesson.deletedAt)).toBe(true);
    for (const unit of [CLASS, QINGQUAN, REGION]) expect(await unitCounters(server.db, unit, 'lessons:2026-12'), unit).toEqual({ lessons: 0, lessonHours: 0 });
    const log = await admin.get(`/api/schools/${QINGQUAN}/audit`);
    expect(log.body.entries.filter((e: { action: string; targetId: string }) => e.action === 'lesson.undo' && e.targetId === lessonId)).toHaveLength(1);
    expect((await teacher.get(lessonsUrl(CLASS))).body.hours).toBe(0);
    await noDifferences();
  });

  it('counts a lesson of a campaign’s module as taught in class in the campaign’s coverage, and takes it back with the lesson', async () => {
    const coverage = async () => (await county.get(`/api/coverage?unit=${XIJI}&campaign=cmp_demo_xiji`)).body;
    const before = (await coverage()).unit;
    const taught = await Promise.all(
      [1, 2].map(() => teacher.post(lessonsUrl(CLASS), { moduleId: 'mod_drugs-brain-body', date: '2026-12-03' }, { 'idempotency-key': 'campaign-lesson' })),
    );
    expect(taught[0]!.body.lesson.campaignIds).toEqual(['cmp_demo_xiji']);
    const after = await coverage();
    expect(after.unit.taughtLessons).toBe(before.taughtLessons + 1);
    expect(after.unit.completed).toBe(before.completed);
    expect(after.children.find((c: { id: string }) => c.id === QINGQUAN).taughtLessons).toBe(1);
    // A module outside the campaign is a lesson, not the campaign's.
    const other = await teacher.post(lessonsUrl(CLASS), { moduleId, date: '2026-12-03' });
    expect(other.body.lesson.campaignIds).toEqual(moduleId === 'mod_drugs-brain-body' || moduleId === 'mod_disguised-drugs' ? ['cmp_demo_xiji'] : []);
    await teacher.request('DELETE', `${lessonsUrl(CLASS)}/${other.body.lesson.id}`);
    await teacher.request('DELETE', `${lessonsUrl(CLASS)}/${taught[0]!.body.lesson.id}`);
    expect((await coverage()).unit.taughtLessons).toBe(before.taughtLessons);
    await noDifferences();
  });

  it('is kept once a week has passed', async () => {
    const kept = (await teacher.post(lessonsUrl(CLASS), { moduleId, date: '2026-12-01', hours: 2 })).body.lesson;
    clock += 8 * DAY;
    teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const late = await teacher.request('DELETE', `${lessonsUrl(CLASS)}/${kept.id}`);
    expect(late.status).toBe(422);
    expect(late.body.error.details[0].code).toBe('locked');
    clock -= 8 * DAY;
    teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    admin = await ApiClient.signedIn(server.url, 'school.demo');
    county = await ApiClient.signedIn(server.url, 'county.demo');
    city = await ApiClient.signedIn(server.url, 'city.demo');
  });
});

describe('requirements', () => {
  let requirementId = '';
  const body = {
    title: { zh: '12月每校至少一次禁毒讲座，每班至少2课时' },
    from: '2026-12',
    to: '2026-12',
    minActivities: 1,
    activityKind: 'talk',
    minLessonHours: 2,
  };
  const coverage = (unit: string) => county.get(`/api/coverage/requirements/${requirementId}?unit=${unit}`);

  it('is set once by the county for its own unit, also when the request is sent twice', async () => {
    const replies = await Promise.all([1, 2].map(() => county.post(`/api/units/${XIJI}/requirements`, body, { 'idempotency-key': 'requirement-december' })));
    for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(replies[0]!.body.requirement.id).toBe(replies[1]!.body.requirement.id);
    requirementId = replies[0]!.body.requirement.id;
    expect(replies[0]!.body.requirement).toMatchObject({ year: YEAR, unitId: XIJI, title: { en: '' } });
    const reaching = await admin.get(`/api/units/${QINGQUAN}/requirements`);
    expect(reaching.body.requirements.map((r: { id: string }) => r.id)).toEqual([requirementId]);
    expect((await city.post(`/api/units/${XIJI}/requirements`, body)).status).toBe(403);
  });

  it('refuses a period across two school years, one ending before it starts, or asking for nothing', async () => {
    expect((await county.post(`/api/units/${XIJI}/requirements`, { ...body, from: '2027-06', to: '2027-09' })).body.error.details[0].code).toBe(
      'period_spans_years',
    );
    expect((await county.post(`/api/units/${XIJI}/requirements`, { ...body, from: '2027-01', to: '2026-12' })).body.error.details[0].code).toBe(
      'period_reversed',
    );
    expect((await county.post(`/api/units/${XIJI}/requirements`, { ...body, minActivities: 0, minLessonHours: 0 })).status).toBe(400);
  });

  it('shows every school of the county as not meeting it before anything happened', async () => {
    const { status, body: view } = await coverage(XIJI);
    expect(status, JSON.stringify(view)).toBe(200);
    expect(view.unit).toMatchObject({ schools: 2, schoolsMeeting: 0, counted: 0 });
    expect(view.laggards.map((s: { id: string }) => s.id).sort()).toEqual([HONGYAN, QINGQUAN].sort());
  });

  it('counts what a school did in the period, before and after the requirement was set, and nothing outside it', async () => {
    const activities = `/api/schools/${QINGQUAN}/activities`;
    const talk = { kind: 'talk', date: '2026-12-02', participants: 300, hours: 1, description: '派出所民警禁毒讲座' };
    expect((await admin.post(activities, talk)).status).toBe(201);
    expect((await admin.post(activities, { ...talk, date: '2026-11-28' })).status).toBe(201);
    expect((await admin.post(activities, { ...talk, kind: 'class_meeting', description: '' })).status).toBe(201);
    let school = (await coverage(QINGQUAN)).body;
    expect(school.unit).toMatchObject({ activities: 2, counted: 1, byKind: { talk: 1, class_meeting: 1 }, participants: 600, schoolsMeeting: 0 });
    expect(school.laggards).toMatchObject([{ id: QINGQUAN, meetsActivities: true, meetsLessons: false }]);
    // The lesson of 1 December (2 hours, kept) counts for 7_1; every other class needs its own.
    expect(school.classes.find((c: { id: string }) => c.id === CLASS)).toMatchObject({ lessonHours: 2, meets: true });
    for (const classId of qingquanClasses.filter((id) => id !== CLASS))
      expect((await admin.post(lessonsUrl(classId), { moduleId, date: '2026-12-04', hours: 2 }, { 'idempotency-key': `catch-up-${classId}` })).status).toBe(
        201,
      );
    school = (await coverage(QINGQUAN)).body;
    expect(school.unit).toMatchObject({ schoolsMeeting: 1, classes: qingquanClasses.length, classesMeeting: qingquanClasses.length });
    expect(school.laggards).toEqual([]);
    const whole = (await coverage(XIJI)).body;
    expect(whole.unit).toMatchObject({ schools: 2, schoolsMeeting: 1 });
    expect(whole.children.find((c: { id: string }) => c.id === QINGQUAN)).toMatchObject({ schoolsMeeting: 1, counted: 1 });
    expect(whole.laggards.map((s: { id: string }) => s.id)).toEqual([HONGYAN]);
    await noDifferences();
  });

  it('is seen by the school it reaches and by bureaus above, but not outside the county', async () => {
    expect((await admin.get(`/api/coverage/requirements/${requirementId}?unit=${QINGQUAN}`)).status).toBe(200);
    expect((await admin.get(`/api/coverage/requirements/${requirementId}?unit=${XIJI}`)).status).toBe(403);
    expect((await county.get(`/api/coverage/requirements/${requirementId}?unit=${REGION}`)).status).toBe(403);
    expect((await county.get(`/api/coverage/requirements/${requirementId}?unit=${CLASS}`)).status).toBe(422);
  });

  it('is withdrawn by the county once, and then reaches no one', async () => {
    const replies = await Promise.all([1, 2].map(() => county.request('DELETE', `/api/units/${XIJI}/requirements/${requirementId}`)));
    for (const reply of replies) expect(reply.status).toBe(200);
    expect((await admin.get(`/api/units/${QINGQUAN}/requirements`)).body.requirements).toEqual([]);
    expect((await coverage(XIJI)).status).toBe(404);
  });
});
