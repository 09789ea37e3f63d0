import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import type { Deps } from '../../services/deps.js';
import type { AppEnv } from '../env.js';
import { requestContext } from './request-context.js';

function app() {
  const hono = new Hono<AppEnv>();
  hono.use('/api/*', requestContext({} as Deps));
  hono.use('/api/*', async (c, next) => {
    c.set('session', { userId: 'u_student1', role: 'student' } as AppEnv['Variables']['session']);
    await next();
  });
  hono.get('/api/classes/:classId/progress', (c) => c.json({ ok: true }));
  hono.get('/api/boom/:id', () => {
    throw new Error('kaboom');
  });
  hono.get('/api/busy', () => {
    throw new DomainError('unavailable', 'Sign-in is busy; try again in a moment');
  });
  hono.get('/api/elsewhere', () => Response.redirect('https://example.com/', 302));
  hono.onError((error, c) => (error instanceof DomainError ? c.json({ error: error.code }, 503) : c.json({ error: 'internal' }, 500)));
  return hono;
}

/** The JSON lines the request writes to stdout. */
async function logged(path: string): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  const error = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    await app().request(path);
  } finally {
    write.mockRestore();
    error.mockRestore();
  }
  return lines.flatMap((line) => line.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the request log line', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names the route pattern, never the raw path with its ids, and the user by id', async () => {
    vi.stubEnv('LOG_REQUESTS', 'true');
    const [line, ...rest] = await logged('/api/classes/cls_secret_42/progress');
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ level: 'INFO', message: 'request', route: 'GET /api/classes/:classId/progress', userId: 'u_student1', status: 200 });
    expect(typeof line!.requestId).toBe('string');
    expect(typeof line!.ms).toBe('number');
    expect(JSON.stringify(line)).not.toContain('cls_secret_42');
  });

  it('logs a server error at ERROR with its stack even when request lines are off', async () => {
    vi.stubEnv('LOG_REQUESTS', 'false');
    const [line] = await logged('/api/boom/x1');
    expect(line).toMatchObject({ level: 'ERROR', route: 'GET /api/boom/:id', status: 500, error: { message: 'kaboom' } });
    expect((line!.error as { stack: string }).stack).toContain('kaboom');
    expect(await logged('/api/classes/c1/progress')).toEqual([]);
  });

  it('does not log a deliberate 503 refusal as a fault, nor its stack', async () => {
    vi.stubEnv('LOG_REQUESTS', 'false');
    expect(await logged('/api/busy')).toEqual([]);
    vi.stubEnv('LOG_REQUESTS', 'true');
    const [line] = await logged('/api/busy');
    expect(line).toMatchObject({ level: 'INFO', status: 503 });
    expect(line!.error).toBeUndefined();
  });
});

describe('the request id', () => {
  beforeEach(() => vi.stubEnv('LOG_REQUESTS', 'false'));
  afterEach(() => vi.unstubAllEnvs());

  it('is echoed on the answer, whose body is left as it was', async () => {
    const response = await app().request('/api/classes/c1/progress', { headers: { 'x-request-id': 'req-1' } });
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('is made up when the request has none, and set on errors too', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await app().request('/api/boom/x1');
      expect(response.status).toBe(500);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('is set on an answer whose headers cannot change (a redirect)', async () => {
    const response = await app().request('/api/elsewhere', { headers: { 'x-request-id': 'req-2' } });
    expect(response.status).toBe(302);
    expect(response.headers.get('x-request-id')).toBe('req-2');
    expect(response.headers.get('location')).toBe('https://example.com/');
  });
});
