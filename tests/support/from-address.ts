import { request } from 'node:http';
import type { Reply } from './client.js';

/**
 * A JSON request sent from a chosen loopback address (127.0.0.0/8 is all this machine's), so tests can
 * play several networks: a computer room, a student at home, an attacker with many addresses.
 */
export function requestFrom(address: string, url: string, method: string, body?: unknown, cookie = ''): Promise<Reply & { cookie: string }> {
  const target = new URL(url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        localAddress: address,
        agent: false,
        headers: {
          'x-requested-with': 'ClearCampus',
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...(cookie ? { cookie } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
          const setCookie = response.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
          resolve({
            status: response.statusCode ?? 0,
            body: text && response.headers['content-type']?.includes('application/json') ? JSON.parse(text) : text || null,
            headers,
            cookie: setCookie,
          });
        });
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export const loginFrom = (address: string, baseUrl: string, username: string, password: string) =>
  requestFrom(address, `${baseUrl}/api/auth/login`, 'POST', { username, password });
