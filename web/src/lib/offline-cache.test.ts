import { describe, expect, it } from 'vitest';
import { API_CACHE, changesWhoIsSignedIn, clearApiCache, isCacheableRead, isKeepableResponse, keepRead, updateKeptRead, type CacheLike } from './offline-cache';

const origin = 'https://campus.example';
const url = (path: string) => new URL(path, origin);

describe('isCacheableRead', () => {
  it('keeps the reads the players render from', () => {
    for (const path of ['/api/me', '/api/me/modules/m1', '/api/modules/m1', '/api/quizzes/q1', '/api/attempts/a1'])
      expect(isCacheableRead('GET', url(path), origin), path).toBe(true);
  });

  it('never keeps writes, other reads, queries or other origins', () => {
    expect(isCacheableRead('PUT', url('/api/me/progress/m1'), origin)).toBe(false);
    expect(isCacheableRead('GET', url('/api/me/progress/m1'), origin)).toBe(false);
    expect(isCacheableRead('POST', url('/api/quizzes/q1'), origin)).toBe(false);
    for (const path of ['/api/me/export', '/api/classes/c1/roster', '/api/attempts/a1/answers/q1', '/api/modules', '/api/quizzes/q1?x=1', '/student'])
      expect(isCacheableRead('GET', url(path), origin), path).toBe(false);
    expect(isCacheableRead('GET', new URL('/api/me', 'https://other.example'), origin)).toBe(false);
  });
});

describe('isKeepableResponse', () => {
  it('keeps only a plain 200 of the same origin', () => {
    expect(isKeepableResponse({ status: 200, type: 'basic' })).toBe(true);
    for (const status of [201, 204, 304, 401, 403, 404, 500, 503]) expect(isKeepableResponse({ status, type: 'basic' }), String(status)).toBe(false);
    expect(isKeepableResponse({ status: 200, type: 'opaque' })).toBe(false);
  });
});

describe('changesWhoIsSignedIn', () => {
  it('is true for sign-in, sign-out and a lost session', () => {
    expect(changesWhoIsSignedIn('POST', '/api/auth/login', 200)).toBe(true);
    expect(changesWhoIsSignedIn('POST', '/api/auth/logout', null)).toBe(true);
    expect(changesWhoIsSignedIn('POST', '/api/auth/logout-everywhere', 204)).toBe(true);
    expect(changesWhoIsSignedIn('GET', '/api/quizzes/q1', 401)).toBe(true);
  });

  it('is false for everything else', () => {
    expect(changesWhoIsSignedIn('GET', '/api/me', 200)).toBe(false);
    expect(changesWhoIsSignedIn('PUT', '/api/attempts/a1/answers/q1', 200)).toBe(false);
    expect(changesWhoIsSignedIn('POST', '/api/auth/password', 204)).toBe(false);
  });
});

describe('clearApiCache', () => {
  it('deletes the API cache and survives a storage that throws or is missing', async () => {
    const deleted: string[] = [];
    await clearApiCache({ delete: async (name) => (deleted.push(name), true) });
    expect(deleted).toEqual([API_CACHE]);
    await expect(clearApiCache({ delete: async () => Promise.reject(new Error('blocked')) })).resolves.toBeUndefined();
    await expect(clearApiCache(undefined)).resolves.toBeUndefined();
  });
});

describe('updateKeptRead', () => {
  function fakeCache(entries: Record<string, unknown>): CacheLike & { bodies: () => Promise<Record<string, unknown>> } {
    const store = new Map(Object.entries(entries).map(([k, v]) => [k, new Response(JSON.stringify(v), { headers: { 'content-type': 'application/json' } })]));
    return {
      match: async (key) => store.get(key)?.clone(),
      put: async (key, response) => void store.set(key, response),
      bodies: async () => Object.fromEntries(await Promise.all([...store].map(async ([k, r]) => [k, await r.clone().json()]))),
    };
  }

  it('applies acknowledged writes to a kept read, one after the other', async () => {
    const cache = fakeCache({ '/api/attempts/a1': { attempt: { answers: { q1: ['a'] } } } });
    type Body = { attempt: { answers: Record<string, string[]> } };
    const answer = (id: string, options: string[]) => (body: Body) => ({ attempt: { answers: { ...body.attempt.answers, [id]: options } } });
    await Promise.all([
      updateKeptRead('/api/attempts/a1', answer('q2', ['b']), async () => cache),
      updateKeptRead('/api/attempts/a1', answer('q3', ['c']), async () => cache),
    ]);
    expect((await cache.bodies())['/api/attempts/a1']).toEqual({ attempt: { answers: { q1: ['a'], q2: ['b'], q3: ['c'] } } });
    const headers = (await cache.match('/api/attempts/a1'))!.headers;
    expect(headers.get('content-type')).toBe('application/json');
  });

  it("keeps a read from a write's answer, which later updates apply to", async () => {
    const cache = fakeCache({});
    await keepRead('/api/attempts/a2', { attempt: { answers: {} } }, async () => cache);
    await updateKeptRead(
      '/api/attempts/a2',
      (b: { attempt: { answers: Record<string, string[]> } }) => ({ attempt: { answers: { ...b.attempt.answers, q1: ['x'] } } }),
      async () => cache,
    );
    expect((await cache.bodies())['/api/attempts/a2']).toEqual({ attempt: { answers: { q1: ['x'] } } });
    await expect(keepRead('/api/attempts/a3', {}, () => undefined)).resolves.toBeUndefined();
  });

  it('leaves a read that was never kept alone, and survives a missing Cache API', async () => {
    const cache = fakeCache({});
    await updateKeptRead(
      '/api/me/progress/m1',
      () => ({ progress: 'new' }),
      async () => cache,
    );
    expect(await cache.bodies()).toEqual({});
    await expect(
      updateKeptRead(
        '/api/me/progress/m1',
        (b) => b,
        () => undefined,
      ),
    ).resolves.toBeUndefined();
  });
});
