import type { SessionKeyRing } from '../domain/accounts/session-keys.js';
import type { BlobStore } from '../store/blobs/blob-store.js';
import type { Db } from '../store/client.js';

/**
 * One key per purpose (docs/SECURITY.md "Keys and rotation"), so that the session key can rotate
 * without touching what the others protect.
 */
export interface Keys {
  /**
   * Signs and verifies session tokens; rotates. A function, because in Lambda the ring is re-read
   * every KEY_REFRESH_MS so that a rotation reaches warm instances.
   */
  session: () => Promise<SessionKeyRing>;
  /** Seals one-time passwords at rest until their slips expire; must outlive them, so it does not rotate. */
  seal: Uint8Array;
  /**
   * HMAC key of certificate codes, contest entry codes and (derived) pagination cursors. Codes are
   * recomputed and must equal the stored ones, and a cursor must verify on whichever instance serves
   * the next page: it does not rotate.
   */
  code: Uint8Array;
}

/** Everything a request handler needs from where it runs; built by the composition root. */
export interface Deps {
  db: Db;
  keys: Keys;
  /** Photo bytes: files served by the local server, or S3 (store/blobs/). */
  blobs: BlobStore;
  /** When set, /api/* requests must carry it in x-origin-verify: only CloudFront knows it. */
  originVerify?: string;
  /** Secure cookies in AWS (HTTPS); plain local http://localhost needs them off. */
  secureCookies: boolean;
  now: () => number;
}
