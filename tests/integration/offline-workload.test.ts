import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { freePort } from '../../functions/src/local/dynamodb-local.js';
import { connect } from '../../functions/src/store/client.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { serverProcessData, startServerProcess } from '../support/server-process.js';

/**
 * Issue 15's scripted workload against the real server process: a county's requirement, a school's
 * activity records and a teacher's lessons, each request sent twice at once, changes and deletions
 * repeated, and a photo upload cut by SIGKILL half way through its bytes. After the restart the
 * half-sent photo is not taken for a photo, the same upload URL completes it, the repeated requests
 * count nothing twice, and the recount finds no difference.
 */
const data = serverProcessData('offline', inject('dynamoDbEndpoint'));
const QINGQUAN = 'sch_demo_xiji_qingquan';
const CLASS = 'cls_demo_qq_7_1';
let server: ChildProcess | null = null;

afterAll(() => {
  server?.kill('SIGKILL');
});

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const twice = <T>(send: () => Promise<T>) => Promise.all([send(), send()]);
/** A photo's bytes as the browser would send them: a JPEG's markers around filler. */
const PHOTO = new Uint8Array(64 * 1024).map((_, i) => (i < 2 ? [0xff, 0xd8][i]! : i >= 64 * 1024 - 2 ? [0xff, 0xd9][i - 64 * 1024 + 2]! : i % 251));

describe('an off-line workload with retries and a kill -9 mid-upload', () => {
  it('counts every record and lesson once, keeps no half photo, and the recount agrees', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = await startServerProcess(data, port);
    const [admin, teacher, county] = (await Promise.all(['school.demo', 'teacher.demo', 'county.demo'].map((u) => ApiClient.signedIn(url, u)))) as [
      ApiClient,
      ApiClient,
      ApiClient,
    ];
    const month = today().slice(0, 7);

    const requirement = await twice(() =>
      county.post(
        '/api/units/640422/requirements',
        { title: { zh: '本月活动' }, from: month, to: month, minActivities: 2, minLessonHours: 0 },
        { 'idempotency-key': 'workload-req' },
      ),
    );
    const requirementId = requirement[0].body.requirement.id;
    const activities = `/api/schools/${QINGQUAN}/activities`;
    const records: { id: string }[] = [];
    for (const [i, kind] of (['talk', 'class_meeting', 'base_visit', 'parents_meeting'] as const).entries()) {
      const body = { kind, date: today(), participants: 40 + i, hours: 1, description: `活动 ${i}` };
      const replies = await twice(() => admin.post(activities, body, { 'idempotency-key': `workload-activity-${i}` }));
      expect(replies.map((r) => r.status)).toEqual([201, 201]);
      records.push(replies[0].body.activity);
    }
    const changed = await twice(() =>
      admin.put(`${activities}/${records[1]!.id}`, { kind: 'class_meeting', date: today(), participants: 45, hours: 2, description: '', version: 1 }),
    );
    expect(changed.map((r) => r.status).sort()).toEqual([200, 409]);
    const deleted = await twice(() => admin.request('DELETE', `${activities}/${records[3]!.id}?version=1`));
    expect(
      deleted.map((r) => r.status),
      JSON.stringify(deleted.map((r) => r.body)),
    ).toEqual([200, 200]);
    const moduleId = (await teacher.get('/api/catalog?band=junior')).body.modules[0].id;
    const lessons: { id: string }[] = [];
    for (const i of [0, 1, 2]) {
      const replies = await twice(() =>
        teacher.post(`/api/classes/${CLASS}/lessons`, { moduleId, date: today(), hours: 1 }, { 'idempotency-key': `workload-lesson-${i}` }),
      );
      lessons.push(replies[0].body.lesson);
    }
    await twice(() => teacher.request('DELETE', `/api/classes/${CLASS}/lessons/${lessons[2]!.id}`));

    // A photo announced, and its upload cut off half way by SIGKILL.
    const announced = await admin.post(`${activities}/${records[0]!.id}/photos`, { contentType: 'image/jpeg', bytes: PHOTO.length });
    expect(announced.status).toBe(201);
    const { photo, upload } = announced.body;
    let sentHalf!: () => void;
    const halfSent = new Promise<void>((resolve) => (sentHalf = resolve));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(PHOTO.subarray(0, PHOTO.length / 2));
        sentHalf();
      },
    });
    const cut = fetch(new URL(upload.url, url), {
      method: 'PUT',
      headers: { ...upload.headers, 'content-length': String(PHOTO.length) },
      body,
      duplex: 'half',
    } as RequestInit).then(
      (reply) => reply.status,
      () => 'cut' as const,
    );
    await halfSent;
    await new Promise((r) => setTimeout(r, 300));
    server.kill('SIGKILL');
    expect(await cut).toBe('cut');

    server = await startServerProcess(data, port);
    const early = await admin.put(`${activities}/${records[0]!.id}/photos/${photo.id}`);
    expect(early.status).toBe(409);
    const whole = await fetch(new URL(upload.url, url), { method: 'PUT', headers: upload.headers, body: Buffer.from(PHOTO) });
    expect(whole.status, await whole.text()).toBeLessThan(300);
    const confirmed = await twice(() => admin.put(`${activities}/${records[0]!.id}/photos/${photo.id}`));
    expect(confirmed.map((r) => r.status)).toEqual([200, 200]);
    expect(confirmed[0].body.activity.photos).toMatchObject([{ id: photo.id, status: 'ready', bytes: PHOTO.length }]);

    // A create sent again after the restart finds what was made before it; sessions outlive the process.
    const retry = await admin.post(
      activities,
      { kind: 'talk', date: today(), participants: 40, hours: 1, description: '活动 0' },
      { 'idempotency-key': 'workload-activity-0' },
    );
    expect(retry.body.activity.id).toBe(records[0]!.id);

    const db = connect({ tableName: data.tableName, endpoint: data.endpoint });
    expect(await unitCounters(db, QINGQUAN, `activities:${month}`)).toMatchObject({
      activities: 3,
      activities_talk: 1,
      activities_class_meeting: 1,
      activities_base_visit: 1,
      activities_parents_meeting: 0,
    });
    expect(await unitCounters(db, CLASS, `lessons:${month}`)).toEqual({ lessons: 2, lessonHours: 2 });
    const standing = await county.get(`/api/coverage/requirements/${requirementId}?unit=${QINGQUAN}`);
    expect(standing.body.unit).toMatchObject({ schoolsMeeting: 1, counted: 3 });
    expect((await recount(db)).differences).toEqual([]);
  });
});
