import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../../domain/questions/question.js';
import { SEED_QUESTIONS } from './index.js';

/**
 * Cue checks over the whole stored bank (every file index.ts gathers): a student who knows nothing
 * must not score by picking a position or the longest option. The limits leave room for chance.
 */
const singles = SEED_QUESTIONS.filter((q) => q.content.type === 'single');
const multiples = SEED_QUESTIONS.filter((q) => q.content.type === 'multiple');
const share = (items: unknown[], all: unknown[]) => items.length / all.length;
const percent = (n: number) => `${Math.round(n * 100)} %`;

/** The correct option is longer than every other option (a tie gives no cue). */
function longestIsCorrect(content: QuestionContent, lang: 'zh' | 'en'): boolean {
  const correct = content.options.find((o) => o.correct)!;
  return content.options.every((o) => o === correct || o.text[lang].length < correct.text[lang].length);
}

describe('the question bank gives no cue to the answer', () => {
  it('spreads the correct option of single-choice items over the positions', () => {
    const positions = singles.map((q) => q.content.options.findIndex((o) => o.correct));
    for (let position = 0; position < 6; position++) {
      const at = positions.filter((p) => p === position);
      expect(share(at, positions), `position ${position + 1}: ${percent(share(at, positions))} of ${positions.length}`).toBeLessThanOrEqual(0.35);
    }
  });

  it('does not put the correct options of multiple-choice items first', () => {
    const leading = multiples.filter(({ content }) => {
      const firstWrong = content.options.findIndex((o) => !o.correct);
      return content.options.slice(firstWrong).every((o) => !o.correct);
    });
    expect(share(leading, multiples), leading.map((q) => q.key).join(', ')).toBeLessThanOrEqual(0.35);
  });

  it('labels option ids by position, so an id says nothing either', () => {
    for (const { key, content } of SEED_QUESTIONS.filter((q) => q.content.type !== 'true_false'))
      expect(content.options.map((o) => o.id).join(''), key).toBe('abcdef'.slice(0, content.options.length));
  });

  for (const lang of ['zh', 'en'] as const)
    it(`makes the correct option the longest in at most 40 % of single-choice items (${lang})`, () => {
      const longest = singles.filter((q) => longestIsCorrect(q.content, lang));
      expect(share(longest, singles), `${percent(share(longest, singles))} of ${singles.length}: ${longest.map((q) => q.key).join(', ')}`).toBeLessThanOrEqual(
        0.4,
      );
    });
});

describe('question groups', () => {
  it('hold at least two questions each, and only questions that exist once', () => {
    const sizes = new Map<string, number>();
    for (const { content } of SEED_QUESTIONS) if (content.group) sizes.set(content.group, (sizes.get(content.group) ?? 0) + 1);
    for (const [group, size] of sizes) expect(size, group).toBeGreaterThanOrEqual(2);
  });
});
