/** The bounds of a quiz's settings, zod-free: the API's schema is built from them and the editors' forms show them. */

/** How long an attempt may take. */
export const TIME_LIMIT_MINUTES = { min: 1, max: 180 } as const;
