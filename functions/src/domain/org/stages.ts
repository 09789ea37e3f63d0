/**
 * School stages and the grades each teaches. No zod here: the web imports this module at run time,
 * so the rule the API enforces and the grade picker the school admin sees are one function.
 */
export const SCHOOL_STAGES = ['primary', 'junior', 'senior', 'nine_year', 'twelve_year', 'vocational'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

/** Grades a school of this stage teaches (1–12; vocational counts as 10–12; unknown: all). */
export function gradesOfStage(stage: SchoolStage | undefined): number[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  switch (stage) {
    case 'primary':
      return range(1, 6);
    case 'junior':
      return range(7, 9);
    case 'senior':
    case 'vocational':
      return range(10, 12);
    case 'nine_year':
      return range(1, 9);
    case 'twelve_year':
    case undefined:
      return range(1, 12);
  }
}
