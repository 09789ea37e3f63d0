import { createHash, randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[bytes[i]! % 32];
  return out;
}

export function newId(prefix: string): string {
  return `${prefix}_${base32(randomBytes(12), 12)}`;
}

/**
 * The id a create gets when the client sent an Idempotency-Key: the same caller and key always name
 * the same new item, so the conditional put of a retry finds the first one instead of making another.
 */
export function idFromKey(prefix: string, callerId: string, key: string): string {
  return `${prefix}_${base32(createHash('sha256').update(`${callerId}\n${key}`).digest(), 12)}`;
}

/** 128 random bits, URL-safe: a credential in a link, which must not be guessable. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}
