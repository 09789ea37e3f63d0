/**
 * Zod-free, for the web as well: the completion share (percent) under which a school is listed as
 * lagging when the user has not picked another.
 */
export const DEFAULT_BELOW = 50;
