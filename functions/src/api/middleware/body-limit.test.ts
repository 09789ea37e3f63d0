import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.js';
import { limitBody, MAX_BODY_BYTES } from './body-limit.js';

function app() {
  const hono = new Hono<AppEnv>();
  hono.use('/api/*', limitBody());
  hono.post('/api/echo', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  hono.get('/api/echo', (c) => c.json({ ok: true }));
  return hono;
}

/** A body whose stream fails when read: a request refused by its length alone never touches it. */
function unreadableBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull() {
      throw new Error('the body was read');
    },
  });
}

/** A body of `bytes` zero bytes in 64 KB chunks, sent without a length (chunked). */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const chunk = new Uint8Array(Math.min(left, 64 * 1024));
      left -= chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  app().request(new Request('http://localhost/api/echo', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));

describe('limitBody', () => {
  it('passes a body within the limit to the route, which reads it whole', async () => {
    const response = await post('x'.repeat(1000), { 'content-length': '1000' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ bytes: 1000 });
  });

  it('refuses a body whose length is over the limit with 413 too_large, without reading it', async () => {
    const response = await post(unreadableBody(), { 'content-length': String(MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too_large' } });
  });

  it('counts a body sent without a length as it streams, and refuses one over the limit', async () => {
    expect((await post(streamed(MAX_BODY_BYTES + 1))).status).toBe(413);
    const within = await post(streamed(1000));
    expect(within.status).toBe(200);
    expect(await within.json()).toEqual({ bytes: 1000 });
  });

  it('does not count a length that comes with a transfer encoding', async () => {
    expect((await post(streamed(MAX_BODY_BYTES + 1), { 'content-length': '10', 'transfer-encoding': 'chunked' })).status).toBe(413);
  });

  it('lets a GET through', async () => {
    expect((await app().request('/api/echo')).status).toBe(200);
  });
});
