/**
 * Contests in the browser, without Svelte and without the DOM: the passages a similarity view
 * marks, a contest's window, an entry's status, the judge's task list, and the autosave of an
 * entry's draft (localStorage first, then a PUT with the version the author last read).
 */
import { ApiError } from './api';
import { backoffDelay, classifyFailure, type StorageLike, type Timers } from './save-queue';
import type { Contest, Entry, EntryContent, JudgeTask, PassageRange } from './types';

export { countChars, countWords, entryLength, lengthVerdict, limitFor, MAX_ENTRY_TEXT } from '$domain/contests/length';
import { contestPhase as windowPhase, type ContestPhase } from '$domain/contests/window';
export { rubricMax } from '$domain/contests/settings-rules';

// ── Similarity ───────────────────────────────────────────────────────────────────────────────

export interface Segment {
  text: string;
  /** Part of a passage the two texts share. */
  marked: boolean;
}

/**
 * The text cut into plain and shared stretches, in order, covering it exactly once. The ranges
 * ({start, end}: string indices, end excluded) may come unsorted, overlapping or touching (they are
 * merged) or reaching past the text (they are clipped).
 */
export function highlightSegments(text: string, ranges: readonly PassageRange[]): Segment[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, Math.floor(r.start))), end: Math.max(0, Math.min(text.length, Math.floor(r.end))) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of clipped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** A Jaccard similarity (0..1) as a whole percent. */
export function jaccardPercent(jaccard: number): number {
  return Math.round(Math.max(0, Math.min(1, jaccard)) * 100);
}

/** A similarity flag's other side: an entry's code, or a known text (`known:<title>`). */
export function describeOther(code: string): { known: boolean; label: string } {
  return code.startsWith('known:') ? { known: true, label: code.slice('known:'.length) } : { known: false, label: code };
}

// ── Contests and entries ─────────────────────────────────────────────────────────────────────

export type { ContestPhase };

/** Where the contest's window is at `now` (ms, by the server's clock): the server's own rule. */
export function contestPhase(contest: Pick<Contest, 'settings'>, now: number): ContestPhase {
  return windowPhase(contest.settings, now);
}

export type EntryStatus = 'not_started' | 'draft' | 'submitted' | 'awarded';

/** What the author's lists say of their entry. */
export function entryStatus(entry: Pick<Entry, 'submission' | 'award'> | null): EntryStatus {
  if (!entry) return 'not_started';
  if (entry.award) return 'awarded';
  return entry.submission ? 'submitted' : 'draft';
}

/** A fresh draft: the first band the contest takes for a lesson, the page's language. */
export function emptyContent(contest: Pick<Contest, 'settings'>, language: 'zh' | 'en'): EntryContent {
  const content: EntryContent = { title: '', text: '', language };
  if (contest.settings.type === 'lesson') content.band = contest.settings.bands[0];
  return content;
}

/** The draft as the API takes it: no empty optional fields, nothing foreign. */
export function cleanContent(content: EntryContent, type: Contest['settings']['type']): EntryContent {
  const clean: EntryContent = { title: content.title.trim(), text: content.text, language: content.language };
  if (type === 'lesson') {
    if (content.band) clean.band = content.band;
    const url = content.videoUrl?.trim();
    if (url) clean.videoUrl = url;
  }
  return clean;
}

export function sameContent(a: EntryContent, b: EntryContent): boolean {
  return (
    a.title === b.title && a.text === b.text && a.language === b.language && (a.band ?? null) === (b.band ?? null) && (a.videoUrl ?? '') === (b.videoUrl ?? '')
  );
}

/** An https address, as the API takes a lesson's video link. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && !!url.hostname && value.trim().length <= 500;
  } catch {
    return false;
  }
}

/** Why the draft cannot be sent as it is (the API would refuse it), or null. */
export function draftProblem(content: EntryContent): 'title' | 'videoUrl' | null {
  if (!content.title.trim()) return 'title';
  if (content.videoUrl?.trim() && !isHttpsUrl(content.videoUrl)) return 'videoUrl';
  return null;
}

/** The draft of a 409's body: `current` is the author's entry or its draft. */
export function conflictContent(extra: Record<string, unknown>): { version: number | null; content: EntryContent | null } {
  const version = typeof extra.currentVersion === 'number' ? extra.currentVersion : null;
  const current = extra.current as { draft?: unknown; version?: unknown } | null | undefined;
  const candidate = current && typeof current === 'object' && 'draft' in current ? current.draft : current;
  const content = isContent(candidate) ? candidate : null;
  const fallbackVersion = current && typeof current === 'object' && typeof current.version === 'number' ? current.version : null;
  return { version: version ?? fallbackVersion, content };
}

function isContent(value: unknown): value is EntryContent {
  const c = value as EntryContent;
  return !!c && typeof c === 'object' && typeof c.title === 'string' && typeof c.text === 'string' && (c.language === 'zh' || c.language === 'en');
}

// ── The draft kept on this device ────────────────────────────────────────────────────────────

/** What this device has typed and the server may not have yet, with the version it was based on. */
export interface StoredDraft {
  content: EntryContent;
  baseVersion: number;
  /** When it was typed (this device's clock): shown, never compared with the server's. */
  savedAt: string;
}

export function draftKey(userId: string, contestId: string): string {
  return `clearcampus.contest.${userId}.${contestId}`;
}

export function readStoredDraft(storage: StorageLike, key: string): StoredDraft | null {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as StoredDraft | null;
    if (!parsed || typeof parsed !== 'object' || !isContent(parsed.content) || !Number.isInteger(parsed.baseVersion)) return null;
    const c = parsed.content;
    const content: EntryContent = { title: c.title, text: c.text, language: c.language };
    if (typeof c.band === 'string') content.band = c.band;
    if (typeof c.videoUrl === 'string') content.videoUrl = c.videoUrl;
    return { content, baseVersion: parsed.baseVersion, savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '' };
  } catch {
    return null;
  }
}

export function writeStoredDraft(storage: StorageLike, key: string, draft: StoredDraft | null): void {
  try {
    if (draft) storage.setItem(key, JSON.stringify(draft));
    else storage.removeItem(key);
  } catch {
    // Storage full or disabled: the draft still lives in the page.
  }
}

export interface StartingDraft {
  content: EntryContent;
  /** The version the edits are based on: what the next save sends. */
  version: number;
  /** The copy on this device differs from the server's: it is shown, and it is to be saved. */
  restored: boolean;
}

/**
 * What the editor opens with: the server's draft, or this device's copy when it holds changes the
 * server lacks. Those are sent from the version they were based on, so a draft saved meanwhile from
 * elsewhere comes back as a conflict for the author to settle, never silently overwritten.
 */
export function startingDraft(server: Pick<Entry, 'draft' | 'version' | 'submission'> | null, stored: StoredDraft | null, fresh: EntryContent): StartingDraft {
  const base = server ? { content: server.draft, version: server.version } : { content: fresh, version: 0 };
  if (!stored || server?.submission) return { ...base, restored: false };
  if (sameContent(stored.content, base.content)) return { ...base, restored: false };
  return { content: stored.content, version: stored.baseVersion, restored: true };
}

// ── Autosave ─────────────────────────────────────────────────────────────────────────────────

/**
 * - idle: nothing to send
 * - waiting: changes are kept on this device and will be sent shortly
 * - saving / saved / offline / retrying: as the players' save line says
 * - failed: the session ended (401); the draft waits on this device
 * - conflict: the draft was saved meanwhile elsewhere: the author chooses
 * - blocked: the draft cannot be sent as it is (no title, a bad link)
 * - refused: the server refused it (closed window, submitted entry …)
 */
export type DraftStatus = 'idle' | 'waiting' | 'saving' | 'saved' | 'offline' | 'retrying' | 'failed' | 'conflict' | 'blocked' | 'refused';

export interface DraftSaverOptions {
  key: string;
  storage: StorageLike;
  /** The draft to start from and the version it is based on. */
  version: number;
  content: EntryContent;
  /** Whether `content` is not on the server yet (restored from this device). */
  unsaved?: boolean;
  send: (version: number, content: EntryContent) => Promise<Entry>;
  /** The content as sent (cleaned), or null when it cannot be sent; default: as it is. */
  prepare?: (content: EntryContent) => EntryContent | null;
  onSaved?: (entry: Entry) => void;
  /** `entry`: the author's entry as the 409 carried it (it may be submitted meanwhile). */
  onConflict?: (version: number | null, current: EntryContent | null, entry: Entry | null) => void;
  onRefused?: (error: unknown) => void;
  onChange?: (status: DraftStatus) => void;
  debounceMs?: number;
  timers?: Timers;
  random?: () => number;
  now?: () => number;
}

export const DEBOUNCE_MS = 1500;

/**
 * One entry's autosave: every change goes to localStorage at once and to the server after a pause
 * in typing (or at once on blur, on hiding the page, or when asked), one PUT at a time, each with the
 * version the last answer gave. A network failure retries with backoff; a 409 stops and asks.
 */
export class DraftSaver {
  private content: EntryContent;
  private baseVersion: number;
  /** The content the server has (as last sent and acknowledged, or loaded). */
  private saved: EntryContent | null;
  private statusValue: DraftStatus = 'idle';
  private debounce: unknown = null;
  private retry: unknown = null;
  private attempt = 0;
  private running: Promise<void> | null = null;
  private disposed = false;
  private readonly timers: Timers;

  constructor(private readonly options: DraftSaverOptions) {
    this.content = options.content;
    this.baseVersion = options.version;
    this.saved = options.unsaved ? null : options.content;
    this.timers = options.timers ?? { setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
    if (options.unsaved) this.store();
  }

  get status(): DraftStatus {
    return this.statusValue;
  }

  get version(): number {
    return this.baseVersion;
  }

  /** Whether the server lacks some of what the author typed. */
  get dirty(): boolean {
    return !this.saved || !sameContent(this.prepared(this.content) ?? this.content, this.saved);
  }

  /** The author changed the draft: kept here at once, sent after a pause. */
  edit(content: EntryContent): void {
    if (this.disposed) return;
    this.content = content;
    this.store();
    if (this.statusValue === 'conflict' || this.statusValue === 'refused' || this.statusValue === 'failed') return;
    if (this.retry !== null) return; // a retry is waiting: it sends the latest
    this.clearDebounce();
    if (!this.prepared(content)) {
      this.set('blocked');
      return;
    }
    if (!this.dirty) {
      writeStoredDraft(this.options.storage, this.options.key, null);
      this.set('saved');
      return;
    }
    this.set('waiting');
    this.debounce = this.timers.setTimeout(() => {
      this.debounce = null;
      void this.flush();
    }, this.options.debounceMs ?? DEBOUNCE_MS);
  }

  /** Sends now (blur, page hidden, before submitting); resolves when nothing is left or a send failed. */
  async flush(): Promise<boolean> {
    if (this.disposed) return !this.dirty;
    this.clearDebounce();
    if (this.statusValue === 'conflict' || this.statusValue === 'refused') return false;
    if (this.running) await this.running;
    if (!this.dirty) return true;
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    await this.running;
    return !this.dirty;
  }

  /** After a network failure, the 'online' event or the author's "retry now". */
  retryNow(): void {
    if (this.disposed) return;
    this.clearRetry();
    this.attempt = 0;
    if (this.statusValue === 'failed' || this.statusValue === 'refused') this.set('waiting');
    void this.flush();
  }

  /** Conflict settled by keeping this device's text: saved over the current version, knowingly. */
  keepMine(currentVersion: number): Promise<boolean> {
    this.baseVersion = currentVersion;
    this.store();
    this.set('waiting');
    return this.flush();
  }

  /** Conflict settled by taking the server's text: this device's copy is dropped. */
  takeTheirs(currentVersion: number, current: EntryContent): void {
    this.clearDebounce();
    this.clearRetry();
    this.baseVersion = currentVersion;
    this.content = current;
    this.saved = current;
    writeStoredDraft(this.options.storage, this.options.key, null);
    this.set('saved');
  }

  /** The entry changed on the server by other means (submitted, withdrawn): start again from it. */
  reset(version: number, content: EntryContent): void {
    this.clearDebounce();
    this.clearRetry();
    this.baseVersion = version;
    this.content = content;
    this.saved = content;
    writeStoredDraft(this.options.storage, this.options.key, null);
    this.set('idle');
  }

  /** Stops timers; an unsaved draft stays in storage for the next load. */
  dispose(): void {
    this.disposed = true;
    this.clearDebounce();
    this.clearRetry();
  }

  private prepared(content: EntryContent): EntryContent | null {
    return this.options.prepare ? this.options.prepare(content) : content;
  }

  private async run(): Promise<void> {
    while (!this.disposed && this.dirty) {
      const body = this.prepared(this.content);
      if (!body) {
        this.set('blocked');
        return;
      }
      this.set('saving');
      let entry: Entry;
      try {
        entry = await this.options.send(this.baseVersion, body);
      } catch (error) {
        if (this.disposed) return;
        if (error instanceof ApiError && error.status === 409) {
          const { version, content } = conflictContent(error.extra);
          const current = error.extra.current as Entry | null | undefined;
          this.set('conflict');
          this.options.onConflict?.(version, content, current && typeof current === 'object' && 'draft' in current ? current : null);
          return;
        }
        const kind = classifyFailure(error);
        if (kind === 'offline' || kind === 'retry') {
          this.set(kind === 'offline' ? 'offline' : 'retrying');
          this.scheduleRetry();
          return;
        }
        this.set(kind === 'keep' ? 'failed' : 'refused');
        if (kind !== 'keep') this.options.onRefused?.(error);
        return;
      }
      if (this.disposed) return;
      this.attempt = 0;
      this.baseVersion = entry.version;
      this.saved = body;
      if (this.dirty) this.store();
      else writeStoredDraft(this.options.storage, this.options.key, null);
      this.options.onSaved?.(entry);
    }
    if (!this.disposed && !this.dirty) this.set('saved');
  }

  private store(): void {
    const now = this.options.now?.() ?? Date.now();
    writeStoredDraft(this.options.storage, this.options.key, { content: this.content, baseVersion: this.baseVersion, savedAt: new Date(now).toISOString() });
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retry = this.timers.setTimeout(
      () => {
        this.retry = null;
        void this.flush();
      },
      backoffDelay(this.attempt++, this.options.random),
    );
  }

  private clearDebounce(): void {
    if (this.debounce !== null) this.timers.clearTimeout(this.debounce);
    this.debounce = null;
  }

  private clearRetry(): void {
    if (this.retry !== null) this.timers.clearTimeout(this.retry);
    this.retry = null;
  }

  private set(status: DraftStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    this.options.onChange?.(status);
  }
}

// ── Judging ──────────────────────────────────────────────────────────────────────────────────

export interface TaskGroup {
  contestId: string;
  contestTitle: JudgeTask['contestTitle'];
  toScore: JudgeTask[];
  scored: JudgeTask[];
}

/** A judge's tasks by contest (in the order they first appear), each split into to score and scored. */
export function groupTasks(tasks: readonly JudgeTask[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    let group = groups.get(task.contestId);
    if (!group) {
      group = { contestId: task.contestId, contestTitle: task.contestTitle, toScore: [], scored: [] };
      groups.set(task.contestId, group);
    }
    (task.scored ? group.scored : group.toScore).push(task);
  }
  const byCode = (a: JudgeTask, b: JudgeTask) => a.code.localeCompare(b.code);
  return [...groups.values()].map((g) => ({ ...g, toScore: g.toScore.sort(byCode), scored: g.scored.sort(byCode) }));
}

/** Points typed for a criterion: a number from 0 to its maximum (halves allowed), or null. */
export function parsePoints(value: string | number | null | undefined, max: number): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!text) return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > max) return null;
  return n;
}

/** The sum of the points given so far (criteria left blank count as 0). */
export function scoreTotal(points: readonly (number | null)[]): number {
  return Math.round(points.reduce<number>((sum, p) => sum + (p ?? 0), 0) * 100) / 100;
}
