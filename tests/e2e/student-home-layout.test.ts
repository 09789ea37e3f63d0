import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 12: on a cheap phone the HTML alone shows the header and a loading line (the shell was once
 * hidden from the start by its own CSS, and only a browser shows that), and the student home must not
 * jump about while its lists arrive. A cold
 * load on a slow connection and a slow CPU, with the browser's own layout-shift entries summed as
 * Cumulative Layout Shift counts them (shifts right after input excluded).
 */

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;

const SECTIONS = ['student-tasks-section', 'student-contests-section', 'student-certificates-section', 'student-catalog-section'];

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  const student = await ApiClient.signedIn(server.url, 'student.demo');
  const [name, ...value] = student.cookie.split('=');
  context = await run.browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    isMobile: true,
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(60_000);
  await context.addCookies([{ name: name!, value: value.join('='), url: server.url }]);
  page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __sectionsAtFirstPaint: string[] | null };
    w.__cls = 0;
    w.__sectionsAtFirstPaint = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The order of the sections the first time any of them is on the page (before their data).
    const watch = new MutationObserver(() => {
      const found = [...document.querySelectorAll('[data-section]')].map((element) => element.getAttribute('data-section')!);
      if (found.length && !w.__sectionsAtFirstPaint) {
        w.__sectionsAtFirstPaint = found;
        watch.disconnect();
      }
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
});

afterAll(async () => {
  await context?.close();
  await run?.close();
  await server?.close();
});

describe('the student home on a slow phone', () => {
  it('paints the header and a loading line before any script arrives, and the app takes their place', async () => {
    const shellContext = await newContext(run.browser, server.url, { viewport: { width: 360, height: 740 } });
    const shellPage = await shellContext.newPage();
    let release = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await shellPage.route('**/_app/immutable/**/*.js', async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    try {
      await shellPage.goto('/signin', { waitUntil: 'domcontentloaded' });
      const shell = shellPage.locator('#app-shell');
      expect(await shell.locator('.brand').isVisible()).toBe(true);
      expect(await shell.locator('[role=status]').isVisible()).toBe(true);
      expect(await shell.locator('[role=status]').textContent()).toMatch(/正在加载…[\s\S]*Loading…/);
      await shellPage.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1, null, { timeout: 5_000 });

      release();
      await shellPage.locator('#username').waitFor();
      expect(await shellPage.locator('#app-shell').count()).toBe(0);
      expect(await shellPage.locator('header').count()).toBe(1);
      expect(await shellPage.locator('main').count()).toBe(1);
    } finally {
      release();
      await shellContext.close();
    }
  });

  it('keeps its layout while the lists load (CLS ≤ 0.05) and its sections in one order', async () => {
    await page.goto('/student', { waitUntil: 'commit', timeout: 90_000 });
    for (const list of ['student-tasks', 'certificates"], [data-testid="certificates-none', 'catalog', 'my-contests'])
      await page.locator(`[data-testid="${list}"]`).first().waitFor({ timeout: 90_000 });
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 90_000 });
    await page.waitForLoadState('networkidle', { timeout: 90_000 });
    await page.waitForTimeout(1000);
    const { cls, first, last } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __sectionsAtFirstPaint: string[] | null };
      return {
        cls: w.__cls,
        first: w.__sectionsAtFirstPaint,
        last: [...document.querySelectorAll('[data-section]')].map((element) => element.getAttribute('data-section')),
      };
    });
    expect(first).toEqual(SECTIONS);
    expect(last).toEqual(SECTIONS);
    expect(cls).toBeLessThanOrEqual(0.05);
  });
});
