import { describe, expect, it } from 'vitest';
import { jaccard, shingles, SIMILARITY_THRESHOLD } from '../../domain/similarity/minhash.js';
import { KNOWN_TEXTS } from './known-texts.js';

const isChinese = (text: string) => /\p{Script=Han}/u.test(text);

describe('known texts', () => {
  it('are two Chinese essays of 500–700 characters and two English ones of 250–350 words, with unique ids', () => {
    const zh = KNOWN_TEXTS.filter((k) => isChinese(k.text));
    const en = KNOWN_TEXTS.filter((k) => !isChinese(k.text));
    expect(zh).toHaveLength(2);
    expect(en).toHaveLength(2);
    for (const k of zh) expect([...k.text.replace(/\s/g, '')].length).toSatisfy((n: number) => n >= 500 && n <= 700);
    for (const k of en) expect(k.text.split(/\s+/).filter(Boolean).length).toSatisfy((n: number) => n >= 250 && n <= 350);
    expect(new Set(KNOWN_TEXTS.map((k) => k.id)).size).toBe(KNOWN_TEXTS.length);
    expect(KNOWN_TEXTS.every((k) => /^known_[a-z0-9_]+$/.test(k.id))).toBe(true);
  });

  it('contain no phone-number-like digit runs, in any width or spacing', () => {
    for (const k of KNOWN_TEXTS) expect(k.text.normalize('NFKC')).not.toMatch(/\d[\d\s-]{2,}\d/);
  });

  it('are not near-copies of one another, so none is flagged against another', () => {
    for (const x of KNOWN_TEXTS)
      for (const y of KNOWN_TEXTS) if (x !== y) expect(jaccard(shingles(x.text), shingles(y.text))).toBeLessThan(SIMILARITY_THRESHOLD / 5);
  });
});
