import type { Session } from '../domain/accounts/schemas.js';
import type { Deps } from '../services/deps.js';

/** Hono context variables every route can read. */
export interface AppEnv {
  Variables: {
    deps: Deps;
    requestId: string;
    session: Session | null;
  };
}
