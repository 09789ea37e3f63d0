import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '../../functions/src/domain/operations/static-caching.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The built SPA as the local server sends it, over real HTTP with node:http (fetch would decode the
 * body and hide what was on the wire). A build of our own, so the test does not race `npm run build`.
 */
const parent = mkdtempSync(join(tmpdir(), 'clearcampus-static-'));
const webDir = join(parent, 'build');
const html = `<!doctype html><html lang="en"><head><title>ClearCampus</title></head><body>${'<p>清朗校园 ClearCampus</p>\n'.repeat(60)}</body></html>`;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word-${i % 37}`))};\n`;
const HASHED = '/_app/immutable/chunks/start.Ab12Cd34.js';
mkdirSync(join(webDir, '_app', 'immutable', 'chunks'), { recursive: true });
writeFileSync(join(webDir, 'index.html'), html);
writeFileSync(join(webDir, HASHED), script);
writeFileSync(join(webDir, '_app', 'version.json'), '{"version":"1"}');
writeFileSync(join(parent, 'secret.txt'), 'outside the web root');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDir });
});
afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression of the built SPA', () => {
  it('sends Brotli when offered, gzip when only that is, both decoding to the file’s bytes', async () => {
    const br = await get(HASHED, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get(HASHED, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    for (const response of [br, gzip]) expect(response.headers.vary).toBe('Accept-Encoding');
  });

  it('sends the file as stored when the client accepts neither, still varying on Accept-Encoding', async () => {
    const offers: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of offers) {
      const response = await get(HASHED, headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString()).toBe(script);
      expect(response.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('leaves files under CloudFront’s 1,000-byte minimum uncompressed', async () => {
    const response = await get('/_app/version.json', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toHaveProperty('version');
  });

  it('serves HTML compressed as well, for the root and for client-side routes', async () => {
    for (const path of ['/', '/teacher/classes/cls_1']) {
      const response = await get(path, { 'accept-encoding': 'br' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(brotliDecompressSync(response.body).toString()).toBe(html);
    }
  });
});

describe('caching headers', () => {
  it('marks hashed assets cacheable for a year and immutable', async () => {
    const response = await get(HASHED, { 'accept-encoding': 'br' });
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL.immutable);
  });

  it('makes HTML and other unhashed files revalidate, with a strong ETag per encoding', async () => {
    const byEncoding = await Promise.all(['br', 'gzip', 'identity'].map((encoding) => get('/', { 'accept-encoding': encoding })));
    const etags = byEncoding.map((response) => {
      expect(response.headers['cache-control']).toBe('no-cache');
      const etag = response.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      return etag;
    });
    expect(new Set(etags).size).toBe(3);
    expect((await get('/_app/version.json')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a matching If-None-Match with 304 and no body, and a stale one with the file', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;

    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers.vary).toBe('Accept-Encoding');

    expect((await get('/login', { 'accept-encoding': 'br', 'if-none-match': `"stale", W/${etag}` })).status).toBe(304);
    const stale = await get('/', { 'accept-encoding': 'br', 'if-none-match': '"stale"' });
    expect(stale.status).toBe(200);
    expect(brotliDecompressSync(stale.body).toString()).toBe(html);
    // The Brotli ETag does not name the identity bytes.
    expect((await get('/', { 'if-none-match': etag })).status).toBe(200);
  });
});

describe('a rebuild under a running server', () => {
  it('is served from the next request on, with a new ETag', async () => {
    const before = await get('/_app/version.json');
    writeFileSync(join(webDir, '_app', 'version.json'), '{"version":"2.0"}');
    const after = await get('/_app/version.json', { 'if-none-match': before.headers.etag as string });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe('{"version":"2.0"}');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('missing files', () => {
  it('are 404s, not index.html, where CloudFront does not rewrite: hashed assets and names with a dot', async () => {
    for (const path of ['/_app/immutable/chunks/gone.Zz99.js', '/_app/immutable/chunks/gone', '/missing.js', '/..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await get(path, { 'accept-encoding': 'br' });
      expect(response.status, path).toBe(404);
      expect(response.headers['cache-control'], path).not.toBe(CACHE_CONTROL.immutable);
      expect(response.body.toString(), path).not.toContain('outside the web root');
    }
  });
});
