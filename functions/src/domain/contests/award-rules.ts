/** The bounds of a contest's awards, zod-free: the API's schema is built from them and the bureau's form checks with them. */

/** How many ranks one award level may take (0 leaves the level out). */
export const AWARD_COUNT = { min: 0, max: 1000 } as const;
