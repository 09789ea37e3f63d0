import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PHONE = { width: 360, height: 740 };
const CONTEST = 'cnt_demo_xiji_essay';
const COMPETITION = 'quiz_demo_xiji_competition';

/** Each demo role and the pages it works in. */
const ROLE_PAGES: { username: string; paths: string[] }[] = [
  {
    username: 'student.demo',
    paths: ['/student', '/student/modules/mod_drug-law-junior', `/student/quizzes/${COMPETITION}`, `/student/contests/${CONTEST}`, '/account/password'],
  },
  {
    username: 'teacher.demo',
    paths: [
      '/teacher',
      '/teacher/classes/cls_demo_qq_7_1',
      '/teacher/classes/cls_demo_qq_7_1/teach/mod_drug-law-junior',
      '/teacher/activities',
      '/teacher/coverage',
      `/teacher/contests/${CONTEST}`,
      '/account/password',
    ],
  },
  { username: 'school.demo', paths: ['/school', '/school/classes/cls_demo_qq_7_1', '/school/activities', '/school/coverage', `/school/contests/${CONTEST}`] },
  {
    username: 'county.demo',
    paths: [
      '/bureau',
      '/bureau/units/sch_demo_xiji_qingquan',
      '/bureau/campaigns',
      '/bureau/competitions',
      `/bureau/competitions/${COMPETITION}`,
      '/bureau/contests',
      `/bureau/contests/${CONTEST}`,
      '/bureau/coverage',
      '/bureau/requirements',
      '/bureau/report?campaign=cmp_demo_xiji',
    ],
  },
  { username: 'region.demo', paths: ['/bureau', '/bureau/units/640400'] },
  { username: 'editor.demo', paths: ['/editor', '/editor/modules/mod_drug-law-junior', '/editor/questions', '/editor/quizzes'] },
  { username: 'judge.demo', paths: ['/judge'] },
];

const PUBLIC_PAGES = ['/signin', '/verify', '/api-reference'];

let server: TestServer;
let run: RunningBrowser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function phonePage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(run.browser, server.url, { viewport: PHONE });
  return { context, page: await context.newPage() };
}

/** Opens a page and waits until its heading is there and its data has arrived. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role=status].muted'), undefined, { timeout: 10_000 }).catch(() => undefined);
}

interface Layout {
  htmlWidth: number;
  bodyWidth: number;
  /** Elements that reach past the right edge of the screen without a scrolling box around them. */
  outside: string[];
  /** Tables that are not inside their own horizontally scrolling box, or whose scrolling box a keyboard cannot reach. */
  badTables: string[];
  /** Whether the header's links and buttons all share one row (each one's top is above every other one's bottom). */
  headerOneRow: boolean;
  title: string;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const testid = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id}${cls}${testid ? `[data-testid=${testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    };
    const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (scrollsSideways(up) || getComputedStyle(up).overflowX === 'hidden') return true;
      return false;
    };
    const width = document.documentElement.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .map(describe)
      .slice(0, 8);
    const accessibleName = (el: Element) =>
      el.getAttribute('aria-label')?.trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
    const badTables = [...document.querySelectorAll('main table')].flatMap((table) => {
      let box: Element | null = table.parentElement;
      while (box && box.tagName !== 'MAIN' && !scrollsSideways(box)) box = box.parentElement;
      if (!box || box.tagName === 'MAIN') return [`${describe(table)}: no scrolling box`];
      if (box.scrollWidth <= box.clientWidth) return [];
      const problems = [];
      if (box.getAttribute('tabindex') !== '0') problems.push('not focusable');
      if (!accessibleName(box)) problems.push('no accessible name');
      return problems.length ? [`${describe(table)}: ${problems.join(', ')}`] : [];
    });
    const headerItems = [...document.querySelectorAll('.site-header .inner > a, .site-header .header-tools > button, .site-header .header-tools > a')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.getBoundingClientRect());
    return {
      htmlWidth: document.documentElement.scrollWidth,
      bodyWidth: document.body.scrollWidth,
      outside,
      badTables,
      headerOneRow: Math.max(...headerItems.map((r) => r.top)) < Math.min(...headerItems.map((r) => r.bottom)),
      title: document.title,
    };
  });
}

describe('on a 360×740 phone', () => {
  it.each(ROLE_PAGES)('$username’s pages never scroll sideways, keep tables in their own box, and have their own titles', async ({ username, paths }) => {
    const { context, page } = await phonePage();
    try {
      await signIn(page, username);
      const titles = new Map<string, string>();
      const problems: string[] = [];
      for (const path of paths) {
        await visit(page, path);
        const layout = await measure(page);
        if (layout.htmlWidth > PHONE.width || layout.bodyWidth > PHONE.width)
          problems.push(`${path}: page is ${layout.htmlWidth}px (body ${layout.bodyWidth}px) wide: ${layout.outside.join(' | ')}`);
        if (layout.badTables.length) problems.push(`${path}: ${layout.badTables.join(' | ')}`);
        if (!layout.headerOneRow) problems.push(`${path}: the header takes more than one row`);
        titles.set(path, layout.title);
      }
      expect(problems).toEqual([]);
      for (const [path, title] of titles) expect(title, path).toMatch(/^.+ · 清朗校园$/);
      expect(new Set(titles.values()).size, JSON.stringify([...titles], null, 1)).toBe(titles.size);
    } finally {
      await context.close();
    }
  });

  it('public pages never scroll sideways and have their own titles', async () => {
    const { context, page } = await phonePage();
    try {
      const titles = new Set<string>();
      for (const path of PUBLIC_PAGES) {
        await visit(page, path);
        const layout = await measure(page);
        expect(Math.max(layout.htmlWidth, layout.bodyWidth), `${path}: ${layout.outside.join(' | ')}`).toBeLessThanOrEqual(PHONE.width);
        expect(layout.badTables, path).toEqual([]);
        titles.add(layout.title);
      }
      expect(titles.size).toBe(PUBLIC_PAGES.length);
    } finally {
      await context.close();
    }
  });

  it('the account menu in the one-row header opens, changes the password page and signs out', async () => {
    const { context, page } = await phonePage();
    try {
      await signIn(page, 'teacher.demo');
      await page.locator('main h1').waitFor();
      const signOutButton = page.locator('.site-header').getByRole('button', { name: '退出登录' });
      expect(await signOutButton.isVisible()).toBe(false);
      const menu = page.locator('.site-header').getByRole('button', { name: /账户菜单/ });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.locator('.site-header').getByRole('link', { name: '修改密码' }).click();
      await page.waitForURL((url) => url.pathname === '/account/password');
      // Leaving the page closes the menu.
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      await signOutButton.click();
      await page.waitForURL((url) => url.pathname === '/signin');
    } finally {
      await context.close();
    }
  });

  it('titles follow the language, and after a link is followed the focus is on the new page’s heading, not on first load', async () => {
    const { context, page } = await phonePage();
    try {
      await signIn(page, 'teacher.demo');
      await visit(page, '/teacher');
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.id === 'main')).toBe(true);
      const homeTitle = await page.title();

      await page.locator('main a[href="/teacher/classes/cls_demo_qq_7_1"]').click();
      await page.waitForURL((url) => url.pathname === '/teacher/classes/cls_demo_qq_7_1');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('七年级(1)班');
      expect(await page.title()).toBe('七年级(1)班 · 清朗校园');
      expect(await page.title()).not.toBe(homeTitle);

      await page.locator('[data-testid=lang-toggle]').click();
      await page.waitForFunction(() => document.title === 'Grade 7 Class 1 · ClearCampus');

      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/teacher');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.closest('main') !== null);
      expect(await page.title()).toMatch(/ · ClearCampus$/);
      await page.locator('[data-testid=lang-toggle]').click();
    } finally {
      await context.close();
    }
  });
});
