import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { countChars } from '../../functions/src/domain/contests/length.js';
import { KNOWN_TEXTS } from '../../functions/src/seed/contests/known-texts.js';
import { acceptDialogs, launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CONTEST = 'cnt_demo_xiji_essay';
const CONTEST_TITLE = '西吉县青少年禁毒征文比赛';
const DAY = 24 * 3600_000;
/** Set E2E_SCREENSHOTS to a folder to keep screenshots of the pages this test walks through. */
const SHOTS = process.env.E2E_SCREENSHOTS;

/** The server's clock runs this far ahead of the real one: moved past the window for the judging. */
let offset = 0;
let server: TestServer;
let run: RunningBrowser;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer({ now: () => Date.now() + offset }), launchBrowser()]);
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoSeriousViolations(page: Page, what: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const TITLE = '拒绝第一口，守护青春';
/** The student's own opening; the rest borrows most of a model essay (so the entry gets flagged). */
const OPENING =
  '每个人的青春都只有一次。上学期的禁毒教育课上，老师给我们看了许多真实的图片，也讲了毒品伪装成零食和饮料的样子。那节课以后，我开始认真地想：如果有一天，有人把毒品递到我面前，我能不能坚定地说不？下面是我想写给自己，也写给同学们的一些话。\n\n';
const BORROWED = KNOWN_TEXTS.find((k) => k.id === 'known_zh_first_time')!.text;
const CLOSING = '\n\n写到这里，我想对每一位同学说：远离毒品，就是守护我们自己的未来。';
const ESSAY = OPENING + BORROWED + CLOSING;

const status = (page: Page) => page.locator('[data-testid=save-status]');
const textarea = (page: Page) => page.locator('[data-testid=entry-text-input]');
const dropSaves = (route: Route) => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue());

async function serverDraft(client: ApiClient) {
  const reply = await client.get(`/api/contests/${CONTEST}/entries/me`);
  expect(reply.status).toBe(200);
  return reply.body.entry as { version: number; draft: { title: string; text: string }; submission: unknown; code: string } | null;
}

describe('student.demo writes an essay for the demo contest: autosave, a reload, a conflict, and the submission', () => {
  let context: BrowserContext;
  let page: Page;
  let student: ApiClient;
  let code: string;

  beforeAll(async () => {
    context = await newContext(run.browser, server.url);
    page = await context.newPage();
    acceptDialogs(page);
    await signIn(page, 'student.demo');
    student = await ApiClient.signedIn(server.url, 'student.demo');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('finds the contest on the home page, not started, and opens it', async () => {
    const item = page.locator(`[data-testid=contest-item][data-contest-id="${CONTEST}"]`);
    await item.locator('[data-testid=contest-status]').waitFor();
    expect(await item.locator('[data-testid=contest-status]').getAttribute('data-status')).toBe('not_started');
    expect(await item.textContent()).toContain(CONTEST_TITLE);
    await expectNoSeriousViolations(page, 'student home with contests');
    await item.locator('[data-testid=contest-open]').click();
    await page.waitForURL((url) => url.pathname === `/student/contests/${CONTEST}`);
    await page.locator('[data-testid=entry-editor]').waitFor();
    expect(await page.locator('[data-testid=contest-title]').textContent()).toBe(CONTEST_TITLE);
    expect(await page.locator('[data-testid=contest-theme]').textContent()).toBe('珍爱生命，远离毒品');
    expect(await page.locator('[data-testid=contest-limits]').textContent()).toContain('中文 600–1,500 字');
    expect(await page.locator('[data-testid=entry-submit]').isDisabled()).toBe(true);
    await expectNoSeriousViolations(page, 'empty essay editor');
  });

  it('saves as the student types; a reload with the network failing loses nothing', async () => {
    await page.locator('[data-testid=entry-title]').fill(TITLE);
    await textarea(page).fill(OPENING);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect(await status(page).textContent()).toContain('已保存 ✓');
    expect((await serverDraft(student))?.draft).toMatchObject({ title: TITLE, text: OPENING });
    // The counter counts as the server does, and says what is missing.
    const counter = page.locator('[data-testid=entry-count]');
    expect(Number(await counter.getAttribute('data-length'))).toBe(countChars(OPENING));
    expect(await counter.getAttribute('data-verdict')).toBe('short');
    expect(await counter.textContent()).toContain(`还差 ${600 - countChars(OPENING)}`);

    // Saves now fail: the text waits on this device, and the page says so.
    const half = OPENING + BORROWED.slice(0, 300);
    await context.route('**/api/contests/*/entries/me', dropSaves);
    try {
      await textarea(page).fill(half);
      await textarea(page).pressSequentially('第');
      await page.locator('[data-testid=save-status][data-status=offline]').waitFor();
      expect(await status(page).textContent()).toContain('离线');
      await page.reload();
      await textarea(page).waitFor();
      // Nothing lost: the page has every character, from this device (or from the server, should a
      // save have got through as the page unloaded), and the server never has anything else.
      expect(await textarea(page).inputValue()).toBe(half + '第');
      expect([OPENING, half + '第']).toContain((await serverDraft(student))?.draft.text);
    } finally {
      // Whatever failed above, the later tests get their network back.
      await context.unroute('**/api/contests/*/entries/me', dropSaves);
    }
    // "Retry now", unless the backoff's own retry got there first.
    const retry = page.getByRole('button', { name: '立即重试' });
    if (await retry.isVisible()) await retry.click({ timeout: 2000 }).catch(() => {});
    await expect.poll(async () => (await serverDraft(student))?.draft.text, { timeout: 30_000 }).toBe(half + '第');
    // Saved by this page after the network came back, or nothing left to save (it got through on unload).
    // An idle status line is empty, so "attached" and not "visible": Playwright calls an empty line hidden.
    await page.locator('[data-testid=save-status][data-status=saved], [data-testid=save-status][data-status=idle]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clearcampus.contest.')))).toEqual([]);
  });

  it('a second window editing the same draft gets the choice, never a silent overwrite', async () => {
    const other = await newContext(run.browser, server.url);
    const second = await other.newPage();
    acceptDialogs(second);
    await signIn(second, 'student.demo');
    await second.goto(`/student/contests/${CONTEST}`);
    await textarea(second).waitFor();
    const base = await textarea(second).inputValue();

    // This window saves first …
    const mine = OPENING + BORROWED.slice(0, 400);
    await textarea(page).fill(mine);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid=entry-waiting]'));
    // … the other, still on the older version, is asked.
    const theirs = base + '（另一个窗口补充的一句话）';
    await textarea(second).fill(theirs);
    const conflict = second.locator('[data-testid=entry-conflict]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('这份草稿已在别处修改');
    expect(await second.locator('[data-testid=conflict-theirs]').textContent()).toBe(mine);
    expect(await second.locator('[data-testid=conflict-mine]').textContent()).toBe(theirs);
    expect((await serverDraft(student))?.draft.text).toBe(mine);
    await expectNoSeriousViolations(second, 'conflict choice');
    await shot(second, 'contest-conflict');
    // Keep mine: saved over the current version, knowingly.
    await second.locator('[data-testid=conflict-keep-mine]').click();
    await second.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect((await serverDraft(student))?.draft.text).toBe(theirs);

    // Now this window is behind: it takes theirs.
    await textarea(page).pressSequentially('再');
    await page.locator('[data-testid=entry-conflict]').waitFor();
    expect(await page.locator('[data-testid=conflict-theirs]').textContent()).toBe(theirs);
    await page.locator('[data-testid=conflict-take-theirs]').click();
    await page.locator('[data-testid=entry-conflict]').waitFor({ state: 'detached' });
    expect(await textarea(page).inputValue()).toBe(theirs);
    expect((await serverDraft(student))?.draft.text).toBe(theirs);
    await other.close();
  });

  it('finishes, submits after confirming, and sees the anonymous code; the text is read-only', async () => {
    await textarea(page).fill(ESSAY);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect(await page.locator('[data-testid=entry-count]').getAttribute('data-verdict')).toBe('ok');
    expect(Number(await page.locator('[data-testid=entry-count]').getAttribute('data-length'))).toBe(countChars(ESSAY));
    await shot(page, 'contest-editor');

    await page.locator('[data-testid=entry-submit]').click();
    const dialog = page.locator('[data-testid=entry-confirm]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(TITLE);
    await expectNoSeriousViolations(page, 'submit confirmation');
    await page.locator('[data-testid=entry-confirm-yes]').click();

    await page.locator('[data-testid=entry-submitted]').waitFor();
    code = (await page.locator('[data-testid=entry-code]').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6,12}$/);
    expect(await page.locator('[data-testid=entry-stage]').textContent()).toBe('校级评选');
    expect(await page.locator('[data-testid=entry-text]').textContent()).toBe(ESSAY);
    expect(await textarea(page).count()).toBe(0);
    expect(await page.locator('[data-testid=entry-withdraw]').isVisible()).toBe(true);
    const stored = await serverDraft(student);
    expect(stored?.submission).toMatchObject({ title: TITLE, text: ESSAY, length: countChars(ESSAY) });
    expect(stored?.code).toBe(code);
    await expectNoSeriousViolations(page, 'submitted entry');
    await shot(page, 'contest-submitted');

    // Still submitted after a reload, and on the home page.
    await page.reload();
    await page.locator('[data-testid=entry-submitted]').waitFor();
    await page.goto('/student');
    const item = page.locator(`[data-testid=contest-item][data-contest-id="${CONTEST}"]`);
    await item.locator('[data-testid=contest-status][data-status=submitted]').waitFor();
  });

  it('fits a phone', async () => {
    const phone = await newContext(run.browser, server.url, { viewport: { width: 360, height: 640 } });
    const small = await phone.newPage();
    await signIn(small, 'student.demo');
    await small.goto(`/student/contests/${CONTEST}`);
    await small.locator('[data-testid=entry-submitted]').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await phone.close();
  });

  describe('after the window closes, the entry goes to the county panel, whose judges read it blind', () => {
    let judgeContext: BrowserContext;
    let judgePage: Page;

    beforeAll(async () => {
      offset = 15 * DAY;
      const school = await ApiClient.signedIn(server.url, 'school.demo');
      const schoolId = (await school.get('/api/me')).body.user.orgId as string;
      const stage = await school.get(`/api/contests/${CONTEST}/stages/school/units/${schoolId}`);
      expect(stage.status).toBe(200);
      const ours = (stage.body.entries as { id: string; code: string }[]).find((e) => e.code === code)!;
      expect(ours).toBeTruthy();
      expect((await school.post(`/api/contests/${CONTEST}/stages/school/units/${schoolId}/advance`, { entryIds: [ours.id] })).status).toBe(200);

      const county = await ApiClient.signedIn(server.url, 'county.demo');
      const judges = (await county.get('/api/units/640422/judges')).body.judges as { id: string; name: string }[];
      const panel = ['judge.demo', 'judge2.demo'].map((username) => judges.find((j) => j.id === `u_${username.replace('.', '_')}`)!.id);
      expect((await county.put(`/api/contests/${CONTEST}/stages/county/units/640422/panel`, { judgeIds: panel })).status).toBe(200);

      judgeContext = await newContext(run.browser, server.url);
      judgePage = await judgeContext.newPage();
      await signIn(judgePage, 'judge.demo');
    });

    afterAll(async () => {
      await judgeContext?.close();
    });

    /** The page names no author, class, school or county (the contest's own title aside). */
    async function expectBlind(page: Page) {
      const text = (await page.locator('main').textContent())!.replaceAll(CONTEST_TITLE, '');
      for (const word of ['小明', 'student.demo', '七年级', '清泉', '西吉', '马校长']) expect(text, word).not.toContain(word);
    }

    it('lists the entry to score by code and opens it blind', async () => {
      const task = judgePage.locator(`[data-testid=judge-task][data-code="${code}"]`);
      await task.waitFor();
      expect(await task.getAttribute('data-scored')).toBe('false');
      expect(await judgePage.locator('[data-testid=judge-contest]').textContent()).toContain(CONTEST_TITLE);
      await expectBlind(judgePage);
      await expectNoSeriousViolations(judgePage, 'judge home');

      await task.getByRole('link').click();
      await judgePage.waitForURL((url) => url.pathname === `/judge/${CONTEST}/${code}`);
      await judgePage.locator('[data-testid=judge-entry]').waitFor();
      expect(await judgePage.locator('[data-testid=judge-entry-code]').textContent()).toContain(code);
      expect(await judgePage.locator('[data-testid=judge-entry-title]').textContent()).toBe(TITLE);
      expect(await judgePage.locator('[data-testid=judge-entry-text]').textContent()).toBe(ESSAY);
      expect(await judgePage.locator('[data-testid=judge-entry-length]').textContent()).toContain(String(countChars(ESSAY)));
      await expectBlind(judgePage);
      await expectNoSeriousViolations(judgePage, 'judge entry');
      await shot(judgePage, 'judge-entry');
    });

    it('scores on the rubric: out-of-range points are refused on the page, the total adds up, the score is saved', async () => {
      const criteria = judgePage.locator('[data-testid=judge-criterion]');
      expect(await criteria.count()).toBe(4);
      const points = judgePage.locator('[data-testid=judge-points]');
      await points.nth(0).fill('31');
      await judgePage.locator('[data-testid=judge-save]').click();
      await judgePage.locator('#score-problems').waitFor();
      expect(await judgePage.locator('#score-problems').textContent()).toContain('4 项');
      await expectNoSeriousViolations(judgePage, 'judge entry with errors');

      const given = [26, 24.5, 20, 12];
      for (const [i, value] of given.entries()) await points.nth(i).fill(String(value));
      await judgePage.locator('[data-testid=judge-comment]').first().fill('紧扣主题。');
      expect(await judgePage.locator('[data-testid=judge-total]').textContent()).toContain('82.5 / 100');
      await judgePage.locator('[data-testid=judge-save]').click();
      await judgePage.locator('[data-testid=judge-saved]', { hasText: '评分已保存' }).waitFor();

      await judgePage.reload();
      await judgePage.locator('[data-testid=judge-entry]').waitFor();
      expect(await points.nth(1).inputValue()).toBe('24.5');
      expect(await judgePage.locator('[data-testid=judge-comment]').first().inputValue()).toBe('紧扣主题。');
      await judgePage.goto('/judge');
      await judgePage.locator(`[data-testid=judge-task][data-code="${code}"][data-scored=true]`).waitFor();
    });

    it('opens the similarity flag side by side, the shared passages marked, still blind', async () => {
      await judgePage.goto(`/judge/${CONTEST}/${code}`);
      const flag = judgePage.locator('[data-testid=judge-flag]').first();
      await flag.waitFor();
      expect(await flag.textContent()).toContain('范文：拒绝第一口');
      await flag.locator('[data-testid=judge-flag-link]').click();
      await judgePage.waitForURL((url) => url.pathname.startsWith(`/judge/${CONTEST}/similarity/`));
      const pair = judgePage.locator('[data-testid=similarity-pair]');
      await pair.waitFor();
      expect(await judgePage.locator('[data-testid=similarity-percent]').textContent()).toMatch(/相似度（Jaccard）：\d+%/);
      const texts = judgePage.locator('[data-testid=similarity-text]');
      const shown = [await texts.nth(0).textContent(), await texts.nth(1).textContent()];
      expect(shown).toContain(ESSAY);
      expect(shown).toContain(BORROWED);
      expect(await pair.locator('mark').count()).toBeGreaterThan(0);
      expect(await judgePage.locator('[data-testid=similarity-school]').count()).toBe(0);
      await expectBlind(judgePage);
      await expectNoSeriousViolations(judgePage, 'similarity side by side');
      await shot(judgePage, 'judge-similarity');
      await judgePage.getByRole('link', { name: `返回作品 ${code}` }).click();
      await judgePage.locator('[data-testid=judge-entry]').waitFor();
    });

    it('with both judges’ scores the county awards first prize: certificates for the student and, as supervising teacher, the class teacher', async () => {
      const judge2 = await ApiClient.signedIn(server.url, 'judge2.demo');
      const tasks = (await judge2.get('/api/judging')).body.tasks as { contestId: string; code: string }[];
      expect(tasks.some((task) => task.contestId === CONTEST && task.code === code)).toBe(true);
      const criteria = [
        { id: 'theme', points: 25, comment: '' },
        { id: 'content', points: 23, comment: '' },
        { id: 'language', points: 20, comment: '' },
        { id: 'impact', points: 12, comment: '' },
      ];
      expect((await judge2.put(`/api/judging/${CONTEST}/${code}`, { criteria })).status).toBe(200);
      const county = await ApiClient.signedIn(server.url, 'county.demo');
      const awarded = await county.post(`/api/contests/${CONTEST}/awards`, { counts: { first: 1, second: 0, third: 0, excellence: 0 } });
      expect(awarded.status, JSON.stringify(awarded.body)).toBe(200);

      // The student sees the award on the entry page and prints the certificate.
      const studentContext = await newContext(run.browser, server.url);
      const studentPage = await studentContext.newPage();
      await signIn(studentPage, 'student.demo');
      await studentPage.locator(`[data-testid=contest-item][data-contest-id="${CONTEST}"] [data-testid=contest-status][data-status=awarded]`).waitFor();
      await studentPage.goto(`/student/contests/${CONTEST}`);
      await studentPage.locator('[data-testid=entry-award]').waitFor();
      expect(await studentPage.locator('[data-testid=entry-award]').textContent()).toContain('一等奖');
      expect(await studentPage.locator('[data-testid=entry-withdraw]').count()).toBe(0);
      await studentPage.locator('[data-testid=certificate-link]').first().click();
      await studentPage.waitForURL((url) => url.pathname.startsWith('/student/certificates/'));
      await studentPage.locator('[data-testid=certificate]').waitFor();
      const certificateCode = studentPage.url().split('/').at(-1)!;
      expect(await studentPage.locator('[data-testid=cert-student]').textContent()).toBe('小明（演示）');
      expect(await studentPage.locator('[data-testid=cert-role]').count()).toBe(0);
      expect(await studentPage.locator('[data-testid=cert-body]').textContent()).toBe(`在“${CONTEST_TITLE}”中荣获一等奖，特发此证，以资鼓励。`);
      await expectNoSeriousViolations(studentPage, 'contest certificate');
      await shot(studentPage, 'contest-certificate');
      await studentPage.goto(`/verify/${certificateCode}`);
      await studentPage.locator('[data-testid=verify-valid]').waitFor();
      expect(await studentPage.locator('[data-testid=verify-award]').textContent()).toBe('一等奖');
      expect(await studentPage.locator('[data-testid=verify-quiz]').textContent()).toBe(CONTEST_TITLE);
      expect(await studentPage.locator('[data-testid=verify-role]').textContent()).toBe('参赛者');
      await studentContext.close();

      // The class teacher's certificate, from the teacher's home page.
      const teacherContext = await newContext(run.browser, server.url);
      const teacherPage = await teacherContext.newPage();
      await signIn(teacherPage, 'teacher.demo');
      const link = teacherPage.locator('[data-testid=contest-certificates] a').first();
      await link.waitFor();
      await link.click();
      await teacherPage.waitForURL((url) => url.pathname.startsWith('/teacher/certificates/'));
      await teacherPage.locator('[data-testid=certificate]').waitFor();
      expect(await teacherPage.locator('[data-testid=cert-student]').textContent()).toBe('李老师（演示）');
      expect(await teacherPage.locator('[data-testid=cert-role]').textContent()).toBe('指导教师');
      expect(await teacherPage.locator('[data-testid=cert-body]').textContent()).toContain('荣获一等奖');
      await expectNoSeriousViolations(teacherPage, 'supervising teacher certificate');
      await shot(teacherPage, 'contest-certificate-advisor');
      await teacherContext.close();
    });
  });
});

describe('teacher.demo drafts a lesson for a lesson contest: grade band, video link, in both languages', () => {
  let context: BrowserContext;
  let page: Page;
  let contestId: string;
  const PLAN =
    '教学目标：让学生认识常见毒品及其伪装形式，掌握拒绝毒品的方法。\n\n教学过程：\n一、导入：展示伪装成奶茶、零食的图片，请学生辨认。\n二、新授：讲解毒品的定义和危害，讨论“只试一次”的误区。\n三、练习：分组情景表演，练习坚定地说“不”。\n四、小结：总结远离毒品的几条规矩，布置家庭禁毒小调查。\n\n教学反思：情景表演最能调动学生的积极性，今后可以增加更多贴近生活的情境。';

  beforeAll(async () => {
    const county = await ApiClient.signedIn(server.url, 'county.demo');
    // Open by the server's clock (moved on) and by the browser's (the real one, from Date headers).
    const now = Date.now();
    const created = await county.post('/api/contests', {
      unitId: '640422',
      settings: {
        type: 'lesson',
        title: { zh: '禁毒名师一堂精品课', en: 'Anti-drug model lesson contest' },
        theme: { zh: '上好一堂禁毒课', en: 'One good anti-drug lesson' },
        brief: {
          zh: '提交一份完整的禁毒课教学设计，可附课堂视频链接。',
          en: 'Submit a complete anti-drug lesson plan, with a link to a video of the lesson if you have one.',
        },
        bands: ['junior', 'senior'],
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + offset + 7 * DAY).toISOString(),
        limits: { zhChars: { min: 100, max: 3000 }, enWords: { min: 80, max: 1500 } },
        stages: [
          { level: 'school', quota: 2 },
          { level: 'county', quota: 3 },
        ],
        rubric: [
          { id: 'design', name: { zh: '教学设计', en: 'Design' }, description: { zh: '目标明确，环节完整', en: 'Clear aims, complete steps' }, max: 60 },
          { id: 'delivery', name: { zh: '课堂实施', en: 'Delivery' }, description: { zh: '方法得当，效果良好', en: 'Sound methods, good effect' }, max: 40 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    contestId = created.body.contest.id;
    context = await newContext(run.browser, server.url);
    page = await context.newPage();
    acceptDialogs(page);
    await signIn(page, 'teacher.demo');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('lists lesson contests only on the teacher’s home page', async () => {
    const item = page.locator(`[data-testid=contest-item][data-contest-id="${contestId}"]`);
    await item.locator('[data-testid=contest-status][data-status=not_started]').waitFor();
    expect(await page.locator(`[data-testid=contest-item][data-contest-id="${CONTEST}"]`).count()).toBe(0);
    await expectNoSeriousViolations(page, 'teacher home with contests');
    await item.locator('[data-testid=contest-open]').click();
    await page.waitForURL((url) => url.pathname === `/teacher/contests/${contestId}`);
  });

  it('takes a grade band and an https video link; a bad link keeps the draft on this device until fixed', async () => {
    await page.locator('[data-testid=entry-editor]').waitFor();
    expect(await page.locator('[data-testid=entry-band]').inputValue()).toBe('junior');
    await page.locator('[data-testid=entry-band]').selectOption('senior');
    await page.locator('[data-testid=entry-title]').fill('认清毒品伪装，学会坚定拒绝');
    await page.locator('[data-testid=entry-text-input]').fill(PLAN);
    await page.locator('[data-testid=entry-video]').fill('http://video.example.cn/lesson');
    await page.locator('[data-testid=entry-blocked]').waitFor();
    expect(await page.locator('[data-testid=entry-video]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid=entry-submit]').isDisabled()).toBe(true);
    await expectNoSeriousViolations(page, 'lesson editor with a bad link');

    await page.locator('[data-testid=entry-video]').fill('https://video.example.cn/lesson');
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const { entry } = (await teacher.get(`/api/contests/${contestId}/entries/me`)).body;
    expect(entry.draft).toMatchObject({ band: 'senior', videoUrl: 'https://video.example.cn/lesson', language: 'zh' });
    expect(entry.draft.text).toBe(PLAN);

    // In English: the same page, its own words, still accessible.
    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('#editor-title', { hasText: 'My entry' }).waitFor();
    expect(await page.locator('[data-testid=entry-count]').textContent()).toContain('characters');
    await expectNoSeriousViolations(page, 'lesson editor in English');
    await shot(page, 'lesson-editor-en');
    await page.locator('[data-testid=lang-toggle]').click();

    await page.locator('[data-testid=entry-submit]').click();
    await page.locator('[data-testid=entry-confirm-yes]').click();
    await page.locator('[data-testid=entry-submitted]').waitFor();
    expect(await page.locator('[data-testid=entry-code]').textContent()).toMatch(/^[A-Z0-9]{6,12}$/);
    expect(await page.locator('[data-testid=entry-readonly] a[href="https://video.example.cn/lesson"]').count()).toBe(1);

    // Withdrawn while the window is open: a draft again, editable.
    await page.locator('[data-testid=entry-withdraw]').click();
    await page.locator('[data-testid=entry-editor]').waitFor();
    expect(await page.locator('[data-testid=entry-message]').textContent()).toContain('已撤回');
    expect(await page.locator('[data-testid=entry-text-input]').inputValue()).toBe(PLAN);
  });
});
