import type { Account } from './schemas.js';
import { newId } from '../ids.js';
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Hash format: scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>. The cost travels with the hash so it
 * can be raised later without invalidating stored passwords.
 *
 * Chosen passwords get N=2^15 (~100 ms here). Generated one-time passwords carry 50 bits of
 * randomness, which no KDF cost is needed to protect; they get N=2^10 (~2 ms), so a 1,000-student
 * roster import hashes in seconds instead of minutes (see docs/SECURITY.md).
 */
const CHOSEN_COST = 15;
const GENERATED_COST = 10;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, kind: 'chosen' | 'generated' = 'chosen'): Promise<string> {
  const logN = kind === 'chosen' ? CHOSEN_COST : GENERATED_COST;
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN, 8, 1);
  return ['scrypt', logN, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Hashes of random passwords, to compare against when the username does not exist, in the cost class
 * the username would have: a generated student login (county code and a number) holds a cheap
 * generated password, anything else a chosen one. An unknown name then costs what a known one of its
 * kind costs, so timing does not tell which names exist.
 */
const DUMMY_HASHES = {
  generated: `scrypt$${GENERATED_COST}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`,
  chosen: `scrypt$${CHOSEN_COST}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`,
};

export function dummyHashFor(username: string): string {
  return /^\d{7,}$/.test(username) ? DUMMY_HASHES.generated : DUMMY_HASHES.chosen;
}

/** The log2 of the scrypt cost a stored hash was made with. */
export function hashCost(stored: string): number {
  return Number(stored.split('$')[1]);
}

/** No 0/O, 1/l/I: a child copies this from paper. 10 characters of 32 symbols ≈ 50 bits. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generatePassword(length = 10): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A new staff account (teacher, judge) with a generated one-time password, to be changed at first
 * sign-in. The password is returned once, for the creator to hand over; only its hash is kept.
 */
export async function newStaffAccount(
  role: Account['role'],
  person: { username: string; displayName: string },
  unit: { id: string; path: string },
  at: string,
): Promise<{ account: Account; oneTimePassword: string }> {
  const oneTimePassword = generatePassword();
  const account: Account = {
    id: newId('u'),
    username: person.username,
    role,
    displayName: person.displayName,
    orgId: unit.id,
    orgPath: unit.path,
    mustChangePassword: true,
    passwordHash: await hashPassword(oneTimePassword, 'generated'),
    createdAt: at,
  };
  return { account, oneTimePassword };
}
