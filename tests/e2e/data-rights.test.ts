import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { unzip } from '../support/unzip.js';

/**
 * A guardian asks the school for their child's data, then for its deletion: the school admin
 * downloads the ZIP from the class page and deletes the student after typing the username.
 */
let server: TestServer;
const DELETE_SUMMARY = '删除学生';
let run: RunningBrowser;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  browser = run.browser;
  page = await (await newContext(browser, server.url)).newPage();
  await signIn(page, 'school.demo');
  await page.waitForURL((url) => url.pathname === '/school');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('a student data request at the school', () => {
  it('exports one student’s data as a ZIP and deletes the student', async () => {
    await page.goto('/school/classes/cls_demo_qq_7_1');
    const row = page.locator('[data-testid=rights-table] tr', { hasText: 'demo.qq71.8' });
    await row.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await row.getByTestId('export-student').click();
    const file = await (await download).path();
    const names = [...unzip(await readFile(file)).keys()];
    expect(names).toEqual(expect.arrayContaining(['data.json', 'progress.csv']));

    await row.locator('summary', { hasText: DELETE_SUMMARY }).click();
    const form = row.getByTestId('delete-student-form');
    await form.locator('select').selectOption('guardian_request');
    await form.locator('input').fill('someone.else');
    await form.getByRole('button', { name: '永久删除' }).click();
    await form.getByText('输入的登录名与这名学生的不一致。').waitFor();
    await form.locator('input').fill('demo.qq71.8');
    await form.getByRole('button', { name: '永久删除' }).click();
    await page.getByTestId('student-deleted').waitFor();
    expect(await page.locator('[data-testid=rights-table] tr', { hasText: 'demo.qq71.8' }).count()).toBe(0);
  });

  it('moves a student to another class of the school: gone from this list, on the other one', async () => {
    await page.goto('/school/classes/cls_demo_qq_7_1');
    const row = page.locator('[data-testid=rights-table] tr', { hasText: 'demo.qq71.7' });
    await row.waitFor();
    await row.locator('summary', { hasText: '调到其他班' }).click();
    const form = row.getByTestId('move-student-form');
    await form.getByRole('button', { name: '调班' }).click();
    await form.getByText('请选择要调入的班级。').waitFor();
    await form.getByLabel('调入班级').selectOption({ label: '八年级(2)班' });
    await form.getByRole('button', { name: '调班' }).click();
    await page.getByTestId('student-moved').filter({ hasText: '八年级(2)班' }).waitFor();
    expect(await page.locator('[data-testid=rights-table] tr', { hasText: 'demo.qq71.7' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto('/school/classes/cls_demo_qq_8_2');
    await page.locator('[data-testid=rights-table] tr', { hasText: 'demo.qq71.7' }).waitFor();
  });
});
