import type { Deps } from '../services/deps.js';
import { connect } from '../store/client.js';
import { loadSecrets } from './secrets.js';

/**
 * The composition root for Lambda: table from TABLE_NAME, keys from Secrets Manager (or from the
 * environment outside AWS: handlers/secret-env.ts), Secure cookies. Runs once per cold start.
 */
export async function lambdaDeps(): Promise<Deps> {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME must be set');
  const { keys, cursorKey, originVerify } = await loadSecrets(process.env);
  return {
    db: connect({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT, ...(cursorKey ? { cursorKey } : {}) }),
    keys,
    ...(originVerify ? { originVerify } : {}),
    secureCookies: true,
    now: () => Date.now(),
  };
}
