import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionSession, type SessionCost } from '../capacity/flow.js';
import { LIMITS, overLimit } from '../capacity/model.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** The capacity model of docs/CAPACITY.md, as a test: no partition over DynamoDB's limits at the national peak. */
let server: TestServer;
let session: SessionCost;

beforeAll(async () => {
  server = await startTestServer();
  session = await competitionSession(server.url, server.db);
});
afterAll(() => server.close());

describe('a national competition day', () => {
  it(`keeps every partition under ${LIMITS.wcu} WCU/s and ${LIMITS.rcu} RCU/s at the peak`, () => {
    expect(session.loads.length).toBeGreaterThan(10);
    expect(overLimit(session.loads).map((l) => `${l.where} ${l.family}: ${Math.round(l.wcuPerSecond)} WCU/s, ${Math.round(l.rcuPerSecond)} RCU/s`)).toEqual([]);
  });

  it('saves an answer with one small write to the attempt and no read', () => {
    const saves = session.calls.filter((call) => call.command === 'UpdateItemCommand' && String(call.input.UpdateExpression).startsWith('SET answers.'));
    expect(saves.length).toBeGreaterThanOrEqual(10);
    const attempt = session.loads.find((l) => l.family.startsWith('ATTEMPT#'))!;
    // Start (2 items), 10+ saves at 2 WCU, submission: far below the ~500 units the whole-attempt design cost.
    expect(attempt.writePerParticipant).toBeLessThan(80);
  });

  it('spreads counters over their shards and leaves content reads to the cache', () => {
    const region = session.loads.find((l) => l.family === 'COUNT#<region>#<shard>')!;
    expect(region.shards).toBeGreaterThan(1);
    const content = session.loads.filter((l) => /^(QBANK|QUIZ#|MODULE#)/.test(l.family));
    expect(content.length).toBeGreaterThan(0);
    for (const load of content) expect(load.readPerParticipant, load.family).toBe(0);
  });
});
