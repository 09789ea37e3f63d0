import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ModuleContent } from '../../functions/src/domain/modules/content.js';
import { launchBrowser, newContext, seriousAxeViolations, signIn, signOut, type RunningBrowser } from '../support/browser.js';
import { ApiClient } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let run: RunningBrowser;
let context: BrowserContext;
let page: Page;
let moduleId: string;

/** The fixture with an image section too, so that every renderer is checked. */
function content(): ModuleContent {
  const module = moduleContent('无障碍模块', ['junior']);
  module.sections.splice(1, 0, {
    id: 'picture',
    kind: 'image',
    title: { zh: '大脑', en: 'The brain' },
    src: '/content/brain-reward.svg',
    alt: { zh: '大脑奖励回路示意图', en: 'A diagram of the brain’s reward circuit' },
    caption: { zh: '奖励回路。', en: 'The reward circuit.' },
  });
  return module;
}

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await newContext(run.browser, server.url);
  page = await context.newPage();
  const editor = await ApiClient.signedIn(server.url, 'editor.demo');
  const created = await editor.post('/api/modules', { content: content(), featured: true });
  moduleId = created.body.module.id;
  expect((await editor.post(`/api/modules/${moduleId}/publish`)).status).toBe(200);
  const teacher = await ApiClient.signedIn(server.url, 'teacher.demo');
  const assigned = await teacher.post(
    '/api/assignments',
    { moduleId, classIds: ['cls_demo_qq_7_1'], dueDate: '2020-01-01' },
    { 'idempotency-key': 'a11y-overdue' },
  );
  expect(assigned.status).toBe(201);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function expectNoSeriousViolations(page: Page, what: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('axe finds no serious or critical violations on the learning pages', () => {
  it('on My tasks and the player (text, image, check with feedback, completion), in both languages', async () => {
    await signIn(page, 'student.demo');
    await page.locator(`[data-testid=task][data-module-id="${moduleId}"]`).waitFor();
    // The assignment was due in 2020: overdue, said in words.
    await page.locator(`[data-testid=task][data-module-id="${moduleId}"] [data-testid=task-overdue]`).waitFor();
    await page.locator('[data-testid=catalog]').waitFor();
    await expectNoSeriousViolations(page, 'my tasks');

    await page.goto(`/student/modules/${moduleId}`);
    await page.locator('.prose').waitFor();
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
    await expectNoSeriousViolations(page, 'player: text');
    await page.locator('[data-testid=next]').click();
    await page.locator('figure img').waitFor();
    await expectNoSeriousViolations(page, 'player: image');
    await page.locator('[data-testid=next]').click();
    await page.locator('[data-testid=check-submit]').click();
    await page.locator('.check [role=alert]').waitFor();
    await expectNoSeriousViolations(page, 'player: check with the "choose first" hint');
    await page.getByLabel('可以', { exact: true }).check();
    await page.locator('[data-testid=check-submit]').click();
    await page.locator('[data-testid=check-feedback]').waitFor();
    await expectNoSeriousViolations(page, 'player: check answered wrongly');

    await page.locator('[data-testid=lang-toggle]').click();
    await page.locator('[data-testid=next]', { hasText: 'Next' }).waitFor();
    await expectNoSeriousViolations(page, 'player (en)');
    await page.locator('[data-testid=next]').click();
    await page.locator('[data-testid=next]').click();
    await page.getByLabel('Tell a trusted adult').check();
    await page.locator('[data-testid=check-submit]').click();
    await page.locator('[data-testid=finish]').click();
    await page.locator('[data-testid=completed-at]').waitFor();
    await expectNoSeriousViolations(page, 'player: completed (en)');
    await page.locator('[data-testid=lang-toggle]').click();
    await signOut(page);
  });

  it('on the player on a phone', async () => {
    const phone = await newContext(run.browser, server.url, { viewport: { width: 360, height: 640 } });
    const small = await phone.newPage();
    await signIn(small, 'student.demo');
    await small.goto(`/student/modules/${moduleId}`);
    await small.locator('[data-testid=save-status][data-status=saved]').waitFor();
    await expectNoSeriousViolations(small, 'player (phone)');
    await phone.close();
  });

  it('on the editor’s list and edit page, also with validation errors shown', async () => {
    await signIn(page, 'editor.demo');
    await page.locator('[data-testid=modules-table]').waitFor();
    await expectNoSeriousViolations(page, 'editor list');
    await page.goto(`/editor/modules/${moduleId}`);
    await page.locator('[data-testid=section-editor]').first().waitFor();
    await page.locator('[data-testid=preview-zh] .prose').first().waitFor();
    await expectNoSeriousViolations(page, 'editor edit page');
    await page.locator('#f-content-title-en').fill('');
    await page.locator('[data-testid=save]').click();
    await page.locator('[data-testid=validation-summary]').waitFor();
    await expectNoSeriousViolations(page, 'editor with validation errors');
    await page.goto('/editor/modules/new');
    await page.locator('[data-testid=section-editor]').waitFor();
    await expectNoSeriousViolations(page, 'editor: new module');
    await signOut(page);
  });

  it('on the teacher’s class page with the grid and the assign form', async () => {
    await signIn(page, 'teacher.demo');
    await page.goto('/teacher/classes/cls_demo_qq_7_1');
    await page.locator('[data-testid=progress-grid]').waitFor();
    await page.locator('[data-testid=assign-form]').waitFor();
    // The student completed the module above; classmates are overdue.
    await page.locator('[data-testid=progress-grid] td[data-status=completed]').first().waitFor();
    expect(await page.locator('[data-testid=progress-grid] td[data-overdue=true]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=progress-grid] td[data-overdue=true]').first().textContent()).toContain('逾期');
    await expectNoSeriousViolations(page, 'teacher grid');
    await page.locator('[data-testid=assign-submit]').click();
    await page.locator('#assign-module-error').waitFor();
    await expectNoSeriousViolations(page, 'teacher assign form with an error');
    await signOut(page);
  });

  it('on the bureau’s campaigns page', async () => {
    await signIn(page, 'county.demo');
    await page.goto('/bureau/campaigns');
    await page.locator('[data-testid=campaign-form] input[type=checkbox]').first().waitFor();
    await expectNoSeriousViolations(page, 'bureau campaigns');
    await signOut(page);
  });
});
