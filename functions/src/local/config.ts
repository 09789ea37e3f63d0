import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Keys } from '../services/deps.js';
import { fixedKeys } from '../api/keys.js';

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

/**
 * The keys are made once per data folder (mode 600), so sessions, sealed passwords and codes survive a
 * restart. A folder from before the keys were split has only session.key, which then signed, sealed
 * and coded everything: the seal and code keys start as a copy of it, so its sealed passwords still
 * open and its certificate codes still match.
 */
export function localKeys(dataDir: string): Keys {
  mkdirSync(dataDir, { recursive: true });
  const fileOf = (name: 'session' | 'seal' | 'code') => join(dataDir, `${name}.key`);
  const legacy = existsSync(fileOf('session')) ? readFileSync(fileOf('session'), 'utf8') : null;
  const keyOf = (name: 'session' | 'seal' | 'code') => {
    const file = fileOf(name);
    if (!existsSync(file)) writeFileSync(file, (name !== 'session' && legacy) || randomBytes(48).toString('base64'), { mode: 0o600 });
    return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  };
  return fixedKeys({ session: { current: keyOf('session') }, seal: keyOf('seal'), code: keyOf('code') });
}
