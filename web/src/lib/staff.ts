/** Small helpers only staff pages use, kept apart so that a student's pages never download them. */

import { USERNAME_LENGTH, USERNAME_PATTERN } from '$domain/accounts/username-rules';

/** Grades a school of this stage teaches: the API's own rule. */
export { gradesOfStage } from '$domain/org/stages';
export { USERNAME_LENGTH };

/** Whether a username (as typed: trimmed and lower-cased, as the API does) is one the API takes. */
export function usernameFits(typed: string): boolean {
  const username = typed.trim().toLowerCase();
  return username.length >= USERNAME_LENGTH.min && username.length <= USERNAME_LENGTH.max && USERNAME_PATTERN.test(username);
}

/** Splits a list into pages of `size` (credential slips: 10 per A4 sheet). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('size must be at least 1');
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** A random key for Idempotency-Key; works outside secure contexts too (a LAN address over http). */
export function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
