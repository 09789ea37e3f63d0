import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, class mode (课堂模式): 李老师 opens a published module for 七年级(1)班 on the classroom's
 * projector, pages with the buttons and the arrow keys, shows a check's answer to the class, marks
 * the module taught (a retry after a lost answer records it once), sees it in the class's lessons
 * with the lesson hours and takes it back; the presenter view also fits a 360 px phone.
 */
const CLASS = 'cls_demo_qq_7_1';
const MODULE = 'mod_drug-law-junior';
const PHONE = { width: 360, height: 740 };

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  await signIn(page, 'teacher.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** Today's date in China, as the date input takes it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const position = (on: Page) => on.getByTestId('slide-position').textContent();

/** What a phone's screen shows too wide: the page scrolling sideways, and what sticks out past its edge outside a box that scrolls. */
function sidewaysProblems(on: Page): Promise<string[]> {
  return on.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollingBox = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('main *'))
      if (el.getBoundingClientRect().right > width + 0.5 && !inScrollingBox(el))
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" sticks out`);
    return problems.slice(0, 8);
  });
}

describe('class mode', () => {
  it('a teacher opens a module of the class’s band in class mode from the class page', async () => {
    await page.goto(`/teacher/classes/${CLASS}`);
    const card = page.getByTestId('class-lessons');
    await card.getByTestId('lessons-none').waitFor();
    expect(await card.getByTestId('lesson-total').textContent()).toBe('本学年共 0 课时');
    await card.getByRole('button', { name: '打开课堂模式' }).click();
    await card.getByText('请先选择模块').waitFor();
    await card.getByLabel('课程模块').selectOption({ label: '禁毒法律知多少' });
    await card.getByRole('button', { name: '打开课堂模式' }).click();
    await page.waitForURL((url) => url.pathname === `/teacher/classes/${CLASS}/teach/${MODULE}`);
    await page.getByRole('heading', { level: 1, name: '禁毒法律知多少' }).waitFor();
  });

  it('pages with the buttons and the arrow keys, and shows a check’s answer to the class', async () => {
    expect(await position(page)).toBe('1 / 7');
    expect(await page.getByTestId('slide-prev').isDisabled()).toBe(true);
    await page.getByRole('button', { name: '下一页' }).click();
    expect(await position(page)).toBe('2 / 7');
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('3 / 7');
    await page.keyboard.press('ArrowLeft');
    expect(await position(page)).toBe('2 / 7');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: '想一想' }).waitFor();
    // The heading of the new page takes the focus, so a screen reader says where the class is.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slide-title');

    const slide = page.getByTestId('slide');
    expect(await slide.getByTestId('check-option').count()).toBe(3);
    expect(await slide.getByTestId('check-answer').count()).toBe(0);
    await slide.getByRole('button', { name: '显示答案' }).click();
    const answer = slide.getByTestId('check-answer');
    await answer.getByText('正确答案：不对，贩卖毒品无论数量多少都是犯罪。').waitFor();
    await answer.getByText('正确。而且向未成年人出售毒品的，还要从重处罚。').waitFor();
    expect(await slide.locator('.is-correct').textContent()).toContain('（正确答案）');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('marks the module taught with 1 lesson hour, once although the first answer was lost', async () => {
    await page.getByTestId('open-mark-taught').click();
    const card = page.getByTestId('mark-taught');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mark-taught-title');
    expect(await card.getByLabel('授课日期').inputValue()).toBe(chinaToday());
    expect(await card.getByLabel('课时数').inputValue()).toBe('1');

    // The first try reaches the server but its answer never comes back; the second, with the same key, finds the lesson.
    const keys: string[] = [];
    let lost = false;
    await page.route('**/api/classes/*/lessons', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (lost) return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await card.getByRole('button', { name: '标记为已授课' }).dblclick();
    await card.getByRole('alert').waitFor();
    await card.getByRole('button', { name: '标记为已授课' }).click();
    const recorded = card.getByTestId('lesson-recorded');
    await recorded.getByText('已记录：七年级(1)班 1 课时。').waitFor();
    await page.unroute('**/api/classes/*/lessons');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(await card.getByRole('button', { name: '标记为已授课' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await recorded.getByRole('link', { name: '返回七年级(1)班' }).click();
    await page.waitForURL((url) => url.pathname === `/teacher/classes/${CLASS}`);
  });

  it('shows the lesson in the class’s lessons with the total, and its teacher takes it back', async () => {
    const card = page.getByTestId('class-lessons');
    const lessons = card.getByTestId('lesson');
    await lessons.first().waitFor();
    expect(await lessons.count()).toBe(1);
    const lesson = lessons.first();
    await lesson.getByText('禁毒法律知多少').waitFor();
    await lesson.getByText('1 课时', { exact: true }).waitFor();
    await lesson.getByText('授课：李老师（演示）').waitFor();
    expect(await card.getByTestId('lesson-total').textContent()).toBe('本学年共 1 课时');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await lesson.getByRole('button', { name: '撤销' }).click();
    const confirm = lesson.getByTestId('lesson-undo-confirm');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lesson-undo-confirm');
    await confirm.getByRole('button', { name: '取消' }).click();
    await lesson.getByRole('button', { name: '撤销' }).click();
    await confirm.getByRole('button', { name: '确定撤销' }).click();
    await lesson.getByTestId('lesson-taken-back').filter({ hasText: '已撤销' }).waitFor();
    expect(await card.getByTestId('lesson-total').textContent()).toBe('本学年共 0 课时');
    expect(await lesson.getByRole('button').count()).toBe(0);

    // Read again: the server counts it no more either.
    await page.reload();
    await card.getByTestId('lesson-taken-back').waitFor();
    expect(await card.getByTestId('lesson-total').textContent()).toBe('本学年共 0 课时');
  });

  it('fits a 360 px phone, page after page, with the card on the last one', async () => {
    const phoneContext = await newContext(run.browser, server.url, { viewport: PHONE });
    try {
      const phone = await phoneContext.newPage();
      await signIn(phone, 'teacher.demo');
      await phone.goto(`/teacher/classes/${CLASS}/teach/${MODULE}`);
      await phone.getByTestId('presenter-title').waitFor();
      for (let n = 1; n <= 7; n++) {
        expect(await position(phone)).toBe(`${n} / 7`);
        const show = phone.getByTestId('show-answer');
        if (await show.count()) await show.click();
        expect(await sidewaysProblems(phone), `page ${n}`).toEqual([]);
        if (n < 7) await phone.getByTestId('slide-next').click();
      }
      expect(await phone.getByTestId('slide-next').isDisabled()).toBe(true);
      await phone.getByTestId('mark-taught-form').waitFor();
      expect(await sidewaysProblems(phone)).toEqual([]);
    } finally {
      await phoneContext.close();
    }
  });
});
