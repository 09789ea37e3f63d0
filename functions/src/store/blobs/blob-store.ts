/**
 * Photo bytes live outside the table: the browser sends them to, and fetches them from, the blob store
 * directly, on short-lived URLs the API hands out (so no photo passes through a Lambda). Two adapters:
 * local-blobs.ts (files under the data folder, served by the local server) and s3-blobs.ts.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/**
 * A ceiling no upload URL goes above, whatever its caller asks: a route that forgot its own limit
 * still cannot hand out a URL for a huge object. The caller's limit (e.g. per photo) is lower.
 */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

/** Long enough for a slow phone to send a few MB, short enough that a leaked URL soon stops working. */
export const UPLOAD_URL_TTL_SECONDS = 10 * 60;
/** A page that shows photos is reloaded within this time or asks for new URLs. */
export const DOWNLOAD_URL_TTL_SECONDS = 15 * 60;
/** How the browser may keep a downloaded photo: its own cache only, and not past the URL's life. */
export const DOWNLOAD_CACHE_CONTROL = 'private, max-age=300';

export interface UploadTarget {
  /** Absolute (S3) or relative to the site's origin (local). */
  url: string;
  method: 'PUT';
  /** To send with the PUT as given; the body must be exactly the declared number of bytes. */
  headers: Record<string, string>;
  /** ISO 8601. */
  expiresAt: string;
}

export interface StoredBlob {
  bytes: number;
  contentType: string;
}

export interface BlobStore {
  /**
   * Where the browser PUTs the bytes of `key`. The store refuses a body of another content type, or of
   * any length but `bytes` (the size the browser declared, which the caller has checked against its
   * limit): an exact length is what a presigned S3 PUT can enforce (a signed Content-Length).
   */
  uploadUrl(key: string, upload: { contentType: PhotoType; bytes: number }, nowMs: number): Promise<UploadTarget>;
  /** Where the browser GETs the bytes of `key`; expires after DOWNLOAD_URL_TTL_SECONDS. */
  downloadUrl(key: string, nowMs: number): Promise<string>;
  /** What is stored under `key`, or null: an upload that never came, or was cut off, stores nothing. */
  head(key: string): Promise<StoredBlob | null>;
  /** Idempotent: removing what is not there succeeds. */
  remove(key: string): Promise<void>;
}

/**
 * Segments of letters, digits, '_' and '-' joined by '/', as the code builds them
 * (`activities/<schoolId>/<activityId>/<photoId>`). No '.', so no '..' and no file extension of the
 * key's own; no leading or trailing '/' and no empty segment, so a key is one path on disk and in S3.
 */
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,128}(?:\/[A-Za-z0-9_-]{1,128}){0,7}$/;

export function assertBlobKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.length > 512) throw new Error(`Invalid blob key ${JSON.stringify(key)}`);
}

export function assertUpload(key: string, upload: { contentType: string; bytes: number }): void {
  assertBlobKey(key);
  if (!(PHOTO_TYPES as readonly string[]).includes(upload.contentType)) throw new Error(`Unsupported blob content type ${JSON.stringify(upload.contentType)}`);
  if (!Number.isSafeInteger(upload.bytes) || upload.bytes < 1 || upload.bytes > MAX_BLOB_BYTES)
    throw new Error(`A blob upload must declare 1 to ${MAX_BLOB_BYTES} bytes, got ${upload.bytes}`);
}
