import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import {
  assertBlobKey,
  assertUpload,
  DOWNLOAD_CACHE_CONTROL,
  DOWNLOAD_URL_TTL_SECONDS,
  PHOTO_TYPES,
  UPLOAD_URL_TTL_SECONDS,
  type BlobStore,
  type PhotoType,
  type StoredBlob,
  type UploadTarget,
} from './blob-store.js';
import { blobUrlKeyFrom, signBlobGrant, verifyBlobGrant, type BlobGrant } from './blob-token.js';

/** The stored content type is the file's extension: one file per key, so one rename stores both. */
const EXTENSIONS: Record<PhotoType, string> = { 'image/jpeg': 'jpg', 'image/webp': 'webp' };
/** Uploads in progress. No key segment contains '.', so this is never a key's folder. */
const UPLOADS_DIR = '.uploads';
/** An upload file this old was left by a killed process: its URL expired long ago. */
const STALE_UPLOAD_MS = 6 * UPLOAD_URL_TTL_SECONDS * 1000;

type Received = 'stored' | 'too_large' | 'incomplete' | 'cut_off';

/**
 * Blobs as files under `dir` (`<DATA_DIR>/blobs/<key>.<jpg|webp>`), reached by the browser through the
 * local server's /blobs/<token> (routes()), where the token plays the part of S3's presigned URL.
 * An upload is written to a file of its own and renamed over the key only once every declared byte has
 * arrived and reached the disk: a killed process or a dropped connection leaves nothing under the key.
 */
export class LocalBlobStore implements BlobStore {
  private readonly macKey: Buffer;

  constructor(
    readonly dir: string,
    codeKey: Uint8Array,
  ) {
    this.macKey = blobUrlKeyFrom(codeKey);
    this.sweepStaleUploads();
  }

  async uploadUrl(key: string, upload: { contentType: PhotoType; bytes: number }, nowMs: number): Promise<UploadTarget> {
    assertUpload(key, upload);
    const exp = nowMs + UPLOAD_URL_TTL_SECONDS * 1000;
    const token = signBlobGrant(this.macKey, { op: 'put', key, exp, contentType: upload.contentType, bytes: upload.bytes });
    return { url: `/blobs/${token}`, method: 'PUT', headers: { 'Content-Type': upload.contentType }, expiresAt: new Date(exp).toISOString() };
  }

  async downloadUrl(key: string, nowMs: number): Promise<string> {
    assertBlobKey(key);
    return `/blobs/${signBlobGrant(this.macKey, { op: 'get', key, exp: nowMs + DOWNLOAD_URL_TTL_SECONDS * 1000 })}`;
  }

  async head(key: string): Promise<StoredBlob | null> {
    assertBlobKey(key);
    const found = await this.openStored(key);
    if (!found) return null;
    try {
      return { bytes: (await found.file.stat()).size, contentType: found.contentType };
    } finally {
      await found.file.close();
    }
  }

  async remove(key: string): Promise<void> {
    assertBlobKey(key);
    await Promise.all(PHOTO_TYPES.map((type) => rm(this.pathOf(key, type), { force: true })));
  }

  /** `PUT /:token` and `GET /:token`, for the local server to mount at /blobs (web-server.ts). */
  routes(now: () => number): Hono {
    return new Hono().put('/:token', (c) => this.receive(c.req.param('token'), c.req.raw, now())).get('/:token', (c) => this.send(c.req.param('token'), now()));
  }

  private async receive(token: string, request: Request, nowMs: number): Promise<Response> {
    const grant = verifyBlobGrant(this.macKey, token, nowMs);
    if (grant?.op !== 'put') return text(403, 'This upload URL was not issued here or has expired.');
    const contentType = request.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase();
    if (contentType !== grant.contentType) return text(415, `This upload URL takes ${grant.contentType} only.`);
    // Refused before a byte is read when the length is known; counted while writing when it is not.
    const length = request.headers.get('content-length');
    if (length !== null && Number(length) > grant.bytes) return text(413, `This upload URL takes ${grant.bytes} bytes.`);
    if (length !== null && Number(length) !== grant.bytes) return text(400, `This upload URL takes exactly ${grant.bytes} bytes.`);
    const received = request.body ? await this.write(grant, request.body) : 'incomplete';
    if (received === 'too_large') return text(413, `This upload URL takes ${grant.bytes} bytes.`);
    if (received === 'incomplete') return text(400, `This upload URL takes exactly ${grant.bytes} bytes.`);
    // Nobody is left to read this answer.
    if (received === 'cut_off') return text(400, 'The upload was cut off.');
    return new Response(null, { status: 200 });
  }

  private async write(grant: Extract<BlobGrant, { op: 'put' }>, body: ReadableStream<Uint8Array>): Promise<Received> {
    const temp = join(this.dir, UPLOADS_DIR, randomUUID());
    // Made on first use: a store that never takes an upload leaves no folder behind.
    await mkdir(dirname(temp), { recursive: true });
    const file = await open(temp, 'wx');
    let closed = false;
    let stored = false;
    try {
      let received = 0;
      const reader = body.getReader();
      for (;;) {
        // A read fails when the connection drops mid-body: the upload ends there, as one cut off.
        const next = await reader.read().catch(() => null);
        if (!next) return 'cut_off';
        if (next.done) break;
        received += next.value.byteLength;
        if (received > grant.bytes) {
          void reader.cancel().catch(() => {});
          return 'too_large';
        }
        await file.write(next.value);
      }
      if (received !== grant.bytes) return 'incomplete';
      await file.sync();
      await file.close();
      closed = true;
      const target = this.pathOf(grant.key, grant.contentType);
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
      stored = true;
      // A key uploaded again as the other type must not keep the old bytes beside the new.
      await Promise.all(PHOTO_TYPES.filter((type) => type !== grant.contentType).map((type) => rm(this.pathOf(grant.key, type), { force: true })));
      return 'stored';
    } finally {
      if (!closed) await file.close();
      if (!stored) await rm(temp, { force: true });
    }
  }

  private async send(token: string, nowMs: number): Promise<Response> {
    const grant = verifyBlobGrant(this.macKey, token, nowMs);
    if (grant?.op !== 'get') return text(403, 'This download URL was not issued here or has expired.');
    // Opened before it is measured and read, so a remove() in between cannot make the two disagree.
    const found = await this.openStored(grant.key);
    if (!found) return text(404, 'Nothing is stored under this URL.');
    const { size } = await found.file.stat();
    return new Response(Readable.toWeb(found.file.createReadStream()) as ReadableStream, {
      headers: {
        'content-type': found.contentType,
        'content-length': String(size),
        'cache-control': DOWNLOAD_CACHE_CONTROL,
        'x-content-type-options': 'nosniff',
      },
    });
  }

  private async openStored(key: string): Promise<{ file: FileHandle; contentType: PhotoType } | null> {
    for (const contentType of PHOTO_TYPES) {
      const file = await open(this.pathOf(key, contentType), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (file) return { file, contentType };
    }
    return null;
  }

  private pathOf(key: string, contentType: PhotoType): string {
    return join(this.dir, `${key}.${EXTENSIONS[contentType]}`);
  }

  /** A kill -9 mid-upload leaves its upload file behind (never under a key): removed at the next start. */
  private sweepStaleUploads(): void {
    const uploads = join(this.dir, UPLOADS_DIR);
    if (!existsSync(uploads)) return;
    for (const name of readdirSync(uploads)) {
      const path = join(uploads, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (info && info.mtimeMs < Date.now() - STALE_UPLOAD_MS) rmSync(path, { force: true });
    }
  }
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
