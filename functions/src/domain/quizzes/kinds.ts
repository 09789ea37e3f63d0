/** Kinds of quiz and when answers are shown: zod-free, so the editors' pickers list the API's values. */
export const QUIZ_KINDS = ['practice', 'pre_test', 'post_test', 'competition'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export const REVIEW_POLICIES = ['after_submit', 'after_close', 'never'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
