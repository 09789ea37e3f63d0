import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '马', '周', '黄', '赵'];
const GIVEN = ['子涵', '欣怡', '浩然'];

/** 30 students as Excel on a Chinese Windows PC saves them: GBK, CRLF, header 姓名,学号. */
function gbkRoster(): { buffer: Buffer; names: string[] } {
  const names = SURNAMES.flatMap((surname) => GIVEN.map((given) => surname + given));
  const lines = ['姓名,学号', ...names.map((name, i) => `${name},${2025101 + i}`)];
  return { buffer: iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'), names };
}

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

describe('a teacher imports a GBK roster and prints the slips', () => {
  let slipName = '';
  let slipUsername = '';
  let slipPassword = '';

  it('previews 30 valid rows, commits them and prints 30 slips, 10 to an A4 page', async () => {
    const { buffer, names } = gbkRoster();
    expect(names).toHaveLength(30);
    expect(buffer.includes(Buffer.from('姓名', 'utf8'))).toBe(false); // really GBK, not UTF-8

    await signIn(page, 'teacher.demo');
    await page.waitForURL((url) => url.pathname === '/teacher');
    await page.locator('[data-testid=my-classes]').getByRole('link', { name: '七年级(1)班' }).click();
    await page.waitForURL((url) => url.pathname === '/teacher/classes/cls_demo_qq_7_1');
    await page.locator('[data-testid=roster-table]').waitFor();

    await page.locator('#roster-file').setInputFiles({ name: '七年级1班名单.csv', mimeType: 'text/csv', buffer });
    const previewReply = page.waitForResponse((r) => r.url().endsWith('/roster-imports') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '上传并预览' }).click();
    expect((await previewReply).status()).toBe(201);

    await page.locator('[data-testid=preview-table]').waitFor();
    expect(await page.locator('[data-testid=valid-count]').textContent()).toBe('30');
    expect(await page.locator('[data-testid=error-count]').textContent()).toBe('0');
    expect(await page.locator('[data-testid=preview-table] tbody tr').count()).toBe(30);
    expect(await page.locator('[data-testid=preview-table] tr.row-error').count()).toBe(0);
    // The Chinese names survived the GBK round trip.
    await page.locator('[data-testid=preview-table]').getByRole('rowheader', { name: names[0]! }).waitFor();
    await page.locator('[data-testid=preview-table]').getByRole('rowheader', { name: names[29]! }).waitFor();

    const commit = page.locator('[data-testid=commit-button]');
    expect(await commit.textContent()).toContain('30');
    await commit.click();
    await page.locator('[data-testid=import-done]').waitFor();
    expect(await page.locator('[data-testid=import-done]').textContent()).toContain('30');
    // The roster now lists them: 9 seeded + 30 imported.
    await page.locator('[data-testid=roster-count]', { hasText: '39' }).waitFor();

    await page.locator('[data-testid=slips-link]').click();
    await page.waitForURL((url) => /\/teacher\/classes\/cls_demo_qq_7_1\/imports\/[^/]+\/slips$/.test(url.pathname));
    await page.locator('[data-testid=slip]').first().waitFor();
    expect(await page.locator('[data-testid=slip]').count()).toBe(30);
    const firstSlip = page.locator('[data-testid=slip]').first();
    expect(await firstSlip.textContent()).toContain('西吉县清泉中学');
    expect(await firstSlip.locator('[data-testid=slip-url]').textContent()).toBe(server.url);

    // In print: no header or button, 3 sheets of 2 × 5 slips, and Chromium lays them out on 3 A4 pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=print-button]').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const perSheet = await page.locator('.slip-page').evaluateAll((sheets) => sheets.map((s) => s.querySelectorAll('.slip').length));
    expect(perSheet).toEqual([10, 10, 10]);
    const columns = await page
      .locator('.slip-page')
      .first()
      .evaluate((sheet) => getComputedStyle(sheet).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(3);
    await page.emulateMedia({ media: 'screen' });

    slipName = (await firstSlip.locator('[data-testid=slip-name]').textContent())!.trim();
    slipUsername = (await firstSlip.locator('[data-testid=slip-username]').textContent())!.trim();
    slipPassword = (await firstSlip.locator('[data-testid=slip-password]').textContent())!.trim();
    expect(names).toContain(slipName);
    expect(slipUsername).toMatch(/^640422\d+$/);
    expect(slipPassword.length).toBeGreaterThanOrEqual(6);
  });

  it('the student signs in with the printed password and sees the student home', async () => {
    expect(slipPassword).not.toBe('');
    await signOut(page);
    await signIn(page, slipUsername, slipPassword);
    await page.waitForURL((url) => url.pathname === '/student');
    await page.locator('main h1', { hasText: slipName }).waitFor();
    expect(await page.locator('[data-testid=who]').textContent()).toContain(slipName);
    expect(await page.locator('[data-testid=student-class]').textContent()).toContain('七年级');
    await page.locator('[data-testid=student-tasks]').waitFor();
  });

  it('the teacher resets a student’s password; the new one is shown once and works', async () => {
    await signOut(page);
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    const row = page.locator('[data-testid=roster-table] tr', { has: page.getByRole('rowheader', { name: '马晓燕' }) });
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /重置密码/ }).click();
    const shown = page.locator('[data-testid=one-time-password]');
    await shown.waitFor();
    const username = (await shown.locator('[data-testid=otp-username]').textContent())!.trim();
    const password = (await shown.locator('[data-testid=otp-password]').textContent())!.trim();
    expect(username).toBe('demo.qq71.1');
    await shown.getByRole('button', { name: '我已记下，关闭' }).click();
    expect(await shown.count()).toBe(0);

    await signOut(page);
    await signIn(page, username, password);
    await page.waitForURL((url) => url.pathname === '/student');
    await page.locator('main h1', { hasText: '马晓燕' }).waitFor();
  });
});
