import { z } from 'zod';
import { rule } from '../errors.js';
import { nameProblem, PlainName, PlainText, textProblem } from './clean-text.js';

/**
 * Texts a bureau types (contests, competitions): Chinese is required, English optional. Many county
 * bureaus work in Chinese only; a missing English text is stored as "" and the English interface
 * shows the Chinese instead. Module content, written by content editors, keeps both languages.
 */
const optionalEnglish = (max: number, problem: (value: string) => string | null) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', ...rule('unclean_text', message) });
    })
    .default('');

/** A one-line title or name: Chinese required, English optional. */
export const ChineseFirstTitle = (max: number) => z.strictObject({ zh: PlainName(max), en: optionalEnglish(max, nameProblem) });

/** A text: Chinese required, English optional. */
export const ChineseFirstText = (max: number) => z.strictObject({ zh: PlainText(max).min(1), en: optionalEnglish(max, textProblem) });
