import type { Db } from '../store/client.js';

/** Everything a request handler needs from where it runs; built by the composition root. */
export interface Deps {
  db: Db;
  /** HS256 key for session tokens and for sealing one-time passwords at rest; the store's cursor key derives from it. */
  sessionKey: Uint8Array;
  /** Secure cookies in AWS (HTTPS); plain local http://localhost needs them off. */
  secureCookies: boolean;
  now: () => number;
}
