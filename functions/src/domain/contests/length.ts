/**
 * How an entry's length is counted against a contest's limits: Chinese in characters, English in
 * words. No zod here: the web imports this module at run time, so the counter an author watches and
 * the check the API makes on submission are one function.
 */

export type EntryLanguage = 'zh' | 'en';

/** Largest entry text, in UTF-16 code units: the schema's limit and a form's maxlength. */
export const MAX_ENTRY_TEXT = 20_000;

export interface LengthRange {
  min: number;
  max: number;
}

export interface LengthLimits {
  zhChars: LengthRange;
  enWords: LengthRange;
}

const WHITESPACE = /\s+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Characters that are not whitespace, counted by code point (an emoji or a rare character is one). */
export function countChars(text: string): number {
  let n = 0;
  for (const char of text) if (!/\s/u.test(char)) n++;
  return n;
}

/** Whitespace-separated tokens with at least one letter or digit ("—" or "..." alone is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(WHITESPACE)) if (LETTER_OR_DIGIT.test(token)) n++;
  return n;
}

/** The entry's length in the unit of its language: characters (zh) or words (en). */
export function entryLength(text: string, language: EntryLanguage): number {
  return language === 'zh' ? countChars(text) : countWords(text);
}

/** The limits that apply to an entry in this language. */
export function limitFor(limits: LengthLimits, language: EntryLanguage): LengthRange {
  return language === 'zh' ? limits.zhChars : limits.enWords;
}

/** 'short' below the minimum, 'long' above the maximum, 'ok' within (both ends included). */
export function lengthVerdict(length: number, range: LengthRange): 'short' | 'ok' | 'long' {
  if (length < range.min) return 'short';
  if (length > range.max) return 'long';
  return 'ok';
}
