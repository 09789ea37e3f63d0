import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cursorKeyFrom } from '../pagination.js';
import { blobUrlKeyFrom, signBlobGrant, verifyBlobGrant, type BlobGrant } from './blob-token.js';

const code = randomBytes(32);
const macKey = blobUrlKeyFrom(code);
const NOW = Date.UTC(2026, 10, 20, 8);
const put: BlobGrant = { op: 'put', key: 'activities/sch_a/act_b/pho_c', exp: NOW + 60_000, contentType: 'image/jpeg', bytes: 1234 };

/** The token with its payload replaced by `value`, the MAC kept. */
const withPayload = (token: string, value: unknown) => `${Buffer.from(JSON.stringify(value)).toString('base64url')}.${token.split('.')[1]}`;

describe('blob URL tokens', () => {
  it('carry their grant back until it expires', () => {
    const token = signBlobGrant(macKey, put);
    expect(verifyBlobGrant(macKey, token, NOW)).toEqual(put);
    expect(verifyBlobGrant(macKey, token, put.exp - 1)).toEqual(put);
    expect(verifyBlobGrant(macKey, token, put.exp)).toBeNull();
    const get: BlobGrant = { op: 'get', key: put.key, exp: NOW + 1 };
    expect(verifyBlobGrant(macKey, signBlobGrant(macKey, get), NOW)).toEqual(get);
  });

  it('are refused when any part is changed: a longer upload, another key, an operation, a MAC', () => {
    const token = signBlobGrant(macKey, put);
    expect(verifyBlobGrant(macKey, withPayload(token, { ...put, bytes: 10_000_000 }), NOW)).toBeNull();
    expect(verifyBlobGrant(macKey, withPayload(token, { ...put, key: 'activities/sch_x/act_b/pho_c' }), NOW)).toBeNull();
    expect(verifyBlobGrant(macKey, withPayload(token, { op: 'get', key: put.key, exp: put.exp }), NOW)).toBeNull();
    const [payload, mac] = token.split('.') as [string, string];
    const flipped = Buffer.from(mac, 'base64url');
    flipped[0]! ^= 1;
    expect(verifyBlobGrant(macKey, `${payload}.${flipped.toString('base64url')}`, NOW)).toBeNull();
    // The last of 22 characters carries 2 bits and 4 spare ones (it is A, Q, g or w): the next letter
    // decodes to the same MAC, and is refused all the same.
    const spare = mac.slice(0, -1) + String.fromCharCode(mac.charCodeAt(mac.length - 1) + 1);
    expect(Buffer.from(spare, 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
    expect(verifyBlobGrant(macKey, `${payload}.${spare}`, NOW)).toBeNull();
    expect(verifyBlobGrant(macKey, `${payload}.${mac}=`, NOW)).toBeNull();
  });

  it('are refused when signed with another key, or with the code key’s other derivations', () => {
    const token = signBlobGrant(macKey, put);
    expect(verifyBlobGrant(blobUrlKeyFrom(randomBytes(32)), token, NOW)).toBeNull();
    expect(verifyBlobGrant(code, token, NOW)).toBeNull();
    expect(verifyBlobGrant(cursorKeyFrom(code), token, NOW)).toBeNull();
    expect(verifyBlobGrant(macKey, signBlobGrant(cursorKeyFrom(code), put), NOW)).toBeNull();
  });

  it('are refused when malformed, even with a valid MAC over a payload that is not a grant', () => {
    for (const token of ['', '.', 'abc', 'a.b.c', `${signBlobGrant(macKey, put)}.x`]) expect(verifyBlobGrant(macKey, token, NOW), token).toBeNull();
    // Signed with this store's key (as a bad grant would be), so only the shape check refuses them.
    for (const value of [
      { ...put, contentType: 'text/html' },
      { ...put, bytes: 0 },
      { ...put, extra: 1 },
      { op: 'delete', key: put.key, exp: put.exp },
    ])
      expect(verifyBlobGrant(macKey, signBlobGrant(macKey, value as BlobGrant), NOW), JSON.stringify(value)).toBeNull();
  });
});
