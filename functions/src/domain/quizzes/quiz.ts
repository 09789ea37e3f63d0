import { z } from 'zod';
import { rule } from '../errors.js';
import { StudentBand, Topic } from '../modules/content.js';
import { ChineseFirstTitle } from '../text/chinese-first.js';
import { IsoDateTime, windowProblem } from '../time/window.js';
import { QUIZ_KINDS, REVIEW_POLICIES } from './kinds.js';
import { TIME_LIMIT_MINUTES } from './settings-rules.js';

export { QUIZ_KINDS, REVIEW_POLICIES } from './kinds.js';
export { windowState } from './window.js';

const DrawRule = z.strictObject({ topic: Topic, count: z.number().int().min(1).max(50) });

/** Either a fixed list of questions or draw rules: N questions per topic for a grade band. */
export const QuizRules = z.union([
  z.strictObject({ fixed: z.array(z.string().min(1).max(40)).min(1).max(100) }),
  z.strictObject({ band: StudentBand, draw: z.array(DrawRule).min(1).max(8) }),
]);
export type QuizRules = z.infer<typeof QuizRules>;

export const QuizSettings = z
  .strictObject({
    title: ChineseFirstTitle(120),
    kind: z.enum(QUIZ_KINDS),
    /** For pre- and post-tests: the module whose learning gain they measure. */
    moduleId: z.string().min(1).max(60).optional(),
    rules: QuizRules,
    timeLimitMinutes: z.number().int().min(TIME_LIMIT_MINUTES.min).max(TIME_LIMIT_MINUTES.max),
    attemptsAllowed: z.number().int().min(1).max(10),
    /** Percent of the maximum score needed to pass. */
    passMark: z.number().int().min(0).max(100),
    /** Percent needed for a certificate (competitions); absent: no certificate. */
    certificateThreshold: z.number().int().min(0).max(100).optional(),
    shuffleOptions: z.boolean().default(true),
    reviewPolicy: z.enum(REVIEW_POLICIES),
    opensAt: IsoDateTime.optional(),
    closesAt: IsoDateTime.optional(),
  })
  .superRefine((q, ctx) => {
    const problem = q.opensAt && q.closesAt ? windowProblem(Date.parse(q.opensAt), Date.parse(q.closesAt)) : null;
    if (problem) ctx.addIssue({ code: 'custom', ...problem, path: ['closesAt'] });
  })
  .refine((q) => q.kind !== 'competition' || (q.opensAt && q.closesAt), { ...rule('window_needed', 'a competition needs a window'), path: ['closesAt'] })
  .refine((q) => (q.kind === 'pre_test' || q.kind === 'post_test') === !!q.moduleId, {
    ...rule('module_for_tests', 'pre- and post-tests (only) name their module'),
    path: ['moduleId'],
  })
  // A certificate belongs to one attempt: with several attempts, which one would it certify?
  .refine((q) => q.certificateThreshold === undefined || q.attemptsAllowed === 1, {
    ...rule('certificate_one_attempt', 'certificates need a single attempt'),
    path: ['certificateThreshold'],
  })
  .refine((q) => q.reviewPolicy !== 'after_close' || !!q.closesAt, {
    ...rule('review_needs_close', 'review after close needs a closing time'),
    path: ['reviewPolicy'],
  });
export type QuizSettings = z.infer<typeof QuizSettings>;

export const Quiz = z.object({
  id: z.string(),
  settings: QuizSettings,
  /** The unit whose students may take it: a competition's bureau unit, or the region for platform quizzes. */
  unitId: z.string(),
  unitPath: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Quiz = z.infer<typeof Quiz>;

export const CreateQuizRequest = z.strictObject({ settings: QuizSettings });
export const QuizResponse = z.object({ quiz: Quiz });
export const QuizzesResponse = z.object({ quizzes: z.array(Quiz) });

/** Whether correct answers and explanations may be shown for a submitted attempt. */
export function reviewAllowed(quiz: Pick<QuizSettings, 'reviewPolicy' | 'closesAt'>, submitted: boolean, now: number): boolean {
  if (!submitted) return false;
  if (quiz.reviewPolicy === 'after_submit') return true;
  if (quiz.reviewPolicy === 'after_close') return !!quiz.closesAt && now > Date.parse(quiz.closesAt);
  return false;
}
