/** What a username may be, zod-free: the API's schema is built from it and the staff forms check with it. */
export const USERNAME_LENGTH = { min: 3, max: 64 } as const;
export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
