/**
 * The sign-in throttle model (docs/SECURITY.md, "Sign-in throttling"). Every attempt reserves its
 * slot before any password is hashed, with a conditional write, so parallel requests cannot check
 * more passwords than the rules allow. Three rules, each with its own item:
 *
 * - per (username, address): the first few failures are free, then each attempt must wait a delay
 *   that doubles up to a ceiling. Guessing from one place slows to a crawl; the owner elsewhere is
 *   untouched, and the owner at the same address waits minutes, not a lockout (a teacher can unlock).
 * - per username, all addresses: a ceiling per window against guessing spread over many addresses.
 * - per address, all usernames: a ceiling per window against spraying one password over sequential
 *   usernames; high enough for a computer room of children who mistype.
 */
export const FREE_FAILURES_PER_PAIR = 5;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** The pair's record lives this long after its last attempt. */
export const PAIR_MEMORY_SECONDS = 24 * 60 * 60;

export const USERNAME_WINDOW_MS = 60 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 100;

export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
/** A computer room shares one address: 40 children mistyping twice must not lock the room out. */
export const MAX_FAILURES_PER_ADDRESS = 100;

/** Seconds to wait after `failures` counted attempts of one username from one address. */
export function pairDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES_PER_PAIR));
}

/** The fixed window `now` falls in, and the seconds until it ends. */
export function windowOf(now: number, windowMs: number): { index: number; secondsLeft: number } {
  const index = Math.floor(now / windowMs);
  return { index, secondsLeft: Math.max(1, Math.ceil(((index + 1) * windowMs - now) / 1000)) };
}

/** One stored throttle record of a username: a window (`W#<index>`) or an address pair (`ADDR#<address>`). */
export interface ThrottleRecord {
  SK: string;
  n?: number;
  nextAt?: number;
  expiresAt?: number;
}

/**
 * Seconds until the account can be tried again from its most delayed address, 0 when nothing holds
 * it: what the teacher's class page shows as "locked". The owner elsewhere may still get in, but a
 * student in the computer room cannot, and that is whom the teacher helps.
 */
export function heldSeconds(records: readonly ThrottleRecord[], now: number): number {
  const window = windowOf(now, USERNAME_WINDOW_MS);
  let held = 0;
  for (const record of records) {
    if (record.expiresAt !== undefined && record.expiresAt * 1000 <= now) continue;
    if (record.SK.startsWith('ADDR#') && (record.nextAt ?? 0) > now) held = Math.max(held, Math.ceil((record.nextAt! - now) / 1000));
    if (record.SK === `W#${window.index}` && (record.n ?? 0) >= MAX_FAILURES_PER_USERNAME) held = Math.max(held, window.secondsLeft);
  }
  return held;
}
