import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../../functions/src/local/config.js';
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

/** Waits until the children table has every enrolled count (they arrive one by one). */
async function countsLoaded(page: Page) {
  await page.locator('[data-testid=children-table]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=children-table] td.num .muted').length === 0);
}

describe('a county bureau sees its own county only', () => {
  it('lists the Xiji demo schools and not the Xingqing one', async () => {
    await signIn(page, 'county.demo');
    await page.waitForURL((url) => url.pathname === '/bureau');
    await countsLoaded(page);
    expect(await page.locator('[data-testid=unit-title]').textContent()).toContain('西吉县');
    const table = page.locator('[data-testid=children-table]');
    await table.getByRole('link', { name: '西吉县清泉中学' }).waitFor();
    await table.getByRole('link', { name: '西吉县红岩小学' }).waitFor();
    expect(await page.getByText('兴庆区星光小学').count()).toBe(0);
    // 清泉中学 has student.demo and 8 classmates.
    const row = table.locator('tr', { has: page.getByRole('link', { name: '西吉县清泉中学' }) });
    expect((await row.locator('td.num').textContent())!.trim()).toBe('9');
  });

  it('shows a forbidden message, not data, for another county', async () => {
    await page.goto('/bureau/units/640104');
    await page.locator('[data-testid=forbidden]').waitFor();
    expect(await page.locator('[data-testid=children-table]').count()).toBe(0);
    expect(await page.getByText('兴庆区星光小学').count()).toBe(0);
  });

  it('registers a school in its county', async () => {
    await page.goto('/bureau');
    await countsLoaded(page);
    await page.locator('#school-name').fill('西吉县新营中学');
    await page.locator('#school-name-en').fill('Xinying Middle School, Xiji');
    await page.locator('#school-stage').selectOption('junior');
    await page.getByRole('button', { name: '登记学校' }).click();
    await page.locator('[data-testid=registered]').waitFor();
    await page.locator('[data-testid=children-table]').getByRole('link', { name: '西吉县新营中学' }).waitFor();
    await page.reload();
    await page.locator('[data-testid=children-table]').getByRole('link', { name: '西吉县新营中学' }).waitFor();
    await signOut(page);
  });
});

describe('the region bureau drills down', () => {
  it('goes region → city → county → school by clicking rows, and a screenshot goes to docs/', async () => {
    await signIn(page, 'region.demo');
    await page.waitForURL((url) => url.pathname === '/bureau');
    await countsLoaded(page);
    expect(await page.locator('[data-testid=unit-enrolled]').textContent()).toBe('14');

    await page.locator('[data-testid=children-table] tr', { hasText: '固原市' }).locator('td').first().click();
    await page.waitForURL((url) => url.pathname === '/bureau/units/640400');
    await countsLoaded(page);
    expect(await page.locator('[data-testid=unit-enrolled]').textContent()).toBe('9');
    await page.mouse.move(0, 0); // no hover highlight in the picture
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshot-bureau.png') });

    await page.locator('[data-testid=children-table]').getByRole('link', { name: '西吉县' }).click();
    await page.waitForURL((url) => url.pathname === '/bureau/units/640422');
    await countsLoaded(page);
    await page.locator('[data-testid=children-table]').getByRole('link', { name: '西吉县清泉中学' }).click();
    await page.waitForURL((url) => url.pathname === '/bureau/units/sch_demo_xiji_qingquan');
    await countsLoaded(page);
    await page.locator('[data-testid=children-table]').getByRole('link', { name: '七年级(1)班' }).waitFor();
    // Breadcrumbs lead back up.
    await page.locator('.breadcrumbs').getByRole('link', { name: '固原市' }).click();
    await page.waitForURL((url) => url.pathname === '/bureau/units/640400');
  });
});
