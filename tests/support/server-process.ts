import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { REPO_ROOT } from '../../functions/src/local/config.js';

/**
 * The real server as its own process (`node --import tsx functions/src/local/main.ts`, the npm start
 * runner) on a table and data folder of its own, for a test to kill with SIGKILL and start again on
 * the same data.
 */
export interface ServerProcessData {
  tableName: string;
  dataDir: string;
  endpoint: string;
}

export function serverProcessData(prefix: string, endpoint: string): ServerProcessData {
  return { tableName: `${prefix}_${randomUUID().slice(0, 8)}`, dataDir: mkdtempSync(join(tmpdir(), `cc-${prefix}-`)), endpoint };
}

export async function startServerProcess(data: ServerProcessData, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/src/local/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), TABLE_NAME: data.tableName, DYNAMODB_ENDPOINT: data.endpoint, DATA_DIR: data.dataDir, LOG_REQUESTS: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}
