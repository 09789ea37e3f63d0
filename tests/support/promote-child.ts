import { setTimeout as sleep } from 'node:timers/promises';
import { scratchDeps } from './scratch-deps.js';
import { promoteSchool } from '../../functions/src/services/promotion.js';
import { connect } from '../../functions/src/store/client.js';
import { requireUnit } from '../../functions/src/store/org.js';

/**
 * A school's promotion in a process of its own, for a test to kill with SIGKILL half way:
 * `node --import tsx tests/support/promote-child.ts <table> <endpoint> <schoolId> <fromYear> <nowMs> <delayMs>`.
 * Every transaction waits `delayMs` first (a slow network), so the kill lands between two of them.
 */
const [tableName, endpoint, schoolId, fromYear, nowMs, delayMs] = process.argv.slice(2) as [string, string, string, string, string, string];
const db = connect({ tableName, endpoint });
const send = db.doc.send.bind(db.doc);
db.doc.send = (async (command: Parameters<typeof send>[0]) => {
  if (command.constructor.name === 'TransactWriteCommand') await sleep(Number(delayMs));
  return send(command);
}) as typeof db.doc.send;
await promoteSchool(
  scratchDeps(db, () => Number(nowMs)),
  await requireUnit(db, schoolId),
  fromYear,
);
