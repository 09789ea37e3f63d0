import { COMMON_PASSWORDS } from './common-passwords.js';
import { PASSWORD_MIN_LENGTH } from './passwords.js';

const COMMON = new Set(COMMON_PASSWORDS);
const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

/** Lower case without spaces: "Pass Word" is as guessable as "password". */
const squeeze = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Why a chosen password is too easy to guess, or null when it will do. Length alone is enforced by
 * the request schema; this catches what is long enough and still among the first guesses.
 */
export function passwordProblem(password: string, username: string): string | null {
  const squeezed = squeeze(password);
  if (squeezed.length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters besides spaces`;
  if (new Set(squeezed).size < 3) return 'too few different characters';
  if (COMMON.has(squeezed) || COMMON.has(squeezed.replace(/[\d!@#$%^&*.]+$/, ''))) return 'one of the most common passwords';
  if (SEQUENCES.some((run) => run.includes(squeezed) || [...run].reverse().join('').includes(squeezed))) return 'a run of keys or letters';
  const name = squeeze(username);
  if (name.length >= 3 && (squeezed.includes(name) || name.includes(squeezed))) return 'contains the username';
  return null;
}
