import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../questions/question.js';
import {
  answerError,
  deadlineFor,
  slotsOf,
  drawCapacity,
  drawQuestions,
  freeze,
  NotEnoughQuestions,
  publicQuestion,
  score,
  type BankQuestion,
} from './attempt.js';

const both = (s: string) => ({ zh: s, en: s });
function question(id: string, topic: QuestionContent['topics'][number], type: QuestionContent['type'] = 'single', group?: string): BankQuestion {
  const options =
    type === 'true_false'
      ? [
          { id: 't', text: both('对'), correct: true },
          { id: 'f', text: both('错'), correct: false },
        ]
      : [
          { id: 'a', text: both('a'), correct: true },
          { id: 'b', text: both('b'), correct: type === 'multiple' },
          { id: 'c', text: both('c'), correct: false },
        ];
  return {
    id,
    content: { type, stem: both(id), options, explanation: both('why'), topics: [topic], gradeBands: ['junior'], difficulty: 1, ...(group ? { group } : {}) },
  };
}

function seeded(seed: number) {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

const bank = (questions: BankQuestion[]) => ({
  byId: new Map(questions.map((q) => [q.id, q])),
  byTopic: questions.reduce((m, q) => m.set(q.content.topics[0]!, [...(m.get(q.content.topics[0]!) ?? []), q]), new Map()),
});

describe('drawing questions', () => {
  const questions = [
    ...Array.from({ length: 6 }, (_, i) => question(`law${i}`, 'law')),
    ...Array.from({ length: 4 }, (_, i) => question(`h${i}`, 'health_harm')),
  ];
  it('draws N distinct questions per topic', () => {
    const drawn = drawQuestions(
      {
        band: 'junior',
        draw: [
          { topic: 'law', count: 3 },
          { topic: 'health_harm', count: 2 },
        ],
      },
      bank(questions),
      seeded(7),
    );
    expect(drawn).toHaveLength(5);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(5);
    expect(drawn.filter((q) => q.id.startsWith('law'))).toHaveLength(3);
  });
  it('refuses a rule the bank cannot meet', () => {
    expect(() => drawQuestions({ band: 'junior', draw: [{ topic: 'health_harm', count: 5 }] }, bank(questions), seeded(1))).toThrow(NotEnoughQuestions);
  });
  it('never draws two questions of one group, across rules too', () => {
    const grouped = [
      ...Array.from({ length: 4 }, (_, i) => question(`date${i}`, 'law', 'single', 'control-dates')),
      question('age0', 'law', 'single', 'age'),
      question('age1', 'health_harm', 'single', 'age'),
      question('free', 'law'),
      question('h', 'health_harm'),
    ];
    for (let seed = 1; seed <= 40; seed++) {
      const drawn = drawQuestions(
        {
          band: 'junior',
          draw: [
            { topic: 'law', count: 3 },
            { topic: 'health_harm', count: 1 },
          ],
        },
        bank(grouped),
        seeded(seed),
      );
      const groups = drawn.map((q) => q.content.group).filter(Boolean);
      expect(new Set(groups).size, `seed ${seed}`).toBe(groups.length);
      expect(drawn).toHaveLength(4);
    }
  });
  it('counts a group once when it tells how many questions a pool can give', () => {
    const pool = [question('d0', 'law', 'single', 'control-dates'), question('d1', 'law', 'single', 'control-dates'), question('x', 'law')];
    expect(drawCapacity(pool)).toBe(2);
    expect(() => drawQuestions({ band: 'junior', draw: [{ topic: 'law', count: 3 }] }, bank(pool), seeded(1))).toThrow(NotEnoughQuestions);
  });
  it('keeps a fixed list in order and refuses a missing question', () => {
    expect(drawQuestions({ fixed: ['h1', 'law0'] }, bank(questions), seeded(1)).map((q) => q.id)).toEqual(['h1', 'law0']);
    expect(() => drawQuestions({ fixed: ['nope'] }, bank(questions), seeded(1))).toThrow(NotEnoughQuestions);
  });
});

describe('scoring', () => {
  const frozen = [
    freeze(question('s', 'law'), true, seeded(3)),
    freeze(question('m', 'law', 'multiple'), true, seeded(3)),
    freeze(question('t', 'law', 'true_false'), true, seeded(3)),
  ];
  it('gives a point only for exactly the correct options', () => {
    const answers = new Map([
      ['s', ['a']],
      ['m', ['a']],
      ['t', ['t']],
    ]);
    expect(score(frozen, answers, { passMark: 60 })).toEqual({ score: 2, maxScore: 3, percent: 67, passed: true });
    expect(score(frozen, new Map([['m', ['b', 'a']]]), { passMark: 60 })).toEqual({ score: 1, maxScore: 3, percent: 33, passed: false });
  });
  it('never puts the key in what the client receives', () => {
    for (const q of frozen) expect(JSON.stringify(publicQuestion(q))).not.toMatch(/correct|why/);
  });
  it('validates answers against the frozen options', () => {
    expect(answerError(slotsOf(frozen)[frozen[0]!.id]!, ['a', 'b'])).toMatch(/one answer/);
    expect(answerError(slotsOf(frozen)[frozen[0]!.id]!, ['z'])).toMatch(/Unknown/);
    expect(answerError(slotsOf(frozen)[frozen[1]!.id]!, ['a', 'b'])).toBeNull();
  });
});

describe('deadline', () => {
  it('is the time limit, or the window close when earlier', () => {
    expect(deadlineFor(0, 10, undefined)).toBe(600_000);
    expect(deadlineFor(0, 10, new Date(60_000).toISOString())).toBe(60_000);
  });
});
