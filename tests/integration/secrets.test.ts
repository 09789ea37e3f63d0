import type { ServerType } from '@hono/node-server';
import { decodeJwt, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keys } from '../../functions/src/services/deps.js';
import { fixedKeys } from '../../functions/src/api/keys.js';
import { SIGNING_DELAY_MS, type SessionKeyRing } from '../../functions/src/domain/accounts/session-keys.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { freePort } from '../../functions/src/local/dynamodb-local.js';
import { createLocalServer, listen } from '../../functions/src/local/web-server.js';
import { ApiClient } from '../support/client.js';
import { competitionSettings, correctFor, questionContents } from '../support/question-fixture.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Session key rotation against one table: the same data served with the key ring before a rotation,
 * after one (the old key as previous), and after the next (the old key gone). Seal and code keys
 * never change across these, so what they protect must survive.
 */
const OLD = randomBytes(32);
const NEW = randomBytes(32);
const NEWER = randomBytes(32);
const SEAL = randomBytes(32);
const CODE = randomBytes(32);
const keysWith = (session: SessionKeyRing, other: { seal?: Uint8Array; code?: Uint8Array } = {}): Keys =>
  fixedKeys({ session, seal: other.seal ?? SEAL, code: other.code ?? CODE });

let server: TestServer;
const extra: ServerType[] = [];

/** Another instance of the app on the same table, holding other keys: what a Lambda after a rotation is. */
async function instance(keys: Keys): Promise<string> {
  const port = await freePort();
  extra.push(await listen(createLocalServer({ ...server.deps, keys }, join(REPO_ROOT, 'web', 'build')), port));
  return `http://127.0.0.1:${port}`;
}

let before: string;
let rotated: string;
let rotatedAgain: string;

beforeAll(async () => {
  server = await startTestServer({ keys: keysWith({ current: OLD }) });
  before = server.url;
  rotated = await instance(keysWith({ current: NEW, previous: OLD }));
  rotatedAgain = await instance(keysWith({ current: NEWER, previous: NEW }));
});
afterAll(async () => {
  await Promise.all(extra.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await server.close();
});

/** The same cookie presented to another instance. */
async function meAt(url: string, cookie: string) {
  const client = new ApiClient(url);
  client.cookie = cookie;
  return (await client.get('/api/me')).status;
}

describe('session tokens across a rotation', () => {
  it('accepts a token signed with the previous key while it is configured, and refuses it once it is gone', async () => {
    const teacher = await ApiClient.signedIn(before, 'teacher.demo');
    expect(await meAt(before, teacher.cookie)).toBe(200);
    expect(await meAt(rotated, teacher.cookie)).toBe(200);
    expect(await meAt(rotatedAgain, teacher.cookie)).toBe(401);
  });

  it('signs with a new key only once it has been current long enough for every instance to know it', async () => {
    const now = Date.now();
    const fresh = await instance(keysWith({ current: NEW, previous: OLD, currentSince: now }));
    const settled = await instance(keysWith({ current: NEW, previous: OLD, currentSince: now - SIGNING_DELAY_MS - 1 }));
    // An instance that has not yet read the rotation knows only OLD: a token from the fresh instance
    // must still verify there, so it is signed with OLD.
    const early = await ApiClient.signedIn(fresh, 'teacher.demo');
    expect(await meAt(before, early.cookie)).toBe(200);
    const late = await ApiClient.signedIn(settled, 'teacher.demo');
    expect(await meAt(before, late.cookie)).toBe(401);
    expect(await meAt(rotated, late.cookie)).toBe(200);
    expect(await meAt(rotatedAgain, late.cookie)).toBe(200);
  });

  it('refuses a token with valid claims signed with any other key', async () => {
    const genuine = await ApiClient.signedIn(before, 'teacher.demo');
    const claims = decodeJwt(genuine.cookie.slice('cc_session='.length));
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(randomBytes(32));
    // The code and seal keys are deployment secrets too, but not session keys.
    const withCode = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(CODE);
    for (const token of [forged, withCode]) for (const url of [before, rotated, rotatedAgain]) expect(await meAt(url, `cc_session=${token}`), url).toBe(401);
    expect(await meAt(before, genuine.cookie)).toBe(200);
  });

  it('reads a standard HS256 JWT from another library with its key (tokens issued before the switch to node:crypto), and not one with alg "none"', async () => {
    const genuine = await ApiClient.signedIn(before, 'teacher.demo');
    const claims = decodeJwt(genuine.cookie.slice('cc_session='.length));
    const byJose = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(OLD);
    expect(await meAt(before, `cc_session=${byJose}`)).toBe(200);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${byJose.split('.')[1]}.`;
    expect(await meAt(before, `cc_session=${unsigned}`)).toBe(401);
  });
});

describe('what the seal and code keys protect survives session rotations', () => {
  it('keeps a certificate code valid and recomputed the same after two rotations', async () => {
    const editor = await ApiClient.signedIn(before, 'editor.demo');
    const county = await ApiClient.signedIn(before, 'county.demo');
    const contents = questionContents(3);
    const questionIds: string[] = [];
    for (const content of contents) questionIds.push((await editor.post('/api/questions', { content })).body.question.id);
    const settings = competitionSettings(questionIds, { zh: '密钥轮换竞赛', en: 'Key rotation competition' });
    const quiz = (await county.post('/api/quizzes', { settings }, { 'idempotency-key': 'secrets-competition' })).body.quiz;
    const student = await ApiClient.signedIn(before, 'student.demo');
    const attempt = (await student.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt;
    for (const q of attempt.questions) await student.put(`/api/attempts/${attempt.id}/answers/${q.id}`, { optionIds: correctFor(contents, q.stem.zh) });
    const code = (await student.post(`/api/attempts/${attempt.id}/submit`)).body.certificateCode as string;
    expect(code).toMatch(/^[A-Z0-9]{12}$/);

    const verified = await new ApiClient(rotatedAgain).get(`/api/certificates/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body.certificate).toMatchObject({ kind: 'quiz', recipientName: '小明（演示）' });
    const later = await ApiClient.signedIn(rotatedAgain, 'student.demo');
    expect((await later.get(`/api/attempts/${attempt.id}`)).body.attempt.certificateCode).toBe(code);

    // The check can fail: with another code key the code shown would not be the one on record.
    const otherCode = await instance(keysWith({ current: NEWER }, { code: randomBytes(32) }));
    const elsewhere = await ApiClient.signedIn(otherCode, 'student.demo');
    expect((await elsewhere.get(`/api/attempts/${attempt.id}`)).body.attempt.certificateCode).not.toBe(code);
  });

  it('still opens sealed one-time passwords after two rotations', async () => {
    const CLASS = 'cls_demo_qq_7_1';
    const teacher = await ApiClient.signedIn(before, 'teacher.demo');
    const rows = rosterRows(3);
    const previewed = await teacher.post(`/api/classes/${CLASS}/roster-imports`, { fileName: 'roster.csv', contentBase64: gbkCsv(rows).toString('base64') });
    expect(previewed.status).toBe(201);
    const id = previewed.body.import.id;
    const committed = await teacher.post(`/api/classes/${CLASS}/roster-imports/${id}/commit`);
    expect(committed.status).toBe(200);
    const credentials = committed.body.slips.credentials;
    expect(credentials).toHaveLength(3);

    const later = await ApiClient.signedIn(rotatedAgain, 'teacher.demo');
    const reprint = await later.get(`/api/classes/${CLASS}/roster-imports/${id}/slips`);
    expect(reprint.status).toBe(200);
    expect(reprint.body.credentials).toEqual(credentials);

    // The check can fail: another seal key cannot open them.
    const otherSeal = await instance(keysWith({ current: NEWER }, { seal: randomBytes(32) }));
    const elsewhere = await ApiClient.signedIn(otherSeal, 'teacher.demo');
    expect((await elsewhere.get(`/api/classes/${CLASS}/roster-imports/${id}/slips`)).status).not.toBe(200);
  });
});
