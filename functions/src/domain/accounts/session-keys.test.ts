import { describe, expect, it } from 'vitest';
import { SESSION_KEY_ROTATION_DAYS, SESSION_SECONDS, SIGNING_DELAY_MS, signingKey, verificationKeys } from './session-keys.js';

const key = (byte: number) => new Uint8Array(32).fill(byte);
const [older, newer] = [key(1), key(2)];
const ROTATED_AT = Date.UTC(2027, 0, 1);

describe('session key ring', () => {
  it('signs with a fixed key (no rotation time known)', () => {
    expect(signingKey({ current: newer, previous: older }, ROTATED_AT)).toBe(newer);
    expect(signingKey({ current: newer }, ROTATED_AT)).toBe(newer);
  });

  it('keeps signing with the previous key until the new one has been current for the signing delay', () => {
    const ring = { current: newer, previous: older, currentSince: ROTATED_AT };
    expect(signingKey(ring, ROTATED_AT)).toBe(older);
    expect(signingKey(ring, ROTATED_AT + SIGNING_DELAY_MS - 1)).toBe(older);
    expect(signingKey(ring, ROTATED_AT + SIGNING_DELAY_MS)).toBe(newer);
  });

  it('signs with a new key at once when there is no previous one (the first version)', () => {
    expect(signingKey({ current: newer, currentSince: ROTATED_AT }, ROTATED_AT)).toBe(newer);
  });

  it('verifies with the current key first, then the previous one', () => {
    expect(verificationKeys({ current: newer, previous: older })).toEqual([newer, older]);
    expect(verificationKeys({ current: newer })).toEqual([newer]);
  });

  it('drops a key only long after the last token signed with it has expired', () => {
    const lastSignedWithPrevious = SIGNING_DELAY_MS;
    const expiresBy = lastSignedWithPrevious + SESSION_SECONDS * 1000;
    const droppedAt = SESSION_KEY_ROTATION_DAYS * 24 * 3600_000;
    expect(expiresBy).toBeLessThan(droppedAt / 10);
  });
});
