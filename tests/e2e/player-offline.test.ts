import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ModuleContent } from '../../functions/src/domain/modules/content.js';
import { launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let student: ApiClient;

const both = (zh: string, en: string) => ({ zh, en });

/** The fixture's four sections plus four more text sections: eight in all. */
function longModule(title: string): ModuleContent {
  const content = moduleContent(title, ['junior']);
  for (const n of [1, 2, 3, 4])
    content.sections.push({ id: `extra-${n}`, kind: 'text', title: both(`补充 ${n}`, `Extra ${n}`), body: both(`第 ${n} 段。`, `Part ${n}.`) });
  return content;
}

async function publishedModule(title: string): Promise<string> {
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const created = await editor.post('/api/modules', { content: longModule(title), featured: false });
  expect(created.status).toBe(201);
  expect((await editor.post(`/api/modules/${created.body.module.id}/publish`)).status).toBe(200);
  return created.body.module.id;
}

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  student = await ApiClient.signedIn(server.url, 'student.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

const status = (page: Page) => page.locator('[data-testid=save-status]');
const title = (page: Page) => page.locator('h2.section-title');

async function next(page: Page, expected: string) {
  await page.locator('[data-testid=next]').click();
  await title(page).filter({ hasText: expected }).waitFor();
}

async function answer(page: Page, option: string) {
  await page.getByLabel(option, { exact: true }).check();
  await page.locator('[data-testid=check-submit]').click();
  await page.locator('[data-testid=check-feedback]').waitFor();
}

describe('the player keeps going offline and saves everything once back', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url);
    page = await context.newPage();
    await signIn(page, 'student.demo');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('moves through sections and answers while the network is cut, then saves it all', async () => {
    const moduleId = await publishedModule('离线模块');
    await page.goto(`/student/modules/${moduleId}`);
    await title(page).filter({ hasText: '引言' }).waitFor();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

    await context.setOffline(true);
    await next(page, '想一想'); // check-1
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    expect(await status(page).textContent()).toContain('离线——恢复网络后自动重试');
    await answer(page, '不可以，告诉大人');
    await next(page, '更多');
    await next(page, '再想一想'); // check-2
    await answer(page, '告诉信任的大人');
    await next(page, '补充 1');
    await next(page, '补充 2');
    expect(await page.locator('[data-testid=position]').textContent()).toBe('6 / 8');
    // Still offline a while later: retries with backoff, and the UI keeps saying so.
    await page.waitForTimeout(3000);
    expect(await status(page).getAttribute('data-status')).toBe('offline');
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clearcampus.progress.')));
    expect(queued).toHaveLength(1);

    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
    expect(await status(page).textContent()).toContain('已保存 ✓');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clearcampus.progress.')))).toEqual([]);

    const reply = await student.get(`/api/me/progress/${moduleId}`);
    expect(reply.status).toBe(200);
    const progress = reply.body.progress;
    for (const id of ['intro', 'check-1', 'more', 'check-2', 'extra-1', 'extra-2']) expect(progress.seen, id).toContain(id);
    expect(progress.answers).toEqual({ 'check-1': 'b', 'check-2': 'a' });
    expect(progress.lastSectionId).toBe('extra-2');
    expect(progress.completedAt).toBeNull();
  });

  it('loses nothing when the page is reloaded before the saves got through', async () => {
    const moduleId = await publishedModule('重载模块');
    await page.goto(`/student/modules/${moduleId}`);
    await title(page).filter({ hasText: '引言' }).waitFor();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

    // Saves fail as if the network dropped them; the page itself still loads.
    const blockSaves = (route: import('playwright-core').Route) =>
      route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue();
    await context.route('**/api/me/progress/**', blockSaves);
    await next(page, '想一想');
    await answer(page, '可以');
    await next(page, '更多');
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    expect((await student.get(`/api/me/progress/${moduleId}`)).body.progress.seen).toEqual(['intro']);

    await page.reload();
    // Resumed from this device's queue, with the answer, though the server has neither yet.
    await title(page).filter({ hasText: '更多' }).waitFor();
    expect(await page.locator('[data-testid=position]').textContent()).toBe('3 / 8');
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();

    await context.unroute('**/api/me/progress/**', blockSaves);
    await page.getByRole('button', { name: '立即重试' }).click();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    const progress = (await student.get(`/api/me/progress/${moduleId}`)).body.progress;
    expect(progress.seen).toEqual(expect.arrayContaining(['intro', 'check-1', 'more']));
    expect(progress.answers).toEqual({ 'check-1': 'a' });
    expect(progress.lastSectionId).toBe('more');
  });
});
