import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_LOGINS } from '../../functions/src/seed/demo.js';
import { launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const HOME: Record<string, string> = {
  bureau: '/bureau',
  school_admin: '/school',
  teacher: '/teacher',
  student: '/student',
  editor: '/editor',
  judge: '/judge',
};

let server: TestServer;
let run: RunningBrowser;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  browser = run.browser;
  context = await newContext(browser, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('sign-in through the browser', () => {
  it('sends a visitor from / to the sign-in page', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/signin');
    await expect(page.locator('h1').textContent()).resolves.toBe('登录');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // Its own tab title, not the site's: in a row of tabs (or a screen reader's list) it says sign-in.
    await page.waitForFunction(() => document.title !== '清朗校园 ClearCampus', undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.title()).toBe('登录 · 清朗校园');
  });

  it('every demo account lands on its role home, and signs out again', async () => {
    for (const login of DEMO_LOGINS) {
      await signIn(page, login.username);
      await page.waitForURL((url) => url.pathname === HOME[login.role]);
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('[data-testid=who]').textContent(), login.username).toContain(login.displayName);
      await signOut(page);
      expect(new URL(page.url()).pathname).toBe('/signin');
    }
  });

  it('shows a wrong password in the live region, and protects role pages after sign-out', async () => {
    await page.goto('/signin');
    await page.locator('#username').fill('teacher.demo');
    await page.locator('#password').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    const message = page.locator('[data-testid=signin-message]');
    await message.getByText('用户名或密码错误').waitFor();
    expect(await message.getAttribute('aria-live')).toBe('assertive');

    await page.goto('/teacher');
    await page.waitForURL((url) => url.pathname === '/signin' && url.searchParams.get('next') === '/teacher');
  });

  it('keeps a role out of another role’s pages', async () => {
    await signIn(page, 'student.demo');
    await page.waitForURL((url) => url.pathname === '/student');
    await page.goto('/bureau');
    await page.waitForURL((url) => url.pathname === '/student');
    await page.locator('[data-testid=student-tasks]').waitFor();
    await signOut(page);
  });

  it('switches to English and back, remembering the choice and updating <html lang>', async () => {
    await page.goto('/signin');
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('h1', { hasText: '登录' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('after too many wrong passwords says how long to wait and to ask the teacher (429 with Retry-After)', async () => {
    await page.goto('/signin');
    const message = page.locator('[data-testid=signin-message]');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.locator('#username').fill('judge.demo');
      await page.locator('#password').fill(`wrong-${attempt}`);
      const reply = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: '登录' }).click();
      const response = await reply;
      if (attempt <= 5) expect(response.status()).toBe(401);
      else {
        expect(response.status()).toBe(429);
        expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
      }
    }
    await message.getByText(/密码输错次数太多。请 \d+ (分钟|分 \d+ 秒|秒)后再试，或请老师帮你解锁/).waitFor();
  });
});
