import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 12: API answers to reads are compressed by the app (CloudFront does not compress what it may
 * not cache), writes and small answers are not. node:http, not fetch, so the bytes are seen as sent.
 */
let server: TestServer;
let student: ApiClient;
const MODULE_PATH = '/api/modules/mod_drug-law-junior/versions/1';

beforeAll(async () => {
  server = await startTestServer();
  student = await ApiClient.signedIn(server.url, 'student.demo');
});
afterAll(() => server.close());

function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const call = request(server.url + path, { method, headers: { cookie: student.cookie, 'x-requested-with': 'ClearCampus', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

describe('compressed reads', () => {
  it('sends a module in Brotli when the browser takes it, in gzip when only that, and as is otherwise; the JSON is the same', async () => {
    const plain = await raw('GET', MODULE_PATH, {});
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    const json = JSON.parse(plain.bytes.toString('utf8'));
    expect(json.module.content.sections.length).toBeGreaterThan(3);

    const br = await raw('GET', MODULE_PATH, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(json);

    const gzip = await raw('GET', MODULE_PATH, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(json);
  });

  it('leaves small answers and the answers to writes as they are', async () => {
    const me = await raw('GET', '/api/me', { 'accept-encoding': 'br' });
    expect(me.status).toBe(200);
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(me.bytes.toString('utf8')).user.username).toBe('student.demo');

    const progress = JSON.parse((await raw('GET', '/api/me/progress/mod_drug-law-junior', {})).bytes.toString('utf8'));
    const sectionId = JSON.parse((await raw('GET', MODULE_PATH, {})).bytes.toString('utf8')).module.content.sections[0].id;
    const saved = await raw(
      'PUT',
      '/api/me/progress/mod_drug-law-junior',
      { 'accept-encoding': 'br', 'content-type': 'application/json' },
      JSON.stringify({ version: progress.version, sectionId }),
    );
    expect(saved.status).toBe(200);
    expect(saved.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(saved.bytes.toString('utf8')).progress.seen).toContain(sectionId);
  });
});
