import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
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

describe('a school admin sets up a class and a teacher, who then changes the initial password', () => {
  let oneTimePassword = '';

  it('creates a class and a teacher account, sees the one-time password, assigns the class', async () => {
    await signIn(page, 'school.demo');
    await page.waitForURL((url) => url.pathname === '/school');
    await page.locator('[data-testid=classes-table]').waitFor();

    // A junior school: only grades 7–9 are offered.
    const grades = await page.locator('#class-grade option:not([disabled])').allTextContents();
    expect(grades).toEqual(['七年级', '八年级', '九年级']);
    await page.locator('#class-grade').selectOption('9');
    await page.locator('#class-name').fill('九年级(3)班');
    await page.getByRole('button', { name: '创建班级' }).click();
    await page.locator('[data-testid=classes-table]').getByRole('rowheader', { name: '九年级(3)班' }).waitFor();

    await page.locator('#teacher-name').fill('赵老师');
    await page.locator('#teacher-username').fill('teacher.zhao');
    await page.getByRole('button', { name: '创建教师账号' }).click();
    const shown = page.locator('[data-testid=one-time-password]');
    await shown.waitFor();
    expect(await shown.locator('[data-testid=otp-username]').textContent()).toBe('teacher.zhao');
    oneTimePassword = (await shown.locator('[data-testid=otp-password]').textContent())!.trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(6);

    await page.locator('#assign-teacher').selectOption({ label: '赵老师 (teacher.zhao)' });
    await page.locator('#assign-class').selectOption({ label: '九年级(3)班' });
    await page.getByRole('button', { name: '分配', exact: true }).click();
    await page.getByText('已将 赵老师 分配到 九年级(3)班。').waitFor();

    // The same username again is a conflict, explained.
    await page.locator('#teacher-name').fill('赵老师');
    await page.locator('#teacher-username').fill('teacher.zhao');
    await page.getByRole('button', { name: '创建教师账号' }).click();
    await page.getByRole('alert').filter({ hasText: '冲突' }).waitFor();
    await signOut(page);
  });

  it('the new teacher must change the password, then sees the class', async () => {
    await signIn(page, 'teacher.zhao', oneTimePassword);
    await page.waitForURL((url) => url.pathname === '/account/password');
    // Other pages stay closed until the password is changed.
    await page.goto('/teacher');
    await page.waitForURL((url) => url.pathname === '/account/password');

    await page.locator('#current').fill(oneTimePassword);
    await page.locator('#new').fill('short');
    await page.locator('#confirm').fill('short');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.locator('#new-error').waitFor();

    await page.locator('#new').fill('zhao-laoshi-2025');
    await page.locator('#confirm').fill('zhao-laoshi-2025');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForURL((url) => url.pathname === '/teacher');
    await page.locator('[data-testid=my-classes]').getByRole('link', { name: '九年级(3)班' }).waitFor();
    await signOut(page);

    await signIn(page, 'teacher.zhao', 'zhao-laoshi-2025');
    await page.waitForURL((url) => url.pathname === '/teacher');
  });

  it('the school admin takes the teacher off the class on its page, and the class leaves the teacher’s list', async () => {
    await signOut(page);
    await signIn(page, 'school.demo');
    await page.waitForURL((url) => url.pathname === '/school');
    await page
      .locator('[data-testid=classes-table]')
      .getByRole('link', { name: /九年级\(3\)班/ })
      .click();
    const teachers = page.locator('[data-testid=class-teachers]');
    await teachers.getByText('赵老师').waitFor();
    await teachers.locator('[data-testid="take-off-teacher.zhao"]').click();
    await page.locator('[data-testid=teacher-taken-off]').filter({ hasText: '已将 赵老师 移出 九年级(3)班。' }).waitFor();
    await teachers.getByText('本班还没有任课教师。').waitFor();
    await signOut(page);

    await signIn(page, 'teacher.zhao', 'zhao-laoshi-2025');
    await page.waitForURL((url) => url.pathname === '/teacher');
    // 九年级(3)班 was the new teacher's only class.
    await page.getByText('您还没有任课班级。', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: '九年级(3)班' }).count()).toBe(0);
  });
});
