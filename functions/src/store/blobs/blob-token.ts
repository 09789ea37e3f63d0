import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PHOTO_TYPES } from './blob-store.js';

/**
 * The local blob store's stand-in for a presigned URL: `/blobs/<payload>.<mac>`, where the payload
 * says which key, which operation, until when, and for a PUT the one content type and length allowed.
 * Whoever holds the URL may do that and nothing else, as with S3.
 */
const grantSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('get'), key: z.string(), exp: z.number() }),
  z.strictObject({ op: z.literal('put'), key: z.string(), exp: z.number(), contentType: z.enum(PHOTO_TYPES), bytes: z.number().int().positive() }),
]);
export type BlobGrant = z.infer<typeof grantSchema>;

/** As for cursors (store/pagination.ts): a truncated HMAC-SHA256 cannot be guessed. */
const MAC_BYTES = 16;

/**
 * Derived from the code key (Keys.code) for this purpose only, as cursorKeyFrom is: a blob URL's MAC
 * can never serve as a cursor's or a certificate code, nor the other way round. Not the session key:
 * that one rotates, and a URL must verify until it expires.
 */
export function blobUrlKeyFrom(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('clearcampus/blob-url/v1').digest();
}

const macOf = (macKey: Uint8Array, payload: string) => createHmac('sha256', macKey).update(payload).digest().subarray(0, MAC_BYTES);

export function signBlobGrant(macKey: Uint8Array, grant: BlobGrant): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${macOf(macKey, payload).toString('base64url')}`;
}

/** The grant of a token this store signed that has not expired at `nowMs`; null for anything else. */
export function verifyBlobGrant(macKey: Uint8Array, token: string, nowMs: number): BlobGrant | null {
  const [payload, mac, ...rest] = token.split('.');
  if (!payload || !mac || rest.length > 0) return null;
  const given = Buffer.from(mac, 'base64url');
  // Only the one spelling this store writes: base64url decoding ignores stray characters and spare
  // bits, which would give one URL many forms.
  if (given.length !== MAC_BYTES || given.toString('base64url') !== mac || !timingSafeEqual(given, macOf(macKey, payload))) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const grant = grantSchema.safeParse(value);
  return grant.success && nowMs < grant.data.exp ? grant.data : null;
}
