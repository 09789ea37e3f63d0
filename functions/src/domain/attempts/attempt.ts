import { z } from 'zod';
import { QuestionType, type QuestionContent } from '../questions/question.js';
import type { QuizRules, QuizSettings } from '../quizzes/quiz.js';
import { Topic } from '../modules/content.js';
import { idFromKey } from '../ids.js';

export { deadlineFor, GRACE_MS } from './deadline.js';

/** A question as frozen into an attempt: later edits or retirement of the bank question change nothing. */
const Bilingual = z.object({ zh: z.string(), en: z.string() });
export const AttemptQuestion = z.object({
  id: z.string(),
  type: QuestionType,
  stem: Bilingual,
  /** In the order this student sees them. */
  options: z.array(z.object({ id: z.string(), text: Bilingual })),
  correctIds: z.array(z.string()),
  explanation: Bilingual,
  topics: z.array(Topic),
});
export type AttemptQuestion = z.infer<typeof AttemptQuestion>;

/** The same student, quiz and attempt number always name the same attempt: a retried start finds it. */
export const attemptIdOf = (studentId: string, quizId: string, number: number) => idFromKey('att', studentId, `${quizId}#${number}`);

export interface BankQuestion {
  id: string;
  content: QuestionContent;
}

export const Result = z.object({ score: z.number(), maxScore: z.number(), percent: z.number(), passed: z.boolean() });
export type Result = z.infer<typeof Result>;

export type Random = () => number;

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export class NotEnoughQuestions extends Error {}

/** A question's draw slot: its group, or the question itself when it has none. */
const slotOf = (question: BankQuestion) => (question.content.group ? `group:${question.content.group}` : `id:${question.id}`);

/** How many questions one draw can take from a pool: a group, however large, gives one. */
export const drawCapacity = (pool: readonly BankQuestion[]): number => new Set(pool.map(slotOf)).size;

/**
 * The questions of a new attempt: the fixed list in order, or for each draw rule `count` distinct
 * questions of that topic (and band) picked at random, never the same question twice and never two
 * of one group (variants of one fact would tell each other's answer and weigh that fact twice).
 */
export function drawQuestions(
  rules: QuizRules,
  bank: { byId: Map<string, BankQuestion>; byTopic: Map<Topic, BankQuestion[]> },
  random: Random,
): BankQuestion[] {
  if ('fixed' in rules) {
    return rules.fixed.map((id) => {
      const question = bank.byId.get(id);
      if (!question) throw new NotEnoughQuestions(`Question ${id} is not in the bank (or retired)`);
      return question;
    });
  }
  const picked = new Map<string, BankQuestion>();
  const taken = new Set<string>();
  for (const rule of rules.draw) {
    const pool = (bank.byTopic.get(rule.topic) ?? []).filter((q) => !taken.has(slotOf(q)));
    const available = drawCapacity(pool);
    if (available < rule.count)
      throw new NotEnoughQuestions(`Only ${available} active ${rule.topic} questions (counting a group once) for ${rules.band}; the quiz needs ${rule.count}`);
    let still = rule.count;
    for (const question of shuffled(pool, random)) {
      if (still === 0) break;
      if (taken.has(slotOf(question))) continue;
      taken.add(slotOf(question));
      picked.set(question.id, question);
      still--;
    }
  }
  return [...picked.values()];
}

export function freeze(question: BankQuestion, shuffleOptions: boolean, random: Random): AttemptQuestion {
  const c = question.content;
  const options = c.type === 'true_false' || !shuffleOptions ? c.options : shuffled(c.options, random);
  return {
    id: question.id,
    type: c.type,
    stem: c.stem,
    options: options.map((o) => ({ id: o.id, text: o.text })),
    correctIds: c.options
      .filter((o) => o.correct)
      .map((o) => o.id)
      .sort(),
    explanation: c.explanation,
    topics: c.topics,
  };
}

/** One point per question answered exactly right (multiple choice: all correct options, no others). */
export function score(questions: AttemptQuestion[], answers: Map<string, string[]>, settings: Pick<QuizSettings, 'passMark'>): Result {
  const points = questions.filter((q) => {
    const chosen = [...new Set(answers.get(q.id) ?? [])].sort();
    return chosen.length === q.correctIds.length && chosen.every((id, i) => id === q.correctIds[i]);
  }).length;
  const percent = questions.length ? Math.round((points / questions.length) * 100) : 0;
  return { score: points, maxScore: questions.length, percent, passed: percent >= settings.passMark };
}

/** Checks an answer against the frozen question: existing options, one for single and true/false. */
/**
 * What the answer-save path needs of a frozen question: which options exist and whether one or several
 * may be chosen. Kept on the small attempt header, so a save never reads the frozen questions.
 */
export const AnswerSlot = z.object({ type: QuestionType, optionIds: z.array(z.string()) });
export type AnswerSlot = z.infer<typeof AnswerSlot>;

/** The slots of an attempt's questions, by question id. */
export const slotsOf = (questions: AttemptQuestion[]): Record<string, AnswerSlot> =>
  Object.fromEntries(questions.map((q) => [q.id, { type: q.type, optionIds: q.options.map((o) => o.id) }]));

export function answerError(slot: AnswerSlot, optionIds: string[]): string | null {
  const known = new Set(slot.optionIds);
  if (optionIds.some((id) => !known.has(id))) return 'Unknown option';
  if (new Set(optionIds).size !== optionIds.length) return 'An option is chosen twice';
  if (slot.type !== 'multiple' && optionIds.length > 1) return 'This question takes one answer';
  return null;
}

/** What a client may see of a question: no correct answers, no explanation. */
export const PublicQuestion = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'true_false']),
  stem: z.object({ zh: z.string(), en: z.string() }),
  options: z.array(z.object({ id: z.string(), text: z.object({ zh: z.string(), en: z.string() }) })),
});

export const ReviewedQuestion = PublicQuestion.extend({
  correctIds: z.array(z.string()),
  explanation: z.object({ zh: z.string(), en: z.string() }),
});

export function publicQuestion(q: AttemptQuestion): z.infer<typeof PublicQuestion> {
  return { id: q.id, type: q.type, stem: q.stem, options: q.options };
}
