import { z } from 'zod';
import { rule } from '../errors.js';

/**
 * Characters a name or a piece of text never needs and an attacker can use: control characters
 * (NUL truncates in C code and in CSV tools, others garble terminals and logs), bidi overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: "Evil\u202Egnp.exe" shows as "Evilexe.png"), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF: two names that look identical but differ) and lone
 * surrogates (not Unicode at all; they break UTF-8 encoders, CSV exports and PDF slips).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_LAYOUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why `value` is not a plain one-line name, or null when it is. */
export function nameProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains an invalid character (a lone surrogate)';
  if (CONTROL.test(value)) return 'contains a control character';
  if (BIDI.test(value)) return 'contains a text-direction control character';
  if (ZERO_WIDTH.test(value)) return 'contains an invisible (zero-width) character';
  return null;
}

/**
 * Why `value` is not acceptable multi-line text, or null. Tabs and line breaks are layout; zero-width
 * joiners are part of emoji and some scripts, so only names refuse them.
 */
export function textProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains an invalid character (a lone surrogate)';
  if (CONTROL_EXCEPT_LAYOUT.test(value)) return 'contains a control character';
  if (BIDI.test(value)) return 'contains a text-direction control character';
  return null;
}

const refusing = (problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value);
  if (message) ctx.addIssue({ code: 'custom', ...rule('unclean_text', message) });
};

/** A display name (of a person, school, class, campaign…): trimmed, non-empty, at most `max`, plain. */
export const PlainName = (max: number) => z.string().trim().min(1).max(max).superRefine(refusing(nameProblem));

/** Free text (descriptions, module text): trimmed, at most `max`, no controls beyond tab and line breaks. */
export const PlainText = (max: number) => z.string().trim().max(max).superRefine(refusing(textProblem));
