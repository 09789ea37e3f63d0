import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { getAttempt } from '../../functions/src/store/attempts.js';
import { launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const QUIZ = 'quiz_demo_xiji_competition';
const LIMIT_MS = 15 * 60_000;

let server: TestServer;
let run: RunningBrowser;
/** How far the server's clock lags behind: an attempt started now ends after LIMIT_MS - skew. */
let skew = 0;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer({ now: () => Date.now() - skew }), launchBrowser()]);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('the countdown follows the server’s clock, and the end of the time submits what was saved', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url);
    // This phone's clock is an hour fast: the countdown must not care.
    await context.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 3_600_000;
    });
    page = await context.newPage();
    await signIn(page, 'student.demo');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('an answer picked offline just before the deadline is saved before the attempt is submitted', async () => {
    // The 15 minutes are nearly over as soon as the attempt starts (by the server's clock).
    skew = LIMIT_MS - 14_000;
    await page.goto(`/student/quizzes/${QUIZ}`);
    await page.locator('[data-testid=quiz-start]').click();
    await page.locator('[data-testid=question]').waitFor();
    const timer = /(\d+):(\d\d)/.exec((await page.locator('[data-testid=timer]').textContent())!)!;
    const [minutes, seconds] = [Number(timer[1]), Number(timer[2])];
    // Under a minute: said with an icon, not by colour alone.
    expect(await page.locator('[data-testid=timer]').textContent()).toContain('⏰');
    expect(minutes).toBe(0);
    expect(seconds).toBeGreaterThan(3);
    // 14 s by the server's clock, estimated from whole-second Date headers: give or take one.
    expect(seconds).toBeLessThanOrEqual(15);

    const first = (await page.locator('[data-testid=question]').getAttribute('data-question-id'))!;
    await page.locator('[data-testid=question] input').first().check();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

    await context.setOffline(true);
    await page.locator('[data-testid=quiz-next]').click();
    const second = (await page.locator('[data-testid=question]').getAttribute('data-question-id'))!;
    expect(second).not.toBe(first);
    await page.locator('[data-testid=question] input').first().check();
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();

    // Time is up: the student is told, and the page waits for the unsaved answer (within the grace).
    await page.locator('[data-testid=time-up]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=time-up]').textContent()).toContain('答题时间已到');
    await page.locator('[data-testid=submit-waiting]').waitFor();
    const attemptId = await page.evaluate(
      (quiz) => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('clearcampus.attempt.') && k.endsWith(`.${quiz}`))!),
      QUIZ,
    );
    expect((await getAttempt(server.db, attemptId!, server.deps.now()))?.status).toBe('in_progress');

    await context.setOffline(false);
    await page.locator('[data-testid=quiz-result]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=quiz-result] [data-testid=time-up]').textContent()).toContain('已自动交卷');
    const done = await getAttempt(server.db, attemptId!, server.deps.now());
    expect(done?.status).toBe('submitted');
    expect(Object.keys(done?.answers ?? {}).sort()).toEqual([first, second].sort());
  });
});
