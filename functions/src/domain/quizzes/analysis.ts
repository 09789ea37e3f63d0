import { z } from 'zod';

export const BoardRow = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  kind: z.string(),
  enrolled: z.number().int(),
  participants: z.number().int(),
  participationRate: z.number(),
  attempts: z.number().int(),
  passes: z.number().int(),
  passRate: z.number(),
  meanScore: z.number(),
});
export type BoardRow = z.infer<typeof BoardRow>;
export const BoardResponse = z.object({ unit: BoardRow, rows: z.array(BoardRow) });

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : 0);

/** A board row from a unit's counters: participation and mean score, never a name. */
export function boardRow(unit: { id: string; name: { zh: string; en: string }; kind: string }, quiz: Record<string, number>, all: Record<string, number>): BoardRow {
  const enrolled = all.enrolled ?? 0;
  const participants = quiz.participants ?? 0;
  const attempts = quiz.attempts ?? 0;
  const passes = quiz.passes ?? 0;
  return {
    ...unit,
    enrolled,
    participants,
    participationRate: ratio(participants, enrolled),
    attempts,
    passes,
    passRate: ratio(passes, attempts),
    meanScore: attempts ? Math.round(((quiz.scoreSum ?? 0) / attempts) * 10) / 10 : 0,
  };
}

export const ItemStat = z.object({ questionId: z.string(), stem: z.object({ zh: z.string(), en: z.string() }), answered: z.number().int(), correctShare: z.number() });
export const TopicStat = z.object({ topic: z.string(), answered: z.number().int(), correctShare: z.number() });
export const ClassResults = z.object({
  quizId: z.string(),
  classId: z.string(),
  students: z.array(z.object({ id: z.string(), displayName: z.string(), attempts: z.number().int(), bestPercent: z.number().int().nullable(), passed: z.boolean() })),
  items: z.array(ItemStat),
  /** Topics by share of correct answers, weakest first: what the class misunderstands most. */
  topics: z.array(TopicStat),
});

interface Graded {
  questionId: string;
  correct: boolean;
  topics: string[];
}

/** Share answering each question correctly, and per topic, over the submitted attempts given. */
export function itemAnalysis(attempts: { graded: Graded[] }[], stems: Map<string, { zh: string; en: string }>) {
  const items = new Map<string, { answered: number; correct: number }>();
  const topics = new Map<string, { answered: number; correct: number }>();
  for (const attempt of attempts)
    for (const g of attempt.graded) {
      const item = items.get(g.questionId) ?? { answered: 0, correct: 0 };
      item.answered++;
      if (g.correct) item.correct++;
      items.set(g.questionId, item);
      for (const topic of g.topics) {
        const t = topics.get(topic) ?? { answered: 0, correct: 0 };
        t.answered++;
        if (g.correct) t.correct++;
        topics.set(topic, t);
      }
    }
  return {
    items: [...items].map(([questionId, s]) => ({ questionId, stem: stems.get(questionId) ?? { zh: questionId, en: questionId }, answered: s.answered, correctShare: ratio(s.correct, s.answered) })).sort((a, b) => a.correctShare - b.correctShare),
    topics: [...topics].map(([topic, s]) => ({ topic, answered: s.answered, correctShare: ratio(s.correct, s.answered) })).sort((a, b) => a.correctShare - b.correctShare),
  };
}
