import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { acceptDialogs, launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let moduleId: string;
const TITLE = '旅程模块';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  acceptDialogs(page);
  // The heavy content goes in through the API; publishing goes through the editor's UI below.
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const created = await editor.post('/api/modules', { content: moduleContent(TITLE, ['junior']), featured: false });
  expect(created.status).toBe(201);
  moduleId = created.body.module.id;
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** The player's "n / total" and the progress bar's aria-valuenow. */
async function position(page: Page): Promise<string> {
  const text = (await page.locator('[data-testid=position]').textContent())!.trim();
  expect(await page.locator('[data-testid=progressbar]').getAttribute('aria-valuenow')).toBe(text.split(' / ')[0]);
  return text;
}

async function waitSaved(page: Page) {
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
}

describe('a module from the editor to the teacher’s grid', () => {
  it('the editor saves and publishes the module in the UI', async () => {
    await signIn(page, 'editor.demo');
    await page.waitForURL((url) => url.pathname === '/editor');
    await page.locator('[data-testid=modules-table]').getByRole('link', { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname === `/editor/modules/${moduleId}`);
    await page.locator('#f-content-estimatedMinutes').fill('8');
    await page.locator('[data-testid=unsaved]').waitFor();
    await page.locator('[data-testid=save]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '草稿版本 2' }).waitFor();
    await page.locator('[data-testid=publish]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '已发布为第 1 版' }).waitFor();
    expect(await page.locator('[data-testid=editor-state]').textContent()).toContain('已发布');
    await signOut(page);
  });

  it('the teacher assigns it to the class in the UI', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    const form = page.locator('[data-testid=assign-form]');
    await form.waitFor();
    await page.locator('#assign-module').selectOption(moduleId);
    expect(await form.getByRole('checkbox', { name: /七年级\(1\)班/ }).isChecked()).toBe(true);
    await page.locator('#assign-due').fill('2099-06-26');
    await page.locator('[data-testid=assign-submit]').click();
    await page.locator('[data-testid=assign-done]').waitFor();
    // The grid gains the module's column.
    await page.locator(`[data-testid=progress-grid] th[data-module-id="${moduleId}"]`).waitFor();
    await signOut(page);
  });

  it('the student opens it from My tasks, goes halfway, reloads, resumes there and finishes', async () => {
    await signIn(page, 'student.demo');
    await page.waitForURL((url) => url.pathname === '/student');
    expect(await page.locator('[data-testid=student-class-name]').textContent()).toContain('七年级(1)班');
    const task = page.locator(`[data-testid=task][data-module-id="${moduleId}"][data-source=assignment]`);
    await task.waitFor();
    expect(await task.locator('[data-testid=task-status]').textContent()).toContain('未开始');
    await task.locator('[data-testid=task-open]').click();
    await page.waitForURL((url) => url.pathname === `/student/modules/${moduleId}`);

    expect(await position(page)).toBe('1 / 4');
    await page.locator('h2', { hasText: '引言' }).waitFor();
    // Module text is Markdown, rendered.
    expect(await page.locator('.prose strong').first().textContent()).toBe('毒品');
    await page.locator('[data-testid=next]').click();

    expect(await position(page)).toBe('2 / 4');
    // A check must be answered before going on.
    expect(await page.locator('[data-testid=next]').isDisabled()).toBe(true);
    await page.getByLabel('不可以，告诉大人').check();
    await page.locator('[data-testid=check-submit]').click();
    const feedback = page.locator('[data-testid=check-feedback]');
    await feedback.waitFor();
    expect(await feedback.textContent()).toContain('回答正确');
    await page.locator('[data-testid=next]').click();
    expect(await position(page)).toBe('3 / 4');
    await page.locator('h2', { hasText: '更多' }).waitFor();
    await waitSaved(page);

    await page.reload();
    await page.locator('h2', { hasText: '更多' }).waitFor();
    expect(await position(page)).toBe('3 / 4');
    // Back one section: the check shows the answer given before the reload.
    await page.locator('[data-testid=prev]').click();
    expect(await page.locator('[data-testid=check-feedback]').textContent()).toContain('回答正确');
    await page.locator('[data-testid=next]').click();
    await page.locator('[data-testid=next]').click();

    expect(await position(page)).toBe('4 / 4');
    await page.getByLabel('自己处理').check();
    await page.locator('[data-testid=check-submit]').click();
    expect(await page.locator('[data-testid=check-feedback]').textContent()).toContain('回答不正确');
    await page.locator('[data-testid=finish]').click();
    const done = page.locator('[data-testid=completed-at]');
    await done.waitFor();
    expect(await page.locator('[data-testid=complete-panel] h2').textContent()).toContain('完成了');

    await page.goto('/student');
    expect(await page.locator(`[data-testid=task][data-module-id="${moduleId}"] [data-testid=task-status]`).textContent()).toContain('已完成');
    await signOut(page);
  });

  it('the teacher’s grid shows the student completed, with the date', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    const grid = page.locator('[data-testid=progress-grid]');
    await grid.waitFor();
    const headers = await grid.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-module-id')));
    const column = headers.indexOf(moduleId);
    expect(column).toBeGreaterThan(0);
    const row = grid.locator('tbody tr', { has: page.getByRole('rowheader', { name: /小明/ }) });
    const cell = row.locator('th, td').nth(column);
    expect(await cell.getAttribute('data-status')).toBe('completed');
    const text = (await cell.textContent())!;
    expect(text).toContain('已完成');
    const today = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(text).toContain(today);
    // A classmate has not started: plain text says so.
    const other = grid
      .locator('tbody tr', { has: page.getByRole('rowheader', { name: /马晓燕/ }) })
      .locator('th, td')
      .nth(column);
    expect(await other.textContent()).toContain('未开始');
    // The CSV download link points at the API.
    expect(await page.locator('[data-testid=grid-csv]').getAttribute('href')).toBe('/api/classes/cls_demo_qq_7_1/progress.csv');
  });
});
