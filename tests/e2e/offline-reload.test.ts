import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The service worker: a module or quiz the student already opened reloads without a network and
 * says so; a page that was never opened says it is offline and loads by itself once back online;
 * on a phone the quiz's save line stays in sight and the navigator tells waiting picks from saved.
 */

let server: TestServer;
let run: RunningBrowser;
let editor: ApiClient;

const NOTICE = '离线 — 你的作答保存在本设备上';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  editor = await ApiClient.signedIn(server.url, 'editor.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function publishedModule(title: string): Promise<string> {
  const created = await editor.post('/api/modules', { content: moduleContent(title, ['junior']), featured: false });
  expect(created.status).toBe(201);
  expect((await editor.post(`/api/modules/${created.body.module.id}/publish`)).status).toBe(200);
  return created.body.module.id;
}

/** A practice quiz of 24 questions for junior students: long enough to scroll on a phone. */
async function longQuiz(title: string): Promise<string> {
  const created = await editor.post('/api/quizzes', {
    settings: {
      title: { zh: title, en: title },
      kind: 'practice',
      rules: {
        band: 'junior',
        draw: [
          { topic: 'law', count: 8 },
          { topic: 'health_harm', count: 8 },
          { topic: 'drug_basics', count: 8 },
        ],
      },
      timeLimitMinutes: 30,
      attemptsAllowed: 1,
      passMark: 60,
      shuffleOptions: false,
      reviewPolicy: 'after_submit',
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.quiz.id;
}

/** Waits until the service worker controls the page (it claims the pages open when it installs). */
async function workerInControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, {
    timeout: 20_000,
  });
}

const notice = (page: Page) => page.locator('[data-testid=offline-notice]');
const sectionTitle = (page: Page) => page.locator('h2.section-title');
const navButton = (page: Page, n: number) => page.locator('[data-testid=navigator] button').nth(n - 1);

async function pickFirstOption(page: Page) {
  await page.locator('[data-testid=question] input').first().check();
}

async function startQuiz(page: Page, quizId: string) {
  await page.goto(`/student/quizzes/${quizId}`);
  await page.locator('[data-testid=quiz-start]').click();
  await page.locator('[data-testid=question]').waitFor();
}

describe('reloading while offline', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url);
    page = await context.newPage();
    await signIn(page, 'student.demo');
    await workerInControl(page);
  });

  afterAll(async () => {
    await context?.setOffline(false);
    await context?.close();
  });

  it('shows a started module again, where the student was, and says it is offline', async () => {
    const moduleId = await publishedModule('离线重载模块');
    await page.goto(`/student/modules/${moduleId}`);
    await sectionTitle(page).filter({ hasText: '引言' }).waitFor();
    await page.locator('[data-testid=next]').click();
    await sectionTitle(page).filter({ hasText: '想一想' }).waitFor();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect(await notice(page).count()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    await sectionTitle(page).filter({ hasText: '想一想' }).waitFor();
    expect(await notice(page).textContent()).toContain(NOTICE);

    // Working on offline and reloading again loses nothing; back online it all reaches the server.
    await page.getByLabel('不可以，告诉大人', { exact: true }).check();
    await page.locator('[data-testid=check-submit]').click();
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    await page.reload();
    await page.locator('[data-testid=check-feedback]').waitFor();
    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
    await notice(page).waitFor({ state: 'detached' });
  });

  it('shows a started quiz again with the picks kept on this device marked as waiting', async () => {
    const quizId = await longQuiz('离线重载测验');
    await startQuiz(page, quizId);
    await pickFirstOption(page);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    // Through the worker once online, as on any later visit.
    await page.reload();
    await page.locator('[data-testid=question]').waitFor();

    await context.setOffline(true);
    await navButton(page, 2).click();
    await pickFirstOption(page);
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
    await page.reload();
    await page.locator('[data-testid=question]').waitFor();
    expect(await notice(page).textContent()).toContain(NOTICE);
    expect(await navButton(page, 1).getAttribute('aria-label')).toBe('第 1 题，已作答');
    expect(await navButton(page, 2).getAttribute('aria-label')).toBe('第 2 题，已选择，等待保存');
    expect(await page.textContent('body')).not.toContain('服务器出错了');

    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
    expect(await navButton(page, 2).getAttribute('aria-label')).toBe('第 2 题，已作答');
  });

  it('says a page never opened is offline, not a server error, and loads it once back online', async () => {
    const moduleId = await publishedModule('没打开过的模块');
    await context.setOffline(false);
    await page.goto('/student');
    await context.setOffline(true);
    await page.goto(`/student/modules/${moduleId}`);
    await page.locator('[data-testid=offline-load]').waitFor();
    const body = await page.textContent('body');
    expect(body).toContain('你现在离线');
    expect(body).not.toContain('服务器出错了');
    expect(body).not.toContain('无法连接服务器');

    await context.setOffline(false);
    await sectionTitle(page).filter({ hasText: '引言' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=offline-load]').count()).toBe(0);
  });

  it('keeps nothing of one student for the next one who signs in on the same device', async () => {
    await signOut(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const api = names.filter((name) => name.startsWith('clearcampus-api'));
      let entries = 0;
      for (const name of api) entries += (await (await caches.open(name)).keys()).length;
      return entries;
    });
    expect(cached).toBe(0);
  });
});

describe('the quiz on a phone, offline', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url, { viewport: { width: 360, height: 740 } });
    page = await context.newPage();
    await signIn(page, 'student.demo');
  });

  afterAll(async () => {
    await context?.setOffline(false);
    await context?.close();
  });

  /** Whether the element is wholly inside the 740 px tall viewport. */
  const inSight = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });

  it('keeps the save line in sight while scrolling, and the submit card says what the save line says', async () => {
    const quizId = await longQuiz('手机离线测验');
    await startQuiz(page, quizId);
    await context.setOffline(true);
    await pickFirstOption(page);
    await page.locator('[data-testid=save-status][data-status=offline]').waitFor();

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inSight(page, '[data-testid=save-status]')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inSight(page, '[data-testid=save-status]')).toBe(true);

    await page.locator('[data-testid=quiz-submit-early]').click();
    await page.locator('[data-testid=confirm-submit]').waitFor();
    expect(await page.locator('[data-testid=confirm-save-note]').getAttribute('data-kind')).toBe('queued');
    expect(await page.locator('[data-testid=save-status]').getAttribute('data-status')).toBe('offline');

    await context.setOffline(false);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=confirm-save-note][data-kind=saved]').waitFor();
  });
});
