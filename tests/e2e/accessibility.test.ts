import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function expectNoSeriousViolations(page: Page, what: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('axe finds no serious or critical violations', () => {
  it('on the sign-in page, also with an error shown and in English', async () => {
    await page.goto('/signin');
    await page.locator('#username').waitFor();
    await expectNoSeriousViolations(page, 'sign-in');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-testid=signin-message] .alert').waitFor();
    await expectNoSeriousViolations(page, 'sign-in with error');
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await expectNoSeriousViolations(page, 'sign-in (en)');
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('h1', { hasText: '登录' }).waitFor();
  });

  it('on the bureau pages', async () => {
    await signIn(page, 'region.demo');
    await page.waitForURL((url) => url.pathname === '/bureau');
    await page.locator('[data-testid=children-table]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=children-table] td.num .muted').length === 0);
    await expectNoSeriousViolations(page, 'bureau (region)');
    await page.goto('/bureau/units/640422');
    await page.locator('#school-name').waitFor();
    await expectNoSeriousViolations(page, 'bureau (county, with the register form)');
    await signOut(page);
  });

  it('on the teacher class page, with a preview that has errors', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    await page.locator('[data-testid=roster-table]').waitFor();
    await expectNoSeriousViolations(page, 'teacher class');

    const csv = iconv.encode('姓名,学号\r\n张伟,3001\r\n,3002\r\n李娜,3001\r\n', 'gbk');
    await page.locator('#roster-file').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.locator('[data-testid=preview-table]').waitFor();
    expect(await page.locator('[data-testid=preview-table] tr.row-error').count()).toBe(2);
    await expectNoSeriousViolations(page, 'teacher class with preview');

    await page.goto('/teacher');
    await page.locator('[data-testid=my-classes]').waitFor();
    await expectNoSeriousViolations(page, 'teacher home');
    await signOut(page);
  });

  it('on the school and student homes', async () => {
    await signIn(page, 'school.demo');
    await page.locator('[data-testid=teachers-table]').waitFor();
    await expectNoSeriousViolations(page, 'school admin');
    await signOut(page);
    await signIn(page, 'student.demo');
    await page.locator('[data-testid=student-tasks]').waitFor();
    await expectNoSeriousViolations(page, 'student');
    await signOut(page);
  });
});
