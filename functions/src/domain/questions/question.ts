import { z } from 'zod';
import { rule } from '../errors.js';
import { GradeBand, Localized, Topic } from '../modules/content.js';
import { namedFormat } from '../text/named-format.js';
import { correctCountFits, MAX_OPTIONS, MIN_OPTIONS, QUESTION_TYPES } from './options.js';

export { MAX_OPTIONS, MIN_OPTIONS, QUESTION_TYPES } from './options.js';
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const QuestionOption = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{1,8}$/),
  text: Localized(300),
  correct: z.boolean(),
});

/**
 * A bank question. Correct answers and the explanation never leave the server before review is
 * allowed: what students receive is `PublicQuestion`.
 */
export const QuestionContent = z
  .strictObject({
    type: QuestionType,
    stem: Localized(600),
    options: z.array(QuestionOption).min(MIN_OPTIONS).max(MAX_OPTIONS),
    explanation: Localized(1200),
    topics: z.array(Topic).min(1),
    gradeBands: z.array(GradeBand).min(1),
    difficulty: z.number().int().min(1).max(3),
    /**
     * Questions that test the same fact share a group (a short slug): one draw never takes two of
     * them. Optional, so questions stored before groups existed stay valid.
     */
    group: namedFormat('slug', /^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes (not at either end)', 40).optional(),
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    ...rule('unique_option_ids', 'option ids must be unique'),
    path: ['options'],
  })
  .refine((q) => correctCountFits(q.type, q.options.filter((o) => o.correct).length), {
    ...rule('correct_count', 'single choice and true/false have exactly one correct option; multiple choice at least two'),
    path: ['options'],
  })
  .refine((q) => q.type !== 'true_false' || (q.options.length === 2 && q.options.map((o) => o.id).join() === 't,f'), {
    ...rule('true_false_options', 'true/false questions have exactly the options t (true) and f (false)'),
    path: ['options'],
  });
export type QuestionContent = z.infer<typeof QuestionContent>;
