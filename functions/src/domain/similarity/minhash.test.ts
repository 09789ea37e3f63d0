import { describe, expect, it } from 'vitest';
import { BANDS, bandKeys, estimateJaccard, jaccard, normalize, shingles, signature, SIGNATURE_SIZE, SIMILARITY_THRESHOLD } from './minhash.js';

/** A deterministic pseudo-random generator, so the tests draw the same sets every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Two sets of `size` elements sharing `common`, so their Jaccard is common / (2·size − common). */
function pair(size: number, common: number, seed: number): [Set<number>, Set<number>] {
  const next = random(seed);
  const draw = () => Math.floor(next() * 2 ** 32);
  const shared = Array.from({ length: common }, draw);
  return [new Set([...shared, ...Array.from({ length: size - common }, draw)]), new Set([...shared, ...Array.from({ length: size - common }, draw)])];
}

describe('normalize', () => {
  it('folds width and case and drops spaces and punctuation, keeping each unit’s source range', () => {
    const original = 'Ｎo， 毒品!\n Ｒ';
    const n = normalize(original);
    expect(n.text).toBe('no毒品r');
    expect(n.start).toEqual([0, 1, 4, 5, 9]);
    expect(n.end).toEqual([1, 2, 5, 6, 10]);
    expect([...n.text].map((_, i) => original.slice(n.start[i], n.end[i]))).toEqual(['Ｎ', 'o', '毒', '品', 'Ｒ']);
  });

  it('maps an expanded compatibility character and a surrogate pair to their one source character', () => {
    const n = normalize('a㍿𠀋b');
    expect(n.text).toBe('a株式会社𠀋b');
    expect(n.start).toEqual([0, 1, 1, 1, 1, 2, 2, 4]);
    expect(n.end).toEqual([1, 2, 2, 2, 2, 4, 4, 5]);
  });
});

describe('shingles', () => {
  it('are the same for a re-spaced, re-punctuated, full-width copy', () => {
    const a = shingles('我们要珍爱生命，远离毒品。Say NO to drugs!');
    const b = shingles('我们 要 珍爱生命 —— 远离毒品……  ｓａｙ no, to drugs');
    expect(a.size).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });

  it('are empty for a text shorter than a shingle, which then has no signature and matches nothing', () => {
    expect(shingles('毒品！ ')).toEqual(new Set());
    expect(shingles('')).toEqual(new Set());
    expect(signature(new Set())).toEqual([]);
    expect(bandKeys([])).toEqual([]);
    expect(estimateJaccard([], [])).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('signature', () => {
  it('has 128 unsigned 32-bit values and is the same in every process (fixed seeds)', () => {
    const sig = signature(shingles('珍爱生命，远离毒品，从我做起。'));
    expect(sig).toHaveLength(SIGNATURE_SIZE);
    expect(sig.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
    expect(signature(shingles('珍爱生命，远离毒品，从我做起。'))).toEqual(sig);
    // Pinned: a change of hash or seeds would silently split stored signatures from new ones.
    expect(sig.slice(0, 3)).toEqual([146163104, 749236283, 738973661]);
  });

  it('estimates Jaccard within a few standard errors', () => {
    for (const [common, seed] of [
      [0, 1],
      [100, 2],
      [333, 3],
      [500, 4],
      [800, 5],
      [1000, 6],
    ] as const) {
      const [a, b] = pair(1000, common, seed);
      const exact = jaccard(a, b);
      const sd = Math.sqrt((exact * (1 - exact)) / SIGNATURE_SIZE);
      expect(Math.abs(estimateJaccard(signature(a), signature(b)) - exact)).toBeLessThanOrEqual(4 * sd + 1e-9);
    }
  });
});

describe('band keys', () => {
  it('are 42 distinct keys, one per band, and identical sets share all of them', () => {
    const keys = bandKeys(signature(shingles('毒品危害身心健康，青少年要提高警惕。')));
    expect(keys).toHaveLength(BANDS);
    expect(new Set(keys.map((k) => k.split('#')[0])).size).toBe(BANDS);
    expect(keys[0]).toMatch(/^00#[0-9a-f]{24}$/);
  });

  it('make almost every pair at the threshold a candidate and few dissimilar pairs', () => {
    const candidate = (a: Set<number>, b: Set<number>) => {
      const keysB = new Set(bandKeys(signature(b)));
      return bandKeys(signature(a)).some((k) => keysB.has(k));
    };
    let atThreshold = 0;
    let dissimilar = 0;
    for (let seed = 0; seed < 200; seed++) {
      // 400 shared of 600 each: J = 400 / 800 = 0.5.
      if (candidate(...pair(600, 400, seed))) atThreshold++;
      // 100 shared: J ≈ 0.09.
      if (candidate(...pair(600, 100, 1000 + seed))) dissimilar++;
    }
    expect(jaccard(...pair(600, 400, 0))).toBe(SIMILARITY_THRESHOLD);
    // Expected 0.996 and 0.03 of 200.
    expect(atThreshold).toBeGreaterThanOrEqual(195);
    expect(dissimilar).toBeLessThanOrEqual(20);
  });
});

describe('jaccard', () => {
  it('is intersection over union', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set([1]), new Set())).toBe(0);
  });
});
