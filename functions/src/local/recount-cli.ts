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
 * one started on .data for the run. Runs every segment of the partitioned recount in this process (the
 * same tasks as the Lambda) and writes its report to the table. Exits 1 when counters differ.
 */
const config = readConfig();
const runningFile = join(config.dataDir, 'dynamodb.endpoint');
let own: RunningDynamoDb | null = null;
const endpoint = process.argv.includes('--aws')
  ? undefined
  : (config.dynamoDbEndpoint ??
    (existsSync(runningFile) ? readFileSync(runningFile, 'utf8').trim() : (own = await startDynamoDbLocal(join(config.dataDir, 'dynamodb'))).endpoint));
try {
  const report = await recount(connect({ tableName: config.tableName, endpoint }), { repair: process.argv.includes('--repair') });
  console.log(
    `recount ${report.runId}: ${report.facts} facts, ${report.counterItems} counter items (${report.counters} counters), ` +
      `${report.differenceCount} differences, ${report.movingCount} on counters that moved during the run`,
  );
  for (const d of report.differences)
    console.log(`  ${d.orgId} ${d.scope} ${d.metric}: stored ${d.n}, facts say ${d.expected}${d.settled ? '' : ' (moved during the run: run again)'}`);
  if (report.differences.length < report.differenceCount + report.movingCount) console.log(`  … the first ${report.differences.length} shown`);
  if (report.repaired) console.log('recount: repaired');
  process.exitCode = report.differenceCount && !report.repaired ? 1 : 0;
} finally {
  await own?.stop();
}
