import type { ApiGatewayRequestContextV2, LambdaEvent } from 'hono/aws-lambda';
import { randomUUID } from 'node:crypto';

// hono exports the v2 event only inside its LambdaEvent union; the v2 member is the one with a routeKey.
type APIGatewayProxyEventV2 = Extract<LambdaEvent, { routeKey: string; rawPath: string }>;

/** A request as API Gateway's HTTP API (payload 2.0) hands it to a function, with the CSRF header every state change needs. */
export function v2Event(
  method: string,
  path: string,
  options: { body?: unknown; cookies?: string[]; headers?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const requestContext = {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'example.execute-api.local',
    domainPrefix: 'example',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'handler-test' },
    requestId: randomUUID(),
    routeKey: `${method} ${path}`,
    stage: '$default',
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  } as unknown as ApiGatewayRequestContextV2;
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    cookies: options.cookies,
    headers: {
      host: 'example.execute-api.local',
      'x-requested-with': 'ClearCampus',
      ...(options.body ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body ? JSON.stringify(options.body) : null,
    isBase64Encoded: false,
    requestContext,
  };
}
