/** The bounds of a recorded consent, zod-free: the API's schema is built from them and the school's form shows them. */

/** The school's note on how the consent was given. */
export const CONSENT_NOTE_MAX = 200;
