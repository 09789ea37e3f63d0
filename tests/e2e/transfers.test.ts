import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 16, a transfer (转学) between two schools of different counties, in two browsers: 清泉中学's
 * admin asks for 苏欣怡 to go to 星光小学 with its school code; 星光小学's admin accepts her into a class;
 * both see the outcome, and she is on the new class's list.
 */
let server: TestServer;
let run: RunningBrowser;
let sending: Page;
let receiving: Page;
const STUDENT = { username: 'demo.qq71.6', name: '苏欣怡' };
const TO_SCHOOL_CODE = 'sch_demo_xq_xingguang';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  [sending, receiving] = await Promise.all([
    newContext(run.browser, server.url).then((context) => context.newPage()),
    newContext(run.browser, server.url).then((context) => context.newPage()),
  ]);
  await signIn(sending, 'school.demo');
  await signIn(receiving, 'school2.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('a transfer to another county’s school', () => {
  it('the sending school asks with the receiving school’s code', async () => {
    await sending.goto('/school/classes/cls_demo_qq_7_1');
    const row = sending.locator('[data-testid=rights-table] tr', { hasText: STUDENT.username });
    await row.locator('summary', { hasText: '转到其他学校' }).click();
    const form = row.getByTestId('transfer-student-form');
    await form.getByRole('button', { name: '申请转学' }).click();
    await form.getByText('请填写接收学校的学校代码。').waitFor();
    await form.getByLabel('接收学校代码').fill(TO_SCHOOL_CODE);
    await form.getByRole('button', { name: '申请转学' }).click();
    await row.getByTestId('transfer-asked').filter({ hasText: '星光小学' }).waitFor();
  });

  it('the receiving school, which shows its code, accepts her into a class; both see it, and she is on the class list', async () => {
    await receiving.goto('/school');
    const transfers = receiving.getByTestId('school-transfers');
    expect(await transfers.getByTestId('school-code').textContent()).toBe(TO_SCHOOL_CODE);
    const request = transfers.getByTestId('transfers-incoming').locator('li', { hasText: STUDENT.name });
    await request.waitFor();
    expect(await seriousAxeViolations(receiving)).toEqual([]);
    await request.getByRole('button', { name: '接收' }).click();
    await request.getByText('请选择编入的班级。').waitFor();
    await request.getByLabel('编入班级').selectOption({ label: '五年级(2)班' });
    await request.getByRole('button', { name: '接收' }).click();
    await request.getByTestId('transfer-status').filter({ hasText: '已接收，编入 五年级(2)班' }).waitFor();

    await sending.goto('/school');
    await sending.getByTestId('transfers-outgoing').locator('li', { hasText: STUDENT.name }).getByText('对方已接收').waitFor();

    await receiving.goto('/school/classes/cls_demo_xg_5_2');
    await receiving.locator('[data-testid=rights-table] tr', { hasText: STUDENT.username }).waitFor();
  });

  it('the sending school withdraws a request before an answer, and the receiving school sees it withdrawn', async () => {
    const other = { username: 'demo.qq71.7', name: '田佳琪' };
    await sending.goto('/school/classes/cls_demo_qq_7_1');
    const row = sending.locator('[data-testid=rights-table] tr', { hasText: other.username });
    await row.locator('summary', { hasText: '转到其他学校' }).click();
    const form = row.getByTestId('transfer-student-form');
    await form.getByLabel('接收学校代码').fill(TO_SCHOOL_CODE);
    await form.getByRole('button', { name: '申请转学' }).click();
    await row.getByTestId('transfer-asked').waitFor();

    await sending.goto('/school');
    const asked = sending.getByTestId('transfers-outgoing').locator('li', { hasText: other.name });
    await asked.getByRole('button', { name: '撤回申请' }).click();
    await asked.getByTestId('transfer-status').filter({ hasText: '已撤回' }).waitFor();
    expect(await asked.getByRole('button', { name: '撤回申请' }).count()).toBe(0);

    await receiving.goto('/school');
    const request = receiving.getByTestId('transfers-incoming').locator('li', { hasText: other.name });
    await request.getByTestId('transfer-status').filter({ hasText: '对方学校已撤回申请' }).waitFor();
    expect(await request.getByRole('button', { name: '接收' }).count()).toBe(0);
  });
});
