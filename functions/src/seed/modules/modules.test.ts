import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRADE_BANDS, type GradeBand, ModuleContent, STUDENT_BANDS, TOPICS, type Section } from '../../domain/modules/content.js';
import { SEED_MODULES } from './index.js';

/** web/static, resolved from this file: functions/src/seed/modules → repo root. */
const WEB_STATIC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../web/static');

/**
 * The only phone numbers content may give. A wrong number on a help page is worse than none, so each
 * one is added here only with the source that it is nationwide and in service.
 */
const VERIFIED_NUMBERS = [
  // 110: nationwide police emergency number (Ministry of Public Security, 110接处警工作规则).
  '110',
  // 120: nationwide medical emergency number (院前医疗急救管理办法, former National Health and Family Planning Commission, 2013).
  '120',
  // 12355: nationwide youth service line of the Communist Youth League Central Committee (12355青少年服务台).
  '12355',
];

type Check = Extract<Section, { kind: 'check' }>;
type Image = Extract<Section, { kind: 'image' }>;

const parsed = SEED_MODULES.map((m) => ({ slug: m.slug, content: ModuleContent.parse(m.content) }));

/** Every learner-facing string of a module, with where it came from. */
function strings(content: ModuleContent): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, l: { zh: string; en: string } | undefined) => {
    if (!l) return;
    out.push({ where: `${where}.zh`, text: l.zh }, { where: `${where}.en`, text: l.en });
  };
  add('title', content.title);
  add('summary', content.summary);
  add('teacherNote.aims', content.teacherNote.aims);
  add('teacherNote.sources', content.teacherNote.sources);
  for (const s of content.sections) {
    add(`${s.id}.title`, s.title);
    if (s.kind === 'text') add(`${s.id}.body`, s.body);
    if (s.kind === 'image') {
      add(`${s.id}.alt`, s.alt);
      add(`${s.id}.caption`, s.caption);
    }
    if (s.kind === 'check') {
      add(`${s.id}.question`, s.question);
      for (const o of s.options) {
        add(`${s.id}.${o.id}.text`, o.text);
        add(`${s.id}.${o.id}.feedback`, o.feedback);
      }
    }
  }
  return out;
}

/**
 * CommonMark only treats `**` as strong emphasis when it is left-flanking (to open) or right-flanking
 * (to close). Next to CJK punctuation that easily fails, e.g. `**一句话。**后文` never closes.
 * Returns the lines whose `**` runs do not pair up as opener/closer.
 */
function unbalancedStrong(markdown: string): string[] {
  const ws = (c: string) => /\s/u.test(c);
  const punct = (c: string) => /[\p{P}\p{S}]/u.test(c);
  const bad: string[] = [];
  for (const line of markdown.split('\n')) {
    let open = false;
    let ok = true;
    for (const m of line.matchAll(/\*\*/g)) {
      const before = line[m.index - 1] ?? ' ';
      const after = line[m.index + 2] ?? ' ';
      const left = !ws(after) && (!punct(after) || ws(before) || punct(before));
      const right = !ws(before) && (!punct(before) || ws(after) || punct(after));
      if (!open && left) open = true;
      else if (open && right) open = false;
      else ok = false;
    }
    if (open || !ok) bad.push(line);
  }
  return bad;
}

describe('seed modules', () => {
  it('has at least 14 modules with unique slugs', () => {
    expect(SEED_MODULES.length).toBeGreaterThanOrEqual(14);
    const slugs = SEED_MODULES.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every grade band, families included', () => {
    const bands = new Set(parsed.flatMap((m) => m.content.gradeBands));
    for (const band of GRADE_BANDS) expect(bands, band).toContain(band);
  });

  it('gives every student band at least three modules and families at least one', () => {
    const inBand = (band: GradeBand) => parsed.filter((m) => m.content.gradeBands.includes(band)).length;
    for (const band of STUDENT_BANDS) expect(inBand(band), band).toBeGreaterThanOrEqual(3);
    expect(inBand('families')).toBeGreaterThanOrEqual(1);
  });

  it('writes lower-primary modules (grades 1–3) in short sentences and short lessons', () => {
    // Grades 1–3 read, or are read to, a sentence at a time: the upper-primary modules run to 40–50
    // characters a sentence, which is why grades 1–3 got modules of their own.
    for (const { slug, content } of parsed.filter((m) => m.content.gradeBands.includes('primary_lower'))) {
      expect(content.estimatedMinutes, slug).toBeLessThanOrEqual(12);
      const learnerText = strings(content).filter((s) => s.where.endsWith('.zh') && !s.where.startsWith('teacherNote'));
      for (const { where, text } of learnerText)
        for (const sentence of text.replace(/\*\*/g, '').split(/[。！？；\n]/))
          expect(sentence.trim().length, `${slug} ${where}: ${sentence}`).toBeLessThanOrEqual(32);
    }
  });

  it('keeps the subject review’s fixes (issue 13) fixed', () => {
    // Each pattern is wording the review replaced: a hard age for brain maturity, a second English name
    // for 禁毒法, an unnatural term for 上头电子烟, and stranger-danger framing.
    const retired = [/二十五岁/, /\b25\b/, /Anti-Drug Law of the PRC/, /Narcotics Control Law/, /high-inducing/i];
    for (const { slug, content } of parsed)
      for (const { where, text } of strings(content)) {
        for (const p of retired) expect(text, `${slug} ${where}`).not.toMatch(p);
        // Teacher notes may name the framing in order to warn against it.
        if (!where.startsWith('teacherNote')) expect(text, `${slug} ${where}`).not.toMatch(/坏人/);
      }
  });

  it('covers every topic', () => {
    const topics = new Set(parsed.flatMap((m) => m.content.topics));
    for (const topic of TOPICS) expect(topics, topic).toContain(topic);
  });

  describe.each(parsed)('$slug', ({ slug, content }) => {
    it('has at least 4 sections, at least 2 checks and no videos', () => {
      expect(content.sections.length).toBeGreaterThanOrEqual(4);
      expect(content.sections.filter((s) => s.kind === 'check').length).toBeGreaterThanOrEqual(2);
      expect(content.sections.filter((s) => s.kind === 'video')).toEqual([]);
    });

    it('has a realistic duration', () => {
      expect(content.estimatedMinutes).toBeGreaterThanOrEqual(8);
      expect(content.estimatedMinutes).toBeLessThanOrEqual(20);
    });

    it('has checks with at least one right and one wrong option and unique option ids', () => {
      for (const check of content.sections.filter((s): s is Check => s.kind === 'check')) {
        expect(
          check.options.some((o) => o.correct),
          `${slug}/${check.id}`,
        ).toBe(true);
        expect(
          check.options.some((o) => !o.correct),
          `${slug}/${check.id}`,
        ).toBe(true);
        const ids = check.options.map((o) => o.id);
        expect(new Set(ids).size, `${slug}/${check.id}`).toBe(ids.length);
      }
    });

    it('has images that exist under web/static, are SVG without external references, and are under 10 KB', () => {
      for (const image of content.sections.filter((s): s is Image => s.kind === 'image')) {
        expect(image.src, `${slug}/${image.id}`).toMatch(/^\/content\/[\w.-]+\.svg$/);
        const file = resolve(WEB_STATIC, image.src.slice(1));
        expect(existsSync(file), `${image.src} exists`).toBe(true);
        expect(statSync(file).size, `${image.src} size`).toBeLessThan(10 * 1024);
      }
    });

    it('uses no phone numbers other than the verified ones', () => {
      for (const { where, text } of strings(content)) {
        // Short service numbers (1xx) and long digit runs; four-digit runs are years.
        const numbers = [...text.matchAll(/(?<![\d/])(1\d{2}|\d{5,})(?!\d)/g)].map((m) => m[1]);
        for (const n of numbers) expect(VERIFIED_NUMBERS, `${slug} ${where}: ${n}`).toContain(n);
      }
    });

    it('has no raw HTML, no URLs and well-formed bold markers', () => {
      for (const { where, text } of strings(content)) {
        expect(text, `${slug} ${where}`).not.toMatch(/<\/?[a-z][^>]*>/i);
        expect(text, `${slug} ${where}`).not.toMatch(/https?:\/\/|www\./i);
        expect(unbalancedStrong(text), `${slug} ${where}`).toEqual([]);
      }
    });

    it('writes the Chinese with Chinese punctuation', () => {
      for (const { where, text } of strings(content).filter((s) => s.where.endsWith('.zh'))) {
        // No ASCII comma, semicolon, question or exclamation mark right after a Han character.
        expect(text, `${slug} ${where}`).not.toMatch(/\p{Script=Han}[,;?!]/u);
        expect(text, `${slug} ${where}`).not.toMatch(/\p{Script=Han}[:]\s/u);
      }
    });
  });
});

describe('content images', () => {
  it('all SVGs are small, self-contained and use no external references', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = resolve(WEB_STATIC, 'content');
    const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    for (const f of svgs) {
      const svg = readFileSync(resolve(dir, f), 'utf8');
      expect(svg.length, f).toBeLessThan(10 * 1024);
      expect(svg, f).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      // Only the SVG namespace URI may appear; no linked images, fonts, styles or scripts.
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', ''), f).not.toMatch(/https?:|<image|<script|@import|xlink:href="[^#]|href="[^#]/i);
    }
  });
});
