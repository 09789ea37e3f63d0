import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, requirements (要求) and their coverage, on a 360×740 phone: 西吉县's bureau asks every
 * school for at least one activity this month and sees both its schools behind; 清泉中学 records a
 * class meeting; the county sees it meet the requirement and drills down to it and its records; the
 * school's admin sees the requirement met on the home page; the county withdraws it.
 */
const PHONE = { width: 360, height: 740 };
const QINGQUAN = 'sch_demo_xiji_qingquan';
const HONGYAN = 'sch_demo_xiji_hongyan';
const TITLE = '本月禁毒教育活动';

let server: TestServer;
let run: RunningBrowser;
let countyContext: BrowserContext;
let county: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  countyContext = await newContext(run.browser, server.url, { viewport: PHONE });
  county = await countyContext.newPage();
  await signIn(county, 'county.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** Today's date in China. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** What a phone's screen shows too wide: the page scrolling sideways, and what sticks out past its edge outside a box that scrolls. */
function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollingBox = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width || document.body.scrollWidth > width)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('main *'))
      if (el.getBoundingClientRect().right > width + 0.5 && !inScrollingBox(el))
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" sticks out`);
    return problems.slice(0, 8);
  });
}

describe('requirements', () => {
  it('a county bureau sets a requirement for this month, checked by the form first, on a phone', async () => {
    await county.goto('/bureau');
    await county.getByTestId('nav-requirements').click();
    await county.getByRole('heading', { level: 1, name: '对学校的要求' }).waitFor();
    await county.getByTestId('requirements-none').waitFor();

    const form = county.getByTestId('requirement-form');
    await form.getByLabel('每所学校至少举办的活动次数').fill('0');
    await form.getByRole('button', { name: '提出要求' }).click();
    await form.locator('#f-title-zh-error', { hasText: '必填' }).waitFor();
    await form.locator('#f-minActivities-error', { hasText: '活动次数和课时至少要求一项' }).waitFor();
    expect(await form.getByLabel('标题', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    await form.getByLabel('标题', { exact: true }).fill(TITLE);
    await form.getByLabel('每所学校至少举办的活动次数').fill('1');
    await form.getByRole('button', { name: '提出要求' }).click();
    await county
      .getByTestId('requirement-created')
      .filter({ hasText: `已提出：${TITLE}` })
      .waitFor();

    const item = county.getByTestId('requirement').filter({ hasText: TITLE });
    await item.getByText('每所学校至少举办 1 次活动').waitFor();
    await item.getByText('本单位').waitFor();
    await item.getByText('进行中').waitFor();
    expect(await sidewaysProblems(county)).toEqual([]);
    expect(await seriousAxeViolations(county)).toEqual([]);
  });

  it('the county sees both its schools behind, each lacking one activity', async () => {
    await county.getByTestId('requirement').filter({ hasText: TITLE }).getByTestId('requirement-coverage-link').click();
    await county.getByTestId('requirement-headline').filter({ hasText: '达标学校：0 / 2' }).waitFor();
    const laggards = county.getByTestId('requirement-laggard');
    expect(await laggards.count()).toBe(2);
    for (const id of [QINGQUAN, HONGYAN]) await county.locator(`[data-testid=requirement-laggard][data-unit-id=${id}]`).getByText('还差 1 次活动').waitFor();
    expect(await sidewaysProblems(county)).toEqual([]);
    expect(await seriousAxeViolations(county)).toEqual([]);
  });

  it('once the school records a class meeting, the county sees it meeting the requirement and drills down to it', async () => {
    const school = await ApiClient.signedIn(server.url, 'school.demo');
    const recorded = await school.post(
      `/api/schools/${QINGQUAN}/activities`,
      { kind: 'class_meeting', date: chinaToday(), classIds: [], grades: [], participants: 45, hours: 1, description: '' },
      { 'Idempotency-Key': 'e2e-requirement-activity' },
    );
    expect(recorded.status).toBe(201);

    await county.reload();
    await county.getByTestId('requirement-headline').filter({ hasText: '达标学校：1 / 2' }).waitFor();
    await county.getByTestId('requirement-counted').filter({ hasText: '1' }).waitFor();
    await county.getByTestId('requirement-by-kind').getByText('主题班会').waitFor();
    expect(await county.getByTestId('requirement-laggard').count()).toBe(1);
    await county.locator(`[data-testid=requirement-laggard][data-unit-id=${HONGYAN}]`).waitFor();

    const row = county.locator(`[data-testid=requirement-unit][data-unit-id=${QINGQUAN}]`);
    await row.getByText('1 / 1').waitFor();
    expect(await sidewaysProblems(county)).toEqual([]);
    await row.getByRole('link').click();
    await county.waitForURL((url) => url.searchParams.get('unit') === QINGQUAN);
    await county.getByTestId('requirement-status').getByText('已达标').waitFor();
    await county.getByRole('navigation', { name: '单位层级' }).getByRole('link', { name: '西吉县' }).waitFor();
    expect(await county.getByTestId('requirement-class').count()).toBeGreaterThan(0);
    expect(await sidewaysProblems(county)).toEqual([]);
    expect(await seriousAxeViolations(county)).toEqual([]);

    await county.getByTestId('requirement-activity-records').click();
    await county.waitForURL((url) => url.pathname === `/bureau/units/${QINGQUAN}`);
    await county.getByTestId('activity-list').getByTestId('activity').filter({ hasText: '主题班会' }).waitFor();
  });

  it('the school’s admin sees on the home page what is asked and that the school meets it', async () => {
    const context = await newContext(run.browser, server.url, { viewport: PHONE });
    try {
      const admin = await context.newPage();
      await signIn(admin, 'school.demo');
      const asked = admin.getByTestId('school-requirement').filter({ hasText: TITLE });
      await asked.getByText('提出单位：西吉县').waitFor();
      const status = asked.getByTestId('school-requirement-status');
      await status.getByText('已达标').waitFor();
      await status.getByText('计入的活动：1 / 1 次').waitFor();
      expect(await sidewaysProblems(admin)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the county withdraws it after a second question', async () => {
    await county.goto('/bureau/requirements');
    const item = county.getByTestId('requirement').filter({ hasText: TITLE });
    await item.getByRole('button', { name: /^撤回/ }).click();
    await item.getByTestId('requirement-withdraw-confirm').getByRole('button', { name: '取消' }).click();
    await item.getByRole('button', { name: /^撤回/ }).click();
    await item.getByTestId('requirement-withdraw-confirm').getByRole('button', { name: '确定撤回' }).click();
    await county
      .getByTestId('requirement-withdrawn')
      .filter({ hasText: `已撤回：${TITLE}` })
      .waitFor();
    await county.getByTestId('requirements-none').waitFor();
  });
});
