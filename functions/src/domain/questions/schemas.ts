import { z } from 'zod';
import { GradeBand, Topic } from '../modules/content.js';
import { QuestionContent, QuestionType } from './question.js';

export const QuestionStatus = z.enum(['active', 'retired']);

export const Question = z.object({
  id: z.string(),
  version: z.number().int(),
  content: QuestionContent,
  status: QuestionStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Question = z.infer<typeof Question>;

export const CreateQuestionRequest = z.strictObject({ content: QuestionContent });
export const UpdateQuestionRequest = z.strictObject({ version: z.number().int().min(1), content: QuestionContent });
export const QuestionResponse = z.object({ question: Question });
export const QuestionsResponse = z.object({ questions: z.array(Question), cursor: z.string().nullable() });

export const QuestionQuery = z.strictObject({
  band: GradeBand.optional(),
  topic: Topic.optional(),
  type: QuestionType.optional(),
  status: QuestionStatus.optional(),
  text: z.string().trim().max(50).optional(),
  cursor: z.string().max(2000).optional(),
});

/** Text search and filters over the editor's list; pure, so it is tested without a table. */
export function matchesQuery(question: Question, query: z.infer<typeof QuestionQuery>): boolean {
  const c = question.content;
  if (query.band && !c.gradeBands.includes(query.band)) return false;
  if (query.topic && !c.topics.includes(query.topic)) return false;
  if (query.type && c.type !== query.type) return false;
  if (query.status && question.status !== query.status) return false;
  if (query.text) {
    const needle = query.text.toLowerCase();
    const haystack = [c.stem.zh, c.stem.en, c.explanation.zh, c.explanation.en, ...c.options.flatMap((o) => [o.text.zh, o.text.en])].join('\n').toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}
