import { isIP } from 'node:net';
import type { Context } from 'hono';
import { passedOriginGuard } from './origin-guard.js';

/** Set by CloudFront when the /api/* origin request policy forwards it (infra/lib/web-stack.ts). */
export const VIEWER_ADDRESS_HEADER = 'cloudfront-viewer-address';

/**
 * The IP of a `CloudFront-Viewer-Address` value: `ip:port`, where an IPv6 address is not bracketed
 * (`2001:db8::1:46532`), so the port is whatever follows the last colon. Null for anything else.
 */
export function parseViewerAddress(value: string | undefined): string | null {
  if (!value) return null;
  const colon = value.lastIndexOf(':');
  if (colon <= 0 || !/^\d{1,5}$/.test(value.slice(colon + 1))) return null;
  const ip = value.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  return isIP(ip) ? ip : null;
}

/**
 * The caller's address, for per-address sign-in throttling and the audit log.
 * Behind CloudFront the Lambda event's source IP is the edge server's, shared by every viewer it
 * serves; the viewer's own is in CloudFront's viewer-address header. That header is believed only
 * on a request that passed the origin guard: anyone calling the API another way could set it to
 * whatever address they like. Locally the socket's address is the caller's.
 */
export function clientAddress(c: Context): string {
  if (passedOriginGuard(c)) {
    const viewer = parseViewerAddress(c.req.header(VIEWER_ADDRESS_HEADER));
    if (viewer) return viewer;
  }
  const lambdaEvent = (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } } | undefined)?.event;
  const fromLambda = lambdaEvent?.requestContext?.http?.sourceIp;
  if (fromLambda) return fromLambda;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
