import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/src/api/app.js';
import { ALL_API_GROUPS } from '../../functions/src/api/group-routes/all.js';
import { ORIGIN_VERIFY_HEADER } from '../../functions/src/api/middleware/origin-guard.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The whole app as a Lambda runs it once CloudFront's origin secret is configured: a request that
 * does not carry it (someone calling the execute-api endpoint directly) is refused before it signs
 * anyone in, and one that does is served as usual.
 */
const SECRET = 'origin-guard-test-secret-0123456789abcdef';
let server: TestServer;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server = await startTestServer();
  app = createApp({ ...server.deps, originVerify: SECRET }, ALL_API_GROUPS);
});
afterAll(() => server.close());

const lambdaEnv = { event: { requestContext: { http: { sourceIp: '130.176.1.1' } } } };

function login(headers: Record<string, string>) {
  return app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'ClearCampus', ...headers },
      body: JSON.stringify({ username: 'teacher.demo', password: 'clearcampus-demo' }),
    },
    lambdaEnv,
  );
}

describe('the origin guard in the app', () => {
  it('refuses a sign-in without the origin header or with a wrong one: 403 forbidden, no session issued', async () => {
    const attempts: Record<string, string>[] = [{}, { [ORIGIN_VERIFY_HEADER]: 'not-the-secret' }];
    for (const headers of attempts) {
      const response = await login(headers);
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses even the public health check and unknown routes without the header', async () => {
    expect((await app.request('/api/health', {}, lambdaEnv)).status).toBe(403);
    expect((await app.request('/api/no-such-route', {}, lambdaEnv)).status).toBe(403);
  });

  it('serves a request that carries the right header', async () => {
    const response = await login({ [ORIGIN_VERIFY_HEADER]: SECRET, 'cloudfront-viewer-address': '203.0.113.9:46532' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/cc_session=/);
    expect((await app.request('/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: SECRET } }, lambdaEnv)).status).toBe(200);
  });
});
