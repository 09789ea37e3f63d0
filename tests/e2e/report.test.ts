import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15 item 5, the semester report: 西吉县's bureau picks its campaign and its requirement, sees
 * on-line and off-line coverage with the laggards in one document, prints it to an A4 PDF in the
 * report's own Chinese font, and downloads the same figures as an Excel workbook.
 */
const XIJI = '640422';
const QINGQUAN = 'sch_demo_xiji_qingquan';
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let server: TestServer;
let run: RunningBrowser;
let page: Page;
let requirementId = '';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  const county = await ApiClient.signedIn(server.url, 'county.demo');
  const month = chinaToday().slice(0, 7);
  const set = await county.post(`/api/units/${XIJI}/requirements`, {
    title: { zh: '本月每校至少一次禁毒活动' },
    from: month,
    to: month,
    minActivities: 1,
    minLessonHours: 0,
  });
  requirementId = set.body.requirement.id;
  const admin = await ApiClient.signedIn(server.url, 'school.demo');
  const recorded = await admin.post(`/api/schools/${QINGQUAN}/activities`, {
    kind: 'talk',
    date: chinaToday(),
    participants: 320,
    hours: 1,
    description: '民警进校园禁毒讲座',
  });
  expect(recorded.status).toBe(201);
  const context = await newContext(run.browser, server.url);
  page = await context.newPage();
  await signIn(page, 'county.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe('semester report', () => {
  it('shows on-line and off-line coverage of the county with the schools not there yet', async () => {
    await page.goto(`/bureau/report?campaign=cmp_demo_xiji&requirement=${requirementId}`);
    const report = page.getByTestId('report');
    await report.waitFor();
    await expect.poll(() => page.getByTestId('report-schools-meeting').textContent()).toBe('1 / 2');
    expect(await page.getByTestId('report-offline-laggards').textContent()).toContain('西吉县红岩小学');
    expect(await report.textContent()).toContain('西吉县“清朗校园”禁毒教育专题学习');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('prints to an A4 PDF with the report’s Chinese font embedded', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    // A4 is 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    expect(text).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC/);
  });

  it('downloads the same figures as an Excel workbook', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^西吉县.*学期报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['概况', '线上覆盖', '线下活动与课时', '未达标学校', '每日完成情况']);
    const offline = workbook.getWorksheet('线下活动与课时')!;
    const qingquan = offline.getSheetValues().find((row) => Array.isArray(row) && row[1] === '西吉县清泉中学') as unknown[];
    expect(qingquan.slice(1, 6)).toEqual(['西吉县清泉中学', '学校', 1, 1, 1]);
    const laggards = workbook.getWorksheet('未达标学校')!.getSheetValues().flat().map(String);
    expect(laggards).toContain('西吉县红岩小学');
  });
});
