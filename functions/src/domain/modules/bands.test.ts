import { describe, expect, it } from 'vitest';
import { bandsOfGrade, GRADE_BANDS, STUDENT_BANDS } from './bands.js';

describe('grade bands', () => {
  it('gives every school grade exactly the bands written for its reading level', () => {
    expect(bandsOfGrade(1)).toEqual(['primary_lower']);
    expect(bandsOfGrade(3)).toEqual(['primary_lower']);
    expect(bandsOfGrade(4)).toEqual(['primary']);
    expect(bandsOfGrade(6)).toEqual(['primary']);
    expect(bandsOfGrade(7)).toEqual(['junior']);
    expect(bandsOfGrade(9)).toEqual(['junior']);
    expect(bandsOfGrade(11)).toEqual(['senior', 'vocational']);
  });

  it('gives no band to a grade outside 1–12 or to an account without one', () => {
    expect(bandsOfGrade(0)).toEqual([]);
    expect(bandsOfGrade(13)).toEqual([]);
    expect(bandsOfGrade(undefined)).toEqual([]);
  });

  it('never puts a student in the families band, which is for parents', () => {
    const studentBands = new Set(Array.from({ length: 12 }, (_, i) => bandsOfGrade(i + 1)).flat());
    expect(studentBands).toEqual(new Set(STUDENT_BANDS));
    expect(GRADE_BANDS.filter((b) => !studentBands.has(b))).toEqual(['families']);
  });
});
