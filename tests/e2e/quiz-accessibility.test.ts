import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { getAttempt } from '../../functions/src/store/attempts.js';
import { launchBrowser, newContext, seriousAxeViolations, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DEMO = 'quiz_demo_xiji_competition';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let practiceId: string;
let code: string;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  // A practice quiz that shows answers right after submitting: the review is checked too.
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const created = await editor.post('/api/quizzes', {
    settings: {
      title: { zh: '法律练习', en: 'Law practice' },
      kind: 'practice',
      rules: { band: 'junior', draw: [{ topic: 'law', count: 3 }] },
      timeLimitMinutes: 10,
      attemptsAllowed: 2,
      passMark: 60,
      shuffleOptions: true,
      reviewPolicy: 'after_submit',
    },
  });
  expect(created.status).toBe(201);
  practiceId = created.body.quiz.id;
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** Set E2E_SCREENSHOTS to a folder to keep a screenshot of every page checked. */
const SHOTS = process.env.E2E_SCREENSHOTS;

async function expectNoSeriousViolations(on: Page, what: string) {
  if (SHOTS) await on.screenshot({ path: `${SHOTS}/a11y-${what.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
  const violations = await seriousAxeViolations(on);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The attempt this browser started for a quiz (the player remembers it). */
async function attemptOf(quizId: string) {
  const id = await page.evaluate((quiz) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('clearcampus.attempt.') && k.endsWith(`.${quiz}`));
    return key ? localStorage.getItem(key) : null;
  }, quizId);
  return (await getAttempt(server.db, id!, server.deps.now()))!;
}

/** Answers every question on screen through the navigator: right ones from the store. */
async function answerAll(quizId: string, wrong: number[] = []) {
  const attempt = await attemptOf(quizId);
  for (const [i, q] of attempt.questions.entries()) {
    await page.locator('[data-testid=navigator] button').nth(i).click();
    await page.locator(`[data-testid=question][data-question-id="${q.id}"]`).waitFor();
    const ids = wrong.includes(i) ? [q.options.find((o) => !q.correctIds.includes(o.id))!.id] : q.correctIds;
    // A pick made earlier (offline, above) may be on this question: on a multiple-choice one it would stay beside the right ones.
    for (const option of q.options) {
      const box = page.locator(`#opt-${q.id}-${option.id}`);
      if (!ids.includes(option.id) && (await box.getAttribute('type')) === 'checkbox' && (await box.isChecked())) await box.uncheck();
    }
    for (const id of ids) await page.locator(`#opt-${q.id}-${id}`).check();
  }
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
}

describe('axe finds no serious or critical violations on the quiz pages', () => {
  it('on the quiz player: intro, a question, offline, the confirmation and the result, in both languages', async () => {
    await signIn(page, 'student.demo');
    await page.goto(`/student/quizzes/${DEMO}`);
    await page.locator('[data-testid=quiz-intro]').waitFor();
    await expectNoSeriousViolations(page, 'quiz intro');
    await page.locator('[data-testid=quiz-start]').click();
    await page.locator('[data-testid=question]').waitFor();
    await expectNoSeriousViolations(page, 'quiz question');

    // The navigator works from the keyboard: arrows move along, Enter opens a question.
    await page.locator('[data-testid=navigator] button').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('#question-heading', { hasText: '第 3 题' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-heading');

    await context.setOffline(true);
    await page.locator('[data-testid=question] input').first().check();
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    await expectNoSeriousViolations(page, 'quiz question, offline');
    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });

    await answerAll(DEMO, [9]);
    await page.locator('[data-testid=quiz-submit]').click();
    await page.locator('[data-testid=confirm-submit]').waitFor();
    await expectNoSeriousViolations(page, 'quiz confirmation');

    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('[data-testid=submit-confirm]', { hasText: 'Submit now' }).waitFor();
    await expectNoSeriousViolations(page, 'quiz confirmation (en)');
    await page.locator('[data-testid=submit-confirm]').click();
    await page.locator('[data-testid=quiz-result]').waitFor();
    expect(await page.locator('[data-testid=score]').textContent()).toBe('9 of 10 right');
    await expectNoSeriousViolations(page, 'quiz result (en)');
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('[data-testid=score]', { hasText: '答对' }).waitFor();
    await expectNoSeriousViolations(page, 'quiz result');
    code = (await page.locator('[data-testid=certificate-link]').getAttribute('href'))!.split('/').at(-1)!;
  });

  it('on a result with review: right answers and explanations per question', async () => {
    await page.goto(`/student/quizzes/${practiceId}`);
    await page.locator('[data-testid=quiz-start]').click();
    await page.locator('[data-testid=question]').waitFor();
    await answerAll(practiceId, [0]);
    await page.locator('[data-testid=quiz-submit]').click();
    await page.locator('[data-testid=submit-confirm]').click();
    await page.locator('[data-testid=review-item]').first().waitFor();
    expect(await page.locator('[data-testid=review-item]').count()).toBe(3);
    expect(await page.locator('[data-testid=review-item][data-correct=false]').count()).toBe(1);
    expect(await page.locator('[data-testid=review-item]').first().textContent()).toContain('解析');
    expect(await page.locator('[data-testid=review-item]').first().textContent()).toContain('（正确答案）');
    // Two attempts allowed: a second one is offered.
    await page.locator('[data-testid=quiz-retry]').waitFor();
    await expectNoSeriousViolations(page, 'quiz result with review');
  });

  it('on the certificate page (screen and print) and on /verify, valid and not found', async () => {
    await page.goto(`/student/certificates/${code}`);
    await page.locator('[data-testid=certificate]').waitFor();
    await expectNoSeriousViolations(page, 'certificate');
    await page.emulateMedia({ media: 'print' });
    await expectNoSeriousViolations(page, 'certificate (print)');
    await page.emulateMedia({ media: 'screen' });
    await signOut(page);

    const anonymous = await newContext(run.browser, server.url);
    const visitor = await anonymous.newPage();
    await visitor.goto(`/verify/${code}`);
    await visitor.locator('[data-testid=verify-valid]').waitFor();
    await expectNoSeriousViolations(visitor, 'verify: valid');
    await visitor.goto('/verify/NOSUCHCODE99');
    await visitor.locator('[data-testid=verify-not-found]').waitFor();
    await expectNoSeriousViolations(visitor, 'verify: not found');
    await anonymous.close();
  });

  it('on a phone: the player and the certificate', async () => {
    const phone = await newContext(run.browser, server.url, { viewport: { width: 360, height: 640 } });
    const small = await phone.newPage();
    await signIn(small, 'student.demo');
    await small.goto(`/student/quizzes/${practiceId}`);
    await small.locator('[data-testid=quiz-start]').click();
    await small.locator('[data-testid=question]').waitFor();
    await expectNoSeriousViolations(small, 'quiz question (phone)');
    await small.goto(`/student/certificates/${code}`);
    await small.locator('[data-testid=certificate]').waitFor();
    await expectNoSeriousViolations(small, 'certificate (phone)');
    await phone.close();
  });

  it('on the editor’s question bank (list, form, validation errors) and quizzes page', async () => {
    await signIn(page, 'editor.demo');
    await page.goto('/editor/questions');
    await page.locator('[data-testid=questions-table]').waitFor();
    await expectNoSeriousViolations(page, 'question bank');
    await page.locator('[data-testid=question-edit]').first().click();
    await page.locator('[data-testid=question-form]').waitFor();
    await expectNoSeriousViolations(page, 'question form (edit)');
    await page.locator('[data-testid=new-question]').click();
    await page.locator('[data-testid=question-save]').click();
    await page.locator('[data-testid=validation-summary]').waitFor();
    await expectNoSeriousViolations(page, 'question form with errors');
    await page.getByRole('radio', { name: '判断题' }).check();
    await expectNoSeriousViolations(page, 'question form, true/false');
    await page.goto('/editor/quizzes');
    await page.locator('[data-testid=quizzes-table]').waitFor();
    await page.getByRole('radio', { name: '指定题目' }).check();
    await page.locator('[data-testid=pick-search]').click();
    await page.locator('[data-testid=pick-add]').first().click();
    await expectNoSeriousViolations(page, 'editor quizzes');
    await signOut(page);
  });

  it('on the bureau’s competitions page and the board', async () => {
    await signIn(page, 'county.demo');
    await page.goto('/bureau/competitions');
    await page.locator('[data-testid=competitions-table]').waitFor();
    await expectNoSeriousViolations(page, 'competitions');
    await page.goto(`/bureau/competitions/${DEMO}`);
    await page.locator('[data-testid=board-table]').waitFor();
    expect(await page.locator('[data-testid=summary-participants]').textContent()).toBe('1');
    await expectNoSeriousViolations(page, 'board');
    await page.locator('[data-testid=sort-meanScore]').click();
    await page.locator('[data-testid=board-row] a').first().click();
    await page.waitForURL((url) => url.searchParams.has('unit'));
    await page.locator('[data-testid=board-summary]').waitFor();
    await expectNoSeriousViolations(page, 'board drilled down');
    await signOut(page);
  });

  it('on the teacher’s quiz results', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    await page.locator('[data-testid=results-quiz]').selectOption(DEMO);
    await page.locator('[data-testid=results-items]').waitFor();
    await expectNoSeriousViolations(page, 'teacher quiz results');
    await signOut(page);
  });
});
