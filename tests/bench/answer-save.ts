import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Agent, request } from 'node:http';
import type { Db } from '../../functions/src/store/client.js';
import { ApiClient } from '../support/client.js';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
}

const IN_FLIGHT = 16;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Runs `total` calls of `work`, IN_FLIGHT at a time, and reports calls per second and latencies. */
async function saturate(total: number, work: (i: number) => Promise<unknown>): Promise<Throughput> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < total) {
        const i = next++;
        const at = performance.now();
        await work(i);
        latencies.push(performance.now() - at);
      }
    }),
  );
  return { perSecond: total / ((performance.now() - started) / 1000), p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/**
 * P1 (issue 11): answer saves through the whole local stack (HTTP, session check, header read,
 * conditional transaction) against raw PutItem on the same DynamoDB Local, 16 in flight each,
 * interleaved in rounds so both see the same machine.
 */
export async function answerSaveThroughput(db: Db, url: string, rounds = 3, perRound = 1_000): Promise<{ raw: Throughput; saves: Throughput; ratio: number }> {
  const student = await ApiClient.signedIn(url, 'student.demo');
  const attempt = (await student.post('/api/quizzes/quiz_demo_xiji_competition/attempts')).body.attempt as {
    id: string;
    questions: { id: string; options: { id: string }[] }[];
  };
  // node:http with keep-alive, as the SDK's own client does for the raw puts: the load generator runs
  // on the same two cores, and fetch would charge its own weight to the stack under test.
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const { hostname, port } = new URL(url);
  const save = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const question = attempt.questions[i % attempt.questions.length]!;
      const body = JSON.stringify({ optionIds: [question.options[i % question.options.length]!.id] });
      const call = request(
        {
          agent,
          hostname,
          port,
          method: 'PUT',
          path: `/api/attempts/${attempt.id}/answers/${question.id}`,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-requested-with': 'ClearCampus', cookie: student.cookie },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            response.statusCode === 200 ? resolve() : reject(new Error(`answer save: ${response.statusCode} ${Buffer.concat(chunks).toString()}`)),
          );
        },
      );
      call.on('error', reject);
      call.end(body);
    });
  const put = (i: number) =>
    db.doc.send(new PutCommand({ TableName: db.table, Item: { PK: `BENCH#${i % 500}`, SK: 'META', n: i, savedAt: new Date().toISOString() } }));
  await saturate(200, save);
  await saturate(200, put);
  const raws: Throughput[] = [];
  const saves: Throughput[] = [];
  for (let round = 0; round < rounds; round++) {
    raws.push(await saturate(perRound, put));
    saves.push(await saturate(perRound, save));
  }
  const middle = (xs: Throughput[]) => [...xs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(xs.length / 2)]!;
  const raw = middle(raws);
  const saved = middle(saves);
  return { raw, saves: saved, ratio: saved.perSecond / raw.perSecond };
}
