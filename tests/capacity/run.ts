import { join } from 'node:path';
import { scratchDeps } from '../support/scratch-deps.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { freePort, startDynamoDbLocal } from '../../functions/src/local/dynamodb-local.js';
import { createLocalServer, listen } from '../../functions/src/local/web-server.js';
import { seedDemo } from '../../functions/src/seed/demo.js';
import { connect } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { competitionSession } from './flow.js';
import { overLimit } from './model.js';
import { capacityReport, writeCapacityDoc } from './report.js';

/**
 * `npm run capacity`: records one participant's competition session against DynamoDB Local, scales it
 * to the national peak per partition, writes the generated part of docs/CAPACITY.md, and fails when a
 * partition would pass DynamoDB's per-partition limits.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_REQUESTS = 'false';

const dynamo = await startDynamoDbLocal(null);
const db = connect({ tableName: 'capacity', endpoint: dynamo.endpoint });
await ensureTable(db);
await seedDemo(db);
const server = await listen(createLocalServer(scratchDeps(db), join(REPO_ROOT, 'web', 'build')), await freePort());
try {
  const session = await competitionSession(`http://127.0.0.1:${(server.address() as { port: number }).port}`, db);
  const report = capacityReport(session);
  console.log(report);
  writeCapacityDoc(report);
  const over = overLimit(session.loads);
  if (over.length) {
    console.error(`Over DynamoDB's per-partition limits at peak: ${over.map((l) => `${l.where} ${l.family}`).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  server.close();
  await dynamo.stop();
}
