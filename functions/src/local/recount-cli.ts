import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recount } from '../handlers/recount.js';
import { connect } from '../store/client.js';
import { readConfig } from './config.js';
import { startDynamoDbLocal, type RunningDynamoDb } from './dynamodb-local.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * `npm run recount [-- --repair] [--aws]`: against DYNAMODB_ENDPOINT; with --aws, the deployed table
 * TABLE_NAME with the environment's credentials; else the DynamoDB Local of a running `npm start`, else
 * one started on .data for the run. Exits 1 when counters differ.
 */
const config = readConfig();
const runningFile = join(config.dataDir, 'dynamodb.endpoint');
let own: RunningDynamoDb | null = null;
const endpoint = process.argv.includes('--aws')
  ? undefined
  : config.dynamoDbEndpoint ??
  (existsSync(runningFile) ? readFileSync(runningFile, 'utf8').trim() : (own = await startDynamoDbLocal(join(config.dataDir, 'dynamodb'))).endpoint);
try {
  const report = await recount(connect({ tableName: config.tableName, endpoint }), { repair: process.argv.includes('--repair') });
  console.log(`recount: ${report.facts} facts, ${report.counters} counter items, ${report.differences.length} differences`);
  for (const d of report.differences) console.log(`  ${d.orgId} ${d.scope} ${d.metric}: stored ${d.n}, facts say ${d.expected}`);
  if (report.repaired) console.log('recount: repaired');
  process.exitCode = report.differences.length && !report.repaired ? 1 : 0;
} finally {
  await own?.stop();
}
