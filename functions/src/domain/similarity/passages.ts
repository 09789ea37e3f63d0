import { normalize, SHINGLE_SIZE, type Normalized } from './minhash.js';

export interface PassageRange {
  start: number;
  end: number;
}

/**
 * Shared runs shorter than this (normalized characters) are not shown: a set phrase such as
 * 珍爱生命远离毒品 (8) is common to honest essays on the theme, a copied sentence is longer.
 */
export const MIN_PASSAGE = 12;

/**
 * The passages two texts share: characters covered by an n-gram present in both, merged into runs,
 * runs shorter than MIN_PASSAGE dropped. Ranges are [start, end) in each ORIGINAL string, sorted and
 * disjoint, so a UI can wrap `text.slice(start, end)` in <mark>; the punctuation and spaces inside a
 * copied run are part of it.
 */
export function overlappingPassages(a: string, b: string): { a: PassageRange[]; b: PassageRange[] } {
  const left = normalize(a);
  const right = normalize(b);
  return { a: sharedRuns(left, grams(right.text)), b: sharedRuns(right, grams(left.text)) };
}

function grams(text: string): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= text.length; i++) result.add(text.slice(i, i + SHINGLE_SIZE));
  return result;
}

function sharedRuns(source: Normalized, other: Set<string>): PassageRange[] {
  const { text } = source;
  const covered = new Uint8Array(text.length);
  for (let i = 0; i + SHINGLE_SIZE <= text.length; i++) if (other.has(text.slice(i, i + SHINGLE_SIZE))) covered.fill(1, i, i + SHINGLE_SIZE);
  const ranges: PassageRange[] = [];
  for (let i = 0; i < text.length;) {
    if (!covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && covered[j]) j++;
    if (j - i >= MIN_PASSAGE) {
      const range = { start: source.start[i]!, end: source.end[j - 1]! };
      const last = ranges.at(-1);
      // One original character can expand to several normalized ones (㍿ → 株式会社), so two runs
      // may meet inside it: they become one range rather than two overlapping ones.
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else ranges.push(range);
    }
    i = j;
  }
  return ranges;
}
