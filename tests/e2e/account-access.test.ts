import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A classmate guesses at 小明's password in the computer room; 小明 is told to ask the teacher, who
 * unlocks sign-in from the class roster; 小明 gets in with the password he knows. Then he ends his
 * sessions everywhere, and the other device's session is gone too.
 */
let server: TestServer;
let run: RunningBrowser;
let browser: Browser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  browser = run.browser;
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function tryPassword(page: Page, password: string): Promise<number> {
  await page.locator('#username').fill('student.demo');
  await page.locator('#password').fill(password);
  const reply = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  return (await reply).status();
}

describe('a student delayed by a classmate’s guessing', () => {
  it('is told to ask the teacher, the teacher unlocks, the student signs in', async () => {
    const student = await (await newContext(browser, server.url)).newPage();
    await student.goto('/signin');
    for (let i = 1; i <= 5; i++) expect(await tryPassword(student, `guess-${i}`)).toBe(401);
    expect(await tryPassword(student, DEMO_PASSWORD)).toBe(429);
    await student
      .locator('[data-testid=signin-message]')
      .getByText(/请老师帮你解锁/)
      .waitFor();

    const teacher = await (await newContext(browser, server.url)).newPage();
    await signIn(teacher, 'teacher.demo');
    await teacher.goto('/teacher/classes/cls_demo_qq_7_1');
    const row = teacher.locator('[data-testid=roster-table] tr', { hasText: 'student.demo' });
    await row.getByRole('button', { name: /解锁登录/ }).click();
    await teacher.getByText('已解锁 ✓').waitFor();
    expect(await seriousAxeViolations(teacher)).toEqual([]);

    expect(await tryPassword(student, DEMO_PASSWORD)).toBe(200);
    await student.waitForURL((url) => url.pathname === '/student');
  });

  it('signs out on every device from the password page', async () => {
    const phone = await (await newContext(browser, server.url)).newPage();
    await signIn(phone, 'student.demo');
    await phone.waitForURL((url) => url.pathname === '/student');
    const laptop = await (await newContext(browser, server.url)).newPage();
    await signIn(laptop, 'student.demo');
    await laptop.waitForURL((url) => url.pathname === '/student');
    await laptop.goto('/account/password');
    await laptop.getByRole('button', { name: '在所有设备上退出' }).click();
    await laptop.waitForURL((url) => url.pathname === '/signin');
    expect((await phone.request.get('/api/me')).status()).toBe(401);
  });
});
