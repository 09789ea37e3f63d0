/**
 * A browser's own random id, kept on the device, so a family that reloads the page is counted once.
 * zod-free, so the family page keeps only an id the API takes.
 */
export const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
