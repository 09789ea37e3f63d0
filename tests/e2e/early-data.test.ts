import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 12: the first page's API answers are asked for by the HTML itself (web/src/app.html), while
 * the page's scripts download, and the page then uses them instead of asking again. Here the scripts
 * are held back: the data requests must go out without them, and once the page runs, no path may be
 * asked for twice (a path the HTML asks for that the page asks for differently shows up as two).
 */

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;

const MODULE = 'mod_drug-law-junior';
const QUIZ = 'quiz_demo_xiji_competition';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  const student = await ApiClient.signedIn(server.url, 'student.demo');
  const [name, ...value] = student.cookie.split('=');
  context = await run.browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 740 }, locale: 'zh-CN', serviceWorkers: 'block' });
  context.setDefaultTimeout(30_000);
  await context.addCookies([{ name: name!, value: value.join('='), url: server.url }]);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await run?.close();
  await server?.close();
});

/** GETs under /api/ by path (with query), counted, from the moment this is called. */
function countApiGets(target: Page) {
  const counts = new Map<string, number>();
  const listener = (request: Request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.startsWith('/api/')) counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
  };
  target.on('request', listener);
  return { counts, stop: () => target.off('request', listener) };
}

/** Loads `path` with every script held back until `early` have all been requested, then lets the page run until `usable` shows. */
async function coldLoad(path: string, early: string[], usable: string) {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  const gets = countApiGets(page);
  try {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => early.filter((p) => !gets.counts.has(p)), { timeout: 10_000 }).toEqual([]);
    release();
    await page.locator(usable).first().waitFor();
    await page.waitForLoadState('networkidle');
    return gets.counts;
  } finally {
    release();
    gets.stop();
    await page.unroute('**/_app/immutable/**/*.js');
  }
}

const askedTwice = (counts: Map<string, number>) => [...counts].filter(([, n]) => n > 1).map(([path]) => path);

describe('the first page’s data comes with its HTML', () => {
  it('module: the progress with the module at its version goes out before any script, and is asked for once', async () => {
    const counts = await coldLoad(`/student/modules/${MODULE}`, ['/api/me', `/api/me/modules/${MODULE}`], '.player-card');
    expect(askedTwice(counts)).toEqual([]);
  });

  it('quiz: the quiz goes out before any script, and is asked for once', async () => {
    const counts = await coldLoad(`/student/quizzes/${QUIZ}`, ['/api/me', `/api/quizzes/${QUIZ}`], '[data-testid="quiz-start"]');
    expect(askedTwice(counts)).toEqual([]);
  });

  it('student home: its four lists go out before any script, and each is asked for once', async () => {
    const counts = await coldLoad('/student', ['/api/me', '/api/me/tasks', '/api/catalog', '/api/me/certificates'], '[data-testid="student-tasks"]');
    expect(askedTwice(counts)).toEqual([]);
  });

  it('asks for every script and style the module and quiz pages need before any script has run: one wave, not two', async () => {
    for (const [path, usable] of [
      [`/student/modules/${MODULE}`, '.player-card'],
      [`/student/quizzes/${QUIZ}`, '[data-testid="quiz-start"]'],
    ] as const) {
      const scripts = new Set<string>();
      const styles: string[] = [];
      const listener = (request: Request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
        if (/\.css$/.test(request.url())) styles.push(new URL(request.url()).pathname);
      };
      page.on('request', listener);
      let release = () => {};
      const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_app/immutable/**/*.js', async (route) => {
        await scriptsHeld;
        await route.continue();
      });
      try {
        await page.goto(path, { waitUntil: 'domcontentloaded' });
        // Every preload the page holds, SvelteKit's and the route's own, is on its way before anything ran.
        const preloads = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => new URL(link.href).pathname),
        );
        expect(preloads.length).toBeGreaterThan(10);
        await expect.poll(() => preloads.filter((file) => !scripts.has(file)), { timeout: 10_000 }).toEqual([]);
        const beforeAnyRan = new Set(scripts);
        const stylesBeforeAnyRan = [...styles];
        const stylesOfTheHtml = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname),
        );
        release();
        await page.locator(usable).first().waitFor();
        expect(
          [...scripts].filter((script) => !beforeAnyRan.has(script)),
          path,
        ).toEqual([]);
        // A route's styles are preloaded with its scripts, and the preload is the one SvelteKit then uses.
        const used = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname),
        );
        const routeStyles = used.filter((file) => !stylesOfTheHtml.includes(file));
        expect(routeStyles.length, path).toBeGreaterThan(0);
        expect(
          routeStyles.filter((file) => !stylesBeforeAnyRan.includes(file)),
          path,
        ).toEqual([]);
        expect(styles.length, path).toBe(new Set(styles).size);
      } finally {
        release();
        page.off('request', listener);
        await page.unroute('**/_app/immutable/**/*.js');
      }
    }
  });

  it('asks the server again when the page is opened a second time within the app, never handing out an early answer twice', async () => {
    await page.goto('/student');
    await page.locator('[data-testid="student-tasks"]').waitFor();
    const gets = countApiGets(page);
    await page.goto(`/student/modules/${MODULE}`);
    await page.locator('.player-card').waitFor();
    await page.locator('.player-top a').click();
    await page.locator('[data-testid="student-tasks"]').waitFor();
    await page.waitForLoadState('networkidle');
    gets.stop();
    // A full load of the module page asks nothing of the home's; the home shown again asks the server itself.
    expect(gets.counts.get('/api/me/tasks')).toBe(1);
  });
});
