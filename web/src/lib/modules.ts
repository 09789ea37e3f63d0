/**
 * Pure helpers for modules, tasks and campaigns in the browser: grade bands, dates in China time,
 * new sections for the editor, and how a validation path reads to a person. No Svelte, no DOM.
 */
import type { ErrorDetail } from './api';
import type { MessageKey, Params } from './i18n/translate';
import type { Campaign, CheckOption, ModuleContent, Section, SectionKind } from './types';

export { bandsOfGrade } from '$domain/modules/bands';
export { isOverdue } from '$domain/assignments/due';
export { campaignPhase, type CampaignPhase } from '$domain/campaigns/phase';
/** Today's date in China as YYYY-MM-DD. */
export { chinaDateOf as chinaToday } from '$domain/time/china-time';

/** A YYYY-MM-DD date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How a campaign's unit stands to the viewer's: their own, above them, or below them. */
export function campaignRelation(campaign: Pick<Campaign, 'unitId' | 'unitPath'>, myUnitId: string, myPath: string): 'own' | 'parent' | 'child' {
  if (campaign.unitId === myUnitId) return 'own';
  if (myPath.startsWith(campaign.unitPath + '/')) return 'parent';
  return 'child';
}

// ── Editing ──────────────────────────────────────────────────────────────────────────────────

const both = () => ({ zh: '', en: '' });

/** A fresh id like "section-3" that no other section has. */
export function uniqueSectionId(existing: readonly string[], base = 'section'): string {
  for (let n = existing.length + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!existing.includes(id)) return id;
  }
}

/** A fresh option id: a, b, c … */
export function uniqueOptionId(existing: readonly string[]): string {
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') if (!existing.includes(letter)) return letter;
  for (let n = 1; ; n++) if (!existing.includes(`o${n}`)) return `o${n}`;
}

export function newOption(existing: readonly CheckOption[], correct = false): CheckOption {
  return { id: uniqueOptionId(existing.map((o) => o.id)), text: both(), correct, feedback: both() };
}

export function newSection(kind: SectionKind, existing: readonly Section[]): Section {
  const id = uniqueSectionId(existing.map((s) => s.id));
  switch (kind) {
    case 'text':
      return { id, kind, title: both(), body: both() };
    case 'image':
      return { id, kind, title: both(), src: '', alt: both() };
    case 'video':
      return { id, kind, title: both(), src: '', captions: { zh: '', en: '' }, description: both() };
    case 'check': {
      const first = newOption([], true);
      return { id, kind, title: both(), question: both(), options: [first, newOption([first])] };
    }
  }
}

/** The starting point of a new module: empty texts and one text section. */
export function emptyContent(): ModuleContent {
  return {
    title: both(),
    summary: both(),
    gradeBands: [],
    topics: [],
    estimatedMinutes: 10,
    sections: [newSection('text', [])],
    teacherNote: { aims: both(), sources: both() },
  };
}

/** A copy of the list with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/**
 * Drops the optional caption of an image when both its texts are empty (the API wants both or
 * none), and trims nothing else: the server validates.
 */
export function cleanContent(content: ModuleContent): ModuleContent {
  return {
    ...content,
    sections: content.sections.map((section) => {
      if (section.kind === 'image' && section.caption && !section.caption.zh.trim() && !section.caption.en.trim()) {
        const { caption: _caption, ...rest } = section;
        return rest;
      }
      return section;
    }),
  };
}

// ── Validation messages ──────────────────────────────────────────────────────────────────────

/** The details about `path` itself (exact) or, with `deep`, about anything inside it. */
export function detailsAt(details: readonly ErrorDetail[], path: string, deep = false): ErrorDetail[] {
  return details.filter((d) => d.path === path || (deep && d.path.startsWith(path + '.')));
}

const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'field.title',
  summary: 'field.summary',
  gradeBands: 'field.gradeBands',
  topics: 'field.topics',
  estimatedMinutes: 'field.estimatedMinutes',
  teacherNote: 'field.teacherNote',
  aims: 'field.aims',
  sources: 'field.sources',
  body: 'field.body',
  src: 'field.src',
  alt: 'field.alt',
  caption: 'field.caption',
  captions: 'field.captions',
  description: 'field.description',
  question: 'field.question',
  stem: 'field.stem',
  explanation: 'field.explanation',
  difficulty: 'field.difficulty',
  group: 'field.group',
  type: 'field.type',
  kind: 'field.kind',
  moduleId: 'field.module',
  rules: 'field.rules',
  draw: 'field.draw',
  fixed: 'field.fixed',
  band: 'field.band',
  timeLimitMinutes: 'field.timeLimit',
  attemptsAllowed: 'field.attempts',
  passMark: 'field.passMark',
  certificateThreshold: 'field.certificateThreshold',
  reviewPolicy: 'field.reviewPolicy',
  opensAt: 'field.opensAt',
  closesAt: 'field.closesAt',
  text: 'field.optionText',
  feedback: 'field.feedback',
  correct: 'field.correct',
  id: 'field.id',
  featured: 'field.featured',
  zh: 'field.zh',
  en: 'field.en',
};

/**
 * A validation path as words: "content.sections.2.options.0.feedback.en" →
 * "第 3 节 › 选项 1 › 反馈 › 英文". Unknown segments are shown as they are.
 */
export function describePath(path: string, t: (key: MessageKey, params?: Params) => string, whole: MessageKey = 'field.module'): string {
  const parts = path.split('.').filter((p) => p !== '' && p !== 'content' && p !== 'settings');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if ((part === 'sections' || part === 'options') && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(part === 'sections' ? 'field.sectionN' : 'field.optionN', { n: Number(next) + 1 }));
      i++;
    } else if (part === 'sections') words.push(t('field.sections'));
    else if (part === 'options') words.push(t('field.options'));
    else words.push(FIELD_KEYS[part] ? t(FIELD_KEYS[part]) : part);
  }
  return words.length ? words.join(' › ') : t(whole);
}
