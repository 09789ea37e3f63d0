import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, the promotion (升级) into the next school year: on 20 August 2027 the admin of 清泉中学
 * (seeded in 2026-2027) sees what each class becomes, confirms in the page, and the classes move up.
 */
const NOW = Date.parse('2027-08-20T10:00:00+08:00');
const PHONE = { width: 360, height: 740 };

let server: TestServer;
let run: RunningBrowser;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer({ now: () => NOW }), launchBrowser()]);
  page = await (await newContext(run.browser, server.url)).newPage();
  await signIn(page, 'school.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** What a phone's screen shows too wide: the page scrolling sideways, or a table outside a box of its own that scrolls. */
function sidewaysProblems(phone: Page): Promise<string[]> {
  return phone.evaluate(() => {
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width || document.body.scrollWidth > width)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const table of document.querySelectorAll('[data-testid=school-promotion] table')) {
      const box = table.parentElement;
      if (!box || !scrolls(box)) problems.push('the promotion table has no scrolling box');
      else if (box.scrollWidth > box.clientWidth && box.getAttribute('tabindex') !== '0') problems.push('the promotion table’s box is not focusable');
    }
    return problems;
  });
}

describe('a school’s promotion into the next school year', () => {
  it('previews each class’s next name, with no serious accessibility issue and nothing too wide on a phone', async () => {
    await page.goto('/school');
    const card = page.getByTestId('school-promotion');
    await card.getByRole('heading', { name: '学年升级' }).waitFor();
    const table = card.getByRole('table', { name: '2026-2027 学年各班及升级后的班级' });
    await table.getByRole('row', { name: /七年级\(1\)班.*八年级\(1\)班/ }).waitFor();
    await table.getByRole('row', { name: /八年级\(2\)班.*九年级\(2\)班/ }).waitFor();
    expect(await card.getByRole('button', { name: '确认升级到 2027-2028' }).isEnabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const context = await newContext(run.browser, server.url, { viewport: PHONE });
    try {
      const phone = await context.newPage();
      await signIn(phone, 'school.demo');
      await phone.goto('/school');
      await phone.getByTestId('promotion-table').waitFor();
      expect(await sidewaysProblems(phone)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks again in the page, promotes, shows the outcome, and the classes have their new names', async () => {
    const card = page.getByTestId('school-promotion');
    await card.getByRole('button', { name: '确认升级到 2027-2028' }).click();
    const confirm = card.getByTestId('promotion-confirm');
    await confirm.getByText('确定将 2 个班级升入 2027-2028 学年、0 个班级毕业吗？此操作不能撤销。').waitFor();
    // Cancelling changes nothing; asked again, it goes ahead.
    await confirm.getByRole('button', { name: '取消' }).click();
    await card.getByRole('button', { name: '确认升级到 2027-2028' }).click();
    await confirm.getByRole('button', { name: '确定升级' }).click();

    await card.getByTestId('promotion-status').filter({ hasText: '已升级到 2027-2028 学年。' }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await card.getByRole('row', { name: /七年级\(1\)班.*八年级\(1\)班.*已升级/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The page's class list follows at once, and after a reload.
    await page.getByTestId('classes-table').getByRole('rowheader', { name: '八年级(1)班' }).waitFor();

    await page.reload();
    const classes = page.getByTestId('classes-table');
    await classes.getByRole('rowheader', { name: '八年级(1)班' }).waitFor();
    expect(await classes.getByRole('rowheader', { name: '七年级(1)班' }).count()).toBe(0);
    await page.getByTestId('promotion-status').filter({ hasText: '已升级到 2027-2028 学年。' }).waitFor();
  });
});
