/**
 * Near-duplicate detection for contest entries: character n-gram shingles, MinHash signatures and
 * locality-sensitive banding. Plain functions, deterministic across processes, so a signature stored
 * by one Lambda compares with one computed by another.
 */

/** Pairs at or above this Jaccard similarity of their shingle sets are flagged. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * Characters per shingle, after normalization. A Chinese character is about a morpheme, so five span
 * two or three words: short enough that a sentence edited every dozen characters keeps most of its
 * shingles, long enough that two essays on the same theme, sharing its vocabulary (毒品, 拒绝, 远离),
 * share few shingles. English is written without spaces after normalization, so five letters are
 * about a word: copying keeps the word order and the shingles with it, re-spacing changes nothing.
 */
export const SHINGLE_SIZE = 5;

export const SIGNATURE_SIZE = 128;

/**
 * 42 bands of 3 rows (126 of the 128 values; all 128 count for the estimate). A pair becomes a
 * candidate when one band agrees: probability 1 − (1 − J³)⁴². That is 0.996 at J = 0.5, 0.94 at 0.4
 * and 0.04 at 0.1, while a reader of the bucket pays for the other texts' J³, which stays tiny for
 * independent essays. 32 bands of 4 rows would have missed 13 % of pairs at exactly 0.5.
 */
export const BANDS = 42;
export const ROWS_PER_BAND = 3;

export interface Normalized {
  /** NFKC, lower case, letters and digits only. */
  text: string;
  /** For each UTF-16 unit of `text`: where its source character starts and ends in the original. */
  start: number[];
  end: number[];
}

const KEPT = /[\p{L}\p{N}]/u;

/**
 * Whitespace, punctuation and marks are dropped, full-width and compatibility forms folded (Ａ→a,
 * ，→ dropped, ①→1), so re-spacing or re-punctuating a copied text changes none of its shingles.
 */
export function normalize(original: string): Normalized {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of original) {
    const next = index + char.length;
    // Character by character, so every normalized unit knows its source character.
    for (const unit of char.normalize('NFKC').toLowerCase()) {
      if (!KEPT.test(unit)) continue;
      text += unit;
      for (let k = 0; k < unit.length; k++) {
        start.push(index);
        end.push(next);
      }
    }
    index = next;
  }
  return { text, start, end };
}

/** murmur3's finalizer: a bijection on 32-bit integers that mixes every input bit into every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** murmur3_32 over UTF-16 units text[from, from + length). */
function hashRange(text: string, from: number, length: number): number {
  let h = 0x9747b28c;
  for (let i = from; i < from + length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ length);
}

/** The SHINGLE_SIZE-grams of the normalized text, as 32-bit hashes. Shorter texts have none. */
export function shingles(text: string): Set<number> {
  const normalized = normalize(text).text;
  const result = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= normalized.length; i++) result.add(hashRange(normalized, i, SHINGLE_SIZE));
  return result;
}

// One seed per hash function, fixed by its position, so signatures agree across processes.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, k) => fmix32(Math.imul(k + 1, 0x9e3779b9)));

/**
 * The minimum of each of 128 hash functions over the shingles; hash k is fmix32(x ⊕ seed_k), a
 * permutation of the 32-bit values. An empty set has no signature (an empty array): it matches nothing.
 */
export function signature(set: Set<number>): number[] {
  if (set.size === 0) return [];
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set)
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = fmix32(x ^ SEEDS[k]!);
      if (h < mins[k]!) mins[k] = h;
    }
  return Array.from(mins);
}

/** One key per band, `<band>#<its rows in hex>`: texts whose keys agree in any band are candidates. */
export function bandKeys(sig: number[]): string[] {
  if (sig.length !== SIGNATURE_SIZE) return [];
  return Array.from({ length: BANDS }, (_, band) => {
    const rows = sig.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    return `${String(band).padStart(2, '0')}#${rows.map((v) => v.toString(16).padStart(8, '0')).join('')}`;
  });
}

/** The share of agreeing values: an unbiased estimate of Jaccard, standard error ≤ 0.044 at 128 values. */
export function estimateJaccard(a: number[], b: number[]): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  let equal = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty, so empty texts never match. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}
