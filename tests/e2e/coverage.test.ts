import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../../functions/src/domain/accounts/passwords.js';
import type { Unit } from '../../functions/src/domain/org/units.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { createAccount } from '../../functions/src/store/accounts.js';
import { assignTeacher, createUnit, registerSchool } from '../../functions/src/store/org.js';
import { putSnapshot } from '../../functions/src/store/snapshots.js';
import { launchBrowser, newContext, seriousAxeViolations, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The coverage dashboard end to end: a region campaign that students of five counties have worked
 * on, seen by the region bureau (map, drill-down, sorting, laggards, CSV, history), by a school admin
 * and a teacher, and refused to a county bureau outside its area.
 *
 * Figures (enrolled / completed): 西吉县 13 / 3 (清泉中学; 红岩小学 has no students), 兴庆区 7 / 2,
 * 原州区 3 / 1, 利通区 2 / 2, 沙坡头区 5 / 3 — the region 30 / 11 = 36.7 %.
 */
let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let campaignId = '';
let moduleId = '';
const TEACHER_PASSWORD = 'coverage-teacher';

const day = 24 * 3600_000;
const isoDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** A school with one class and its teacher, in a county the demo data leaves empty. */
async function schoolWithClass(county: string, countyPath: string, slug: string, zh: string, en: string): Promise<{ classId: string; teacher: string }> {
  const school: Unit = { id: `sch_cov_${slug}`, kind: 'school', name: { zh, en }, parentId: county, path: `${countyPath}/sch_cov_${slug}`, stage: 'junior' };
  const klass: Unit = {
    id: `cls_cov_${slug}`,
    kind: 'class',
    name: { zh: '八年级(1)班', en: 'Grade 8 Class 1' },
    parentId: school.id,
    path: `${school.path}/cls_cov_${slug}`,
    grade: 8,
  };
  await registerSchool(server.db, school, server.deps.now());
  await createUnit(server.db, klass);
  const teacher = `teacher.cov.${slug}`;
  await createAccount(server.db, {
    id: `u_teacher_cov_${slug}`,
    username: teacher,
    role: 'teacher',
    displayName: `${zh}老师`,
    orgId: school.id,
    orgPath: school.path,
    mustChangePassword: false,
    passwordHash: await hashPassword(TEACHER_PASSWORD),
    createdAt: new Date().toISOString(),
  });
  await assignTeacher(server.db, klass, `u_teacher_cov_${slug}`);
  return { classId: klass.id, teacher };
}

async function importStudents(teacherName: string, password: string | undefined, classId: string, count: number, seed: number): Promise<ApiClient[]> {
  const teacher = await ApiClient.signedIn(server.url, teacherName, password);
  const preview = await teacher.post(`/api/classes/${classId}/roster-imports`, {
    fileName: 'r.csv',
    contentBase64: gbkCsv(rosterRows(count, seed)).toString('base64'),
  });
  expect(preview.status).toBe(201);
  const commit = await teacher.post(`/api/classes/${classId}/roster-imports/${preview.body.import.id}/commit`);
  const credentials = commit.body.slips.credentials as { username: string; password: string }[];
  return Promise.all(credentials.map((c) => ApiClient.signedIn(server.url, c.username, c.password)));
}

/** A student works through the module: all of it (completed) or its first section (started). */
async function study(student: ApiClient, finish: boolean) {
  const steps: [string, string?][] = finish ? [['intro'], ['check-1', 'b'], ['more'], ['check-2', 'a']] : [['intro']];
  for (const [sectionId, optionId] of steps) {
    const reply = await student.put(`/api/me/progress/${moduleId}`, { version: 1, sectionId, ...(optionId ? { optionId } : {}) });
    expect(reply.status).toBe(200);
  }
}

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url, { viewport: { width: 1280, height: 1400 } });
  page = await context.newPage();

  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  moduleId = (await editor.post('/api/modules', { content: moduleContent('覆盖', ['primary', 'junior']), featured: false })).body.module.id;
  expect((await editor.post(`/api/modules/${moduleId}/publish`)).status).toBe(200);
  const region = await ApiClient.signedIn(server.url, 'region.demo');
  const created = await region.post('/api/campaigns', {
    name: '全区“清朗校园”禁毒教育覆盖行动',
    startDate: isoDate(Date.now() - 10 * day),
    endDate: isoDate(Date.now() + 60 * day),
    moduleIds: [moduleId],
  });
  expect(created.status).toBe(201);
  campaignId = created.body.campaign.id;

  // 西吉县 清泉中学 七年级(1)班: 9 seeded + 4 imported; student.demo and two complete, one starts.
  const [a1, a2, a3] = await importStudents('teacher.demo', undefined, 'cls_demo_qq_7_1', 4, 31);
  await study(await ApiClient.signedIn(server.url, 'student.demo'), true);
  await study(a1!, true);
  await study(a2!, true);
  await study(a3!, false);
  // 兴庆区 星光小学: 5 seeded + 2 imported; student2.demo and one more complete.
  const [c1] = await importStudents('teacher2.demo', undefined, 'cls_demo_xg_5_2', 2, 32);
  await study(await ApiClient.signedIn(server.url, 'student2.demo'), true);
  await study(c1!, true);
  // Three more counties, each a school with one class.
  const yuanzhou = await schoolWithClass('640402', '640000/640400/640402', 'yz', '原州区东关中学', 'Dongguan Middle School, Yuanzhou');
  const [y1, y2] = await importStudents(yuanzhou.teacher, TEACHER_PASSWORD, yuanzhou.classId, 3, 33);
  await study(y1!, true);
  await study(y2!, false);
  const litong = await schoolWithClass('640302', '640000/640300/640302', 'lt', '利通区金积中学', 'Jinji Middle School, Litong');
  for (const student of await importStudents(litong.teacher, TEACHER_PASSWORD, litong.classId, 2, 34)) await study(student, true);
  const shapotou = await schoolWithClass('640502', '640000/640500/640502', 'spt', '沙坡头区宣和中学', 'Xuanhe Middle School, Shapotou');
  const [s1, s2, s3] = await importStudents(shapotou.teacher, TEACHER_PASSWORD, shapotou.classId, 5, 35);
  for (const student of [s1!, s2!, s3!]) await study(student, true);

  // The daily job's snapshots of the days before (the dashboard adds today's live figure).
  const past = [
    [7, 0, 0],
    [6, 2, 0],
    [5, 5, 1],
    [4, 8, 3],
    [3, 10, 5],
    [2, 12, 7],
    [1, 14, 9],
  ];
  for (const [ago, started, completed] of past)
    await putSnapshot(server.db, `campaign:${campaignId}`, '640000', {
      date: isoDate(Date.now() - ago! * day),
      enrolled: 30,
      started: started!,
      completed: completed!,
      completionRate: Math.round((completed! / 30) * 1000) / 10,
    });
}, 180_000);

afterAll(async () => {
  await run?.close();
  await server?.close();
});

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

/** Waits until the dashboard shows a unit's figures (and its map, where it has one). */
async function dashboardLoaded(page: Page, unitTitle: string) {
  await page.locator('[data-testid=coverage-title]', { hasText: unitTitle }).waitFor();
  await page.locator('[data-testid=coverage-summary]').waitFor();
  await page.locator('[data-testid=history-chart]').waitFor();
}

describe('the region bureau’s coverage dashboard', () => {
  it('opens from the bureau menu, picks the campaign and shows the region’s totals, map and history', async () => {
    await signIn(page, 'region.demo');
    await page.waitForURL((url) => url.pathname === '/bureau');
    await page.locator('[data-testid=nav-coverage]').click();
    await page.waitForURL((url) => url.pathname === '/bureau/coverage');
    await page.locator('[data-testid=subject-picker]:not([disabled])').waitFor();
    await page.locator('[data-testid=subject-picker]').selectOption(`campaign:${campaignId}`);
    await page.waitForURL((url) => url.searchParams.get('campaign') === campaignId);
    await dashboardLoaded(page, '宁夏');

    expect(await text(page, '[data-testid=figure-enrolled]')).toBe('30');
    expect(await text(page, '[data-testid=figure-completed]')).toBe('11');
    expect(await text(page, '[data-testid=figure-rate]')).toBe('36.7%');
    expect(await text(page, '[data-testid=figure-schools]')).toBe('5');
    expect(await page.locator('[data-testid=coverage-row]').count()).toBe(5);

    // The map: all 22 counties, coloured from the five cities' county rows.
    await page.locator('[data-testid=county-map]').waitFor();
    expect(await page.locator('[data-testid=county-shape]').count()).toBe(22);
    expect(await page.locator('[data-testid=county-map] a[data-code="640422"]').getAttribute('aria-label')).toBe('西吉县：完成率 23.1%（3 / 13 名学生）');
    expect(await page.locator('[data-testid=county-map] a[data-code="640302"]').getAttribute('aria-label')).toContain('100%');
    expect(await page.locator('[data-testid=county-map] a[data-code="640423"]').getAttribute('aria-label')).toBe('隆德县：暂无在册学生');
    await page.locator('[data-testid=county-map] a[data-code="640422"] path').hover();
    expect(await text(page, '[data-testid=map-readout]')).toContain('西吉县');

    // History: the snapshots and today's live point, also as a table.
    expect(await page.locator('[data-testid=history-table] tbody tr').count()).toBe(8);
    expect(await page.locator('[data-testid=history-chart]').textContent()).toContain('今日（实时）');
  });

  it('passes axe and leaves a screenshot of the region with its map in docs/', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector('.active-outline'));
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshot-coverage.png') });
  });

  it('fits a 1366 px screen: the table scrolls in its own box, names sticky; the map names the counties', async () => {
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1366, height: 768 });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      const wrap = page.locator('[data-testid=coverage-table]').locator('xpath=..');
      expect(await wrap.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
      expect(
        await page
          .locator('[data-testid=coverage-row] th')
          .first()
          .evaluate((el) => getComputedStyle(el).position),
      ).toBe('sticky');
      expect(await page.locator('[data-testid=county-label]').allTextContents()).toContain('西吉县');
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });

  it('sorts by any column, kept in the URL', async () => {
    await page.locator('[data-testid=sort-completionRate]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-completionRate');
    expect(await page.locator('th[aria-sort=descending]').count()).toBe(1);
    expect(await text(page, '[data-testid=coverage-row] th a')).toBe('吴忠市');
    await page.locator('[data-testid=sort-completionRate]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'completionRate');
    expect(await page.locator('th[aria-sort=ascending]').count()).toBe(1);
    expect(await text(page, '[data-testid=coverage-row] th')).toContain('石嘴山市');
  });

  it('drills down region → 固原市 → 西吉县, with the breadcrumb and Back', async () => {
    await page.locator('[data-testid=coverage-table]').getByRole('link', { name: '固原市' }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === '640400');
    await dashboardLoaded(page, '固原市');
    expect(await text(page, '[data-testid=figure-enrolled]')).toBe('16');
    await page.locator('[data-testid=county-map]').waitFor();
    expect(await page.locator('[data-testid=county-shape]').count()).toBe(5);

    await page.locator('[data-testid=coverage-table]').getByRole('link', { name: '西吉县' }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === '640422');
    await dashboardLoaded(page, '西吉县');
    expect(await text(page, '[data-testid=figure-rate]')).toBe('23.1%');
    expect(await page.locator('[data-testid=county-map]').count()).toBe(0);
    const schools = await page.locator('[data-testid=coverage-row] th a').allTextContents();
    expect(schools.sort()).toEqual(['西吉县清泉中学', '西吉县红岩小学'].sort());
    expect(await page.locator('nav.breadcrumbs li').allTextContents()).toEqual(['宁夏回族自治区', '固原市', '西吉县']);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('unit') === '640400');
    await dashboardLoaded(page, '固原市');
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('unit') === '640422');
    await dashboardLoaded(page, '西吉县');
  });

  it('lists the laggard schools lowest first, and the list survives a refresh', async () => {
    await page.locator('#laggards-below').fill('50');
    await page.locator('[data-testid=laggards-submit]').click();
    await page.locator('[data-testid=laggards-list]').waitFor();
    await page.waitForURL((url) => url.searchParams.get('below') === '50');
    const items = page.locator('[data-testid=laggard]');
    // 红岩小学 has no students: it cannot lag behind, so only 清泉中学 is listed.
    expect(await items.count()).toBe(1);
    expect(await items.nth(0).getAttribute('data-unit-id')).toBe('sch_demo_xiji_qingquan');
    expect(await items.nth(0).textContent()).toContain('23.1%');
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.reload();
    await dashboardLoaded(page, '西吉县');
    await page.locator('[data-testid=laggards-list]').waitFor();
    expect(await page.locator('[data-testid=laggard]').count()).toBe(1);
  });

  it('downloads the table as CSV for Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=csv-link]').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('西吉县');
    expect(csv).toContain('西吉县清泉中学');
    expect(csv).toContain('西吉县红岩小学');
  });

  it('opens a laggard school', async () => {
    await page.locator('[data-testid=laggard]').first().getByRole('link').click();
    await page.waitForURL((url) => url.searchParams.get('unit') === 'sch_demo_xiji_qingquan');
    await dashboardLoaded(page, '西吉县清泉中学');
    expect(await text(page, '[data-testid=figure-enrolled]')).not.toBe('0');
    await signOut(page);
  });
});

describe('schools see their own coverage', () => {
  it('a school admin sees every class and can open one; a teacher only the classes taught', async () => {
    await signIn(page, 'school.demo');
    await page.waitForURL((url) => url.pathname === '/school');
    await page.locator('[data-testid=coverage-link]').click();
    await page.waitForURL((url) => url.pathname === '/school/coverage' && url.searchParams.has('campaign'));
    await dashboardLoaded(page, '西吉县清泉中学');
    expect(await page.locator('[data-testid=coverage-row]').count()).toBe(2);
    expect(await page.locator('[data-testid=laggards-section]').count()).toBe(0);
    expect(await page.locator('[data-testid=class-page-link]').first().getAttribute('href')).toMatch(/^\/school\/classes\/cls_demo_qq_/);
    await page.locator('[data-testid=coverage-table]').getByRole('link', { name: '七年级(1)班', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === 'cls_demo_qq_7_1');
    await dashboardLoaded(page, '七年级(1)班');
    expect(await text(page, '[data-testid=figure-enrolled]')).toBe('13');
    await signOut(page);

    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/coverage');
    await dashboardLoaded(page, '西吉县清泉中学');
    expect(await page.locator('[data-testid=coverage-row] th a:not(.class-page)').allTextContents()).toEqual(['七年级(1)班']);
    expect(await page.locator('[data-testid=class-page-link]').getAttribute('href')).toBe('/teacher/classes/cls_demo_qq_7_1');
    await signOut(page);
  });
});

describe('a county bureau outside the region’s level', () => {
  it('sees "forbidden" and no figures for the region', async () => {
    await signIn(page, 'county.demo');
    await page.goto('/bureau/coverage?unit=640000&campaign=cmp_demo_xiji');
    await page.locator('[data-testid=forbidden]').waitFor();
    expect(await page.locator('[data-testid=coverage-summary]').count()).toBe(0);
    expect(await page.locator('[data-testid=coverage-table]').count()).toBe(0);
    expect(await page.locator('[data-testid=county-map]').count()).toBe(0);
    // Its own county works.
    await page.getByRole('link', { name: '返回本单位的覆盖情况' }).click();
    await dashboardLoaded(page, '西吉县');
    await signOut(page);
  });
});
