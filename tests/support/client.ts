import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A cookie-keeping API client, like a browser with one tab. */
export class ApiClient {
  cookie = '';
  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'x-requested-with': 'ClearCampus',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, body: text && json ? JSON.parse(text) : text || null, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }

  static async signedIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const reply = await client.post('/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`Sign-in of ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return client;
  }
}
