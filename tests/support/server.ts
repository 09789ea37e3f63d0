import type { ServerType } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Keys } from '../../functions/src/services/deps.js';
import { randomKeys } from '../../functions/src/api/keys.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { freePort } from '../../functions/src/local/dynamodb-local.js';
import { createLocalServer, listen, type LocalDeps } from '../../functions/src/local/web-server.js';
import { seedDemo } from '../../functions/src/seed/demo.js';
import { connect, type Db } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { cursorKeyFrom } from '../../functions/src/store/pagination.js';
import { scratchBlobs } from './scratch-deps.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_REQUESTS = 'false';

export interface TestServer {
  url: string;
  db: Db;
  deps: LocalDeps;
  close(): Promise<void>;
}

/**
 * The real app (every group, and the built SPA) over HTTP on a free port, against a fresh table of
 * the run's DynamoDB Local, seeded with the demo data: each test file gets its own, so order never
 * matters. Blobs go to a temporary folder of its own, removed by close().
 */
export async function startTestServer(options: { now?: () => number; keys?: Keys; webDir?: string } = {}): Promise<TestServer> {
  const keys = options.keys ?? randomKeys();
  const db = connect({ tableName: `test_${randomUUID().slice(0, 8)}`, endpoint: inject('dynamoDbEndpoint'), cursorKey: cursorKeyFrom(keys.code) });
  await ensureTable(db);
  await seedDemo(db);
  const scratch = scratchBlobs(keys.code);
  const deps: LocalDeps = { db, keys, blobs: scratch.blobs, secureCookies: false, now: options.now ?? Date.now };
  const port = await freePort();
  const server: ServerType = await listen(createLocalServer(deps, options.webDir ?? join(REPO_ROOT, 'web', 'build')), port);
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    deps,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(scratch.dispose),
  };
}
