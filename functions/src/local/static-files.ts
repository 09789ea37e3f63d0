import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { CACHE_CONTROL, IMMUTABLE_ASSET_PREFIX, cacheControlFor } from '../domain/operations/static-caching.js';
import { isCompressible, negotiateEncoding, type ContentEncoding } from '../domain/operations/content-encoding.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

interface StaticFile {
  contentType: string;
  cacheControl: string;
  /** Only compressible files have br and gzip; the rest are sent as stored. */
  representations: Partial<Record<ContentEncoding, Representation>> & { identity: Representation };
}

interface Loaded {
  /** Size and modification time: `npm run build -w web` under a running server replaces files. */
  version: string;
  file: Promise<StaticFile>;
}

/**
 * The built SPA as CloudFront serves it (infra/lib/web-stack.ts): each file compressed once, with
 * Brotli and gzip, and kept in memory until the file changes on disk; the Cache-Control of the shared
 * rule; strong ETags answered with 304. As with the CDN's SPA rewrite, a path whose last segment has
 * no dot is a client-side route and gets index.html, and a missing file is a 404 rather than HTML
 * that a browser would cache as a script.
 */
export function staticFiles(webDir: string) {
  const root = resolve(webDir);
  const loaded = new Map<string, Loaded>();

  const load = async (urlPath: string): Promise<StaticFile | null> => {
    const path = diskPath(root, urlPath);
    if (!path) return null;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      loaded.delete(path);
      return null;
    }
    const version = `${info.size}:${info.mtimeMs}`;
    let entry = loaded.get(path);
    if (entry?.version !== version) {
      const current: Loaded = { version, file: loadFile(path, urlPath) };
      loaded.set(path, current);
      current.file.catch(() => loaded.get(path) === current && loaded.delete(path));
      entry = current;
    }
    return entry.file;
  };

  return async (c: Context) => {
    const file = await load(filePathFor(c.req.path));
    if (!file) return c.text('Not Found', 404, { 'cache-control': CACHE_CONTROL.revalidate });
    const compressible = file.representations.br !== undefined;
    const encoding = compressible ? negotiateEncoding(c.req.header('accept-encoding')) : 'identity';
    const chosen = file.representations[encoding]!;
    const headers: Record<string, string> = { etag: chosen.etag, 'cache-control': file.cacheControl };
    if (compressible) headers.vary = 'Accept-Encoding';
    if (matches(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304, headers);
    headers['content-type'] = file.contentType;
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    return c.body(chosen.body, 200, headers);
  };
}

/** The CloudFront viewer-request rewrite (SPA_REWRITE_CODE): extension-less paths are client routes. */
function filePathFor(urlPath: string): string {
  if (urlPath.startsWith(IMMUTABLE_ASSET_PREFIX)) return urlPath;
  const last = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  return last.includes('.') ? urlPath : '/index.html';
}

/** The file a URL path names, or null when it is malformed or would leave the web root. */
function diskPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = resolve(root, `.${decoded}`);
  return decoded.includes('\0') || !path.startsWith(root + sep) ? null : path;
}

async function loadFile(path: string, urlPath: string): Promise<StaticFile> {
  const body = await readFile(path);
  const contentType = getMimeType(path) ?? 'application/octet-stream';
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  // Strong ETags name exact bytes, so each encoding of the file has its own.
  const representations: StaticFile['representations'] = { identity: { body, etag: `"${hash}"` } };
  if (isCompressible(contentType, body.length)) {
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    representations.br = { body: br, etag: `"${hash}-br"` };
    representations.gzip = { body: gz, etag: `"${hash}-gzip"` };
  }
  return { contentType, cacheControl: cacheControlFor(urlPath), representations };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix does not matter. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
