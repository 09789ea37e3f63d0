import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../store/client.js';
import { LocalBlobStore } from '../store/blobs/local-blobs.js';
import { ensureTable } from '../store/create-table.js';
import { cursorKeyFrom } from '../store/pagination.js';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../seed/demo.js';
import { localKeys, readConfig } from './config.js';
import { SetupError, startDynamoDbLocal, type RunningDynamoDb } from './dynamodb-local.js';
import { startLocalJobs } from './jobs.js';
import { createLocalServer, listen } from './web-server.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** `npm start`: DynamoDB Local on disk, the table, the demo data once, API and web on one port. */
async function main() {
  const config = readConfig();
  // Lets `npm run recount` find this run's DynamoDB Local instead of opening the same files twice.
  const endpointFile = join(config.dataDir, 'dynamodb.endpoint');
  let dynamo: RunningDynamoDb | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    rmSync(endpointFile, { force: true });
    await dynamo?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const dbPath = join(config.dataDir, 'dynamodb');
    mkdirSync(dbPath, { recursive: true });
    const endpoint = config.dynamoDbEndpoint ?? (dynamo = await startDynamoDbLocal(dbPath)).endpoint;
    if (dynamo) writeFileSync(endpointFile, endpoint);
    const keys = localKeys(config.dataDir);
    const db = connect({ tableName: config.tableName, endpoint, cursorKey: cursorKeyFrom(keys.code) });
    const table = await ensureTable(db);
    const seeded = process.env.SEED_DEMO === 'false' ? 'skipped' : await seedDemo(db);
    const deps = { db, keys, blobs: new LocalBlobStore(join(config.dataDir, 'blobs'), keys.code), secureCookies: false, now: Date.now };
    const app = createLocalServer(deps, config.webDir);
    startLocalJobs(deps);
    try {
      await listen(app, config.port, process.env.HOST ?? '127.0.0.1');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new SetupError(`Port ${config.port} is already in use. Stop what uses it, or run with PORT=<another port> npm start.`);
      throw error;
    }
    const url = `http://localhost:${config.port}`;
    console.log(
      [
        '',
        `ClearCampus 清朗校园 is running: ${url}`,
        `  DynamoDB: ${endpoint} (table ${config.tableName}, ${table === 'created' ? 'created' : 'existing'}; demo data ${seeded})`,
        `  API reference: ${url}/api-reference   OpenAPI: ${url}/api/openapi.json`,
        '',
        `Demo logins (password: ${DEMO_PASSWORD}):`,
        ...DEMO_LOGINS.map((login) => `  ${login.username.padEnd(14)} ${login.role.padEnd(13)} ${login.displayName}`),
        '',
        'Press Ctrl-C to stop (DynamoDB Local stops with it).',
      ].join('\n'),
    );
  } catch (error) {
    if (error instanceof SetupError) console.error(`\nCannot start ClearCampus: ${error.message}\n`);
    else console.error(error);
    await stop(1);
  }
}

await main();
