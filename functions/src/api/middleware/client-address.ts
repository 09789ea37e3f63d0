import type { Context } from 'hono';

/**
 * The caller's address for per-address throttling. Behind CloudFront and API Gateway the Lambda event
 * carries the source IP; the local server gets it from the socket.
 */
export function clientAddress(c: Context): string {
  const lambdaEvent = (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } } | undefined)?.event;
  const fromLambda = lambdaEvent?.requestContext?.http?.sourceIp;
  if (fromLambda) return fromLambda;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
