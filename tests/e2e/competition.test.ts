import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { getAttempt } from '../../functions/src/store/attempts.js';
import { launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const QUIZ = 'quiz_demo_xiji_competition';
/** Set E2E_SCREENSHOTS to a folder to keep screenshots of the pages this test walks through. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let server: TestServer;
let run: RunningBrowser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function shot(page: Page, name: string, fullPage = true) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

const status = (page: Page) => page.locator('[data-testid=save-status]');
const question = (page: Page) => page.locator('[data-testid=question]');

/** The question on screen: its id, as the page says. */
async function currentQuestion(page: Page): Promise<string> {
  return (await question(page).getAttribute('data-question-id'))!;
}

/** Picks these options of the question on screen (by their ids, through their labels' inputs). */
async function pick(page: Page, questionId: string, optionIds: string[]) {
  for (const optionId of optionIds) await page.locator(`#opt-${questionId}-${optionId}`).check();
}

async function next(page: Page, expectedNumber: number) {
  await page.locator('[data-testid=quiz-next]').click();
  await page.locator('#question-heading', { hasText: `第 ${expectedNumber} 题` }).waitFor();
}

/** Pages in a PDF: its page objects (not the /Pages tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The first page's size in points, from its MediaBox. */
function pdfPageSize(pdf: Buffer): [number, number] {
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
  return [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])];
}

describe('student.demo takes the demo competition, offline for a while, and earns a certificate anyone can verify', () => {
  let context: BrowserContext;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url);
    page = await context.newPage();
    await signIn(page, 'student.demo');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('answers with the network cut between answers, loses nothing on a reload, submits and sees the score', async () => {
    // My tasks links the competition to its quiz page.
    const task = page.locator(`[data-testid=task][data-quiz-id="${QUIZ}"]`);
    await task.waitFor();
    expect(await task.locator('[data-testid=task-open]').textContent()).toContain('参加竞赛');
    await task.locator('[data-testid=task-open]').click();
    await page.waitForURL((url) => url.pathname === `/student/quizzes/${QUIZ}`);
    await page.locator('[data-testid=quiz-intro]').waitFor();
    expect(await page.locator('[data-testid=quiz-intro]').textContent()).toContain('共 10 道题');

    await page.locator('[data-testid=quiz-start]').click();
    await question(page).waitFor();
    expect(await page.locator('[data-testid=timer]').textContent()).toMatch(/1[45]:\d\d/);

    // The right answers, frozen into this attempt on the server: read from the store, never the API.
    const attemptId = await page.evaluate((quiz) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('clearcampus.attempt.') && k.endsWith(`.${quiz}`));
      return key ? localStorage.getItem(key) : null;
    }, QUIZ);
    expect(attemptId).toBeTruthy();
    const stored = await getAttempt(server.db, attemptId!, server.deps.now());
    expect(stored?.questions).toHaveLength(10);
    const right = new Map(stored!.questions.map((q) => [q.id, q.correctIds]));
    const order = stored!.questions.map((q) => q.id);
    const picks = new Map<string, string[]>();

    async function answerRight(number: number) {
      const id = await currentQuestion(page);
      expect(id).toBe(order[number - 1]);
      await pick(page, id, right.get(id)!);
      picks.set(id, [...right.get(id)!].sort());
    }

    // Question 1, online: saved.
    await answerRight(1);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect(await status(page).textContent()).toContain('已保存 ✓');
    expect(await page.locator('[data-testid=navigator] button').first().getAttribute('aria-label')).toBe('第 1 题，已作答');

    // The network is cut: two more answers, and the page says they wait.
    await context.setOffline(true);
    await next(page, 2);
    await answerRight(2);
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    expect(await status(page).textContent()).toContain('离线——恢复网络后自动重试');
    await next(page, 3);
    await answerRight(3);
    await page.waitForTimeout(2500);
    expect(await status(page).getAttribute('data-status')).toBe('offline');
    expect(await status(page).textContent()).toContain('2 个答案等待保存');
    await shot(page, 'quiz-offline');
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clearcampus.quiz.')));
    expect(queued).toHaveLength(1);
    // Nothing reached the server meanwhile.
    expect((await getAttempt(server.db, attemptId!, server.deps.now()))?.status).toBe('in_progress');

    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
    expect(await status(page).textContent()).toContain('已保存 ✓');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clearcampus.quiz.')))).toEqual([]);

    // A pick that never got through survives a reload: restored from this device's queue.
    const dropSaves = (route: import('playwright-core').Route) => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue());
    await context.route('**/api/attempts/**', dropSaves);
    await next(page, 4);
    const fourth = await currentQuestion(page);
    await answerRight(4);
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    await page.reload();
    await question(page).waitFor();
    expect(await currentQuestion(page)).toBe(order[4]); // resumes at the first unanswered question
    expect(await page.locator('[data-testid=answered-count]').textContent()).toContain('4 / 10');
    await page.locator('[data-testid=navigator] button').nth(3).click();
    for (const optionId of right.get(fourth)!) expect(await page.locator(`#opt-${fourth}-${optionId}`).isChecked()).toBe(true);
    await context.unroute('**/api/attempts/**', dropSaves);
    await page.getByRole('button', { name: '立即重试' }).click();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

    // The rest: all right but the last, which gets a wrong option (9 of 10: 90%).
    for (let n = 5; n <= 10; n++) {
      await page
        .locator('[data-testid=navigator] button')
        .nth(n - 1)
        .click();
      await page.locator('#question-heading', { hasText: `第 ${n} 题` }).waitFor();
      if (n < 10) {
        await answerRight(n);
        continue;
      }
      const id = await currentQuestion(page);
      const options = stored!.questions.find((q) => q.id === id)!.options.map((o) => o.id);
      const wrong = options.find((o) => !right.get(id)!.includes(o))!;
      await pick(page, id, [wrong]);
      picks.set(id, [wrong]);
    }
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    await shot(page, 'quiz-question');

    await page.locator('[data-testid=quiz-submit]').click();
    await page.locator('[data-testid=confirm-submit]').waitFor();
    expect(await page.locator('[data-testid=confirm-submit]').textContent()).toContain('你已回答 10 / 10 题');
    await page.locator('[data-testid=submit-confirm]').click();

    const result = page.locator('[data-testid=quiz-result]');
    await result.waitFor();
    expect(await page.locator('[data-testid=score]').textContent()).toBe('答对 9 / 10 题');
    expect(await page.locator('[data-testid=percent]').textContent()).toBe('90%');
    expect(await page.locator('[data-testid=passed]').getAttribute('data-passed')).toBe('true');
    // Answers are shown only after the competition closes.
    expect(await page.locator('[data-testid=review-later]').textContent()).toContain('结束后公布');
    await shot(page, 'quiz-result');

    // The server scored exactly what was picked, reload and offline spell included.
    const done = await getAttempt(server.db, attemptId!, server.deps.now());
    expect(done?.status).toBe('submitted');
    expect(done?.result).toMatchObject({ score: 9, maxScore: 10, percent: 90, passed: true });
    for (const [id, options] of picks) expect([...(done!.answers?.[id] ?? [])].sort(), id).toEqual(options);

    const link = page.locator('[data-testid=certificate-link]');
    const href = (await link.getAttribute('href'))!;
    code = href.split('/').at(-1)!;
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
  });

  it('opens the certificate, which prints on one A4 landscape page', async () => {
    await page.locator('[data-testid=certificate-link]').click();
    await page.waitForURL((url) => url.pathname === `/student/certificates/${code}`);
    const sheet = page.locator('[data-testid=certificate]');
    await sheet.waitFor();
    expect(await page.locator('[data-testid=cert-student]').textContent()).toBe('小明（演示）');
    expect(await page.locator('[data-testid=cert-school]').textContent()).toBe('西吉县清泉中学');
    expect(await page.locator('[data-testid=cert-body]').textContent()).toContain('西吉县青少年禁毒知识竞赛');
    expect(await page.locator('[data-testid=cert-body]').textContent()).toContain('90%');
    expect(await page.locator('[data-testid=cert-code]').textContent()).toBe(code);
    expect(await page.locator('[data-testid=cert-url]').textContent()).toBe(`${server.url}/verify/${code}`);
    await shot(page, 'certificate');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=print]').isVisible()).toBe(false);
    expect(await page.locator('.site-header:visible').count()).toBe(0);
    expect(await sheet.isVisible()).toBe(true);
    if (SHOTS) {
      // The sheet as the printer sees it: the A4 landscape page box (297 × 210 mm at 96 dpi).
      await page.setViewportSize({ width: 1123, height: 794 });
      await shot(page, 'certificate-print', false);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    // The page's own @page rule asks for A4 landscape: what a print dialog gets by default.
    const own = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(own)).toBe(1);
    const [width, height] = pdfPageSize(own);
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    await page.emulateMedia({ media: 'screen' });

    // It is listed on the student's home page too.
    await page.goto('/student');
    await page.locator('[data-testid=certificate-item]').filter({ hasText: '西吉县青少年禁毒知识竞赛' }).waitFor();
    expect(await page.locator(`[data-testid=task][data-quiz-id="${QUIZ}"] [data-testid=task-open]`).textContent()).toContain('查看成绩');
  });

  it('anyone, signed out, can check the certificate; a made-up code is not found', async () => {
    const anonymous = await newContext(run.browser, server.url);
    const visitor = await anonymous.newPage();
    await visitor.goto(`/verify/${code}`);
    await visitor.locator('[data-testid=verify-valid]').waitFor();
    expect(new URL(visitor.url()).pathname).toBe(`/verify/${code}`);
    expect(await visitor.locator('[data-testid=verify-valid]').textContent()).toContain('证书有效');
    expect(await visitor.locator('[data-testid=verify-student]').textContent()).toBe('小明（演示）');
    expect(await visitor.locator('[data-testid=verify-quiz]').textContent()).toBe('西吉县青少年禁毒知识竞赛');
    await shot(visitor, 'verify-valid');

    await visitor.goto('/verify/BOGUS2345678');
    await visitor.locator('[data-testid=verify-not-found]').waitFor();
    expect(await visitor.locator('[data-testid=verify-not-found]').textContent()).toContain('没有这个编号的证书');
    expect(new URL(visitor.url()).pathname).toBe('/verify/BOGUS2345678');
    // The form checks another code.
    await visitor.locator('#other-code').fill(code.toLowerCase());
    await visitor.getByRole('button', { name: '验证', exact: true }).click();
    await visitor.locator('[data-testid=verify-valid]').waitFor();
    await anonymous.close();
  });

  it('shows the quiz and the certificate on a phone', async () => {
    const phone = await newContext(run.browser, server.url, { viewport: { width: 360, height: 640 } });
    const small = await phone.newPage();
    await signIn(small, 'student.demo');
    // This device never took the quiz: it cannot start it again.
    await small.goto(`/student/quizzes/${QUIZ}`);
    await small.locator('[data-testid=quiz-start]').click();
    await small.locator('[data-testid=start-refused]').waitFor();
    expect(await small.locator('[data-testid=start-refused]').textContent()).toContain('已用完作答次数');
    await small.goto(`/student/certificates/${code}`);
    await small.locator('[data-testid=certificate]').waitFor();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(small, 'certificate-phone');
    await phone.close();
  });
});
