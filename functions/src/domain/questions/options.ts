/**
 * A question's types and how its options may be: zod-free, so the question editor applies the rules
 * the API enforces.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

/** Single choice and true/false have exactly one correct option; multiple choice at least two. */
export function correctCountFits(type: QuestionType, correct: number): boolean {
  return type === 'multiple' ? correct >= 2 : correct === 1;
}
