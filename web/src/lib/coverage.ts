/**
 * The coverage dashboard's pure parts: its URL state (unit, subject, sort, laggard threshold), row
 * sorting, the five rate classes of the map, SVG path bounds and label points, and the history
 * chart's geometry. No Svelte, no DOM, no fetch: the unit tests drive them directly.
 */
import type { z } from 'zod';
import type {
  CoverageRow as CoverageRowSchema,
  CoverageSubject,
  HistoryResponse as HistorySchema,
  LaggardsResponse as LaggardsSchema,
} from '$domain/coverage/coverage';
import type { Role } from './types';

/** A contest's figures (entries, not students): present on the rows of a contest subject. */
export interface ContestFigures {
  entriesSubmitted: number;
  entriesAdvanced: number;
  entriesAwarded: number;
}
export type ContestFigureKey = keyof ContestFigures;
export const CONTEST_FIGURES: readonly ContestFigureKey[] = ['entriesSubmitted', 'entriesAdvanced', 'entriesAwarded'];

/** The API's row; the contest figures are optional here so that the campaign and competition code need not name them. */
export type CoverageRow = Omit<CoverageRowSchema, ContestFigureKey> & Partial<ContestFigures>;

/** A contest figure of a row: 0 where the row has none (a campaign's or competition's). */
export function contestFigure(row: Partial<ContestFigures>, key: ContestFigureKey): number {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
export type CoverageKind = 'region' | 'city' | 'county' | 'school' | 'class';

export interface CoverageResponse {
  unit: CoverageRow;
  children: CoverageRow[];
}
export type LaggardsResponse = z.infer<typeof LaggardsSchema>;
export type LaggardRow = LaggardsResponse['schools'][number];
export type HistoryResponse = z.infer<typeof HistorySchema>;
export type HistoryPoint = HistoryResponse['points'][number];

/** What the figures are of: a campaign (its modules), a competition (a quiz) or a contest (its entries). */
export type SubjectKind = CoverageSubject['kind'];
export interface Subject {
  kind: SubjectKind;
  id: string;
}
const SUBJECT_KINDS: readonly SubjectKind[] = ['campaign', 'competition', 'contest'];

export { DEFAULT_BELOW } from '$domain/coverage/laggards';

// ---------------------------------------------------------------------------------------------
// URL state

export type SortKey =
  | 'name'
  | 'schoolsRegistered'
  | 'schoolsReached'
  | 'enrolled'
  | 'started'
  | 'completed'
  | 'completionRate'
  | 'quizParticipation'
  | 'passRate'
  | 'meanScore'
  | 'lastActivityAt'
  | ContestFigureKey;

export const SORT_KEYS: readonly SortKey[] = [
  'name',
  'schoolsRegistered',
  'schoolsReached',
  'enrolled',
  'started',
  'completed',
  'completionRate',
  'quizParticipation',
  'passRate',
  'meanScore',
  'lastActivityAt',
  ...CONTEST_FIGURES,
];

export type Direction = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: Direction;
}

export interface DashboardState {
  /** The unit shown; null: the user's own. */
  unit: string | null;
  subject: Subject | null;
  /** null: the units in their administrative order (as the API lists them). */
  sort: Sort | null;
  /** The laggard threshold in percent, once the list was asked for. */
  below: number | null;
}

const ID = /^[A-Za-z0-9_.:-]{1,40}$/;

/** "completionRate" is ascending, "-completionRate" descending; anything else is no sort. */
export function parseSort(value: string | null): Sort | null {
  if (!value) return null;
  const descending = value.startsWith('-');
  const key = (descending ? value.slice(1) : value) as SortKey;
  return SORT_KEYS.includes(key) ? { key, direction: descending ? 'descending' : 'ascending' } : null;
}

export function formatSort(sort: Sort): string {
  return (sort.direction === 'descending' ? '-' : '') + sort.key;
}

export function parseBelow(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** The dashboard's state from the page's query; values that could not come from the app are dropped. */
export function parseState(params: URLSearchParams): DashboardState {
  const unit = params.get('unit');
  let subject: Subject | null = null;
  for (const kind of SUBJECT_KINDS) {
    const id = params.get(kind);
    if (id && ID.test(id)) {
      subject = { kind, id };
      break;
    }
  }
  return {
    unit: unit && ID.test(unit) ? unit : null,
    subject,
    sort: parseSort(params.get('sort')),
    below: parseBelow(params.get('below')),
  };
}

/** The API's query parameters for a unit and subject: `unit` and `campaign` (or `competition`, `contest`). */
export function subjectParams(unit: string, subject: Subject): { unit: string } & { [K in Subject['kind']]?: string } {
  const params: { unit: string } & { [K in Subject['kind']]?: string } = { unit };
  params[subject.kind] = subject.id;
  return params;
}

/** The same as a query string: `unit=…&campaign=…` (or `&competition=…`, `&contest=…`). */
export function subjectQuery(unit: string, subject: Subject): string {
  return new URLSearchParams(subjectParams(unit, subject)).toString();
}

/** The page's own query for a state; the user's own unit is left out so that links stay short. */
export function stateQuery(state: DashboardState, homeUnit: string): string {
  const params = new URLSearchParams();
  if (state.unit && state.unit !== homeUnit) params.set('unit', state.unit);
  if (state.subject) params.set(state.subject.kind, state.subject.id);
  if (state.sort) params.set('sort', formatSort(state.sort));
  if (state.below !== null) params.set('below', String(state.below));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The picker's value for a subject, and back. */
export const subjectValue = (subject: Subject) => `${subject.kind}:${subject.id}`;

export function parseSubjectValue(value: string): Subject | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!SUBJECT_KINDS.includes(kind as SubjectKind) || !ID.test(id)) return null;
  return { kind: kind as SubjectKind, id };
}

/** Clicking a column's header: the same column flips, another starts with names A–Z and figures high to low. */
export function nextSort(current: Sort | null, key: SortKey): Sort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Rows in the order asked; ties (and equal figures) by name A–Z, so the order never jumps. */
export function sortRows<T extends CoverageRow>(rows: readonly T[], sort: Sort | null, nameOf: (row: T) => string, collator: Intl.Collator): T[] {
  if (!sort) return [...rows].sort((a, b) => naturalOrder(a, b) || collator.compare(nameOf(a), nameOf(b)));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (row: T): number => {
    if (sort.key === 'lastActivityAt') return row.lastActivityAt ? Date.parse(row.lastActivityAt) : Number.NEGATIVE_INFINITY;
    if (sort.key === 'name') return 0;
    if ((CONTEST_FIGURES as readonly string[]).includes(sort.key)) return contestFigure(row, sort.key as ContestFigureKey);
    return row[sort.key as Exclude<SortKey, 'name' | 'lastActivityAt' | ContestFigureKey>];
  };
  return [...rows].sort((a, b) => {
    const primary = sort.key === 'name' ? collator.compare(nameOf(a), nameOf(b)) : compareNumbers(value(a), value(b));
    return sign * primary || collator.compare(nameOf(a), nameOf(b));
  });
}

/** Without a sort: administrative units by their GB/T 2260 code (银川 before 石嘴山 …), others by name. */
function naturalOrder(a: CoverageRow, b: CoverageRow): number {
  const coded = (row: CoverageRow) => row.kind === 'region' || row.kind === 'city' || row.kind === 'county';
  return coded(a) && coded(b) ? a.id.localeCompare(b.id) : 0;
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Whether a row's name leads one level down: classes only for those who run them (school admins, teachers). */
export function isDrillable(kind: string, role: Role | undefined): boolean {
  if (kind === 'class') return role === 'school_admin' || role === 'teacher';
  return kind === 'region' || kind === 'city' || kind === 'county' || kind === 'school';
}

/** The class page of a class row, for those who run the class; the name itself still drills into its figures. */
export function classPageHref(kind: string, id: string, role: Role | undefined): string | null {
  if (kind !== 'class') return null;
  if (role === 'teacher') return `/teacher/classes/${encodeURIComponent(id)}`;
  if (role === 'school_admin') return `/school/classes/${encodeURIComponent(id)}`;
  return null;
}

/** A path lies within a scope (the user's own unit or below). */
export function isWithinScope(path: string, scope: string): boolean {
  return !!scope && (path === scope || path.startsWith(`${scope}/`));
}

/** A share in percent, clamped to 0–100 for a bar's width. */
export function barWidth(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

// ---------------------------------------------------------------------------------------------
// Map: five classes of completion rate

/** Upper bounds (exclusive) of the first four classes; the fifth is 80 % and above. */
export const RATE_BREAKS = [20, 40, 60, 80] as const;

/**
 * A sequential palette, light to dark (ColorBrewer YlGnBu, the darkest two deepened). The class is
 * never told by colour alone: the legend, each county's title and the table say the rate.
 */
export const RATE_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2165a8', '#1a2a6c'] as const;

/** Text drawn on a class's fill: dark on the light three, white on the dark two. */
export const RATE_INK = ['#1b1f23', '#1b1f23', '#1b1f23', '#ffffff', '#ffffff'] as const;

/** 0…4; null when there is no one to count (no students enrolled). */
export function rateClass(rate: number, enrolled = 1): number | null {
  if (enrolled <= 0 || !Number.isFinite(rate)) return null;
  const index = RATE_BREAKS.findIndex((limit) => rate < limit);
  return index === -1 ? RATE_BREAKS.length : index;
}

/** The class's range as [from, to] percent. */
export function classRange(index: number): [number, number] {
  return [index === 0 ? 0 : RATE_BREAKS[index - 1]!, index < RATE_BREAKS.length ? RATE_BREAKS[index]! : 100];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The rings of an SVG path made of absolute M/L/Z commands (what the map file holds). */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  for (const match of d.matchAll(/([MLZmlz])|(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g)) {
    const command = match[1];
    if (command === 'M' || command === 'm') {
      if (ring.length) rings.push(ring);
      ring = [];
    } else if (command === 'Z' || command === 'z') {
      if (ring.length) rings.push(ring);
      ring = [];
    } else if (!command) {
      ring.push([Number(match[2]), Number(match[3])]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

export function pathBounds(d: string): Bounds {
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of pathRings(d))
    for (const [x, y] of ring) {
      bounds.minX = Math.min(bounds.minX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxX = Math.max(bounds.maxX, x);
      bounds.maxY = Math.max(bounds.maxY, y);
    }
  return bounds;
}

/** A viewBox around every path, with a margin of `pad` (a share of the larger side). */
export function viewBoxOf(paths: readonly string[], pad = 0.03): string {
  const all = paths
    .map(pathBounds)
    .reduce<Bounds>(
      (acc, b) => ({ minX: Math.min(acc.minX, b.minX), minY: Math.min(acc.minY, b.minY), maxX: Math.max(acc.maxX, b.maxX), maxY: Math.max(acc.maxY, b.maxY) }),
      { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
    );
  if (!Number.isFinite(all.minX)) return '0 0 100 100';
  const margin = Math.max(all.maxX - all.minX, all.maxY - all.minY) * pad;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [all.minX - margin, all.minY - margin, all.maxX - all.minX + 2 * margin, all.maxY - all.minY + 2 * margin].map(round).join(' ');
}

function ringArea(ring: [number, number][]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

/** Where a county's label goes: the centroid of its largest ring, with that ring's area. */
export function labelPoint(d: string): { x: number; y: number; area: number } {
  let best: [number, number][] = [];
  let bestArea = 0;
  for (const ring of pathRings(d)) {
    const area = Math.abs(ringArea(ring));
    if (area > bestArea) {
      best = ring;
      bestArea = area;
    }
  }
  const signed = ringArea(best);
  if (!best.length || signed === 0) {
    const b = pathBounds(d);
    return { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2, area: 0 };
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < best.length; i++) {
    const [x1, y1] = best[i]!;
    const [x2, y2] = best[(i + 1) % best.length]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return { x: cx / (6 * signed), y: cy / (6 * signed), area: bestArea };
}

/** A county's name as drawn on the map: English drops "District"/"County" so that it fits its shape. */
export function countyLabel(name: { zh: string; en: string }, locale: 'zh' | 'en'): string {
  return locale === 'zh' ? name.zh : name.en.replace(/\s+(District|County)$/, '');
}

/** The counties a unit's map shows: all of them at region level, a city's by their code's prefix. */
export function countiesOf<T extends { code: string }>(counties: readonly T[], unit: { id: string; kind: string }): T[] {
  if (unit.kind === 'region') return counties.filter((c) => c.code.slice(0, 2) === unit.id.slice(0, 2));
  if (unit.kind === 'city') return counties.filter((c) => c.code.slice(0, 4) === unit.id.slice(0, 4));
  return [];
}

// ---------------------------------------------------------------------------------------------
// History chart

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each point's place in the chart: dates evenly spread left to right, 0–100 % bottom to top. */
export function chartPoints(points: readonly { completionRate: number }[], box: ChartBox): { x: number; y: number }[] {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  return points.map((p, i) => ({
    x: round1(points.length > 1 ? box.left + i * step : box.left + plotWidth / 2),
    y: round1(box.top + plotHeight * (1 - barWidth(p.completionRate) / 100)),
  }));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which x-axis dates get a label: the first, the last and a few between, never crowding. */
export function labelledIndexes(count: number, most = 5): number[] {
  if (count <= 0) return [];
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  const step = (count - 1) / (most - 1);
  return [...new Set(Array.from({ length: most }, (_, i) => Math.round(i * step)))];
}

// ---------------------------------------------------------------------------------------------
// Text

/** "23.1%": at most one decimal, in the language's digits and separators. */
export function percentText(lang: string, value: number): string {
  return `${value.toLocaleString(lang, { maximumFractionDigits: 1 })}%`;
}

/** A history date (YYYY-MM-DD, China time) as "6月1日" or "Jun 1", without a time zone shift. */
export function shortDate(locale: 'zh' | 'en', isoDate: string): string {
  const [, , month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) ?? [];
  if (!month || !day) return isoDate;
  if (locale === 'zh') return `${Number(month)}月${Number(day)}日`;
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(month) - 1]} ${Number(day)}`;
}
