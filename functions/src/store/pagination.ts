import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import type { Db } from './client.js';

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/** A truncated HMAC-SHA256 is plenty to make a cursor unforgeable: nobody can try 2^128 guesses. */
const MAC_BYTES = 16;

/**
 * The key that signs cursors, derived from the code key (Keys.code) for this purpose only, so that a
 * cursor's MAC can never serve as anything else. Not from the session key: that one rotates, and a
 * cursor must verify on every instance, whichever key ring it has loaded.
 */
export function cursorKeyFrom(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('clearcampus/pagination-cursor/v1').digest();
}

// The table name is signed along with the key: a cursor of one table is no cursor of another.
const macOf = (db: Db, payload: string) => createHmac('sha256', db.cursorKey).update(`${db.table}\n${payload}`).digest().subarray(0, MAC_BYTES);

/**
 * A DynamoDB LastEvaluatedKey as an opaque `payload.mac` string. The MAC is what keeps a client from
 * handing DynamoDB a start key of its own making: a key of another partition, or one DynamoDB
 * refuses (a 500).
 */
export function encodeCursor(db: Db, key: Record<string, unknown> | undefined): string | null {
  if (!key) return null;
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${macOf(db, payload).toString('base64url')}`;
}

export function decodeCursor(db: Db, cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [payload, mac, ...rest] = cursor.split('.');
  if (payload && mac && rest.length === 0) {
    const given = Buffer.from(mac, 'base64url');
    if (given.length === MAC_BYTES && timingSafeEqual(given, macOf(db, payload))) {
      const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    }
  }
  throw new DomainError('validation', 'Invalid cursor', [{ path: 'cursor', code: 'invalid_cursor', message: 'not a cursor this API issued', params: {} }]);
}
