import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { isCompressible, isText, negotiateEncoding } from '../../domain/operations/content-encoding.js';

/**
 * Compresses the API's larger answers to reads. CloudFront cannot do it for /api/*: it compresses only
 * what its cache policy may cache, and API answers are never cached. A module's sections or a class's
 * progress are tens of kilobytes of JSON that shrink two- to fivefold (Chinese less than English):
 * on a 400 kbps phone, a quarter of a second or more. Writes are left alone: their answers are small,
 * and the answer save is the busiest path. Brotli at a low quality costs about what gzip does.
 */
export function compressReads(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || !c.res.body || c.res.headers.has('content-encoding')) return;
    const type = c.res.headers.get('content-type') ?? '';
    if (!isText(type)) return;
    c.header('vary', 'Accept-Encoding', { append: true });
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (encoding === 'identity') return;
    const body = Buffer.from(await c.res.arrayBuffer());
    // Hono copies the headers of the answer being replaced onto its replacement.
    c.res.headers.delete('content-length');
    if (!isCompressible(type, body.byteLength)) {
      c.res = new Response(body, c.res);
      return;
    }
    const encoded = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(body, { level: 6 });
    c.res.headers.set('content-encoding', encoding);
    c.res = new Response(encoded, c.res);
  };
}
