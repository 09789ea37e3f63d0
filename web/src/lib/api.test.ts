import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiPath, createApi, offsetFromDateHeader, parseRetryAfter, refineOffset, ServerClock, toApiError } from './api';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('toApiError', () => {
  it('reads the API error shape', () => {
    const error = toApiError(
      400,
      new Headers(),
      JSON.stringify({
        error: {
          code: 'validation',
          message: 'The request is not valid',
          details: [{ path: 'grade', code: 'too_big', message: 'Too big', params: { maximum: 12 } }],
        },
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('The request is not valid');
    expect(error.details).toEqual([{ path: 'grade', code: 'too_big', message: 'Too big', params: { maximum: 12 } }]);
    expect(error.retryAfter).toBeNull();
  });

  it('takes the wait from Retry-After on a 429', () => {
    const error = toApiError(
      429,
      new Headers({ 'retry-after': '120' }),
      JSON.stringify({ error: { code: 'throttled', message: 'Too many', details: [], retryAfter: 120 } }),
    );
    expect(error.code).toBe('throttled');
    expect(error.retryAfter).toBe(120);
  });

  it('keeps the reason of a pending password change', () => {
    const error = toApiError(
      403,
      new Headers(),
      JSON.stringify({ error: { code: 'forbidden', message: 'Change it', details: [], reason: 'password_change_required' } }),
    );
    expect(error.reason).toBe('password_change_required');
  });

  it('keeps the other fields of the body, such as the current draft of a 409', () => {
    const error = toApiError(
      409,
      new Headers(),
      JSON.stringify({ error: { code: 'conflict', message: 'Saved meanwhile', details: [], currentVersion: 4, current: { id: 'mod_1' } } }),
    );
    expect(error.extra).toEqual({ currentVersion: 4, current: { id: 'mod_1' } });
    expect(toApiError(500, new Headers(), '').extra).toEqual({});
  });

  it('copes with bodies that are not the error shape', () => {
    const html = toApiError(502, new Headers(), '<html>Bad gateway</html>');
    expect(html.code).toBe('internal');
    expect(html.message).toBe('HTTP 502');
    expect(html.details).toEqual([]);
    expect(toApiError(404, new Headers(), '').code).toBe('not_found');
    expect(
      toApiError(400, new Headers(), JSON.stringify({ error: { code: 'validation', message: 'x', details: [{ nope: 1 }, { message: 'only message' }] } }))
        .details,
    ).toEqual([{ path: '', code: '', message: 'only message', params: {} }]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2025-06-26T08:00:00Z');
    expect(parseRetryAfter('Thu, 26 Jun 2025 08:01:00 GMT', now)).toBe(60);
  });
});

describe('createApi', () => {
  it('always sends X-Requested-With and JSON bodies', async () => {
    const fetchImpl = vi.fn(async () => json(200, { ok: true }));
    const api = createApi(fetchImpl);
    await api.post('/api/auth/login', { body: { username: 'a', password: 'b' } });
    await api.get('/api/me');
    const calls = fetchImpl.mock.calls as unknown as [string, RequestInit][];
    const [path, init] = calls[0]!;
    expect(path).toBe('/api/auth/login');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('ClearCampus');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{"username":"a","password":"b"}');
    expect((calls[1]![1].headers as Record<string, string>)['X-Requested-With']).toBe('ClearCampus');
  });

  it('returns null for 204', async () => {
    const api = createApi(async () => new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeNull();
  });

  it('calls the sign-in hook on 401 unless told not to', async () => {
    const onUnauthenticated = vi.fn();
    const api = createApi(async () => json(401, { error: { code: 'unauthenticated', message: 'Sign in first', details: [] } }), { onUnauthenticated });
    await expect(api.get('/api/me/classes')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(api.get('/api/me', { redirectOn401: false })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('calls the password hook on password_change_required', async () => {
    const onPasswordChangeRequired = vi.fn();
    const api = createApi(
      async () => json(403, { error: { code: 'forbidden', message: 'Change your initial password first', details: [], reason: 'password_change_required' } }),
      { onPasswordChangeRequired },
    );
    await expect(api.get('/api/me/classes')).rejects.toMatchObject({ status: 403, reason: 'password_change_required' });
    expect(onPasswordChangeRequired).toHaveBeenCalledOnce();
  });

  it('turns a failed connection into a network ApiError', async () => {
    const api = createApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await api.get('/api/health').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetwork).toBe(true);
  });

  it('says where each answer came from: the server, the offline copy, or nowhere', async () => {
    const sources: string[] = [];
    let reply: () => Response = () => json(200, { ok: true });
    const api = createApi(
      async () => reply(),
      { onConnectivity: (source) => sources.push(source) },
      new ServerClock(),
      async () => {},
    );
    await api.get('/api/me');
    reply = () => json(200, { ok: true }, { 'x-clearcampus-from-cache': '1' });
    await api.get('/api/me');
    reply = () => {
      throw new TypeError('Failed to fetch');
    };
    await api.get('/api/me').catch(() => null);
    expect(sources).toEqual(['server', 'cache', 'unreachable']);
  });

  it('an offline copy does not move the server clock', async () => {
    const clock = new ServerClock(() => Date.parse('2025-06-26T08:00:00Z'));
    const api = createApi(
      async () => json(200, {}, { date: 'Thu, 26 Jun 2025 07:00:00 GMT', 'x-clearcampus-from-cache': '1' }),
      {},
      clock,
      async () => {},
    );
    await api.get('/api/me');
    expect(clock.offsetMs).toBe(0);
  });

  it('empties the offline copies when who is signed in may change, even when the sign-out never got through', async () => {
    const clearCache = vi.fn(async () => {});
    let fail = false;
    const api = createApi(
      async (path) => {
        if (fail) throw new TypeError('Failed to fetch');
        return path === '/api/me/classes' ? json(401, { error: { code: 'unauthenticated', message: 'x', details: [] } }) : json(200, {});
      },
      {},
      new ServerClock(),
      clearCache,
    );
    await api.get('/api/me');
    await api.post('/api/accounts/{userId}/unlock', { path: { userId: 'u1' } });
    expect(clearCache).not.toHaveBeenCalled();
    await api.post('/api/auth/login', { body: { username: 'a', password: 'b' } });
    expect(clearCache).toHaveBeenCalledTimes(1);
    await api.get('/api/me/classes').catch(() => null);
    expect(clearCache).toHaveBeenCalledTimes(2);
    fail = true;
    await api.post('/api/auth/logout').catch(() => null);
    expect(clearCache).toHaveBeenCalledTimes(3);
  });
});

describe('typed calls', () => {
  const recorder = () => {
    const fetchImpl = vi.fn(async () => json(200, {}));
    const sent = () =>
      (fetchImpl.mock.calls as unknown as [string, RequestInit][]).map(([path, init]) => ({
        path,
        method: init.method,
        body: init.body,
        headers: init.headers as Record<string, string>,
      }));
    return { api: createApi(fetchImpl, {}, new ServerClock(), async () => {}), sent };
  };

  it('fill the path template, append the query and send the body and options', async () => {
    const { api, sent } = recorder();
    await api.get('/api/units/{unitId}', { path: { unitId: '../x?y' }, query: { cursor: 'a b&c' } });
    await api.put('/api/schools/{schoolId}/settings', {
      path: { schoolId: 's1' },
      body: { consentRequired: true },
      headers: { 'Idempotency-Key': 'k-123456' },
    });
    await api.delete('/api/accounts/{userId}/consent', { path: { userId: 'u1' } });
    expect(sent()).toMatchObject([
      { path: '/api/units/..%2Fx%3Fy?cursor=a+b%26c', method: 'GET', body: undefined },
      { path: '/api/schools/s1/settings', method: 'PUT', body: '{"consentRequired":true}', headers: { 'Idempotency-Key': 'k-123456' } },
      { path: '/api/accounts/u1/consent', method: 'DELETE', body: undefined },
    ]);
  });

  it('leave out a query value that is not given', async () => {
    const { api, sent } = recorder();
    await api.get('/api/schools/{schoolId}/audit', { path: { schoolId: 's 1' }, query: { cursor: undefined } });
    await api.post('/api/auth/logout');
    expect(sent()).toMatchObject([
      { path: '/api/schools/s%201/audit', method: 'GET' },
      { path: '/api/auth/logout', method: 'POST', body: undefined },
    ]);
  });

  it('are checked against the server’s contract when compiled', async () => {
    const { api } = recorder();
    const { user } = await api.get('/api/me');
    expect(user).toBeUndefined();
    // @ts-expect-error the route's parameter is unitId
    await api.get('/api/units/{unitId}', { path: { unit: 'u1' } });
    // @ts-expect-error the route takes a body
    await api.post('/api/auth/login');
    // @ts-expect-error no such operation
    await api.put('/api/me');
  });
});

describe('apiPath', () => {
  it('encodes every interpolated segment', () => {
    expect(apiPath`/api/units/${'640422'}`).toBe('/api/units/640422');
    expect(apiPath`/api/units/${'../x?y'}/schools`).toBe('/api/units/..%2Fx%3Fy/schools');
  });
});

describe('the server clock', () => {
  it('reads a range from the Date header and the request’s round trip', () => {
    const server = Date.parse('Fri, 26 Jun 2026 02:00:00 GMT');
    // This device is 5 minutes behind; the request took 200 ms.
    const sentAt = server - 300_000 - 100;
    const range = offsetFromDateHeader('Fri, 26 Jun 2026 02:00:00 GMT', sentAt, sentAt + 200)!;
    expect(range.low).toBeLessThanOrEqual(300_000);
    expect(range.high).toBeGreaterThanOrEqual(300_000);
    expect(range.high - range.low).toBe(1200);
    expect(offsetFromDateHeader(null, 0, 1)).toBeNull();
    expect(offsetFromDateHeader('not a date', 0, 1)).toBeNull();
  });

  it('narrows with every answer and starts over when the device clock is changed', () => {
    expect(refineOffset({ low: 0, high: 1000 }, { low: 400, high: 1600 })).toEqual({ low: 400, high: 1000 });
    expect(refineOffset({ low: 0, high: 1000 }, { low: 60_000, high: 61_000 })).toEqual({ low: 60_000, high: 61_000 });
  });

  it('gives the server’s time; a timestamp the server wrote is a lower bound', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local);
    expect(clock.now()).toBe(1_000_000);
    clock.observe({ low: 59_000, high: 61_000 });
    expect(clock.offsetMs).toBe(60_000);
    clock.observeAtLeast(local + 60_500);
    expect(clock.offsetMs).toBe(60_750);
    local += 10;
    expect(clock.now()).toBe(1_000_010 + 60_750);
  });

  it('is fed by every response’s Date header', async () => {
    const ahead = 120_000;
    const api = createApi(async () => json(200, { ok: true }, { date: new Date(Date.now() + ahead).toUTCString() }));
    await api.get('/api/health');
    expect(Math.abs(api.clock.offsetMs - ahead)).toBeLessThanOrEqual(1500);
  });
});
