import type { SeedQuestion } from './index.js';

const IDS = 'abcdef';

/** FNV-1a: a stable 32-bit number from a question key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so the same key always gives the same order. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The stored order of a seed question's options. Authors tend to write the answer first, so the
 * options are put in an order derived from the question key (the same on every seed run) and
 * relabelled a, b, c… by position: neither the position nor the id of an option tells the answer.
 * True/false keeps its fixed t/f. Attempts still shuffle again when they are drawn.
 */
export function withArrangedOptions(seed: SeedQuestion): SeedQuestion {
  const { content } = seed;
  if (content.type === 'true_false') return seed;
  const random = generator(hash(seed.key));
  const order = [...content.options];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { ...seed, content: { ...content, options: order.map((option, i) => ({ ...option, id: IDS[i]! })) } };
}
