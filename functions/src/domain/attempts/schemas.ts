import { z } from 'zod';
import { PublicQuestion, ReviewedQuestion } from './attempt.js';

export const ResultView = z.object({ score: z.number().int(), maxScore: z.number().int(), percent: z.number().int(), passed: z.boolean() });

export const AttemptView = z.object({
  id: z.string(),
  quizId: z.string(),
  number: z.number().int(),
  status: z.enum(['in_progress', 'submitted']),
  startedAt: z.string(),
  /** By the server's clock; answers after it (plus a short grace) are refused. */
  deadline: z.string(),
  /** Correct answers and explanations appear only once the quiz's review policy allows. */
  questions: z.array(z.union([ReviewedQuestion, PublicQuestion])),
  answers: z.record(z.string(), z.array(z.string())),
  result: ResultView.nullable(),
  review: z.boolean(),
  certificateCode: z.string().nullable(),
});
export type AttemptView = z.infer<typeof AttemptView>;

export const AttemptResponse = z.object({ attempt: AttemptView });
export const SaveAnswerRequest = z.strictObject({ optionIds: z.array(z.string().min(1).max(8)).max(6) });
export const SubmitResponse = z.object({ result: ResultView, certificateCode: z.string().nullable() });
