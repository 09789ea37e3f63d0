import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.js';
import { clientAddress, parseViewerAddress } from './client-address.js';
import { ORIGIN_VERIFY_HEADER, originGuard } from './origin-guard.js';

const SECRET = 'x'.repeat(48);
/** What API Gateway puts in the Lambda event behind CloudFront: the edge server's address. */
const EDGE = '130.176.1.1';
const lambdaEnv = { event: { requestContext: { http: { sourceIp: EDGE } } } };

/** The guard in front of a route that reports what it saw, so a refused request shows it never ran. */
function appWith(expected: string | undefined) {
  const seen: string[] = [];
  const app = new Hono<AppEnv>();
  app.use('/api/*', originGuard(expected));
  app.get('/api/address', (c) => {
    seen.push(c.req.path);
    return c.json({ address: clientAddress(c) });
  });
  return { app, seen };
}

const get = (app: Hono<AppEnv>, headers: Record<string, string> = {}) => app.request('/api/address', { headers }, lambdaEnv);

describe('origin guard', () => {
  it('refuses a request without the origin header with 403 forbidden, before any route runs', async () => {
    const { app, seen } = appWith(SECRET);
    const response = await get(app);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden', message: expect.any(String), details: [] } });
    expect(seen).toEqual([]);
  });

  it('refuses a wrong value, a prefix of the right one and the right one with extra characters', async () => {
    const { app, seen } = appWith(SECRET);
    for (const value of ['wrong', SECRET.slice(0, -1), `${SECRET}x`, '']) {
      expect((await get(app, { [ORIGIN_VERIFY_HEADER]: value })).status, value).toBe(403);
    }
    expect(seen).toEqual([]);
  });

  it('lets the right value through', async () => {
    const { app, seen } = appWith(SECRET);
    const response = await get(app, { [ORIGIN_VERIFY_HEADER]: SECRET });
    expect(response.status).toBe(200);
    expect(seen).toEqual(['/api/address']);
  });

  it('lets everything through where no secret is configured (local runs)', async () => {
    const { app } = appWith(undefined);
    expect((await get(app)).status).toBe(200);
  });
});

describe('client address', () => {
  it('is the viewer address CloudFront forwards, on a request that passed the guard', async () => {
    const { app } = appWith(SECRET);
    const v4 = await get(app, { [ORIGIN_VERIFY_HEADER]: SECRET, 'cloudfront-viewer-address': '203.0.113.9:46532' });
    expect(await v4.json()).toEqual({ address: '203.0.113.9' });
    const v6 = await get(app, { [ORIGIN_VERIFY_HEADER]: SECRET, 'cloudfront-viewer-address': '2001:db8:85a3::8a2e:370:7334:443' });
    expect(await v6.json()).toEqual({ address: '2001:db8:85a3::8a2e:370:7334' });
  });

  it('ignores the viewer header where no origin secret is configured: anyone could have set it', async () => {
    const { app } = appWith(undefined);
    const response = await get(app, { 'cloudfront-viewer-address': '203.0.113.9:46532' });
    expect(await response.json()).toEqual({ address: EDGE });
  });

  it('falls back to the source IP when the verified request carries no usable viewer header', async () => {
    const { app } = appWith(SECRET);
    for (const value of [undefined, 'garbage', '203.0.113.9', '999.1.1.1:80']) {
      const headers: Record<string, string> = { [ORIGIN_VERIFY_HEADER]: SECRET };
      if (value !== undefined) headers['cloudfront-viewer-address'] = value;
      expect(await (await get(app, headers)).json(), String(value)).toEqual({ address: EDGE });
    }
  });

  it('parses ip:port for IPv4 and unbracketed or bracketed IPv6, and nothing else', () => {
    expect(parseViewerAddress('198.51.100.10:46532')).toBe('198.51.100.10');
    expect(parseViewerAddress('2001:0db8:85a3:0000:0000:8a2e:0370:7334:46532')).toBe('2001:0db8:85a3:0000:0000:8a2e:0370:7334');
    expect(parseViewerAddress('::1:443')).toBe('::1');
    expect(parseViewerAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    for (const bad of [undefined, '', '198.51.100.10', '198.51.100.10:', ':443', 'example.com:443', '198.51.100.10:port', '1.2.3.4:123456'])
      expect(parseViewerAddress(bad), String(bad)).toBeNull();
  });
});
