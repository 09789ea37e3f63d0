import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface LocalConfig {
  port: number;
  dataDir: string;
  tableName: string;
  /** Another DynamoDB to use instead of starting DynamoDB Local. */
  dynamoDbEndpoint?: string;
  webDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? join(REPO_ROOT, '.data')),
    tableName: env.TABLE_NAME ?? 'clearcampus',
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    webDir: join(REPO_ROOT, 'web', 'build'),
  };
}

/** The session key is made once per data folder, so sessions survive a restart. */
export function localSessionKey(dataDir: string): Uint8Array {
  const file = join(dataDir, 'session.key');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
