/**
 * Who a module or question is written for. zod-free, so the web imports these values rather than
 * keeping copies. Stored codes never change meaning: 'primary' has been grades 4–6 since the first
 * release and stays so; grades 1–3 read at another level and got a band of their own ('primary_lower').
 * 'families' is an audience, not a grade: parents and caregivers, reached through a teacher's link.
 */
export const GRADE_BANDS = ['primary_lower', 'primary', 'junior', 'senior', 'vocational', 'families'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** The bands students learn and are tested in (every one of them needs a question bank). */
export const STUDENT_BANDS = ['primary_lower', 'primary', 'junior', 'senior', 'vocational'] as const satisfies readonly GradeBand[];
export type StudentBand = (typeof STUDENT_BANDS)[number];

/** Grades 1–3 lower primary, 4–6 upper primary, 7–9 junior, 10–12 senior; vocational students are enrolled at 10–12 too. */
export function bandsOfGrade(grade: number | undefined): GradeBand[] {
  if (grade === undefined) return [];
  if (grade >= 1 && grade <= 3) return ['primary_lower'];
  if (grade >= 4 && grade <= 6) return ['primary'];
  if (grade >= 7 && grade <= 9) return ['junior'];
  if (grade >= 10 && grade <= 12) return ['senior', 'vocational'];
  return [];
}
