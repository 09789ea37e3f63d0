import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { getAttempt } from '../../functions/src/store/attempts.js';
import { acceptDialogs, launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DEMO = 'quiz_demo_xiji_competition';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  acceptDialogs(page);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

const field = (path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);

async function fillBoth(path: string, zh: string, en: string) {
  await field(`${path}.zh`).fill(zh);
  await field(`${path}.en`).fill(en);
}

/** student.demo takes the demo competition through the API: the first `right` answers right, the rest wrong. */
async function submitDemoAttempt(right: number): Promise<number> {
  const student = await ApiClient.signedIn(server.url, 'student.demo');
  const started = await student.post(`/api/quizzes/${DEMO}/attempts`);
  expect(started.status).toBe(201);
  const attempt = (await getAttempt(server.db, started.body.attempt.id, server.deps.now()))!;
  for (const [i, q] of attempt.questions.entries()) {
    const optionIds = i < right ? q.correctIds : [q.options.find((o) => !q.correctIds.includes(o.id))!.id];
    expect((await student.put(`/api/attempts/${attempt.id}/answers/${q.id}`, { optionIds })).status).toBe(200);
  }
  const submitted = await student.post(`/api/attempts/${attempt.id}/submit`);
  expect(submitted.status).toBe(200);
  return submitted.body.result.percent;
}

describe('the editor’s question bank and quizzes', () => {
  const stemZh = '界面新题：国际禁毒日是每年的哪一天？';

  beforeAll(async () => {
    await signIn(page, 'editor.demo');
  });

  it('writes a question in the form (the true/false switch keeps the choice options aside), then retires it', async () => {
    await page.goto('/editor');
    await page.locator('[data-testid=nav-questions]').click();
    await page.locator('[data-testid=questions-table]').waitFor();
    // The seeded bank: shown 50 at a time.
    expect(await page.locator('[data-testid=question-row]').count()).toBe(50);
    await page.locator('[data-testid=questions-more]').click();
    expect(await page.locator('[data-testid=question-row]').count()).toBe(100);
    await page.locator('[data-testid=new-question]').click();
    await page.locator('[data-testid=question-form]').waitFor();

    // Empty: the server's validation shows next to the fields.
    await page.locator('[data-testid=question-save]').click();
    await page.locator('[data-testid=validation-summary]').waitFor();
    expect(await page.locator('[data-testid=validation-summary]').textContent()).toContain('题干');

    await fillBoth('content.stem', stemZh, 'UI question: when is the International Day against Drug Abuse?');
    await fillBoth('content.options.0.text', '5月1日', '1 May');
    await fillBoth('content.options.1.text', '6月26日', '26 June');
    await fillBoth('content.options.2.text', '10月1日', '1 October');
    await page.locator('[data-testid=option-row]').nth(1).locator('[data-testid=option-correct]').check();

    // True/false has its two fixed options; back to single choice, the texts are still there.
    await page.getByRole('radio', { name: '判断题' }).check();
    expect(await page.locator('[data-testid=option-row]').count()).toBe(2);
    expect(await page.locator('[data-testid=question-options]').textContent()).toContain('对 / True');
    expect(await page.locator('[data-testid=option-add]').count()).toBe(0);
    await page.getByRole('radio', { name: '单选题' }).check();
    expect(await field('content.options.1.text.zh').inputValue()).toBe('6月26日');
    expect(await page.locator('[data-testid=option-row]').nth(1).locator('[data-testid=option-correct]').isChecked()).toBe(true);

    // A fourth option, then removed again.
    await page.locator('[data-testid=option-add]').click();
    expect(await page.locator('[data-testid=option-row]').count()).toBe(4);
    await page.locator('[data-testid=option-row]').nth(3).locator('[data-testid=option-remove]').click();
    expect(await page.locator('[data-testid=option-row]').count()).toBe(3);

    await fillBoth(
      'content.explanation',
      '1987 年联合国确定每年 6 月 26 日为国际禁毒日。',
      'In 1987 the UN made 26 June the International Day against Drug Abuse.',
    );
    await page.locator('#f-content-topics').getByRole('checkbox', { name: '法律法规' }).check();
    await page.locator('#f-content-gradeBands').getByRole('checkbox', { name: '初中（7–9 年级）' }).check();
    await field('content.difficulty').selectOption('2');
    await page.locator('[data-testid=question-save]').click();
    await page.locator('[data-testid=question-message]', { hasText: '题目已创建' }).waitFor();
    expect(await page.locator('[data-testid=validation-summary]').count()).toBe(0);

    const editor = await ApiClient.signedIn(server.url, 'editor.demo');
    const found = (await editor.get(`/api/questions?text=${encodeURIComponent('界面新题')}`)).body.questions;
    expect(found).toHaveLength(1);
    expect(found[0].content).toMatchObject({ type: 'single', topics: ['law'], gradeBands: ['junior'], difficulty: 2 });
    expect(found[0].content.options.filter((o: { correct: boolean }) => o.correct).map((o: { id: string }) => o.id)).toEqual(['b']);
    expect(found[0].content).not.toHaveProperty('group');

    // A group: the server's slug rule shows next to the field; a good one is kept over a reload, then cleared.
    await page.locator('[data-testid=question-group]').fill('Anti Drug Day');
    await page.locator('[data-testid=question-save]').click();
    await page.locator('#q-group-error', { hasText: '只能用小写字母、数字和连字符' }).waitFor();
    expect(await page.locator('[data-testid=question-group]').getAttribute('aria-describedby')).toBe('q-group-hint q-group-error');
    expect(await page.locator('[data-testid=validation-summary]').textContent()).toContain('题组');
    await page.locator('[data-testid=question-group]').fill(' anti-drug-day-ui ');
    await page.locator('[data-testid=question-save]').click();
    await page.locator('[data-testid=question-message]', { hasText: '已保存为版本 2' }).waitFor();
    await page.reload();
    const rowFor = async () => {
      await page.locator('#q-text').fill('界面新题');
      await page.locator('[data-testid=question-search-submit]').click();
      // The rows of the previous search stay until this one answers.
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid=questions-table]')?.getAttribute('aria-busy') === 'false' &&
          document.querySelectorAll('[data-testid=question-row]').length === 1,
      );
      return page.locator(`[data-testid=question-row][data-question-id="${found[0].id}"]`);
    };
    const grouped = await rowFor();
    expect(await grouped.locator('[data-testid=question-row-group]').textContent()).toBe('题组：anti-drug-day-ui');
    await grouped.locator('[data-testid=question-edit]').click();
    expect(await page.locator('[data-testid=question-group]').inputValue()).toBe('anti-drug-day-ui');
    await page.locator('[data-testid=question-group]').fill('');
    await page.locator('[data-testid=question-save]').click();
    await page.locator('[data-testid=question-message]', { hasText: '已保存为版本 3' }).waitFor();
    expect(await grouped.locator('[data-testid=question-row-group]').count()).toBe(0);
    const cleared = (await editor.get(`/api/questions?text=${encodeURIComponent('界面新题')}`)).body.questions[0];
    expect(cleared.version).toBe(3);
    expect(cleared.content).not.toHaveProperty('group');

    // Found by a search, then retired (the confirmation is accepted).
    const row = await rowFor();
    await row.waitFor();
    await row.locator('[data-testid=question-retire]').click();
    await row.locator('[data-testid=question-status]', { hasText: '已停用' }).waitFor();
    expect((await editor.get(`/api/questions?text=${encodeURIComponent('界面新题')}`)).body.questions[0].status).toBe('retired');
  });

  it('creates a practice quiz with draw rules', async () => {
    await page.locator('[data-testid=nav-quizzes]').click();
    await page.locator('[data-testid=quiz-form]').waitFor();
    await fillBoth('settings.title', '界面练习测验', 'UI practice quiz');
    await page.locator('#quiz-draw-law').fill('3');
    await page.locator('#quiz-draw-drug_basics').fill('2');
    expect(await page.locator('[data-testid=draw-rules]').textContent()).toContain('共 5 题');
    await page.locator('[data-testid=quiz-submit]').click();
    await page.locator('[data-testid=quiz-created]').waitFor();
    const row = page.locator('[data-testid=quiz-row]', { hasText: '界面练习测验' });
    await row.waitFor();
    expect(await row.textContent()).toContain('随机抽 5 题');
    await signOut(page);
  });
});

describe('a bureau holds a competition and follows its board', () => {
  it('county.demo creates a competition in the form and sees its board per school', async () => {
    await signIn(page, 'county.demo');
    await page.locator('[data-testid=nav-competitions]').click();
    await page.locator('[data-testid=competition-form]').waitFor();
    await fillBoth('settings.title', '西吉县第二届禁毒知识竞赛', 'Second Xiji anti-drug knowledge competition');
    await page.locator('#competition-time').fill('20');
    await page.locator('#competition-threshold').fill('85');
    await page.locator('#competition-draw-law').fill('3');
    expect(await page.locator('[data-testid=draw-rules]').textContent()).toContain('共 11 题');
    await page.locator('[data-testid=competition-submit]').click();
    await page.locator('[data-testid=competition-created]').waitFor();

    const county = await ApiClient.signedIn(server.url, 'county.demo');
    const created = (await county.get('/api/quizzes')).body.quizzes.find(
      (q: { settings: { title: { zh: string } } }) => q.settings.title.zh === '西吉县第二届禁毒知识竞赛',
    );
    expect(created.settings).toMatchObject({
      kind: 'competition',
      timeLimitMinutes: 20,
      attemptsAllowed: 1,
      certificateThreshold: 85,
      passMark: 60,
      reviewPolicy: 'after_close',
    });
    expect(created.unitId).toBe('640422');
    expect(Date.parse(created.settings.closesAt) - Date.parse(created.settings.opensAt)).toBe(14 * 86_400_000);

    await page.locator('[data-testid=competition-created] a').click();
    await page.waitForURL((url) => url.pathname === `/bureau/competitions/${created.id}`);
    await page.locator('[data-testid=board-table]').waitFor();
    expect(await page.locator('[data-testid=board-title]').textContent()).toBe('西吉县第二届禁毒知识竞赛');
    const school = page.locator('[data-testid=board-row][data-unit-id=sch_demo_xiji_qingquan]');
    expect(await school.locator('[data-testid=participation]').textContent()).toBe('0%');
    expect(await school.locator('[data-testid=mean-score]').textContent()).toBe('暂无');
  });

  it('after a student’s submission the demo board shows participation and mean score, drills down and sorts', async () => {
    const percent = await submitDemoAttempt(7);
    expect(percent).toBe(70);
    await page.goto('/bureau/competitions');
    await page.locator(`[data-testid=competition-row][data-quiz-id=${DEMO}] [data-testid=board-link]`).click();
    await page.waitForURL((url) => url.pathname === `/bureau/competitions/${DEMO}`);
    await page.locator('[data-testid=board-table]').waitFor();
    expect(await page.locator('[data-testid=summary-participants]').textContent()).toBe('1');
    const school = page.locator('[data-testid=board-row][data-unit-id=sch_demo_xiji_qingquan]');
    expect(await school.locator('[data-testid=participation]').textContent()).toBe('11.1%');
    expect(await school.locator('[data-testid=mean-score]').textContent()).toBe('70%');
    // Never a student's name on a bureau's board.
    expect(await page.locator('main').textContent()).not.toContain('小明');

    // Sorting by name, both ways; the header says how.
    await page.locator('[data-testid=sort-name]').click();
    const ascending = await page.locator('[data-testid=board-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-id')));
    expect(await page.locator('th[aria-sort]').textContent()).toContain('单位');
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('[data-testid=sort-name]').click();
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const descending = await page.locator('[data-testid=board-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-id')));
    expect(descending).toEqual([...ascending].reverse());

    // Drill down: the school's classes.
    await school.locator('a').click();
    await page.waitForURL((url) => url.searchParams.get('unit') === 'sch_demo_xiji_qingquan');
    const klass = page.locator('[data-testid=board-row][data-unit-id=cls_demo_qq_7_1]');
    await klass.waitFor();
    expect(await klass.locator('[data-testid=participation]').textContent()).toBe('11.1%');
    expect(await klass.locator('a').count()).toBe(0);
    expect(await page.locator('.breadcrumbs').textContent()).toContain('西吉县清泉中学');
    await signOut(page);
  });
});

describe('a teacher sees the class’s results and item analysis', () => {
  it('after the submission above: the student’s best score, the share right per question and the weakest topics', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    await page.locator('[data-testid=results-quiz]').waitFor();
    await page.locator('[data-testid=results-quiz]').selectOption(DEMO);
    await page.locator('[data-testid=results-table]').waitFor();
    const row = page.locator('[data-testid=results-row]', { hasText: '小明（演示）' });
    expect(await row.textContent()).toContain('70%');
    expect(await row.textContent()).toContain('及格');
    expect(await page.locator('[data-testid=results-summary]').textContent()).toContain('9 名学生中 1 人已作答，1 人及格');
    expect(await page.locator('[data-testid=results-item]').count()).toBe(10);
    // Weakest first: the three wrong answers lead the item list.
    const shares = await page.locator('[data-testid=item-share]').allTextContents();
    expect(shares.slice(0, 3).every((s) => s.startsWith('正确率 0%'))).toBe(true);
    expect(shares.slice(3).every((s) => s.startsWith('正确率 100%'))).toBe(true);
    expect(await page.locator('[data-testid=results-topics] li').count()).toBeGreaterThan(0);
    await signOut(page);
  });
});
