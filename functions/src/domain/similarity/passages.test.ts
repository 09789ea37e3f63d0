import { describe, expect, it } from 'vitest';
import { MIN_PASSAGE, overlappingPassages, type PassageRange } from './passages.js';

const marked = (text: string, ranges: PassageRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('overlapping passages', () => {
  it('finds a copied sentence in both texts, in original indices, through changed punctuation and spacing', () => {
    const a = '上周班会上，老师讲了一个故事。毒品不仅伤害身体，还会摧毁一个人的意志和家庭。我听完以后久久不能平静。';
    const b = '我想起一句话：毒品不仅伤害身体 , 还会摧毁一个人的意志和家庭！所以我们一定要远离它。';
    const passages = overlappingPassages(a, b);
    expect(marked(a, passages.a)).toEqual(['毒品不仅伤害身体，还会摧毁一个人的意志和家庭']);
    expect(marked(b, passages.b)).toEqual(['毒品不仅伤害身体 , 还会摧毁一个人的意志和家庭']);
  });

  it('drops shared runs shorter than MIN_PASSAGE normalized characters', () => {
    // 珍爱生命远离毒品: 8 normalized characters, a set phrase of the theme.
    const passages = overlappingPassages('同学们，珍爱生命，远离毒品，从今天做起。', '我想大声说：珍爱生命、远离毒品！这是我的心愿。');
    expect(MIN_PASSAGE).toBeGreaterThan(8);
    expect(passages).toEqual({ a: [], b: [] });
  });

  it('returns several sorted, disjoint passages when the copy is interrupted by new text', () => {
    const shared1 = 'Drugs can change how the brain works and make it hard to stop.';
    const shared2 = 'A real friend will never push you to try something dangerous.';
    const a = `${shared1} My cousin told me this last summer. ${shared2}`;
    const b = `Our teacher said: ${shared1.toUpperCase()} We then talked about sport and music for a while. ${shared2}`;
    const passages = overlappingPassages(a, b);
    expect(marked(a, passages.a)).toEqual([shared1.slice(0, -1), shared2.slice(0, -1)]);
    expect(marked(b, passages.b)).toEqual([shared1.toUpperCase().slice(0, -1), shared2.slice(0, -1)]);
    for (const ranges of [passages.a, passages.b]) for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
  });

  it('finds nothing between unrelated texts or in empty ones', () => {
    expect(overlappingPassages('毒品会让人上瘾，危害极大。', 'The weather was fine and we played football.')).toEqual({ a: [], b: [] });
    expect(overlappingPassages('', '')).toEqual({ a: [], b: [] });
  });

  it('merges runs that meet inside one expanded character instead of overlapping', () => {
    // ㍿ normalizes to 株式会社; each side shares a run ending or starting inside it.
    const a = 'abcdefghijklmn㍿opqrstuvwxyz12';
    const b = 'abcdefghijklmn株 and 社opqrstuvwxyz12';
    const passages = overlappingPassages(a, b);
    expect(passages.a).toEqual([{ start: 0, end: a.length }]);
  });
});
