/**
 * Lessons taught in class mode (课时, issue 15): limits the web's form checks with the same bounds the
 * API enforces, zod-free.
 */
export const LESSON_LIMITS = {
  /** Lesson hours in half steps: one 课时 is 1, a double period 2. */
  hours: { min: 0.5, max: 4 },
  /** Its teacher may take a lesson back (marked by mistake) for this long. */
  undoDays: 7,
} as const;
