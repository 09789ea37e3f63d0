import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { KNOWN_TEXTS } from '../../functions/src/seed/contests/known-texts.js';
import { acceptDialogs, launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { gbkCsv, rosterRows } from '../support/roster-csv.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The essay contest end to end, as the acceptance says: the demo student writes an essay
 * with a reload in the middle (nothing lost) and submits; the school sends it on; the county names a
 * panel; a judge scores it blind; the organiser awards it; the certificate verifies. The server's
 * clock moves past the closing time between writing and judging.
 */
const CONTEST = 'cnt_demo_xiji_essay';
const TITLE = '那一杯“奶茶”教会我的事';
/** Set E2E_SCREENSHOTS to a folder to keep screenshots of the pages this test walks through. */
const SHOTS = process.env.E2E_SCREENSHOTS;

// About 900 characters of the student's own words, in two halves (the reload comes between them).
const FIRST_HALF = [
  '上个学期的禁毒教育课上，老师拿出几样东西放在讲台上：一包花花绿绿的“跳跳糖”，一瓶包装精美的“奶茶”，还有一张印着卡通图案的邮票。',
  '她问我们，哪一样是毒品？同学们你看看我，我看看你，谁也说不出答案。老师告诉我们，这些都可能是伪装过的新型毒品。',
  '那一刻，我心里咯噔一下。原来毒品并不总是电视里那种白色的粉末，它会换上零食和饮料的外衣，悄悄地走到我们身边。',
  '回家以后，我把课上学到的知识讲给妈妈听。妈妈一开始还笑我大惊小怪，可当我把老师发的图片给她看时，她也沉默了。',
  '我们一起在网上查资料，了解到有些不法分子专门在娱乐场所、校园周边向青少年推销所谓的“聪明药”“快乐水”。',
  '他们会说“就尝一口，不会上瘾”，会说“大家都在喝，你不喝就是不合群”。这些话听起来那么随意，背后却藏着深深的陷阱。',
  '第一次吸毒往往就是从一句“试试看”开始的，而毒品对大脑的伤害，很多时候是无法挽回的。',
].join('');
const SECOND_HALF = [
  '后来发生的一件事，让我真正明白了这堂课的意义。暑假里，表哥带我去参加他朋友的生日聚会。',
  '聚会上有个不认识的大哥哥递给我一杯颜色很奇怪的饮料，说是从外地带回来的新口味奶茶。',
  '我想起老师说过：不接受陌生人的饮料，离开视线的饮料不要再喝。我礼貌地说了声谢谢，告诉他我只喝白开水。',
  '他又劝了两次，我还是坚持拒绝，并悄悄把这件事告诉了表哥。表哥当即带我离开了聚会，后来还提醒了其他朋友。',
  '回想起来，我很庆幸自己学过那堂课，也很庆幸自己有勇气说“不”。',
  '拒绝毒品，其实并不需要多么高深的道理，需要的是知识，是警惕，更是一份对自己负责、对家人负责的态度。',
  '生命只有一次，健康和未来都握在我们自己手里。我想对身边的每一个同学说：珍爱生命，远离毒品，从拒绝第一口开始。',
  '也希望我们每个人都能成为禁毒知识的宣传员，把学到的东西告诉家人和朋友，让更多的人不再上当受骗。',
  '只要我们携起手来，校园就会更加清朗，我们的青春也会因此更加明亮。',
].join('');

let server: TestServer;
let run: RunningBrowser;
/** The server's clock: the contest closes 14 days after the seed; judging starts after that. */
let clock = Date.now();
let closesAt = 0;
let entryCode = '';

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer({ now: () => clock }), launchBrowser()]);
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
  const county = await ApiClient.signedIn(server.url, 'county.demo');
  closesAt = Date.parse((await county.get(`/api/contests/${CONTEST}`)).body.contest.settings.closesAt);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoAxeViolations(page: Page) {
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** A fresh browser context signed in as `username`, on its home page. */
async function as(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, server.url, { viewport: { width: 1280, height: 1200 } });
  const page = await context.newPage();
  acceptDialogs(page);
  await signIn(page, username);
  return { context, page };
}

describe('an essay from writing to a verified certificate', () => {
  it('student.demo writes with a reload in the middle, loses nothing and submits', async () => {
    const { context, page } = await as(run.browser, 'student.demo');
    await page.goto(`/student/contests/${CONTEST}`);
    await page.locator('[data-testid=entry-editor]').waitFor();
    expect(await page.locator('[data-testid=contest-title]').textContent()).toContain('西吉县青少年禁毒征文比赛');

    await page.locator('[data-testid=entry-title]').fill(TITLE);
    await page.locator('[data-testid=entry-text-input]').fill(FIRST_HALF);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

    // The reload in the middle: the draft comes back as it was.
    await page.reload();
    await page.locator('[data-testid=entry-editor]').waitFor();
    expect(await page.locator('[data-testid=entry-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-testid=entry-text-input]').inputValue()).toBe(FIRST_HALF);

    await page.locator('[data-testid=entry-text-input]').fill(FIRST_HALF + '\n\n' + SECOND_HALF);
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    expect(await page.locator('[data-testid=entry-count]').getAttribute('data-verdict')).toBe('ok');
    await shot(page, 'contest-student-draft');

    await page.locator('[data-testid=entry-submit]').click();
    await page.locator('[data-testid=entry-confirm-yes]').click();
    await page.locator('[data-testid=entry-submitted]').waitFor();
    entryCode = ((await page.locator('[data-testid=entry-code]').textContent()) ?? '').trim();
    expect(entryCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(await page.locator('[data-testid=entry-text]').textContent()).toBe(FIRST_HALF + '\n\n' + SECOND_HALF);
    await context.close();
  });

  it('a classmate submits a copy of a model essay (through the API), which gets flagged', async () => {
    const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
    const preview = await teacher.post('/api/classes/cls_demo_qq_7_1/roster-imports', {
      fileName: 'r.csv',
      contentBase64: gbkCsv(rosterRows(1, 41)).toString('base64'),
    });
    expect(preview.status).toBe(201);
    const commit = await teacher.post(`/api/classes/cls_demo_qq_7_1/roster-imports/${preview.body.import.id}/commit`);
    const [credential] = commit.body.slips.credentials as { username: string; password: string }[];
    const copier = await ApiClient.signedIn(server.url, credential!.username, credential!.password);
    const known = KNOWN_TEXTS[0]!;
    // The model essay with a closing paragraph of the copier's own, to reach the 600 characters.
    const text = `${known.text}\n\n写完这篇文章，我又一次提醒自己：平时要多读禁毒知识，多和父母老师交流，遇到不懂的事情及时请教。只有把知识记在心里，把警惕放在身边，才能在关键时刻守护好自己的健康和未来。`;
    const saved = await copier.put(`/api/contests/${CONTEST}/entries/me`, { version: 0, content: { title: '拒绝第一口', text, language: 'zh' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await copier.post(`/api/contests/${CONTEST}/entries/me/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  });

  it('after the window closes, school.demo reads the school’s entries and sends the essay on', async () => {
    clock = closesAt + 3600_000;
    const { context, page } = await as(run.browser, 'school.demo');
    const link = page.locator(`[data-testid=school-contest-link][data-contest-id="${CONTEST}"]`);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/school/contests/${CONTEST}`);
    const row = page.locator('[data-testid=stage-entry]', { hasText: TITLE });
    await row.waitFor();
    expect(await row.locator('[data-testid=entry-author]').textContent()).toBe('小明（演示）');
    await page.locator('[data-testid=reviewers-form]').waitFor();

    // The text opens below the list, as plain text. (Until the API serves a school's entry texts, the
    // page says the text cannot be opened.)
    await row.locator('[data-testid=read-entry]').click();
    const opened = page.locator('[data-testid=entry-body], [data-testid=entry-text-unavailable]');
    await opened.first().waitFor();
    if (await page.locator('[data-testid=entry-body]').count())
      expect(await page.locator('[data-testid=entry-body]').textContent()).toBe(FIRST_HALF + '\n\n' + SECOND_HALF);
    await expectNoAxeViolations(page);
    await shot(page, 'contest-school');

    // teacher.demo helps as a reviewer.
    await page.locator('[data-testid=reviewer][data-teacher-id=u_teacher_demo]').check();
    await page.locator('[data-testid=reviewers-save]').click();
    await page.locator('[data-testid=reviewers-saved]').waitFor();

    await row.locator('[data-testid=advance-check]').check();
    await page.locator('[data-testid=advance-submit]').click();
    await page.locator('[data-testid=advance-done]').waitFor();
    await row.locator('[data-testid=entry-advanced]').waitFor();
    await context.close();
  });

  it('teacher.demo, named a reviewer, opens the school round too (and no reviewers’ form)', async () => {
    const { context, page } = await as(run.browser, 'teacher.demo');
    await page.goto(`/school/contests/${CONTEST}`);
    const row = page.locator('[data-testid=stage-entry]', { hasText: TITLE });
    await row.waitFor();
    expect(page.url()).toContain(`/school/contests/${CONTEST}`);
    await row.locator('[data-testid=entry-advanced]').waitFor();
    expect(await page.locator('[data-testid=reviewers-form]').count()).toBe(0);
    await context.close();
  });

  it('county.demo names the panel on the organiser’s page', async () => {
    const { context, page } = await as(run.browser, 'county.demo');
    await page.locator('[data-testid=nav-contests]').click();
    await page.locator(`[data-testid=contest-row][data-contest-id="${CONTEST}"] [data-testid=contest-link]`).click();
    await page.waitForURL((url) => url.pathname === `/bureau/contests/${CONTEST}`);
    await page.locator('[data-testid=panel-form] [data-testid=panel-judge]').first().waitFor();

    // A new judge account of the county: its one-time password is shown once, and it can join the panel.
    await page.locator('#judge-name').fill('马评委');
    await page.locator('#judge-username').fill('judge.ma');
    await page.locator('[data-testid=judge-form] button[type=submit]').click();
    await page.locator('[data-testid=one-time-password]').waitFor();
    expect(await page.locator('[data-testid=otp-username]').textContent()).toBe('judge.ma');
    expect(await page.locator('[data-testid=panel-form]').textContent()).toContain('马评委');

    await page.locator('[data-testid=panel-judge][data-judge-id=u_judge_demo]').check();
    await page.locator('[data-testid=panel-judge][data-judge-id=u_judge2_demo]').check();
    await page.locator('[data-testid=panel-save]').click();
    await page.locator('[data-testid=panel-saved]').waitFor();

    const row = page.locator(`[data-testid=stage-entry][data-code="${entryCode}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid=entry-scored]').textContent()).toBe('0 / 2');
    // Two judges owe a score each; the awards wait for them.
    expect(await page.locator('[data-testid=stage-to-judge]').textContent()).toBe('2');
    await page.locator('[data-testid=awards-wait]').waitFor();

    // The copy of the model essay is flagged, and opens side by side.
    const flag = page.locator('[data-testid=flag-row]');
    await flag.waitFor();
    expect(await flag.count()).toBe(1);
    expect(await flag.textContent()).toContain('范文：拒绝第一口');
    await expectNoAxeViolations(page);
    await shot(page, 'contest-organiser-panel');

    await flag.locator('[data-testid=flag-link]').click();
    await page.waitForURL((url) => url.pathname.startsWith(`/bureau/contests/${CONTEST}/similarity/`));
    await page.locator('[data-testid=similarity-pair]').waitFor();
    expect(await page.locator('[data-testid=similarity-percent]').textContent()).toMatch(/\d+%/);
    expect(await page.locator('[data-testid=similarity-text] mark').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await shot(page, 'contest-organiser-similarity');
    await context.close();
  });

  it('judge.demo scores it blind: no name, school or county on the page', async () => {
    const { context, page } = await as(run.browser, 'judge.demo');
    const task = page.locator(`[data-testid=judge-task][data-code="${entryCode}"]`);
    await task.waitFor();
    await task.locator('a').click();
    await page.waitForURL((url) => url.pathname === `/judge/${CONTEST}/${entryCode}`);
    await page.locator('[data-testid=judge-entry-text]').waitFor();
    expect(await page.locator('[data-testid=judge-entry-title]').textContent()).toBe(TITLE);

    // The contest's own title names its county; nothing else may.
    const shown = (await page.locator('main').innerText())
      .replaceAll('西吉县青少年禁毒征文比赛', '')
      .replaceAll('Xiji County Youth Anti-Drug Essay Contest', '');
    for (const secret of ['小明', '清泉中学', 'Qingquan', '西吉县', 'Xiji', '七年级']) expect(shown, secret).not.toContain(secret);

    const points = { theme: '26', content: '25', language: '21', impact: '13' };
    for (const [criterion, value] of Object.entries(points)) await page.locator(`#points-${criterion}`).fill(value);
    await page.locator('[data-testid=judge-save]').click();
    await page.locator('[data-testid=judge-saved]', { hasText: /\S/ }).waitFor();
    await context.close();

    // The second judge scores through the API, close to the first (no third judge needed).
    const judge2 = await ApiClient.signedIn(server.url, 'judge2.demo');
    const tasks = (await judge2.get('/api/judging')).body.tasks as { contestId: string; code: string }[];
    expect(tasks.map((t) => t.code)).toContain(entryCode);
    const scored = await judge2.put(`/api/judging/${CONTEST}/${entryCode}`, {
      criteria: [
        { id: 'theme', points: 27, comment: '紧扣主题' },
        { id: 'content', points: 24, comment: '' },
        { id: 'language', points: 22, comment: '' },
        { id: 'impact', points: 12, comment: '' },
      ],
    });
    expect(scored.status).toBe(200);
  });

  it('county.demo sees the ranking and awards a first prize; the award table offers a CSV', async () => {
    const { context, page } = await as(run.browser, 'county.demo');
    await page.goto(`/bureau/contests/${CONTEST}`);
    const row = page.locator(`[data-testid=stage-entry][data-code="${entryCode}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid=entry-scored]').textContent()).toBe('2 / 2');
    expect(await row.locator('[data-testid=entry-mean]').textContent()).toBe('85');
    expect(await row.locator('[data-testid=entry-rank]').textContent()).toContain('1');

    await page.locator('[data-testid=award-count-first]').fill('1');
    await page.locator('[data-testid=award-count-second]').fill('0');
    await page.locator('[data-testid=award-count-third]').fill('0');
    await page.locator('[data-testid=award-count-excellence]').fill('0');
    await page.locator('[data-testid=awards-submit]').click();
    const award = page.locator(`[data-testid=award-row][data-code="${entryCode}"]`);
    await award.waitFor();
    expect(await award.locator('[data-testid=award-level]').textContent()).toBe('一等奖');
    // The award table comes first; the contest's phase follows with the contest read again after it.
    await expect.poll(() => page.locator('[data-testid=contest-phase]').textContent()).toBe('已评奖');

    const csv = decodeURIComponent((await page.locator('[data-testid=awards-csv]').getAttribute('href'))!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.startsWith('\uFEFF名次 Rank,奖项 Award')).toBe(true);
    expect(csv).toContain(`1,一等奖 First prize,${entryCode},${TITLE},西吉县清泉中学`);
    await expectNoAxeViolations(page);
    await shot(page, 'contest-organiser-awarded');

    // Coverage of the contest: entries submitted (two), sent on (one) and awarded (one), by school.
    await page.goto(`/bureau/coverage?contest=${CONTEST}`);
    await page.locator('[data-testid=coverage-summary]').waitFor();
    expect(await page.locator('[data-testid=subject-picker]').inputValue()).toBe(`contest:${CONTEST}`);
    expect(await page.locator('[data-testid=figure-entriesSubmitted]').textContent()).toBe('2');
    expect(await page.locator('[data-testid=figure-entriesAdvanced]').textContent()).toBe('1');
    expect(await page.locator('[data-testid=figure-entriesAwarded]').textContent()).toBe('1');
    const school = page.locator('[data-testid=coverage-row][data-unit-id=sch_demo_xiji_qingquan]');
    expect(await school.locator('[data-testid=entriesSubmitted]').textContent()).toBe('2');
    expect(await school.locator('[data-testid=entriesAwarded]').textContent()).toBe('1');
    expect(await page.locator('[data-testid=figure-schools]').textContent()).toBe('1');
    await expectNoAxeViolations(page);
    await shot(page, 'contest-coverage');
    await context.close();
  });

  it('the student’s certificate verifies for anyone: 一等奖', async () => {
    const student = await ApiClient.signedIn(server.url, 'student.demo');
    const certificates = (await student.get('/api/me/certificates')).body.certificates as {
      code: string;
      kind: string;
      sourceId: string;
      award: string | null;
    }[];
    const certificate = certificates.find((c) => c.kind === 'contest' && c.sourceId === CONTEST);
    expect(certificate?.award).toBe('first');

    const anonymous = await newContext(run.browser, server.url);
    const page = await anonymous.newPage();
    await page.goto(`/verify/${certificate!.code}`);
    await page.locator('[data-testid=verify-valid]').waitFor();
    expect(await page.locator('[data-testid=verify-award]').textContent()).toContain('一等奖');
    expect(await page.locator('[data-testid=verify-student]').textContent()).toBe('小明（演示）');
    expect(await page.locator('[data-testid=verify-quiz]').textContent()).toBe('西吉县青少年禁毒征文比赛');
    await shot(page, 'contest-verify');
    await anonymous.close();
  });
});

describe('the organiser’s pages elsewhere', () => {
  it('the contest list and create form pass axe, and the form shows what is missing', async () => {
    const { context, page } = await as(run.browser, 'county.demo');
    await page.goto('/bureau/contests');
    await page.locator('[data-testid=contests-table]').waitFor();
    await page.locator('[data-testid=contest-form]').waitFor();
    // The default rubric: 100 points in four criteria.
    expect(await page.locator('[data-testid=criterion]').count()).toBe(4);
    await page.locator('[data-testid=contest-submit]').click();
    const errors = page.locator('[data-testid=contest-errors]');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('比赛名称');
    await expectNoAxeViolations(page);
    await shot(page, 'contest-create');

    // Filled in, it is created for the county and listed.
    await page.locator('#f-settings-title-zh').fill('西吉县禁毒名师一堂精品课');
    await page.locator('#f-settings-title-en').fill('Xiji County Model Anti-Drug Lesson');
    await page.locator('[data-testid=type-lesson]').check();
    await page.locator('#f-settings-theme-zh').fill('上好每一堂禁毒课');
    await page.locator('#f-settings-theme-en').fill('Every drug-education lesson counts');
    await page.locator('#f-settings-brief-zh').fill('提交一份 40 分钟的禁毒教育教案。');
    await page.locator('#f-settings-brief-en').fill('Submit a 40-minute drug-education lesson plan.');
    await page.locator('[data-testid=contest-submit]').click();
    await page.locator('[data-testid=contest-created]').waitFor();
    const created = page.locator('[data-testid=contest-row]', { hasText: '西吉县禁毒名师一堂精品课' });
    await created.waitFor();
    expect(await created.textContent()).toContain('讲课比赛');
    await context.close();
  });
});
