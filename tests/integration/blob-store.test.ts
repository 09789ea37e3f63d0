import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_URL_TTL_SECONDS, type BlobStore, type PhotoType } from '../../functions/src/store/blobs/blob-store.js';
import { LocalBlobStore } from '../../functions/src/store/blobs/local-blobs.js';
import { S3BlobStore } from '../../functions/src/store/blobs/s3-blobs.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * One contract, every adapter: what the API relies on from a blob store, through the URLs a browser
 * would use. The local store runs always (behind the real local server); S3 runs when
 * BLOB_TEST_BUCKET names a bucket the environment's AWS credentials may use (keys under test/).
 */
interface Adapter {
  store: BlobStore;
  /** What a relative URL is resolved against: the site's origin. */
  base: string;
  /** The URL with its signature changed and nothing else. */
  forge(url: string): string;
  /** Status codes of the local server, which S3 does not share (it answers 403 to any bad signature). */
  local?: { uploadsDir: string };
}

/** A character of a base64url or hex signature near its end changed (not the last: base64url's spare bits). */
const flip = (text: string) => text.slice(0, -3) + (text.at(-3) === 'a' ? 'b' : 'a') + text.slice(-2);

let server: TestServer;
const adapters: Record<string, () => Promise<Adapter>> = {
  local: async () => {
    server ??= await startTestServer();
    const store = server.deps.blobs;
    return { store, base: server.url, forge: flip, local: { uploadsDir: join(store.dir, '.uploads') } };
  },
};
const bucket = process.env.BLOB_TEST_BUCKET;
if (bucket) {
  adapters.s3 = async () => ({
    store: new S3BlobStore(bucket),
    base: 'https://unused.invalid',
    forge: (url) => url.replace(/X-Amz-Signature=([0-9a-f]+)/, (_, sig: string) => `X-Amz-Signature=${flip(sig)}`),
  });
}
afterAll(() => server?.close());

const JPEG = 'image/jpeg' satisfies PhotoType;

describe.each(Object.keys(adapters))('the %s blob store', (name) => {
  let adapter: Adapter;
  let store: BlobStore;
  const at = (url: string) => new URL(url, adapter.base);
  const newKey = () => `test/blobs/${name}_${randomUUID().replaceAll('-', '')}`;
  const put = async (
    key: string,
    body: Uint8Array,
    declared: { contentType?: PhotoType; bytes?: number; nowMs?: number } = {},
    headers: Record<string, string> = {},
  ) => {
    const target = await store.uploadUrl(
      key,
      { contentType: declared.contentType ?? JPEG, bytes: declared.bytes ?? body.byteLength },
      declared.nowMs ?? Date.now(),
    );
    return fetch(at(target.url), { method: target.method, headers: { ...target.headers, ...headers }, body: Buffer.from(body) });
  };
  const get = async (key: string, nowMs = Date.now()) => fetch(at(await store.downloadUrl(key, nowMs)));

  beforeAll(async () => {
    adapter = await adapters[name]!();
    store = adapter.store;
  });

  it('takes a PUT on the upload URL, reports it, serves it back on the download URL, and removes it', async () => {
    const key = newKey();
    const bytes = randomBytes(70_000);
    const target = await store.uploadUrl(key, { contentType: 'image/webp', bytes: bytes.length }, Date.now());
    expect(target).toMatchObject({ method: 'PUT', headers: { 'Content-Type': 'image/webp' } });
    expect(Date.parse(target.expiresAt) - Date.now()).toBeGreaterThan((UPLOAD_URL_TTL_SECONDS - 60) * 1000);
    const stored = await fetch(at(target.url), { method: 'PUT', headers: target.headers, body: bytes });
    expect(stored.status, await stored.text()).toBe(200);
    expect(await store.head(key)).toEqual({ bytes: bytes.length, contentType: 'image/webp' });

    const served = await get(key);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('private, max-age=300');
    if (adapter.local) expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    await store.remove(key);
    expect(await store.head(key)).toBeNull();
    expect((await get(key)).ok).toBe(false);
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it('refuses a body longer or shorter than declared, and stores nothing', async () => {
    const key = newKey();
    const longer = await put(key, randomBytes(101), { bytes: 100 });
    expect(longer.ok).toBe(false);
    if (adapter.local) expect(longer.status).toBe(413);
    const shorter = await put(key, randomBytes(99), { bytes: 100 });
    expect(shorter.ok).toBe(false);
    if (adapter.local) expect(shorter.status).toBe(400);
    expect(await store.head(key)).toBeNull();
  });

  it('refuses a body of another content type than the one declared, and stores nothing', async () => {
    const key = newKey();
    const other = await put(key, randomBytes(100), { contentType: JPEG }, { 'Content-Type': 'image/webp' });
    expect(other.ok).toBe(false);
    if (adapter.local) expect(other.status).toBe(415);
    const html = await put(key, randomBytes(100), { contentType: JPEG }, { 'Content-Type': 'text/html' });
    expect(html.ok).toBe(false);
    expect(await store.head(key)).toBeNull();
  });

  it('refuses expired and forged URLs, and an upload URL used to download or the other way round', async () => {
    const key = newKey();
    const body = randomBytes(100);
    const expired = await put(key, body, { nowMs: Date.now() - 2 * UPLOAD_URL_TTL_SECONDS * 1000 });
    expect(expired.status).toBe(403);
    expect(await store.head(key)).toBeNull();

    const target = await store.uploadUrl(key, { contentType: JPEG, bytes: body.length }, Date.now());
    const forged = await fetch(at(adapter.forge(target.url)), { method: 'PUT', headers: target.headers, body });
    expect(forged.status).toBe(403);
    expect(await store.head(key)).toBeNull();
    expect((await fetch(at(target.url))).ok).toBe(false);

    expect((await fetch(at(target.url), { method: 'PUT', headers: target.headers, body })).status).toBe(200);
    const download = await store.downloadUrl(key, Date.now());
    expect((await fetch(at(adapter.forge(download)))).status).toBe(403);
    expect((await get(key, Date.now() - 2 * 24 * 3_600_000)).status).toBe(403);
    expect((await fetch(at(download), { method: 'PUT', headers: target.headers, body: randomBytes(100) })).ok).toBe(false);
    expect(Buffer.from(await (await fetch(at(download))).arrayBuffer()).equals(body)).toBe(true);
    await store.remove(key);
  });

  it('keeps nothing of an upload cut off half way, and keeps what was stored before', async () => {
    const key = newKey();
    const earlier = randomBytes(1000);
    expect((await put(key, earlier)).status).toBe(200);

    const total = 256 * 1024;
    const target = await store.uploadUrl(key, { contentType: JPEG, bytes: total }, Date.now());
    const url = at(target.url);
    const controller = new AbortController();
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'PUT', headers: { ...target.headers, 'Content-Length': String(total) }, signal: controller.signal });
    const ended = new Promise<string>((resolve) => {
      req.on('error', (error) => resolve(error.name));
      req.on('response', (res) => resolve(`status ${res.statusCode}`));
    });
    req.write(randomBytes(total / 2));
    await sleep(200);
    controller.abort();
    expect(await ended).toBe('AbortError');

    expect(await store.head(key)).toEqual({ bytes: earlier.length, contentType: JPEG });
    expect(Buffer.from(await (await get(key)).arrayBuffer()).equals(earlier)).toBe(true);
    if (adapter.local) {
      // The half-written upload file goes as soon as the server sees the connection drop.
      for (let i = 0; i < 50 && readdirSync(adapter.local.uploadsDir).length > 0; i++) await sleep(100);
      expect(readdirSync(adapter.local.uploadsDir)).toEqual([]);
    }
    await store.remove(key);
  });

  it('takes only keys of plain segments, so that no key reaches outside its place', async () => {
    for (const key of ['../escape', 'test/../escape', '/abs', 'test/', 'test//x', 'test/x.jpg', '', 'test/x y']) {
      await expect(store.uploadUrl(key, { contentType: JPEG, bytes: 1 }, Date.now()), key).rejects.toThrow(/Invalid blob key/);
      await expect(store.downloadUrl(key, Date.now()), key).rejects.toThrow(/Invalid blob key/);
      await expect(store.head(key), key).rejects.toThrow(/Invalid blob key/);
      await expect(store.remove(key), key).rejects.toThrow(/Invalid blob key/);
    }
    await expect(store.uploadUrl(newKey(), { contentType: 'text/html' as PhotoType, bytes: 1 }, Date.now())).rejects.toThrow(/content type/);
    await expect(store.uploadUrl(newKey(), { contentType: JPEG, bytes: 0 }, Date.now())).rejects.toThrow(/bytes/);
  });
});

describe('the local blob store after a kill -9', () => {
  it('removes, when it next starts, the upload files a killed process left, and no upload in progress', async () => {
    server ??= await startTestServer();
    const { dir } = server.deps.blobs;
    const uploads = join(dir, '.uploads');
    expect((await put(server, 'test/sweep/kept', randomBytes(10))).status).toBe(200);
    writeFileSync(join(uploads, 'left-by-a-kill'), randomBytes(10));
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(join(uploads, 'left-by-a-kill'), hoursAgo, hoursAgo);
    writeFileSync(join(uploads, 'in-progress'), randomBytes(10));

    const restarted = new LocalBlobStore(dir, server.deps.keys.code);
    expect(readdirSync(uploads)).toEqual(['in-progress']);
    expect(await restarted.head('test/sweep/kept')).toEqual({ bytes: 10, contentType: JPEG });
  });
});

async function put(on: TestServer, key: string, body: Uint8Array) {
  const target = await on.deps.blobs.uploadUrl(key, { contentType: JPEG, bytes: body.byteLength }, Date.now());
  return fetch(new URL(target.url, on.url), { method: 'PUT', headers: target.headers, body: Buffer.from(body) });
}
