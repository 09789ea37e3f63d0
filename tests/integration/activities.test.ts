import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { schoolYearOf } from '../../functions/src/domain/school-years/years.js';
import { ApiClient } from '../support/client.js';
import { unitCounters } from '../support/counters.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, off-line activity records: the school's staff record what the school held; each record
 * counts once towards its school year at the school and every unit above, also under retries and
 * concurrent changes; its author changes it for 7 days; deletions are soft and audited; photos go
 * through the blob store; a bureau above the school sees the records and questions one.
 */
const QINGQUAN = 'sch_demo_xiji_qingquan';
const XIJI = '640422';
const REGION = '640000';
const DAY = 24 * 3600_000;
let clock = Date.parse('2026-12-04T10:00:00+08:00');
let server: TestServer;
let admin: ApiClient;
let teacher: ApiClient;
let county: ApiClient;
const YEAR = schoolYearOf(clock);
const SCOPE = `activities:${YEAR}`;
const url = `/api/schools/${QINGQUAN}/activities`;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  admin = await ApiClient.signedIn(server.url, 'school.demo');
  teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  county = await ApiClient.signedIn(server.url, 'county.demo');
});
afterAll(() => server.close());

const meeting = {
  kind: 'class_meeting',
  date: '2026-11-20',
  classIds: ['cls_demo_qq_7_1'],
  participants: 40,
  hours: 1,
  description: '“珍爱生命 远离毒品”主题班会',
};
const counted = async (unitId: string) => unitCounters(server.db, unitId, SCOPE);

async function upload(photo: { upload: { url: string; headers: Record<string, string> } }, bytes: Uint8Array) {
  return fetch(new URL(photo.upload.url, server.url), { method: 'PUT', headers: photo.upload.headers, body: Buffer.from(bytes) });
}

/** A tiny real JPEG (start and end markers around a few bytes): the blob store only checks type and size. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

describe('activity records', () => {
  let first: { id: string; version: number };

  it('count once at the school and every unit above, also when the create is retried', async () => {
    const created = await Promise.all([1, 2].map(() => admin.post(url, meeting, { 'idempotency-key': 'activity-meeting-1' })));
    for (const reply of created) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(created[0]!.body.activity.id).toBe(created[1]!.body.activity.id);
    first = created[0]!.body.activity;
    expect(first).toMatchObject({ kind: 'class_meeting', year: YEAR, version: 1, createdByName: '马校长（演示）' });
    for (const unit of [QINGQUAN, XIJI, REGION])
      expect(await counted(unit), unit).toEqual({ activities: 1, activities_class_meeting: 1, participants: 40, hours: 1 });
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('refuses a date still to come, a class of another school, and “other” without a word on what it was', async () => {
    const future = await admin.post(url, { ...meeting, date: '2026-12-25' });
    expect(future.body.error.details[0].code).toBe('date_in_future');
    const stranger = await admin.post(url, { ...meeting, classIds: ['cls_demo_xg_5_2'] });
    expect(stranger.body.error.details[0].code).toBe('not_school_class');
    const other = await admin.post(url, { ...meeting, kind: 'other', description: '' });
    expect(other.status).toBe(400);
    expect(other.body.error.details[0].code).toBe('description_needed');
    expect((await admin.post(url, { ...meeting, hours: 0.7 })).status).toBe(400);
  });

  it('is changed by its author only; of two changes at once one wins and the counters move once', async () => {
    const byTeacher = await teacher.put(`${url}/${first.id}`, { ...meeting, participants: 45, version: 1 });
    expect(byTeacher.status).toBe(403);
    const changes = await Promise.all([
      admin.put(`${url}/${first.id}`, { ...meeting, participants: 45, version: 1 }),
      admin.put(`${url}/${first.id}`, { ...meeting, participants: 50, version: 1 }),
    ]);
    expect(changes.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = changes.find((r) => r.status === 200)!.body.activity;
    expect(winner.version).toBe(2);
    expect((await counted(XIJI)).participants).toBe(winner.participants);
    first = winner;
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('moves its counts to last school year when its date moves there', async () => {
    const talk = (await teacher.post(url, { kind: 'talk', date: '2026-10-10', participants: 300, hours: 1.5, description: '派出所民警禁毒讲座' })).body
      .activity;
    expect((await counted(QINGQUAN)).activities).toBe(2);
    const moved = await teacher.put(`${url}/${talk.id}`, {
      kind: 'talk',
      date: '2026-06-26',
      participants: 300,
      hours: 1.5,
      description: '6·26 讲座',
      version: 1,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.activity.year).toBe('2025-2026');
    expect((await counted(QINGQUAN)).activities).toBe(1);
    expect(await unitCounters(server.db, QINGQUAN, 'activities:2025-2026')).toEqual({ activities: 1, activities_talk: 1, participants: 300, hours: 1.5 });
    const lastYear = (await admin.get(`${url}?year=2025-2026`)).body.activities;
    expect(lastYear.map((a: { id: string }) => a.id)).toEqual([talk.id]);
  });

  it('takes up to 6 photos through the blob store, shown to the school and the bureau above', async () => {
    const added = await admin.post(`${url}/${first.id}/photos`, { contentType: 'image/jpeg', bytes: JPEG.length });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const photoId = added.body.photo.id as string;
    expect((await admin.put(`${url}/${first.id}/photos/${photoId}`)).status).toBe(409);
    expect((await upload(added.body, JPEG)).status).toBeLessThan(300);
    const ready = await admin.put(`${url}/${first.id}/photos/${photoId}`);
    expect(ready.body.activity.photos).toEqual([expect.objectContaining({ id: photoId, status: 'ready', bytes: JPEG.length })]);

    const seen = (await county.get(`${url}/${first.id}`)).body.activity.photos[0];
    const bytes = new Uint8Array(await (await fetch(new URL(seen.url, server.url))).arrayBuffer());
    expect(bytes).toEqual(JPEG);

    const more = await Promise.all(Array.from({ length: 5 }, () => admin.post(`${url}/${first.id}/photos`, { contentType: 'image/jpeg', bytes: 100 })));
    // The photo list is conditioned on its revision: of adds at once, some wait for a retry, none takes a place twice.
    for (const reply of more) expect([201, 409]).toContain(reply.status);
    while (((await admin.get(`${url}/${first.id}`)).body.activity.photos as unknown[]).length < 6)
      expect((await admin.post(`${url}/${first.id}/photos`, { contentType: 'image/jpeg', bytes: 100 })).status).toBe(201);
    const seventh = await admin.post(`${url}/${first.id}/photos`, { contentType: 'image/jpeg', bytes: 100 });
    expect(seventh.body.error.details[0].code).toBe('too_many_photos');
  });

  it('is questioned by the county, which the school sees; another county sees nothing', async () => {
    const questioned = await county.put(`${url}/${first.id}/question`, { reason: '照片与活动内容不符，请补充说明' });
    expect(questioned.body.activity.questioned).toMatchObject({ reason: '照片与活动内容不符，请补充说明', unitName: '西吉县' });
    expect((await admin.get(url)).body.activities.find((a: { id: string }) => a.id === first.id).questioned.reason).toBe('照片与活动内容不符，请补充说明');
    const other = await ApiClient.signedIn(server.url, 'county2.demo');
    expect((await other.get(url)).status).toBe(403);
    expect((await other.put(`${url}/${first.id}/question`, { reason: 'x' })).status).toBe(403);
    expect((await admin.put(`${url}/${first.id}/question`, { reason: 'x' })).status).toBe(403);
  });

  it('is deleted softly and audited, no longer counted; a repeat gets the same answer', async () => {
    const deleted = await admin.request('DELETE', `${url}/${first.id}?version=${first.version}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body.activity.deletedAt).toBeDefined();
    expect((await admin.request('DELETE', `${url}/${first.id}?version=${first.version}`)).status).toBe(200);
    expect(await counted(QINGQUAN)).toEqual({ activities: 0, activities_class_meeting: 0, activities_talk: 0, participants: 0, hours: 0 });
    const log = (await admin.get(`/api/schools/${QINGQUAN}/audit`)).body.entries as { action: string; targetId: string }[];
    expect(log.filter((e) => e.action === 'activity.delete').map((e) => e.targetId)).toEqual([first.id]);
    expect((await recount(server.db)).differences).toEqual([]);
  });

  it('is locked 7 days after it was made', async () => {
    const held = (await teacher.post(url, { kind: 'base_visit', date: '2026-12-01', participants: 45, hours: 4 })).body.activity;
    clock += 8 * DAY;
    teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const late = await teacher.put(`${url}/${held.id}`, { kind: 'base_visit', date: '2026-12-01', participants: 46, hours: 4, version: 1 });
    expect(late.body.error.details[0].code).toBe('locked');
    expect((await teacher.request('DELETE', `${url}/${held.id}?version=1`)).body.error.details[0].code).toBe('locked');
    expect((await recount(server.db)).differences).toEqual([]);
  });
});
