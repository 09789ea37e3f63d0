import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Deps } from '../api/deps.js';
import { connect } from '../store/client.js';
import { cursorKeyFrom } from '../store/pagination.js';

async function sessionSecret(): Promise<string> {
  // SESSION_SECRET is for running a handler outside AWS (the handler test); deployed functions read
  // the Secrets Manager secret named by SESSION_SECRET_ARN once per cold start.
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const secretArn = process.env.SESSION_SECRET_ARN;
  if (!secretArn) throw new Error('SESSION_SECRET_ARN must be set');
  const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretArn }));
  if (!SecretString) throw new Error('The session secret is empty');
  return SecretString;
}

/** The composition root for Lambda: table from TABLE_NAME, session key from Secrets Manager, Secure cookies. */
export async function lambdaDeps(): Promise<Deps> {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME must be set');
  const sessionKey = new TextEncoder().encode(await sessionSecret());
  return {
    db: connect({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT, cursorKey: cursorKeyFrom(sessionKey) }),
    sessionKey,
    secureCookies: true,
    now: () => Date.now(),
  };
}
