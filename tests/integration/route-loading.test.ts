import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/src/api/app.js';
import { identity } from '../../functions/src/api/group-routes/identity.js';
import { routeModule, type ApiGroup, type RouteModule } from '../../functions/src/api/route-modules.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A function's app loads each route module when the first of its routes is asked for (api/app.ts).
 * A cold function meets its first callers all at once: the module must load once for all of them, a
 * failed load must not stay failed, and the routes must answer as if they had been there from the start.
 */
let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  cookie = (await ApiClient.signedIn(server.url, 'student.demo')).cookie;
});
afterAll(() => server.close());

/** The identity group with each module's loads counted, and the given module failing its first `failures` loads. */
function countedIdentity(failing?: { name: string; failures: number }) {
  const loads = new Map<string, number>();
  let failuresLeft = failing?.failures ?? 0;
  const counted = (module: RouteModule) =>
    routeModule(module.name, async () => {
      loads.set(module.name, (loads.get(module.name) ?? 0) + 1);
      if (module.name === failing?.name && failuresLeft-- > 0) throw new Error('the chunk could not be read');
      return module.load();
    });
  const group: ApiGroup = { name: 'identity', modules: identity.modules.map(counted) };
  return { app: createApp(server.deps, [group]), loads };
}

const me = (app: ReturnType<typeof createApp>) => app.request('/api/me', { headers: { cookie } });

describe('route modules loaded on first use', () => {
  it('loads a module once for a burst of first requests, and only that module; every request is answered in full', async () => {
    const { app, loads } = countedIdentity();
    expect(loads.size).toBe(0);
    const answers = await Promise.all(Array.from({ length: 25 }, () => me(app)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(25).fill(200));
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0].user.username).toBe('student.demo');
    expect([...loads]).toEqual([['accounts', 1]]);
  });

  it('validates, reads path parameters and refuses without a session exactly as a route registered up front', async () => {
    const { app } = countedIdentity();
    const invalid = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'ClearCampus' },
      body: JSON.stringify({ username: 7 }),
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.code).toBe('validation');
    // Without a session a route answers 401 before it says anything about its input (public-routes.ts).
    const anonymous = await app.request('/api/units/not-a-unit', {});
    expect(anonymous.status).toBe(401);
    const unknown = await app.request('/api/units/640000/nothing-here', { headers: { cookie } });
    expect(unknown.status).toBe(404);
  });

  it('tries a module again on the next request when its load failed, and loads it once more only', async () => {
    const { app, loads } = countedIdentity({ name: 'accounts', failures: 1 });
    const failed = await me(app);
    expect(failed.status).toBe(500);
    expect((await failed.json()).error.code).toBe('internal');
    const [second, third] = await Promise.all([me(app), me(app)]);
    expect([second.status, third.status]).toEqual([200, 200]);
    expect(loads.get('accounts')).toBe(2);
  });
});
