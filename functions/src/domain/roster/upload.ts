/**
 * How large a roster file may be: the API takes at most this many base64 characters, about 1 MB of
 * file. zod-free, so the upload form refuses a larger file before sending it.
 */
export const MAX_ROSTER_BASE64 = 1_400_000;
/** Base64 spends four characters on every three bytes. */
export const MAX_ROSTER_FILE_BYTES = Math.floor((MAX_ROSTER_BASE64 / 4) * 3);
