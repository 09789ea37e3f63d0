import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '../../functions/src/handlers/recount.js';
import { unitCounters } from '../support/counters.js';
import { ApiClient } from '../support/client.js';
import { competitionSettings, correctFor, questionContents } from '../support/question-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let clock = Date.now();
let editor: ApiClient;
let county: ApiClient;
let student: ApiClient;
const contents = questionContents(6);
const questionIds: string[] = [];
const PATH = ['640000', '640400', '640422', 'sch_demo_xiji_qingquan', 'cls_demo_qq_7_1'];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  editor = await ApiClient.signedIn(server.url, 'editor.demo');
  county = await ApiClient.signedIn(server.url, 'county.demo');
  student = await ApiClient.signedIn(server.url, 'student.demo');
  for (const content of contents) questionIds.push((await editor.post('/api/questions', { content })).body.question.id);
});
afterAll(() => server.close());

let keyCounter = 0;

async function competition(overrides: Record<string, unknown> = {}) {
  const settings = { ...competitionSettings(questionIds, { zh: '西吉县禁毒知识竞赛', en: 'Xiji anti-drug knowledge competition' }, clock), ...overrides };
  const reply = await county.post('/api/quizzes', { settings }, { 'idempotency-key': `competition-${++keyCounter}` });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.quiz as { id: string };
}

/** Answers every question right except `wrong` of them. */
async function answerAll(
  client: ApiClient,
  attempt: { id: string; questions: { id: string; stem: { zh: string }; type: string; options: { id: string }[] }[] },
  wrong = 0,
) {
  const given = new Map<string, string[]>();
  let missed = 0;
  for (const q of attempt.questions) {
    let optionIds = correctFor(contents, q.stem.zh);
    if (missed < wrong) {
      optionIds = [q.options.find((o) => !optionIds.includes(o.id))!.id];
      missed++;
    }
    const reply = await client.put(`/api/attempts/${attempt.id}/answers/${q.id}`, { optionIds });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    given.set(q.id, optionIds);
  }
  return given;
}

const scopeCounters = (quizId: string, metric: string) =>
  Promise.all(PATH.map(async (id) => (await unitCounters(server.db, id, `quiz:${quizId}`))[metric] ?? 0));

// Runs before the describe that retires one of the competition fixture's questions.
describe('a competition in Chinese only', () => {
  it('lets a bureau title a competition in Chinese only', async () => {
    const quiz = await competition({ title: { zh: '西吉县禁毒知识竞赛（仅中文）' } });
    expect((await county.get(`/api/quizzes/${quiz.id}`)).body.quiz.settings.title).toEqual({ zh: '西吉县禁毒知识竞赛（仅中文）', en: '' });
  });
});

describe('the demo competition', () => {
  it('is in the demo student’s tasks and draws 10 questions from the seed bank', async () => {
    const other = await ApiClient.signedIn(server.url, 'student.demo');
    expect((await other.get('/api/me/tasks')).body.tasks).toContainEqual(
      expect.objectContaining({ source: 'competition', quizId: 'quiz_demo_xiji_competition' }),
    );
    const started = await other.post('/api/quizzes/quiz_demo_xiji_competition/attempts');
    expect(started.status).toBe(201);
    expect(started.body.attempt.questions).toHaveLength(10);
    expect(JSON.stringify(started.body)).not.toMatch(/"correct(Ids)?":|"explanation":/);
  });
});

describe('a competition attempt', () => {
  it('never sends a correct answer or an explanation before review is allowed', async () => {
    const quiz = await competition({ reviewPolicy: 'after_close' });
    const started = await student.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(started.status).toBe(201);
    const attempt = started.body.attempt;
    expect(attempt.questions).toHaveLength(6);
    expect(attempt.questions[0]).toEqual({ id: expect.any(String), type: expect.any(String), stem: expect.any(Object), options: expect.any(Array) });
    const leaks = (text: string) => /correct|SECRET|解析/.test(text);
    expect(leaks(JSON.stringify(started.body))).toBe(false);
    expect(leaks(JSON.stringify((await student.post(`/api/quizzes/${quiz.id}/attempts`)).body))).toBe(false);
    await answerAll(student, attempt);
    expect(leaks(JSON.stringify((await student.get(`/api/attempts/${attempt.id}`)).body))).toBe(false);
    const submitted = await student.post(`/api/attempts/${attempt.id}/submit`);
    expect(submitted.body.result).toEqual({ score: 6, maxScore: 6, percent: 100, passed: true });
    // Review after the window closes: still nothing after submitting.
    expect(leaks(JSON.stringify((await student.get(`/api/attempts/${attempt.id}`)).body))).toBe(false);
    clock += 8 * 24 * 3600_000;
    // Sessions last 8 hours: a week later the student signs in again.
    const later = await ApiClient.signedIn(server.url, 'student.demo');
    const reviewed = (await later.get(`/api/attempts/${attempt.id}`)).body.attempt;
    clock -= 8 * 24 * 3600_000;
    expect(reviewed.review).toBe(true);
    expect(reviewed.questions[0].correctIds.length).toBeGreaterThan(0);
    expect(reviewed.questions[0].explanation.en).toMatch(/SECRET/);
  });

  it('returns the attempt in progress on a repeated start, and counts a submit repeated 5 times once', async () => {
    const quiz = await competition();
    const first = await student.post(`/api/quizzes/${quiz.id}/attempts`);
    const again = await student.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(again.status).toBe(200);
    expect(again.body.attempt.id).toBe(first.body.attempt.id);
    expect(again.body.attempt.questions.map((q: { id: string }) => q.id)).toEqual(first.body.attempt.questions.map((q: { id: string }) => q.id));

    const given = await answerAll(student, first.body.attempt, 1);
    // Saving the same answer twice is harmless.
    const q0 = first.body.attempt.questions[0];
    expect((await student.put(`/api/attempts/${first.body.attempt.id}/answers/${q0.id}`, { optionIds: given.get(q0.id) })).status).toBe(200);

    const submits = await Promise.all([1, 2, 3, 4, 5].map(() => student.post(`/api/attempts/${first.body.attempt.id}/submit`)));
    for (const s of submits) expect(s.body.result).toEqual(submits[0]!.body.result);
    expect(submits[0]!.body.result).toMatchObject({ score: 5, maxScore: 6, percent: 83, passed: true });
    expect(await scopeCounters(quiz.id, 'attempts')).toEqual([1, 1, 1, 1, 1]);
    expect(await scopeCounters(quiz.id, 'participants')).toEqual([1, 1, 1, 1, 1]);
    expect(await scopeCounters(quiz.id, 'scoreSum')).toEqual([83, 83, 83, 83, 83]);

    const late = await student.put(`/api/attempts/${first.body.attempt.id}/answers/${q0.id}`, { optionIds: given.get(q0.id) });
    expect(late.status).toBe(409);
    expect(late.body.error.reason).toBe('attempt_submitted');
    const again2 = await student.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(again2.status).toBe(422);
    expect(again2.body.error.reason).toBe('no_attempts_left');

    const code = submits[0]!.body.certificateCode;
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    const verified = await new ApiClient(server.url).get(`/api/certificates/${code}`);
    expect(verified.body.certificate).toMatchObject({ kind: 'quiz', recipientName: '小明（演示）', percent: 83, schoolName: { zh: '西吉县清泉中学' } });
    const unknown = await new ApiClient(server.url).get('/api/certificates/ABCDEFGHJKMN');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No certificate has this code — check the code');
    expect((await student.get('/api/me/certificates')).body.certificates.map((c: { code: string }) => c.code)).toContain(code);
  });

  it('refuses a save after the deadline and finalises the expired attempt with its saved answers', async () => {
    const quiz = await competition({ timeLimitMinutes: 10, certificateThreshold: undefined });
    const attempt = (await student.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt;
    const [q0, q1] = attempt.questions;
    await student.put(`/api/attempts/${attempt.id}/answers/${q0.id}`, { optionIds: correctFor(contents, q0.stem.zh) });
    clock += 10 * 60_000 + 20_000; // within the grace
    expect((await student.put(`/api/attempts/${attempt.id}/answers/${q1.id}`, { optionIds: correctFor(contents, q1.stem.zh) })).status).toBe(200);
    clock += 60_000;
    const late = await student.put(`/api/attempts/${attempt.id}/answers/${attempt.questions[2].id}`, {
      optionIds: correctFor(contents, attempt.questions[2].stem.zh),
    });
    expect(late.status).toBe(422);
    expect(late.body.error.reason).toBe('deadline_passed');
    const read = (await student.get(`/api/attempts/${attempt.id}`)).body.attempt;
    clock -= 10 * 60_000 + 80_000;
    expect(read.status).toBe('submitted');
    expect(read.result).toMatchObject({ score: 2, maxScore: 6 });
    expect(Object.keys(read.answers).sort()).toEqual([q0.id, q1.id].sort());
  });

  it('is finalised by the expiry job when nobody comes back to it', async () => {
    const { expireAttempts } = await import('../../functions/src/handlers/expire-attempts.js');
    const quiz = await competition({ timeLimitMinutes: 5, certificateThreshold: undefined });
    const attempt = (await student.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt;
    const q0 = attempt.questions[0];
    await student.put(`/api/attempts/${attempt.id}/answers/${q0.id}`, { optionIds: correctFor(contents, q0.stem.zh) });
    expect(await expireAttempts(server.deps)).toBe(0);
    clock += 6 * 60_000;
    expect(await expireAttempts(server.deps)).toBe(1);
    expect(await expireAttempts(server.deps)).toBe(0);
    clock -= 6 * 60_000;
    const read = (await student.get(`/api/attempts/${attempt.id}`)).body.attempt;
    expect(read).toMatchObject({ status: 'submitted', result: { score: 1, maxScore: 6 } });
    expect(await scopeCounters(quiz.id, 'attempts')).toEqual([1, 1, 1, 1, 1]);
  });

  it('hides another student’s attempt and refuses a student outside the competition’s county', async () => {
    const quiz = await competition();
    const attempt = (await student.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt;
    const other = await ApiClient.signedIn(server.url, 'student2.demo');
    expect((await other.get(`/api/attempts/${attempt.id}`)).status).toBe(404);
    expect((await other.put(`/api/attempts/${attempt.id}/answers/${attempt.questions[0].id}`, { optionIds: ['t'] })).status).toBe(404);
    expect((await other.post(`/api/quizzes/${quiz.id}/attempts`)).status).toBe(403);
    expect((await other.get('/api/me/tasks')).body.tasks.some((t: { quizId: string | null }) => t.quizId === quiz.id)).toBe(false);
    expect((await student.get('/api/me/tasks')).body.tasks).toContainEqual(
      expect.objectContaining({ source: 'competition', quizId: quiz.id, status: 'in_progress' }),
    );
  });
});

describe('results for teachers and bureaus', () => {
  it('gives the teacher class results and item analysis, and bureaus a board without names', async () => {
    const quiz = await competition();
    const attempt = (await student.post(`/api/quizzes/${quiz.id}/attempts`)).body.attempt;
    await answerAll(student, attempt, 2);
    await student.post(`/api/attempts/${attempt.id}/submit`);

    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const results = (await teacher.get(`/api/classes/cls_demo_qq_7_1/quizzes/${quiz.id}/results`)).body;
    expect(results.students.find((s: { displayName: string }) => s.displayName === '小明（演示）')).toMatchObject({
      attempts: 1,
      bestPercent: 67,
      passed: true,
    });
    expect(results.students.some((s: { studentNumber?: string }) => typeof s.studentNumber === 'string' && s.studentNumber.length > 0)).toBe(true);
    expect(results.items).toHaveLength(6);
    expect(results.items.filter((i: { correctShare: number }) => i.correctShare === 0)).toHaveLength(2);
    expect(results.topics[0]).toMatchObject({ topic: 'law', answered: 6 });
    const teacher2 = await ApiClient.signedIn(server.url, 'teacher2.demo');
    expect((await teacher2.get(`/api/classes/cls_demo_qq_7_1/quizzes/${quiz.id}/results`)).status).toBe(403);

    const board = (await county.get(`/api/quizzes/${quiz.id}/board?unit=640422`)).body;
    const school = board.rows.find((r: { id: string }) => r.id === 'sch_demo_xiji_qingquan');
    expect(school).toMatchObject({ participants: 1, attempts: 1, meanScore: 67, enrolled: 9 });
    expect(school.participationRate).toBeCloseTo(11.1, 1);
    expect(JSON.stringify(board)).not.toContain('小明');
    expect((await county.get(`/api/quizzes/${quiz.id}/board?unit=640104`)).status).toBe(403);
    const region = await ApiClient.signedIn(server.url, 'region.demo');
    const cities = (await region.get(`/api/quizzes/${quiz.id}/board?unit=640000`)).body;
    expect(cities.rows.find((r: { id: string }) => r.id === '640400')).toMatchObject({ participants: 1 });
  });
});

describe('pre- and post-tests', () => {
  it('measure a module’s learning gain per student, class and unit', async () => {
    const settings = (kind: string) => ({
      title: { zh: kind, en: kind },
      kind,
      moduleId: 'mod_drug-law-junior',
      rules: { fixed: questionIds.slice(1) },
      timeLimitMinutes: 10,
      attemptsAllowed: 2,
      passMark: 60,
      reviewPolicy: 'after_submit',
    });
    const pre = (await editor.post('/api/quizzes', { settings: settings('pre_test') })).body.quiz;
    const post = (await editor.post('/api/quizzes', { settings: settings('post_test') })).body.quiz;
    const gainer = await ApiClient.signedIn(server.url, 'student.demo');
    const preAttempt = (await gainer.post(`/api/quizzes/${pre.id}/attempts`)).body.attempt;
    await answerAll(gainer, preAttempt, 3);
    expect((await gainer.post(`/api/attempts/${preAttempt.id}/submit`)).body.result.percent).toBe(40);
    const postAttempt = (await gainer.post(`/api/quizzes/${post.id}/attempts`)).body.attempt;
    await answerAll(gainer, postAttempt);
    expect((await gainer.post(`/api/attempts/${postAttempt.id}/submit`)).body.result.percent).toBe(100);

    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const classGain = (await teacher.get('/api/classes/cls_demo_qq_7_1/modules/mod_drug-law-junior/gain')).body;
    expect(classGain.students.find((s: { displayName: string }) => s.displayName === '小明（演示）')).toMatchObject({ pre: 40, post: 100, gain: 60 });
    expect(classGain.summary).toMatchObject({ meanGain: 60, both: 1 });
    expect((await county.get('/api/units/640422/modules/mod_drug-law-junior/gain')).body).toMatchObject({ preMean: 40, postMean: 100, meanGain: 60 });
    expect((await county.get('/api/units/640104/modules/mod_drug-law-junior/gain')).status).toBe(403);
  });
});

describe('the question bank', () => {
  it('keeps old attempts intact when a question is retired, and draws only active ones', async () => {
    const active: { id: string; content: { group?: string } }[] = (await editor.get('/api/questions?band=junior&topic=law&status=active')).body.questions;
    // A draw takes at most one question of a group: the pool gives one per group and one per ungrouped question.
    const pool = new Set(active.map((q) => q.content.group ?? q.id)).size;
    expect(pool).toBeGreaterThanOrEqual(6);
    const drawQuiz = await editor.post('/api/quizzes', {
      settings: {
        title: { zh: '练习', en: 'Practice' },
        kind: 'practice',
        rules: { band: 'junior', draw: [{ topic: 'law', count: pool }] },
        timeLimitMinutes: 15,
        attemptsAllowed: 3,
        passMark: 60,
        shuffleOptions: true,
        reviewPolicy: 'after_submit',
      },
    });
    expect(drawQuiz.status, JSON.stringify(drawQuiz.body)).toBe(201);
    const attempt = (await student.post(`/api/quizzes/${drawQuiz.body.quiz.id}/attempts`)).body.attempt;
    const retired = await editor.post(`/api/questions/${questionIds[0]}/retire`);
    expect(retired.body.question.status).toBe('retired');
    const still = (await student.get(`/api/attempts/${attempt.id}`)).body.attempt;
    expect(still.questions.map((q: { id: string }) => q.id)).toContain(questionIds[0]);
    await student.post(`/api/attempts/${attempt.id}/submit`);
    const next = await student.post(`/api/quizzes/${drawQuiz.body.quiz.id}/attempts`);
    expect(next.status).toBe(422);
    expect(next.body.error.message).toContain(`Only ${pool - 1} active law questions`);
    const search = (await editor.get('/api/questions?text=SECRET&status=retired')).body.questions;
    expect(search.map((q: { id: string }) => q.id)).toEqual([questionIds[0]]);
  });

  it('keeps a question’s group through an edit, clears it when the edit leaves it out, and refuses a bad one', async () => {
    const content = { ...questionContents(1, 'drug_basics')[0]!, stem: { zh: '题组测试：毒品是什么？', en: 'Group check: what are drugs?' } };
    const created = await editor.post('/api/questions', { content: { ...content, group: 'what-drugs-are' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id: string = created.body.question.id;
    const stored = async () =>
      (await editor.get(`/api/questions?text=${encodeURIComponent('题组测试')}`)).body.questions.find((q: { id: string }) => q.id === id).content;

    const kept = await editor.put(`/api/questions/${id}`, { version: 1, content: { ...content, difficulty: 2, group: 'what-drugs-are' } });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect(await stored()).toMatchObject({ difficulty: 2, group: 'what-drugs-are' });

    const cleared = await editor.put(`/api/questions/${id}`, { version: 2, content });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body.question.content).not.toHaveProperty('group');
    expect(await stored()).not.toHaveProperty('group');

    for (const group of ['What Drugs', '', 'what-drugs-']) {
      const bad = await editor.put(`/api/questions/${id}`, { version: 3, content: { ...content, group } });
      expect(bad.status, group).toBe(400);
      expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['content.group']);
    }
    const badWords = await editor.put(`/api/questions/${id}`, { version: 3, content: { ...content, group: 'What Drugs' } });
    expect(badWords.body.error.details[0]).toMatchObject({ code: 'invalid_format', params: { format: 'slug' } });
    expect(badWords.body.error.details[0].message).toMatch(/^lowercase letters, digits and dashes/);
    expect(await stored()).not.toHaveProperty('group');
  });
});

describe('recount after the quiz workload', () => {
  it('finds every counter equal to the facts', async () => {
    const report = await recount(server.db);
    expect(report.differences).toEqual([]);
  });
});
