/**
 * Pure helpers for the staff's quiz pages: quiz windows as China-time inputs, the question editor's
 * option rules, draw rules, boards and save errors. No Svelte, no DOM, no zod. What a student taking a
 * quiz needs is in quiz-player.ts, so that the quiz page never downloads this.
 */
import type { ErrorDetail } from './api';
import { correctCountFits, MAX_OPTIONS, MIN_OPTIONS } from '$domain/questions/options';
import { chinaClock } from '$domain/time/china-time';
import type { BoardRow, DrawRule, GradeBand, QuestionContent, QuestionOption, QuestionType, QuizSettings, Topic } from './types';

export { MAX_OPTIONS, MIN_OPTIONS };

/** A moment as the value of an <input type="datetime-local"> in China time: "2026-06-26T09:30". */
export function toChinaLocalInput(ms: number): string {
  return chinaClock(ms).toISOString().slice(0, 16);
}

/** An <input type="datetime-local"> value read as China time, as an ISO timestamp; null if empty or bad. */
export function fromChinaLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const at = Date.parse(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

/** The next whole hour after `now`, as a datetime-local value in China time. */
export function nextHourInput(now: number, plusDays = 0): string {
  const hour = 3600_000;
  return toChinaLocalInput(Math.ceil((now + 1) / hour) * hour + plusDays * 86_400_000);
}

// ── The question editor ──────────────────────────────────────────────────────────────────────

const both = (zh = '', en = '') => ({ zh, en });

/** The two fixed options of a true/false question (the API wants exactly these ids). */
export function trueFalseOptions(correct: 't' | 'f' = 't'): QuestionOption[] {
  return [
    { id: 't', text: both('对', 'True'), correct: correct === 't' },
    { id: 'f', text: both('错', 'False'), correct: correct === 'f' },
  ];
}

/** A fresh option id: a, b, c … */
export function nextOptionId(options: readonly QuestionOption[]): string {
  const used = new Set(options.map((o) => o.id));
  for (const letter of 'abcdefgh') if (!used.has(letter)) return letter;
  for (let n = 1; ; n++) if (!used.has(`o${n}`)) return `o${n}`;
}

export function emptyQuestion(type: QuestionType = 'single'): QuestionContent {
  const options: QuestionOption[] =
    type === 'true_false'
      ? trueFalseOptions()
      : [
          { id: 'a', text: both(), correct: true },
          { id: 'b', text: both(), correct: type === 'multiple' },
          { id: 'c', text: both(), correct: false },
        ];
  return { type, stem: both(), options, explanation: both(), topics: [], gradeBands: [], difficulty: 1 };
}

/**
 * The content with the group the editor typed. A blank field means no group: the key goes, as the
 * API takes no empty group (and an empty key would make an unchanged question look edited).
 */
export function setGroup(content: QuestionContent, typed: string): QuestionContent {
  if (typed.trim()) return { ...content, group: typed };
  const rest = { ...content };
  delete rest.group;
  return rest;
}

/** The content as sent: the group without stray spaces around it (kept while typing, so a space between words is not swallowed). */
export function questionBody(content: QuestionContent): QuestionContent {
  return setGroup(content, (content.group ?? '').trim());
}

/**
 * The content with another type. True/false gets its two fixed options (keeping which is right when
 * it already was true/false); choice options come back from `stash` (what the editor had before it
 * switched to true/false) or fresh. Single choice keeps only the first correct option.
 */
export function switchType(content: QuestionContent, type: QuestionType, stash: readonly QuestionOption[] | null): QuestionContent {
  if (type === content.type) return content;
  if (type === 'true_false') return { ...content, type, options: trueFalseOptions() };
  let options =
    content.type === 'true_false'
      ? stash?.length
        ? stash.map((o) => ({ ...o, text: { ...o.text } }))
        : emptyQuestion(type).options
      : content.options.map((o) => ({ ...o }));
  if (type === 'single') {
    const first = options.findIndex((o) => o.correct);
    options = options.map((o, i) => ({ ...o, correct: i === (first < 0 ? 0 : first) }));
  }
  return { ...content, type, options };
}

/** Marks an option right or wrong: single and true/false have exactly one right option. */
export function setCorrect(content: QuestionContent, optionId: string, correct: boolean): QuestionContent {
  if (content.type === 'multiple') return { ...content, options: content.options.map((o) => (o.id === optionId ? { ...o, correct } : o)) };
  if (!correct) return content;
  return { ...content, options: content.options.map((o) => ({ ...o, correct: o.id === optionId })) };
}

export function addOption(content: QuestionContent): QuestionContent {
  if (content.type === 'true_false' || content.options.length >= MAX_OPTIONS) return content;
  return { ...content, options: [...content.options, { id: nextOptionId(content.options), text: both(), correct: false }] };
}

/** Removes an option; a single-choice question whose right option went gets its first one right. */
export function removeOption(content: QuestionContent, optionId: string): QuestionContent {
  if (content.type === 'true_false' || content.options.length <= MIN_OPTIONS) return content;
  let options = content.options.filter((o) => o.id !== optionId);
  if (content.type === 'single' && !options.some((o) => o.correct)) options = options.map((o, i) => ({ ...o, correct: i === 0 }));
  return { ...content, options };
}

/** What is wrong with the right answers, before asking the server: a dictionary key or null. */
export function correctProblem(content: QuestionContent): 'question.needOneCorrect' | 'question.needTwoCorrect' | null {
  if (correctCountFits(content.type, content.options.filter((o) => o.correct).length)) return null;
  return content.type === 'multiple' ? 'question.needTwoCorrect' : 'question.needOneCorrect';
}

// ── Draw rules ───────────────────────────────────────────────────────────────────────────────

/** Counts per topic (0: not drawn) as the API's draw rules, in the given topic order. */
export function drawRules(counts: Partial<Record<Topic, number>>, topics: readonly Topic[]): DrawRule[] {
  return topics.flatMap((topic) => {
    const count = Math.floor(Number(counts[topic] ?? 0));
    return count > 0 ? [{ topic, count }] : [];
  });
}

export function rulesBand(settings: Pick<QuizSettings, 'rules'>): GradeBand | null {
  return 'band' in settings.rules ? settings.rules.band : null;
}

// ── Boards ───────────────────────────────────────────────────────────────────────────────────

export type BoardSortKey = 'name' | 'enrolled' | 'participants' | 'participationRate' | 'meanScore' | 'passRate';

/** Rows sorted by a column; names by the language's collation, ties by name. */
export function sortBoard(
  rows: readonly BoardRow[],
  key: BoardSortKey,
  direction: 'ascending' | 'descending',
  nameOf: (row: BoardRow) => string,
  collator: Intl.Collator,
): BoardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = key === 'name' ? collator.compare(nameOf(a), nameOf(b)) : a[key] - b[key];
    return sign * primary || collator.compare(nameOf(a), nameOf(b));
  });
}

/** A share in percent, clamped to 0–100 for a bar's width. */
export function barWidth(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

/**
 * The API refuses a quiz whose draw rules the bank cannot meet with a `not_enough_questions` detail:
 * its numbers and names, to say it in the reader's language.
 */
export function notEnoughQuestions(details: readonly Pick<ErrorDetail, 'code' | 'params'>[]): { available: number; topic: string; band: string } | null {
  const params = details.find((d) => d.code === 'not_enough_questions')?.params;
  if (!params || typeof params.available !== 'number' || typeof params.topic !== 'string' || typeof params.band !== 'string') return null;
  return { available: params.available, topic: params.topic, band: params.band };
}
