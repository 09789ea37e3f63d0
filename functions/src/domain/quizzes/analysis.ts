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
export function boardRow(
  unit: { id: string; name: { zh: string; en: string }; kind: string },
  quiz: Record<string, number>,
  all: Record<string, number>,
): BoardRow {
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

export const ItemStat = z.object({
  questionId: z.string(),
  stem: z.object({ zh: z.string(), en: z.string() }),
  answered: z.number().int(),
  correctShare: z.number(),
});
export const TopicStat = z.object({ topic: z.string(), answered: z.number().int(), correctShare: z.number() });
export const ClassResults = z.object({
  quizId: z.string(),
  classId: z.string(),
  students: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      studentNumber: z.string().optional(),
      attempts: z.number().int(),
      bestPercent: z.number().int().nullable(),
      passed: z.boolean(),
    }),
  ),
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
    items: [...items]
      .map(([questionId, s]) => ({
        questionId,
        stem: stems.get(questionId) ?? { zh: questionId, en: questionId },
        answered: s.answered,
        correctShare: ratio(s.correct, s.answered),
      }))
      .sort((a, b) => a.correctShare - b.correctShare),
    topics: [...topics]
      .map(([topic, s]) => ({ topic, answered: s.answered, correctShare: ratio(s.correct, s.answered) }))
      .sort((a, b) => a.correctShare - b.correctShare),
  };
}

export const StudentGain = z.object({
  id: z.string(),
  displayName: z.string(),
  studentNumber: z.string().optional(),
  pre: z.number().int().nullable(),
  post: z.number().int().nullable(),
  gain: z.number().int().nullable(),
});
export const GainSummary = z.object({
  preMean: z.number().nullable(),
  postMean: z.number().nullable(),
  meanGain: z.number().nullable(),
  both: z.number().int(),
});
export const ClassGain = z.object({
  moduleId: z.string(),
  preQuizId: z.string().nullable(),
  postQuizId: z.string().nullable(),
  students: z.array(StudentGain),
  summary: GainSummary,
});
export const UnitGain = z.object({
  moduleId: z.string(),
  unitId: z.string(),
  preMean: z.number().nullable(),
  postMean: z.number().nullable(),
  meanGain: z.number().nullable(),
});

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/**
 * Learning gain of a module: each student's best post-test percent minus best pre-test percent; the
 * class's mean gain counts only students who took both, so absent students do not skew it.
 */
export function learningGain(students: { id: string; displayName: string; studentNumber?: string }[], pre: Map<string, number>, post: Map<string, number>) {
  const rows = students.map((s) => {
    const a = pre.get(s.id) ?? null;
    const b = post.get(s.id) ?? null;
    return { id: s.id, displayName: s.displayName, studentNumber: s.studentNumber, pre: a, post: b, gain: a !== null && b !== null ? b - a : null };
  });
  const both = rows.filter((r) => r.gain !== null);
  return {
    students: rows,
    summary: {
      preMean: mean(rows.flatMap((r) => (r.pre === null ? [] : [r.pre]))),
      postMean: mean(rows.flatMap((r) => (r.post === null ? [] : [r.post]))),
      meanGain: mean(both.map((r) => r.gain!)),
      both: both.length,
    },
  };
}

/** A unit's gain from its counters: mean post-test score minus mean pre-test score. */
export function unitGain(pre: Record<string, number>, post: Record<string, number>) {
  const m = (c: Record<string, number>) => ((c.attempts ?? 0) > 0 ? Math.round(((c.scoreSum ?? 0) / c.attempts!) * 10) / 10 : null);
  const preMean = m(pre);
  const postMean = m(post);
  return { preMean, postMean, meanGain: preMean !== null && postMean !== null ? Math.round((postMean - preMean) * 10) / 10 : null };
}
