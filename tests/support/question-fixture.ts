import type { QuestionContent } from '../../functions/src/domain/questions/question.js';

const both = (zh: string, en: string) => ({ zh, en });

/** Distinct valid questions of every type, with explanations that must never leak before review. */
export function questionContents(count: number, topic: QuestionContent['topics'][number] = 'law'): QuestionContent[] {
  return Array.from({ length: count }, (_, i): QuestionContent => {
    const explanation = both(`解析-${i}-SECRET`, `Explanation ${i} SECRET`);
    if (i % 3 === 0)
      return {
        type: 'true_false',
        stem: both(`判断题${i}：贩卖毒品无论数量多少都应追究刑事责任。`, `T/F ${i}: trafficking is a crime whatever the quantity.`),
        options: [
          { id: 't', text: both('对', 'True'), correct: true },
          { id: 'f', text: both('错', 'False'), correct: false },
        ],
        explanation,
        topics: [topic],
        gradeBands: ['junior'],
        difficulty: 1,
      };
    if (i % 3 === 1)
      return {
        type: 'multiple',
        stem: both(`多选题${i}：哪些做法能保护自己？`, `Multiple ${i}: which keep you safe?`),
        options: [
          { id: 'a', text: both('拒绝陌生人的饮料', 'Refuse drinks from strangers'), correct: true },
          { id: 'b', text: both('告诉信任的大人', 'Tell a trusted adult'), correct: true },
          { id: 'c', text: both('出于好奇尝一尝', 'Try it out of curiosity'), correct: false },
        ],
        explanation,
        topics: [topic],
        gradeBands: ['junior'],
        difficulty: 2,
      };
    return {
      type: 'single',
      stem: both(`单选题${i}：国际禁毒日是哪一天？`, `Single ${i}: when is the International Day against Drug Abuse?`),
      options: [
        { id: 'a', text: both('6月26日', '26 June'), correct: true },
        { id: 'b', text: both('5月1日', '1 May'), correct: false },
        { id: 'c', text: both('10月1日', '1 October'), correct: false },
      ],
      explanation,
      topics: [topic],
      gradeBands: ['junior'],
      difficulty: 1,
    };
  });
}

/** The right option ids of a fixture question, by its stem (the client never learns them). */
export function correctFor(contents: QuestionContent[], stemZh: string): string[] {
  const question = contents.find((q) => q.stem.zh === stemZh)!;
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/** A county competition over fixed questions, open for a week from an hour ago: certificate at 80 %. */
export function competitionSettings(questionIds: string[], title: { zh: string; en: string }, now = Date.now()) {
  return {
    title,
    kind: 'competition',
    rules: { fixed: questionIds },
    timeLimitMinutes: 20,
    attemptsAllowed: 1,
    passMark: 60,
    certificateThreshold: 80,
    shuffleOptions: true,
    reviewPolicy: 'after_submit',
    opensAt: new Date(now - 3600_000).toISOString(),
    closesAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
  };
}
