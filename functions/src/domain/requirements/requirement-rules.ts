/**
 * A bureau's requirement for the schools below it (issue 15): the bounds, zod-free, so the web's form
 * checks what the API enforces.
 */
export const REQUIREMENT_LIMITS = {
  /** Activities each school holds in the period. */
  activities: { min: 0, max: 20 },
  /** Lesson hours each class has in the period. */
  lessonHours: { min: 0, max: 40 },
  title: { max: 80 },
  /** A period is whole months within one school year. */
  months: { max: 12 },
} as const;
