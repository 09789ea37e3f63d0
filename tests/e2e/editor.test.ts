import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { acceptDialogs, launchBrowser, newContext, signIn, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let editor: ApiClient;
let moduleId: string;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  acceptDialogs(page);
  editor = await ApiClient.signedIn(server.url, 'editor.demo');
  await signIn(page, 'editor.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

const field = (path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);

async function fillBoth(path: string, zh: string, en: string) {
  await field(`${path}.zh`).fill(zh);
  await field(`${path}.en`).fill(en);
}

describe('the module editor', () => {
  it('creates a module with a text section and a check, showing the server’s validation next to the fields', async () => {
    await page.goto('/editor');
    await page.locator('[data-testid=new-module]').click();
    await page.waitForURL((url) => url.pathname === '/editor/modules/new');

    await fillBoth('content.title', '界面新建模块', 'A module made in the UI');
    await fillBoth('content.summary', '在编辑界面中创建。', 'Created in the editor.');
    await page.getByRole('checkbox', { name: '初中（7–9 年级）' }).check();
    await page.getByRole('checkbox', { name: '拒绝技巧' }).check();
    await field('content.estimatedMinutes').fill('6');
    await fillBoth('content.teacherNote.aims', '学会拒绝。', 'Learn to say no.');
    await fillBoth('content.teacherNote.sources', '禁毒法。', 'Anti-Drug Law.');

    await fillBoth('content.sections.0.title', '开始', 'Start');
    await fillBoth('content.sections.0.body', '**拒绝**要坚定。', '**Say no** firmly.');
    // The live preview renders the Markdown in both languages.
    const preview = page.locator('[data-testid=section-editor]').first();
    expect(await preview.locator('[data-testid=preview-zh] .prose strong').textContent()).toBe('拒绝');
    expect(await preview.locator('[data-testid=preview-en] .prose strong').textContent()).toBe('Say no');

    await page.locator('#new-section-kind').selectOption('check');
    await page.locator('[data-testid=add-section]').click();
    await fillBoth('content.sections.1.title', '想一想', 'Think');
    await fillBoth('content.sections.1.question', '有人递给你一支“电子烟”，怎么办？', 'Someone offers you an “e-cigarette”. What do you do?');
    await fillBoth('content.sections.1.options.0.text', '坚定拒绝并离开', 'Say no and leave');
    await fillBoth('content.sections.1.options.0.feedback', '对！', 'Right!');
    await fillBoth('content.sections.1.options.1.text', '试一口', 'Try once');
    // The English feedback of option 2 is left empty: the server says so.
    await field('content.sections.1.options.1.feedback.zh').fill('一口也不能试。');

    await page.locator('[data-testid=save]').click();
    const summary = page.locator('[data-testid=validation-summary]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('第 2 节 › 选项 2 › 反馈 › 英文');
    const missing = field('content.sections.1.options.1.feedback.en');
    expect(await missing.getAttribute('aria-invalid')).toBe('true');
    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link').first().click();
    expect(await missing.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toContain('/editor/modules/new');

    await missing.fill('One puff is already too much.');
    await page.locator('[data-testid=save]').click();
    await page.waitForURL((url) => /^\/editor\/modules\/mod_/.test(url.pathname));
    moduleId = page.url().split('/').at(-1)!;
    await page.locator('[data-testid=editor-message]').waitFor();
    expect(await page.locator('[data-testid=validation-summary]').count()).toBe(0);

    const saved = await editor.get(`/api/modules/${moduleId}/draft`);
    expect(saved.body.module.content.sections.map((s: { kind: string }) => s.kind)).toEqual(['text', 'check']);
    expect(saved.body.module.content.sections[1].options[0].correct).toBe(true);
  });

  it('reorders sections, and the order is saved', async () => {
    await page.locator('#new-section-kind').selectOption('text');
    await page.locator('[data-testid=add-section]').click();
    await fillBoth('content.sections.2.title', '小结', 'Summary');
    await fillBoth('content.sections.2.body', '记住：拒绝。', 'Remember: say no.');
    await page.locator('[data-testid=section-editor]').nth(2).getByRole('button', { name: /上移/ }).click();
    expect(await field('content.sections.1.title.zh').inputValue()).toBe('小结');
    await page.locator('[data-testid=save]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '草稿版本 2' }).waitFor();
    const saved = await editor.get(`/api/modules/${moduleId}/draft`);
    expect(saved.body.module.content.sections.map((s: { title: { zh: string } }) => s.title.zh)).toEqual(['开始', '小结', '想一想']);
  });

  it('never overwrites someone else’s save silently: it offers to load theirs', async () => {
    // Another editor saves meanwhile.
    const theirs = (await editor.get(`/api/modules/${moduleId}/draft`)).body.module;
    theirs.content.title.zh = '别人改过的标题';
    const other = await editor.put(`/api/modules/${moduleId}/draft`, { version: theirs.version, content: theirs.content, featured: theirs.featured });
    expect(other.status).toBe(200);

    await field('content.summary.zh').fill('我的修改。');
    await page.locator('[data-testid=save]').click();
    const conflict = page.locator('[data-testid=conflict]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('草稿版本 3');
    // Nothing was overwritten.
    expect((await editor.get(`/api/modules/${moduleId}/draft`)).body.module.content.summary.zh).toBe('在编辑界面中创建。');

    await page.locator('[data-testid=load-theirs]').click();
    expect(await field('content.title.zh').inputValue()).toBe('别人改过的标题');
    expect(await field('content.summary.zh').inputValue()).toBe('在编辑界面中创建。');
    await field('content.summary.zh').fill('在别人的版本上修改。');
    await page.locator('[data-testid=save]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '草稿版本 4' }).waitFor();
  });

  it('publishes, marks it featured and retires it', async () => {
    await page.locator('[data-testid=publish]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '已发布为第 1 版' }).waitFor();
    await page.locator('[data-testid=featured]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '已标为精品课' }).waitFor();
    expect(await page.locator('[data-testid=featured]').getAttribute('aria-pressed')).toBe('true');
    const catalog = await editor.get('/api/catalog?band=junior');
    expect(catalog.body.modules.find((m: { id: string }) => m.id === moduleId)?.featured).toBe(true);

    await page.locator('[data-testid=retire]').click();
    await page.locator('[data-testid=editor-message]', { hasText: '模块已停用' }).waitFor();
    expect(await page.locator('[data-testid=publish]').isDisabled()).toBe(true);
    await page.goto('/editor');
    const row = page.locator('[data-testid=modules-table] tr', { hasText: '别人改过的标题' });
    expect(await row.textContent()).toContain('已停用');
  });
});
