/** The bounds of a module's content, zod-free: the API's schema is built from them and the editor's form shows them. */

/** How long a module takes, as its editor estimates it. */
export const ESTIMATED_MINUTES = { min: 1, max: 240 } as const;
