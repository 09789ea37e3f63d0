import { z } from 'zod';
import { rule } from '../errors.js';
import { PlainName, PlainText } from '../text/clean-text.js';
import { namedFormat } from '../text/named-format.js';
import { GRADE_BANDS, STUDENT_BANDS } from './bands.js';
import { ESTIMATED_MINUTES, type SectionKind } from './content-rules.js';
import { TOPICS } from './topics.js';

export const MAX_MODULE_CHARACTERS = 100_000;

export { bandsOfGrade, GRADE_BANDS, STUDENT_BANDS } from './bands.js';
export const GradeBand = z.enum(GRADE_BANDS);
export type GradeBand = z.infer<typeof GradeBand>;
/** Where only students fit: quiz draws and contests (the families band has no questions and no entrants). */
export const StudentBand = z.enum(STUDENT_BANDS);

export { TOPICS } from './topics.js';
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

/** Every learner-facing string exists in both languages. */
export const Localized = (max = 2000) => z.strictObject({ zh: PlainText(max).min(1), en: PlainText(max).min(1) });
/** A title or name in both languages: one line, nothing invisible. */
export const LocalizedTitle = (max: number) => z.strictObject({ zh: PlainName(max), en: PlainName(max) });

const SectionId = namedFormat('section_id', /^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and dashes');

export const TextSection = z.strictObject({
  id: SectionId,
  kind: z.literal('text'),
  title: LocalizedTitle(120),
  /** Markdown; rendered to HTML and sanitised on display. */
  body: Localized(8000),
});

export const ImageSection = z.strictObject({
  id: SectionId,
  kind: z.literal('image'),
  title: LocalizedTitle(120),
  /** A same-origin path (e.g. /content/brain.svg) or an https URL. */
  src: z.string().regex(/^(\/[\w./-]+|https:\/\/\S+)$/),
  alt: Localized(400),
  caption: Localized(400).optional(),
});

export const VideoSection = z.strictObject({
  id: SectionId,
  kind: z.literal('video'),
  title: LocalizedTitle(120),
  src: z.string().regex(/^(\/[\w./-]+|https:\/\/\S+)$/),
  /** WebVTT captions, required: a video without captions is not accessible. */
  captions: z.strictObject({ zh: z.string().regex(/^(\/[\w./-]+|https:\/\/\S+)$/), en: z.string().regex(/^(\/[\w./-]+|https:\/\/\S+)$/) }),
  description: Localized(1000),
});

export const CheckOption = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{1,8}$/),
  text: Localized(300),
  correct: z.boolean(),
  /** Shown after the learner picks this option: why it is right or wrong. */
  feedback: Localized(600),
});

/** An inline check: not graded, but the module completes only when every check is answered. */
export const CheckSection = z
  .strictObject({
    id: SectionId,
    kind: z.literal('check'),
    title: LocalizedTitle(120),
    question: Localized(500),
    options: z.array(CheckOption).min(2).max(6),
  })
  .refine((s) => s.options.some((o) => o.correct), { ...rule('one_correct', 'at least one option must be correct'), path: ['options'] });

export const Section = z.discriminatedUnion('kind', [TextSection, ImageSection, VideoSection, CheckSection]);
export type Section = z.infer<typeof Section>;
// The union and SECTION_KINDS (content-rules.ts, which the editor reads) name the same kinds: a kind in one and not the other does not compile.
const sectionKindsMatch: [Section['kind'], SectionKind] extends [SectionKind, Section['kind']] ? true : never = true;
void sectionKindsMatch;

export const ModuleContent = z
  .strictObject({
    title: LocalizedTitle(120),
    summary: Localized(600),
    gradeBands: z.array(GradeBand).min(1),
    topics: z.array(Topic).min(1),
    estimatedMinutes: z.number().int().min(ESTIMATED_MINUTES.min).max(ESTIMATED_MINUTES.max),
    sections: z.array(Section).min(1).max(60),
    /** For teachers: the module's aims and the sources its facts come from. */
    teacherNote: z.strictObject({ aims: Localized(2000), sources: Localized(2000) }),
  })
  .refine((m) => new Set(m.sections.map((s) => s.id)).size === m.sections.length, {
    ...rule('unique_section_ids', 'section ids must be unique'),
    path: ['sections'],
  })
  // A module is stored as one item; 100,000 characters stay under 400 KB even when all are CJK.
  .refine((m) => JSON.stringify(m).length <= MAX_MODULE_CHARACTERS, {
    ...rule('module_too_long', `a module may hold at most ${MAX_MODULE_CHARACTERS} characters; split it into two`, { maximum: MAX_MODULE_CHARACTERS }),
    path: ['sections'],
  });
export type ModuleContent = z.infer<typeof ModuleContent>;
