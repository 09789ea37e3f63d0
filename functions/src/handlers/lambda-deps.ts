import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Deps } from '../api/deps.js';
import { connect } from '../store/client.js';

/**
 * The composition root for Lambda: table from TABLE_NAME, session key from Secrets Manager (read once
 * per cold start), Secure cookies.
 */
export async function lambdaDeps(): Promise<Deps> {
  const tableName = process.env.TABLE_NAME;
  const secretArn = process.env.SESSION_SECRET_ARN;
  if (!tableName || !secretArn) throw new Error('TABLE_NAME and SESSION_SECRET_ARN must be set');
  const secrets = new SecretsManagerClient({});
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
  if (!SecretString) throw new Error('Session secret is empty');
  return {
    db: connect({ tableName }),
    sessionKey: new TextEncoder().encode(SecretString),
    secureCookies: true,
    now: () => Date.now(),
  };
}
