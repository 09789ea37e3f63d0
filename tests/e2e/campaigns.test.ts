import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let moduleId: string;
const CAMPAIGN = '西吉县禁毒宣传月（测试）';
const MODULE = '活动模块';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const created = await editor.post('/api/modules', { content: moduleContent(MODULE, ['junior', 'primary']), featured: false });
  moduleId = created.body.module.id;
  expect((await editor.post(`/api/modules/${moduleId}/publish`)).status).toBe(200);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('a county campaign reaches its students without any teacher', () => {
  it('county.demo creates a campaign in the UI', async () => {
    await signIn(page, 'county.demo');
    await page.waitForURL((url) => url.pathname === '/bureau');
    await page.locator('[data-testid=nav-campaigns]').click();
    await page.waitForURL((url) => url.pathname === '/bureau/campaigns');
    const form = page.locator('[data-testid=campaign-form]');
    await form.locator(`input[type=checkbox][value="${moduleId}"]`).waitFor();

    // Client-side checks first: nothing chosen.
    await page.locator('[data-testid=campaign-submit]').click();
    await page.locator('#campaign-name-error').waitFor();
    await page.locator('#campaign-modules-error').waitFor();

    await page.locator('#campaign-name').fill(CAMPAIGN);
    await page.locator('#campaign-description').fill('全县学生完成一节禁毒课。');
    // A module of two bands is listed once.
    expect(await form.locator(`input[type=checkbox][value="${moduleId}"]`).count()).toBe(1);
    await form.getByRole('checkbox', { name: new RegExp(MODULE) }).check();
    await page.locator('[data-testid=campaign-submit]').click();
    await page.locator('[data-testid=campaign-created]').waitFor();
    const row = page.locator('[data-testid=campaigns-table] tr', { hasText: CAMPAIGN });
    await row.waitFor();
    expect(await row.textContent()).toContain('本单位');
    expect(await row.textContent()).toContain(MODULE);
    await page.reload();
    await page.locator('[data-testid=campaigns-table] tr', { hasText: CAMPAIGN }).waitFor();
    await signOut(page);
  });

  it('the city above sees it as a campaign of a unit below', async () => {
    await signIn(page, 'city.demo');
    await page.goto('/bureau/campaigns');
    const row = page.locator('[data-testid=campaigns-table] tr', { hasText: CAMPAIGN });
    await row.waitFor();
    expect(await row.textContent()).toContain('西吉县');
    expect(await row.textContent()).toContain('下级');
    await signOut(page);
  });

  it('student.demo in Xiji sees it in My tasks; student2.demo in Xingqing does not', async () => {
    await signIn(page, 'student.demo');
    const task = page.locator(`[data-testid=task][data-module-id="${moduleId}"][data-source=campaign]`);
    await task.waitFor();
    expect(await task.textContent()).toContain(CAMPAIGN);
    expect(await task.textContent()).toContain(MODULE);
    await signOut(page);

    await signIn(page, 'student2.demo');
    await page.locator('[data-testid=student-tasks]').waitFor();
    expect(await page.locator('[data-testid=student-tasks]').textContent()).not.toContain(CAMPAIGN);
    expect(await page.locator(`[data-testid=task][data-module-id="${moduleId}"]`).count()).toBe(0);
    await signOut(page);
  });

  it('the teacher sees the campaign among those reaching the class', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    const list = page.locator('[data-testid=class-campaigns]');
    await list.waitFor();
    expect(await list.textContent()).toContain(CAMPAIGN);
    await signOut(page);
  });
});
