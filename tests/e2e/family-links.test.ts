import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CLASS = 'cls_demo_qq_7_1';
const FAMILIES_MODULE = 'mod_families-talking-about-drugs';
const TITLE_ZH = '家长课堂：和孩子聊聊毒品';
const TITLE_EN = 'For families: talking with your child about drugs';
const PHONE = { width: 360, height: 740 };

let server: TestServer;
let run: RunningBrowser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function familyPhone(): Promise<Page> {
  const context = await newContext(run.browser, server.url, { viewport: PHONE });
  return context.newPage();
}

async function expectNoSeriousViolations(page: Page, what: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The page is as wide as the phone: nothing to scroll sideways. */
async function expectFitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

/** Loads (or reloads) the lesson and waits until its open has been reported; says whether it was counted. */
async function openLesson(page: Page, go: () => Promise<unknown>): Promise<boolean> {
  const reported = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/family\/[^/]+\/opens$/.test(new URL(r.url()).pathname));
  await go();
  const response = await reported;
  expect(response.status()).toBe(200);
  return ((await response.json()) as { counted: boolean }).counted;
}

describe('family links (家长课堂)', () => {
  it('a teacher shares a families lesson; a parent reads it on a phone without an account; the teacher sees one device', async () => {
    const teacherContext = await newContext(run.browser, server.url);
    await teacherContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const teacher = await teacherContext.newPage();
    await signIn(teacher, 'teacher.demo');
    await teacher.goto(`/teacher/classes/${CLASS}`);
    const panel = teacher.locator('[data-testid=family-links]');
    await panel.locator('#family-module').waitFor();

    // Without a lesson chosen, the form says so instead of sending.
    await panel.locator('[data-testid=family-link-create]').click();
    await panel.locator('#family-module-error').waitFor();

    await panel.locator('#family-module').selectOption(FAMILIES_MODULE);
    await panel.locator('[data-testid=family-link-create]').click();
    await panel.locator('[data-testid=family-link-done]').waitFor();
    const row = panel.locator(`[data-testid=family-link][data-module-id="${FAMILIES_MODULE}"]`);
    const url = await row.locator('[data-testid=family-link-url]').inputValue();
    expect(url).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/family/[A-Za-z0-9_-]{22}$`));
    await expect(row.locator('[data-testid=family-link-opens]').getAttribute('data-opens')).resolves.toBe('0');

    // Asking again gives the same link, not a second one.
    await panel.locator('#family-module').selectOption(FAMILIES_MODULE);
    await panel.locator('[data-testid=family-link-create]').click();
    await panel.locator('[data-testid=family-link-done]', { hasText: '已经有链接' }).waitFor();
    expect(await panel.locator('[data-testid=family-link]').count()).toBe(1);

    await row.getByRole('button', { name: '复制链接' }).click();
    await row.locator('.hint').waitFor();
    const copiedText = await row.locator('.hint').textContent();
    // Headless Chromium may refuse the clipboard: then the field is selected and the hint says to copy it by hand.
    if (copiedText?.includes('已复制')) expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(url);
    else expect(copiedText).toContain('手动复制');

    await expectNoSeriousViolations(teacher, 'class page with a family link');

    // A parent's phone: a fresh browser, nobody signed in.
    const family = await familyPhone();
    expect(await openLesson(family, () => family.goto(url))).toBe(true);
    await family.locator('[data-testid=family-title]', { hasText: TITLE_ZH }).waitFor();
    expect(new URL(family.url()).pathname).toBe(new URL(url).pathname);
    expect(await family.locator('#username').count()).toBe(0);
    expect(await family.locator('.site-header [data-testid=who]').count()).toBe(0);
    expect(await family.locator('article.section').count()).toBeGreaterThan(3);
    await expectFitsThePhone(family);
    await expectNoSeriousViolations(family, 'family lesson');

    // A check is answered on the phone, with its feedback; nothing is sent for it.
    const check = family.locator('article.section-check').first();
    const sent: string[] = [];
    family.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(request.url());
    });
    await check.getByLabel('谢谢你告诉我', { exact: false }).check();
    await check.locator('[data-testid=check-submit]').click();
    await check.locator('[data-testid=check-feedback]').waitFor();
    await expectNoSeriousViolations(family, 'family lesson, a check answered');
    expect(sent).toEqual([]);

    // A reload is the same device: not counted again.
    expect(await openLesson(family, () => family.reload())).toBe(false);
    await family.locator('[data-testid=family-title]', { hasText: TITLE_ZH }).waitFor();

    await family.locator('[data-testid=lang-toggle]').click();
    await family.locator('[data-testid=family-title]', { hasText: TITLE_EN }).waitFor();
    await family.getByText('We only count how many devices opened this link').waitFor();
    await expectFitsThePhone(family);
    await expectNoSeriousViolations(family, 'family lesson (en)');

    await teacher.reload();
    await row.locator('[data-testid=family-link-opens][data-opens="1"]', { hasText: '1 台设备打开过' }).waitFor();
    await teacher.locator('[data-testid=lang-toggle]').click();
    await row.locator('[data-testid=family-link-opens]', { hasText: 'Opened on 1 device' }).waitFor();
    expect(await row.locator('[data-testid=family-link-opens]').textContent()).not.toContain('devices');
  });

  it('a link that leads nowhere asks for a new one; without a network the page says so and loads once retried', async () => {
    const family = await familyPhone();
    for (const path of ['/family/AAAAAAAAAAAAAAAAAAAAAA', '/family/not-a-token']) {
      await family.goto(path);
      await family.locator('[data-testid=family-gone]', { hasText: '这个链接已失效，请向老师要新的链接' }).waitFor();
      expect(new URL(family.url()).pathname).toBe(path);
    }
    await expectNoSeriousViolations(family, 'family link gone');

    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const made = (await teacher.post(`/api/classes/${CLASS}/family-links`, { moduleId: FAMILIES_MODULE })).body.link.token as string;

    await family.route('**/api/family/**', (route) => route.abort('internetdisconnected'));
    await family.goto(`/family/${made}`);
    await family.locator('[data-testid=offline-load]').waitFor();
    await family.unroute('**/api/family/**');
    await family.getByRole('button', { name: '重试' }).click();
    await family.locator('[data-testid=family-title]', { hasText: TITLE_ZH }).waitFor();
  });
});
