/**
 * The pure parts of family links (家长课堂): the address a teacher shares, the device id a family's
 * browser keeps so that a reload is not counted again.
 */
import { DEVICE_ID } from '$domain/family-links/device';

/** Where the device id is kept: one key for every family link, so one phone is one device everywhere. */
export const DEVICE_KEY = 'clearcampus.familyDevice';

/** The address parents open: the site's own origin, so a copy made on the staging site points there. */
export function familyLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/family/${encodeURIComponent(token)}`;
}

/** 32 hex digits: a UUID without its dashes fits the API's 16–64 letters. */
export function newDeviceId(uuid: () => string = () => crypto.randomUUID()): string {
  return uuid().replace(/-/g, '');
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * This browser's id, made and kept on first use; null when storage is blocked (private mode, a
 * policy): then the open is not counted rather than counted on every reload.
 */
export function deviceId(storage: KeyValue | null, make: () => string = newDeviceId): string | null {
  if (!storage) return null;
  try {
    const kept = storage.getItem(DEVICE_KEY);
    if (kept && DEVICE_ID.test(kept)) return kept;
    const made = make();
    storage.setItem(DEVICE_KEY, made);
    // Some browsers accept the write and forget it: only a read-back proves the id will last.
    return storage.getItem(DEVICE_KEY) === made ? made : null;
  } catch {
    return null;
  }
}
