import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FREE_FAILURES_PER_PAIR } from '../../functions/src/domain/accounts/throttle.js';
import { DEMO_PASSWORD } from '../../functions/src/seed/demo.js';
import { launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { loginFrom } from '../support/from-address.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The teacher's class page, beyond the import itself (roster-import.test.ts): same-name warnings in
 * the roster preview, the students who cannot sign in for wrong passwords with their unlock button,
 * and the quiz results table scrolling inside its own box on a phone.
 */
const CLASS = 'cls_demo_qq_7_1';
const QUIZ = 'quiz_demo_xiji_competition';
/** A computer room's address: the wrong passwords come from there, not from the browser's. */
const ROOM = '127.0.0.42';

let server: TestServer;
let run: RunningBrowser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function classPage(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(run.browser, server.url, viewport ? { viewport } : {});
  const page = await context.newPage();
  await signIn(page, 'teacher.demo');
  await page.goto(`/teacher/classes/${CLASS}`);
  await page.locator('[data-testid=roster-table]').waitFor();
  return { context, page };
}

describe('the roster preview', () => {
  it('flags a name already in the class and a name twice in the file, and still imports them', async () => {
    // 马晓燕 is in the seeded class; 王芳 is twice in the file; 赵一鸣 is new and unique.
    const csv = '姓名,学号\r\n马晓燕,2025901\r\n王芳,2025902\r\n王芳,2025903\r\n赵一鸣,2025904\r\n';
    const { context, page } = await classPage();
    try {
      await page.locator('#roster-file').setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByRole('button', { name: '上传并预览' }).click();
      const table = page.locator('[data-testid=preview-table]');
      await table.waitFor();
      expect(await page.locator('[data-testid=valid-count]').textContent()).toBe('4');
      expect(await page.locator('[data-testid=error-count]').textContent()).toBe('0');

      const row = (name: string, nth = 0) =>
        table
          .locator('tbody tr')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .nth(nth);
      expect(await row('马晓燕').locator('[data-testid=row-warnings]').textContent()).toContain('本班已有同名学生');
      expect(await row('马晓燕').textContent()).toContain('请核对');
      // The first 王芳 (line 3) is fine on its own; the second points back to it.
      expect(await row('王芳', 0).locator('[data-testid=row-warnings]').count()).toBe(0);
      expect(await row('王芳', 1).locator('[data-testid=row-warnings]').textContent()).toContain('与第 3 行同名');
      expect(await row('赵一鸣').locator('[data-testid=row-warnings]').count()).toBe(0);
      expect(await table.locator('[data-testid=row-warnings]').count()).toBe(2);
      // Warnings do not block: every row can be imported.
      expect(await page.locator('[data-testid=commit-button]').isEnabled()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('students who cannot sign in', () => {
  it('are listed on the class page with the wait, and the teacher unlocks one', async () => {
    for (let i = 0; i <= FREE_FAILURES_PER_PAIR; i++) await loginFrom(ROOM, server.url, 'student.demo', `wrong-${i}`);
    const { context, page } = await classPage();
    try {
      const locked = page.locator('[data-testid=locked-students]');
      await locked.waitFor();
      expect(await locked.getByRole('heading').textContent()).toBe('1 名学生暂时无法登录');
      const student = locked.locator('[data-testid=locked-student]');
      expect(await student.count()).toBe(1);
      expect(await student.textContent()).toContain('小明（演示）');
      expect(await student.textContent()).toMatch(/还需等待 \d+/);

      // The button names the student for a screen reader that reads it out of its row.
      await student.getByRole('button', { name: /^解锁登录\s*:\s*小明（演示）$/ }).click();
      await page.getByText('已为小明（演示）解锁登录').waitFor({ state: 'attached' });
      await locked.waitFor({ state: 'detached' });

      // The server agrees: the list stays empty after a reload, and the student signs in from the room.
      const holds = page.waitForResponse((r) => r.url().endsWith(`/api/classes/${CLASS}/sign-in-holds`));
      await page.reload();
      expect(await (await holds).json()).toEqual({ students: [] });
      await page.locator('[data-testid=roster-table]').waitFor();
      expect(await locked.count()).toBe(0);
      expect((await loginFrom(ROOM, server.url, 'student.demo', DEMO_PASSWORD)).status).toBe(200);
    } finally {
      await context.close();
    }
  });
});

describe('the quiz results on a 360 px phone', () => {
  it('scroll inside their own box, which a keyboard can reach and a screen reader can name', async () => {
    const { context, page } = await classPage({ width: 360, height: 740 });
    try {
      await page.locator('[data-testid=results-quiz]').selectOption(QUIZ);
      const table = page.locator('[data-testid=results-table]');
      await table.waitFor();
      const box = page.locator('.table-wrap', { has: table });
      await page.waitForFunction(() => document.querySelector('.table-wrap:has([data-testid=results-table])')?.getAttribute('role') === 'region');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await page.getByRole('region', { name: '每名学生的成绩' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
    }
  });
});
