/**
 * The browser's only door to the API: same-origin JSON under /api, the anti-CSRF header on every
 * request, errors parsed into one typed ApiError. It imports nothing from SvelteKit, so the unit tests
 * can drive it with a fake fetch; the root layout wires the redirects.
 */
import { changesWhoIsSignedIn, clearApiCache, FROM_CACHE_HEADER } from './offline-cache';
import type { ApiParams, ApiResponse, Method, PathOf } from './api-contract';
import { takeEarlyResponse } from './early-data';

export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_VALUE = 'ClearCampus';

/** One thing the API found wrong: `code` and `params` say it (lib/validation-messages.ts); `message` is English. */
export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
  params: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Seconds to wait, from the Retry-After header of a 429. */
    readonly retryAfter: number | null = null,
    /** A machine-readable reason some errors carry, e.g. 'password_change_required'. */
    readonly reason: string | null = null,
    /** Every other field of the error body, e.g. `currentVersion` and `current` of a 409. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Status 0: the request never got an answer (offline, server down). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  422: 'rule_broken',
  429: 'throttled',
};

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Turns an error response's status, headers and body text into an ApiError. Copes with bodies that
 * are not the API's error shape (a proxy's HTML page, an empty body).
 */
export function toApiError(status: number, headers: Pick<Headers, 'get'>, text: string): ApiError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'http_error'));
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const details = Array.isArray(error?.details)
    ? (error.details as unknown[])
        .filter((d): d is ErrorDetail => !!d && typeof (d as ErrorDetail).message === 'string')
        .map((d) => ({
          path: typeof d.path === 'string' ? d.path : '',
          code: typeof d.code === 'string' ? d.code : '',
          message: d.message,
          params: d.params && typeof d.params === 'object' && !Array.isArray(d.params) ? d.params : {},
        }))
    : [];
  let retryAfter = parseRetryAfter(headers.get('retry-after'));
  if (retryAfter === null && typeof error?.retryAfter === 'number') retryAfter = error.retryAfter;
  const reason = typeof error?.reason === 'string' ? error.reason : null;
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error ?? {})) if (!['code', 'message', 'details', 'retryAfter', 'reason'].includes(key)) extra[key] = value;
  return new ApiError(status, code, message, details, retryAfter, reason, extra);
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Default true: a 401 sends the user to sign-in. Off for the sign-in call and the session probe. */
  redirectOn401?: boolean;
}

export interface ApiHooks {
  /** Called on a 401 (unless redirectOn401 is false). */
  onUnauthenticated?: () => void;
  /** Called on a 403 whose reason is password_change_required. */
  onPasswordChangeRequired?: () => void;
  /** Where each answer came from: the server, the service worker's offline copy, or nowhere. */
  onConnectivity?: (source: 'server' | 'cache' | 'unreachable') => void;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A range of possible values of the server clock's lead over this device's clock, in ms. */
export interface OffsetRange {
  low: number;
  high: number;
}

/**
 * What one response says of the server's clock: its Date header names the whole second in which the
 * server answered, somewhere between when the request left (`sentAt`) and when the answer came
 * (`receivedAt`), both by this device's clock.
 */
export function offsetFromDateHeader(dateHeader: string | null, sentAt: number, receivedAt: number): OffsetRange | null {
  if (!dateHeader) return null;
  const at = Date.parse(dateHeader);
  if (Number.isNaN(at)) return null;
  return { low: at - receivedAt, high: at + 1000 - sentAt };
}

/** Narrows the known range by a new one; when they disagree the device's clock was changed: start over. */
export function refineOffset(current: OffsetRange | null, sample: OffsetRange): OffsetRange {
  if (!current) return sample;
  const low = Math.max(current.low, sample.low);
  const high = Math.min(current.high, sample.high);
  return low <= high ? { low, high } : sample;
}

/**
 * The server's clock as seen from here, so that a countdown to a server deadline is right even on a
 * phone whose clock is minutes off: every response's Date header narrows the estimate.
 */
export class ServerClock {
  private range: OffsetRange | null = null;

  constructor(private readonly localNow: () => number = () => Date.now()) {}

  /** The server clock's lead over this device's, in ms (0 until a response has said). */
  get offsetMs(): number {
    if (!this.range) return 0;
    return Number.isFinite(this.range.high) ? Math.round((this.range.low + this.range.high) / 2) : this.range.low;
  }

  /** The server's time now, by the estimate. */
  now(): number {
    return this.localNow() + this.offsetMs;
  }

  observe(sample: OffsetRange | null): void {
    if (sample) this.range = refineOffset(this.range, sample);
  }

  /** The server's clock has shown `serverMs` already (e.g. a `startedAt` it just wrote). */
  observeAtLeast(serverMs: number): void {
    this.observe({ low: serverMs - this.localNow(), high: Number.POSITIVE_INFINITY });
  }
}

/** A call's path parameters, query and body as its operation declares them, with the request options. */
type CallInit<M extends Method, P extends PathOf<M>> = ApiParams<M, P> & RequestOptions;
/** The init may be left out when the operation needs no path parameter, query or body. */
type InitArgs<T> = Partial<T> extends T ? [init?: T] : [init: T];

/** The calls of one method: a path template of the API, typed by the server's OpenAPI document. */
interface TypedCall<M extends Method> {
  <P extends PathOf<M>>(path: P, ...init: InitArgs<CallInit<M, P>>): Promise<ApiResponse<M, P>>;
}

export function createApi(fetchImpl: FetchLike, hooks: ApiHooks = {}, clock: ServerClock = new ServerClock(), clearCache: () => Promise<void> = clearApiCache) {
  async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', [CSRF_HEADER]: CSRF_VALUE, ...options.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    const sentAt = Date.now();
    try {
      response = await fetchImpl(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (cause) {
      hooks.onConnectivity?.('unreachable');
      // A sign-out that never reached the server still ends the session on this device.
      if (changesWhoIsSignedIn(method, path, null)) await clearCache();
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
    }
    const fromCache = response.headers.get(FROM_CACHE_HEADER) !== null;
    hooks.onConnectivity?.(fromCache ? 'cache' : 'server');
    // Another user (or none) may be signed in now: what was kept offline for the last one goes.
    if (changesWhoIsSignedIn(method, path, response.status)) await clearCache();
    if (!fromCache) clock.observe(offsetFromDateHeader(response.headers.get('date'), sentAt, Date.now()));
    const text = await response.text();
    if (!response.ok) {
      const error = toApiError(response.status, response.headers, text);
      if (error.status === 401 && options.redirectOn401 !== false) hooks.onUnauthenticated?.();
      if (error.status === 403 && error.reason === 'password_change_required') hooks.onPasswordChangeRequired?.();
      throw error;
    }
    return (text ? JSON.parse(text) : null) as T;
  }

  function call<M extends Method>(method: M): TypedCall<M> {
    const verb = method.toUpperCase();
    return ((path: string, init: object = {}) => {
      const {
        path: params = {},
        query = {},
        body,
        ...options
      } = init as { path?: Record<string, string>; query?: Record<string, string>; body?: unknown } & RequestOptions;
      // Path segments are always encoded: ids come from URLs people can edit.
      const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined && value !== null)).toString();
      return request(verb, path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!)) + (search ? `?${search}` : ''), body, options);
    }) as TypedCall<M>;
  }

  return { hooks, clock, get: call('get'), post: call('post'), put: call('put'), delete: call('delete') };
}

export type Api = ReturnType<typeof createApi>;

/** The app's client; the root layout fills in `api.hooks`. The first page's GETs may already be on their way (early-data.ts). */
export const api: Api = createApi((input, init) => takeEarlyResponse(input, init?.method ?? 'GET') ?? fetch(input, init));

/** Path segments are always encoded: ids come from URLs people can edit. */
export function apiPath(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''), '');
}
