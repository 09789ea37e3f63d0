import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { freePort } from '../../functions/src/local/dynamodb-local.js';
import { connect } from '../../functions/src/store/client.js';
import { ApiClient } from '../support/client.js';
import { questionContents } from '../support/question-fixture.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { serverProcessData, startServerProcess } from '../support/server-process.js';

/**
 * The real server as its own process (`node --import tsx functions/src/local/main.ts`, the npm start
 * runner) against the run's DynamoDB Local: simulated students save answers concurrently, the server
 * is killed with SIGKILL mid-way and restarted, and every answer that got a 200 must be there.
 */
const data = serverProcessData('crash', inject('dynamoDbEndpoint'));
let server: ChildProcess | null = null;
const startServer = (port: number) => startServerProcess(data, port);

afterAll(() => {
  server?.kill('SIGKILL');
});

describe('a server killed mid-competition', () => {
  it('loses no acknowledged answer, and counters match recount after restart', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = await startServer(port);

    const editor = await ApiClient.signedIn(url, 'editor.demo');
    const questionIds: string[] = [];
    for (const content of questionContents(12)) questionIds.push((await editor.post('/api/questions', { content })).body.question.id);
    const county = await ApiClient.signedIn(url, 'county.demo');
    const quiz = (
      await county.post('/api/quizzes', {
        settings: {
          title: { zh: '压力竞赛', en: 'Crash competition' },
          kind: 'competition',
          rules: { fixed: questionIds },
          timeLimitMinutes: 30,
          attemptsAllowed: 1,
          passMark: 60,
          reviewPolicy: 'after_submit',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      })
    ).body.quiz;
    const teacher = await ApiClient.signedIn(url, 'teacher.demo');
    const preview = await teacher.post('/api/classes/cls_demo_qq_7_1/roster-imports', {
      fileName: 'crash.csv',
      contentBase64: gbkCsv(rosterRows(24, 5)).toString('base64'),
    });
    const credentials = (await teacher.post(`/api/classes/cls_demo_qq_7_1/roster-imports/${preview.body.import.id}/commit`)).body.slips.credentials as {
      username: string;
      password: string;
    }[];

    const students = await Promise.all(credentials.map((c) => ApiClient.signedIn(url, c.username, c.password)));
    const attempts = await Promise.all(students.map(async (s) => (await s.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt));

    // Every student answers every question in turn; record what the server acknowledged.
    const acknowledged = new Map<string, { attemptId: string; questionId: string; optionIds: string[] }>();
    let killed = false;
    const killAfter = Math.floor((students.length * 12) / 2);
    const work = students.map(async (student, i) => {
      const attempt = attempts[i];
      for (const question of attempt.questions) {
        const optionIds = [question.options[(i + question.options.length) % question.options.length].id];
        try {
          const reply = await student.put(`/api/attempts/${attempt.id}/answers/${question.id}`, { optionIds });
          if (reply.status === 200) acknowledged.set(`${attempt.id}|${question.id}`, { attemptId: attempt.id, questionId: question.id, optionIds });
        } catch {
          return; // connection refused or reset: the server is gone, nothing was acknowledged
        }
        if (!killed && acknowledged.size >= killAfter) {
          killed = true;
          server!.kill('SIGKILL');
        }
      }
    });
    await Promise.all(work);
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(killAfter);

    server = await startServer(port);
    // Sessions survive the restart (the key is in DATA_DIR); every acknowledged answer is stored.
    for (const [i, student] of students.entries()) {
      const stored = (await student.get(`/api/attempts/${attempts[i].id}`)).body.attempt.answers as Record<string, string[]>;
      for (const ack of acknowledged.values())
        if (ack.attemptId === attempts[i].id) expect(stored[ack.questionId], `${ack.attemptId} ${ack.questionId}`).toEqual(ack.optionIds);
    }

    // Half the students submit (some twice); recount agrees with every counter.
    await Promise.all(
      students.slice(0, 12).flatMap((s, i) => [s.post(`/api/attempts/${attempts[i].id}/submit`), s.post(`/api/attempts/${attempts[i].id}/submit`)]),
    );
    const report = await recount(connect({ tableName: data.tableName, endpoint: data.endpoint }));
    expect(report.differences).toEqual([]);
    expect(report.facts).toBeGreaterThan(12);
  }, 180_000);
});
