import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousAxeViolations, signIn, type RunningBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, activity records (活动记录), on a 360×740 phone: 清泉中学's admin records a class meeting
 * with two photos straight from a camera (large, with EXIF orientation and a GPS position), which the
 * page makes small and upright and sends without their EXIF; 西吉县's bureau sees the record with its
 * photos on the school's page and questions it; the school sees the bureau's reason.
 */
const PHONE = { width: 360, height: 740 };
const SCHOOL_ID = 'sch_demo_xiji_qingquan';
const REASON = '照片中的人数与登记的参加人数不符，请核实。';

let server: TestServer;
let run: RunningBrowser;
let schoolContext: BrowserContext;
let school: Page;

beforeAll(async () => {
  [server, run] = await Promise.all([startTestServer(), launchBrowser()]);
  schoolContext = await newContext(run.browser, server.url, { viewport: PHONE });
  school = await schoolContext.newPage();
  await signIn(school, 'school.demo');
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

/** Today's date in China, as the date input takes it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A camera-sized JPEG drawn by the browser (the test has no image library of its own). */
async function cameraJpeg(page: Page, width: number, height: number, label: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, label }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#0b6e4f');
      gradient.addColorStop(1, '#f2c14e');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      context.fillStyle = '#fff';
      context.font = `${Math.round(height / 8)}px sans-serif`;
      context.fillText(label, width / 10, height / 2);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.92));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { width, height, label },
  );
  return Buffer.from(base64, 'base64');
}

/**
 * The JPEG with the EXIF block a phone's camera writes: the orientation (6: the picture is stored
 * turned 90° anticlockwise, to be shown turned clockwise) and where it was taken (35°58′N 105°43′E).
 */
function withCameraExif(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(140);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: (offset: number) => void) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    value(at + 8);
  };
  // IFD0 at 8: the orientation and the pointer to the GPS IFD at 38.
  tiff.writeUInt16BE(2, 8);
  entry(10, 0x0112, 3, 1, (at) => tiff.writeUInt16BE(orientation, at));
  entry(22, 0x8825, 4, 1, (at) => tiff.writeUInt32BE(38, at));
  tiff.writeUInt32BE(0, 34);
  // GPS IFD at 38: latitude and longitude with their references, the rationals from 92.
  tiff.writeUInt16BE(4, 38);
  entry(40, 0x0001, 2, 2, (at) => tiff.write('N', at, 'latin1'));
  entry(52, 0x0002, 5, 3, (at) => tiff.writeUInt32BE(92, at));
  entry(64, 0x0003, 2, 2, (at) => tiff.write('E', at, 'latin1'));
  entry(76, 0x0004, 5, 3, (at) => tiff.writeUInt32BE(116, at));
  tiff.writeUInt32BE(0, 88);
  [35, 1, 58, 1, 0, 1, 105, 1, 43, 1, 0, 1].forEach((value, i) => tiff.writeUInt32BE(value, 92 + 4 * i));
  const header = Buffer.alloc(10);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(2 + 6 + tiff.length, 2);
  header.write('Exif\0\0', 4, 'latin1');
  // Right after the start-of-image marker, where cameras put it.
  return Buffer.concat([jpeg.subarray(0, 2), header, tiff, jpeg.subarray(2)]);
}

/** What a phone's screen shows too wide: the page scrolling sideways, and what sticks out past its edge outside a box that scrolls. */
function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollingBox = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width || document.body.scrollWidth > width)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('main *'))
      if (el.getBoundingClientRect().right > width + 0.5 && !inScrollingBox(el))
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" sticks out`);
    return problems.slice(0, 8);
  });
}

/** Each stored photo as the server hands it out: its size in pixels and whether its bytes still hold an EXIF block. */
function storedPhotos(page: Page, list: string): Promise<{ width: number; height: number; exif: boolean }[]> {
  return page.evaluate(async (selector) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(`${selector} [data-testid=activity-photos] a`)];
    return Promise.all(
      links.map(async (link) => {
        const image = new Image();
        image.src = link.href;
        await image.decode();
        const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
        const text = String.fromCharCode(...bytes.subarray(0, 4096));
        return { width: image.naturalWidth, height: image.naturalHeight, exif: text.includes('Exif') };
      }),
    );
  }, list);
}

describe('activity records', () => {
  it('a school records a class meeting with two camera photos, made small, upright and without EXIF, on a phone', async () => {
    await school.goto('/school');
    await school.getByTestId('activities-link').click();
    await school.waitForURL((url) => url.pathname === '/school/activities');
    await school.getByRole('heading', { level: 1, name: '活动记录' }).waitFor();

    const form = school.getByTestId('activity-form');
    await form.getByRole('button', { name: '保存记录' }).click();
    await form.locator('#activity-kind-error', { hasText: '必填' }).waitFor();

    await form.getByLabel('活动类型').selectOption({ label: '主题班会' });
    await form.getByLabel('活动日期').fill(chinaToday());
    await form.getByRole('group', { name: '参加的班级' }).getByLabel('七年级(1)班').check();
    await form.getByLabel('参加人数').fill('45');
    await form.getByLabel('时长（小时）').fill('1');
    await form.getByLabel('活动说明').fill('主题：珍爱生命，远离毒品');
    await form.getByRole('button', { name: '保存记录' }).click();
    const editor = school.getByTestId('activity-editor');
    await editor.getByTestId('activity-done').filter({ hasText: '已记录。现在可以添加照片。' }).waitFor();

    const [portrait, landscape] = await Promise.all([
      cameraJpeg(school, 3000, 2000, '班会 1').then((jpeg) => withCameraExif(jpeg, 6)),
      cameraJpeg(school, 2400, 1800, '班会 2').then((jpeg) => withCameraExif(jpeg, 1)),
    ]);
    await editor.getByLabel('选择照片').setInputFiles([
      { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: portrait },
      { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: landscape },
    ]);
    await editor.getByTestId('photo-ready').nth(1).waitFor();
    expect(await editor.getByTestId('photo-upload').count()).toBe(0);
    await editor.getByText('还可以添加 4 张。').waitFor();
    await editor.getByRole('button', { name: '完成' }).click();

    const record = school.getByTestId('activity-list').getByTestId('activity').filter({ hasText: '主题班会' });
    await record.getByRole('img', { name: '活动照片 2' }).waitFor();
    await record.getByText('班级：七年级(1)班').waitFor();
    await record.getByText('45 人参加').waitFor();
    await record.getByText('记录人：马校长（演示）').waitFor();

    // The camera's 3000×2000 stored sideways is shown upright, 1600 px at most on its long side; no EXIF (nor GPS) left.
    const stored = await storedPhotos(school, '[data-testid=activity-list]');
    expect(stored).toEqual([
      { width: 1067, height: 1600, exif: false },
      { width: 1600, height: 1200, exif: false },
    ]);
    expect(await sidewaysProblems(school)).toEqual([]);
    expect(await seriousAxeViolations(school)).toEqual([]);
  });

  it('its author changes a record, and deletes another after a second question', async () => {
    const list = school.getByTestId('activity-list');
    const record = list.getByTestId('activity').filter({ hasText: '主题班会' });
    await record.getByRole('button', { name: '修改' }).click();
    const form = school.getByTestId('activity-form');
    await school.getByRole('heading', { name: '修改记录' }).waitFor();
    await form.getByLabel('参加人数').fill('46');
    await form.getByRole('button', { name: '保存修改' }).click();
    await school.getByTestId('activity-done').filter({ hasText: '已保存修改。' }).waitFor();
    await record.getByText('46 人参加').waitFor();

    await form.getByLabel('活动类型').selectOption({ label: '讲座或宣讲' });
    await form.getByLabel('活动日期').fill(chinaToday());
    await form.getByLabel('参加人数').fill('300');
    await form.getByLabel('时长（小时）').fill('1.5');
    await form.getByRole('button', { name: '保存记录' }).click();
    await school.getByRole('button', { name: '完成' }).click();
    const talk = list.getByTestId('activity').filter({ hasText: '讲座或宣讲' });
    await talk.getByRole('button', { name: '删除' }).click();
    await talk.getByTestId('activity-delete-confirm').getByRole('button', { name: '取消' }).click();
    await talk.getByRole('button', { name: '删除' }).click();
    await talk.getByTestId('activity-delete-confirm').getByRole('button', { name: '确定删除' }).click();
    await talk.getByTestId('activity-state').filter({ hasText: '已删除' }).waitFor();
    expect(await talk.getByRole('button').count()).toBe(0);
  });

  it('the county bureau sees the record with its photos on the school’s page and questions it', async () => {
    const context = await newContext(run.browser, server.url, { viewport: PHONE });
    try {
      const county = await context.newPage();
      await signIn(county, 'county.demo');
      await county.goto(`/bureau/units/${SCHOOL_ID}`);
      const record = county.getByTestId('activity-list').getByTestId('activity').filter({ hasText: '主题班会' });
      await record.getByRole('img', { name: '活动照片 1' }).waitFor();
      const sizes = await storedPhotos(county, '[data-testid=activity-list]');
      expect(sizes.map(({ width, height }) => [width, height])).toEqual([
        [1067, 1600],
        [1600, 1200],
      ]);
      expect(await record.getByRole('button', { name: '修改' }).count()).toBe(0);

      await record.locator('summary', { hasText: '质疑' }).click();
      await record.getByRole('button', { name: '提出质疑' }).click();
      await record.getByText('请填写质疑理由。').waitFor();
      await record.getByLabel('质疑理由').fill(REASON);
      await record.getByRole('button', { name: '提出质疑' }).click();
      await record.getByTestId('activity-questioned').filter({ hasText: REASON }).waitFor();
      await record.getByRole('button', { name: '撤回质疑' }).waitFor();
      expect(await sidewaysProblems(county)).toEqual([]);
      expect(await seriousAxeViolations(county)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the school, and its teachers, see the bureau’s reason', async () => {
    await school.reload();
    const record = school.getByTestId('activity-list').getByTestId('activity').filter({ hasText: '主题班会' });
    await record
      .getByTestId('activity-questioned')
      .filter({ hasText: `西吉县提出质疑：${REASON}` })
      .waitFor();

    const context = await newContext(run.browser, server.url, { viewport: PHONE });
    try {
      const teacher = await context.newPage();
      await signIn(teacher, 'teacher.demo');
      await teacher.getByTestId('activities-link').click();
      const seen = teacher.getByTestId('activity-list').getByTestId('activity').filter({ hasText: '主题班会' });
      await seen.getByTestId('activity-questioned').filter({ hasText: REASON }).waitFor();
      // Only its author changes a record.
      expect(await seen.getByRole('button', { name: '修改' }).count()).toBe(0);
      expect(await sidewaysProblems(teacher)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
