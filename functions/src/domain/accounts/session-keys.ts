/** How long a session token (and its cookie) lives. */
export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * How often the session secret rotates (the data stack's rotation schedule). The previous key stays
 * accepted until the next rotation, so a token signed with it, at the latest SIGNING_DELAY_MS after a
 * rotation, expires weeks before its key is dropped.
 */
export const SESSION_KEY_ROTATION_DAYS = 30;

/** Every key is this many alphanumeric characters: as the data stack first generates it, and as rotation makes it. */
export const SESSION_KEY_LENGTH = 64;

/**
 * The session signing keys a deployment holds at one moment: in AWS, the session secret's AWSCURRENT
 * and AWSPREVIOUS versions.
 */
export interface SessionKeyRing {
  current: Uint8Array;
  previous?: Uint8Array;
  /** When `current` was made (epoch ms). Absent: long enough ago to sign with (a fixed key). */
  currentSince?: number;
}

/** How often a warm Lambda instance re-reads the ring, so a rotation reaches every instance within this. */
export const KEY_REFRESH_MS = 15 * 60_000;

/**
 * A new key only verifies on instances that have re-read the ring; one that signed with it at once
 * would sign out users whose next request reaches an instance that has not. So new tokens keep the
 * previous key until every instance has refreshed at least once, with room for a failed refresh.
 */
export const SIGNING_DELAY_MS = 4 * KEY_REFRESH_MS;

export function signingKey(ring: SessionKeyRing, now: number): Uint8Array {
  const tooNew = ring.currentSince !== undefined && now - ring.currentSince < SIGNING_DELAY_MS;
  return tooNew && ring.previous ? ring.previous : ring.current;
}

/** Every key a live token may carry, the likeliest first. */
export function verificationKeys(ring: SessionKeyRing): Uint8Array[] {
  return ring.previous ? [ring.current, ring.previous] : [ring.current];
}
