/**
 * What the service worker keeps for reading offline, shared by the worker and the page: which GET
 * responses of the API are worth keeping (only what the module and quiz players need to render
 * again), the name of their cache, and the header that marks a response as served from it. The page
 * empties the cache whenever who is signed in may change, so one student's data never shows for
 * another on a shared computer-room PC.
 */

/** Bump to drop every stored API response (e.g. when their shape changes). */
export const API_CACHE = 'clearcampus-api-v2';

/** Set by the service worker on a response that came from its cache, not from the server. */
export const FROM_CACHE_HEADER = 'x-clearcampus-from-cache';

const SEGMENT = '[^/]+';
const PLAYER_READS = [
  /^\/api\/me$/,
  new RegExp(`^/api/me/modules/${SEGMENT}$`),
  new RegExp(`^/api/modules/${SEGMENT}$`),
  new RegExp(`^/api/quizzes/${SEGMENT}$`),
  new RegExp(`^/api/attempts/${SEGMENT}$`),
];

/** True for the API reads a player needs to render again offline (GET only, no query string). */
export function isCacheableRead(method: string, url: URL, origin: string): boolean {
  return method === 'GET' && url.origin === origin && url.search === '' && PLAYER_READS.some((pattern) => pattern.test(url.pathname));
}

/** Only a complete answer of the server is kept: never an error, a redirect or a partial body. */
export function isKeepableResponse(response: Pick<Response, 'status' | 'type'>): boolean {
  return response.status === 200 && response.type === 'basic';
}

/** Requests after which another user may be signed in (or none): the cache must be emptied. */
export function changesWhoIsSignedIn(method: string, path: string, status: number | null): boolean {
  if (status === 401) return true;
  return method === 'POST' && /^\/api\/auth\/(login|logout|logout-everywhere)(\?|$)/.test(path);
}

export interface CacheStorageLike {
  delete(name: string): Promise<boolean>;
}

/** Drops every stored API response; a browser without the Cache API has none to drop. */
export async function clearApiCache(storage: CacheStorageLike | undefined = globalThis.caches): Promise<void> {
  try {
    await storage?.delete(API_CACHE);
  } catch {
    // Storage blocked (private mode): nothing was stored either.
  }
}

export interface CacheLike {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
}

const updating = new Map<string, Promise<void>>();

/**
 * The headers of a kept answer for a copy whose body is stored as plain text: the network's encoding
 * and length described the bytes as they travelled, not the decoded body a copy holds.
 */
export function plainBodyHeaders(headers: Headers): Headers {
  const plain = new Headers(headers);
  plain.delete('content-encoding');
  plain.delete('content-length');
  return plain;
}

/**
 * Brings a kept read up to date with a write the server just acknowledged (a saved answer, a section
 * seen), so that a reload while offline shows it rather than the older copy. A read that was never
 * kept stays so. Updates of the same read run one after the other.
 */
export function updateKeptRead<T>(
  path: string,
  update: (body: T) => T,
  open: () => Promise<CacheLike> | undefined = () => globalThis.caches?.open(API_CACHE),
): Promise<void> {
  const previous = updating.get(path) ?? Promise.resolve();
  const next = previous.then(async () => {
    try {
      const cache = await open();
      const kept = await cache?.match(path);
      if (!cache || !kept) return;
      const body = update((await kept.json()) as T);
      await cache.put(path, new Response(JSON.stringify(body), { status: kept.status, statusText: kept.statusText, headers: plainBodyHeaders(kept.headers) }));
    } catch {
      // The copy stays as it was: the server still has the write.
    }
  });
  updating.set(path, next);
  void next.then(() => {
    if (updating.get(path) === next) updating.delete(path);
  });
  return next;
}

/**
 * Keeps a read the page already has from a write's answer (a quiz attempt just started), so the
 * attempt reloads offline before it was ever read through the service worker.
 */
export async function keepRead(
  path: string,
  body: unknown,
  open: () => Promise<CacheLike> | undefined = () => globalThis.caches?.open(API_CACHE),
): Promise<void> {
  try {
    await (await open())?.put(path, new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  } catch {
    // Without the Cache API the attempt simply needs the network to reload.
  }
}
