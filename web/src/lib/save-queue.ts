/**
 * The save queue of the players: every "section seen" and "check answered" of a module, and every
 * answer picked in a quiz, goes into a small queue kept in localStorage (one key per user and module
 * or attempt) before it is sent, and leaves it only once the server has it. A network failure keeps
 * the queue and retries with backoff (and at once on the 'online' event); a reload finds the queue
 * and sends what is left. The saves are idempotent PUTs, so sending one twice is harmless.
 *
 * No Svelte and no DOM: storage, sending, timers and randomness come in from outside, so the unit
 * tests drive it with fakes.
 */
import { ApiError } from './api';

export interface SaveItem {
  version: number;
  sectionId: string;
  optionId?: string;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * - idle: nothing sent yet
 * - saving: sending
 * - saved: everything the learner did is on the server
 * - offline: the network failed; will retry
 * - retrying: the server failed (5xx, 429); will retry
 * - failed: the session ended (401): the queue is kept for the next load
 * Items the server refuses (4xx other than 401: nothing a retry would fix) are dropped and counted.
 */
export type QueueStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'retrying' | 'failed';

export interface QueueState {
  status: QueueStatus;
  pending: number;
  /** Items the server refused (4xx) and that were dropped. */
  rejected: number;
}

const PREFIX = 'clearcampus.progress.';
const ANSWER_PREFIX = 'clearcampus.quiz.';

export function queueKey(userId: string, moduleId: string): string {
  return `${PREFIX}${userId}.${moduleId}`;
}

function idsWithQueue(storage: StorageLike & { length: number; key(index: number): string | null }, prefix: string): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return ids;
}

/** The module ids that still have a queue for this user (e.g. to flush them from the home page). */
export function queuedModules(storage: StorageLike & { length: number; key(index: number): string | null }, userId: string): string[] {
  return idsWithQueue(storage, `${PREFIX}${userId}.`);
}

/** The attempt ids that still have answers waiting for this user. */
export function queuedAttempts(storage: StorageLike & { length: number; key(index: number): string | null }, userId: string): string[] {
  return idsWithQueue(storage, `${ANSWER_PREFIX}${userId}.`);
}

/** How a queue reads its items back from storage and merges a new one into them. */
export interface QueueCodec<I> {
  /** The item, cleaned of anything foreign, or null when it is not one (it is then dropped). */
  parse(value: unknown): I | null;
  /** The queue with `item` added at the end and the earlier items it makes redundant dropped. */
  add(items: readonly I[], item: I): I[];
}

function parseSaveItem(value: unknown): SaveItem | null {
  const item = value as SaveItem;
  const ok =
    !!item &&
    typeof item === 'object' &&
    Number.isInteger(item.version) &&
    typeof item.sectionId === 'string' &&
    item.sectionId.length > 0 &&
    (item.optionId === undefined || typeof item.optionId === 'string');
  if (!ok) return null;
  return item.optionId === undefined
    ? { version: item.version, sectionId: item.sectionId }
    : { version: item.version, sectionId: item.sectionId, optionId: item.optionId };
}

/** The stored queue; anything unreadable counts as empty rather than breaking the player. */
export function readQueue(storage: StorageLike, key: string): SaveItem[];
export function readQueue<I>(storage: StorageLike, key: string, codec: QueueCodec<I>): I[];
export function readQueue<I>(storage: StorageLike, key: string, codec?: QueueCodec<I>): I[] {
  const parse = codec?.parse ?? (parseSaveItem as (value: unknown) => I | null);
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.flatMap((value) => parse(value) ?? []) : [];
  } catch {
    return [];
  }
}

export function writeQueue<I>(storage: StorageLike, key: string, items: readonly I[]): void {
  try {
    if (items.length) storage.setItem(key, JSON.stringify(items));
    else storage.removeItem(key);
  } catch {
    // Storage full or disabled: the queue still lives in memory for this page.
  }
}

/**
 * Adds an item at the end, dropping earlier items it makes redundant: an earlier save of the same
 * section without an answer, or with the same answer. An earlier answer is never dropped. The queue
 * thus stays small (at most about two items per section) however long the learner is offline, and
 * its last item is still where the learner is.
 */
export function addItem(items: readonly SaveItem[], item: SaveItem): SaveItem[] {
  const kept = items.filter(
    (old) => !(old.sectionId === item.sectionId && old.version === item.version && (old.optionId === undefined || old.optionId === item.optionId)),
  );
  return [...kept, item];
}

/** The module player's steps. */
export const progressCodec: QueueCodec<SaveItem> = { parse: parseSaveItem, add: addItem };

// ── Quiz answers ─────────────────────────────────────────────────────────────────────────────

/** One answer of a quiz attempt: the options picked for a question (all of them: a PUT replaces). */
export interface AnswerItem {
  questionId: string;
  optionIds: string[];
}

export function answerQueueKey(userId: string, attemptId: string): string {
  return `${ANSWER_PREFIX}${userId}.${attemptId}`;
}

function parseAnswerItem(value: unknown): AnswerItem | null {
  const item = value as AnswerItem;
  if (!item || typeof item !== 'object' || typeof item.questionId !== 'string' || !item.questionId) return null;
  if (!Array.isArray(item.optionIds) || !item.optionIds.every((id) => typeof id === 'string')) return null;
  return { questionId: item.questionId, optionIds: [...item.optionIds] };
}

/** A later answer to a question replaces any earlier one still waiting: only the last pick matters. */
export const answerCodec: QueueCodec<AnswerItem> = {
  parse: parseAnswerItem,
  add: (items, item) => [...items.filter((old) => old.questionId !== item.questionId), item],
};

/**
 * The answers to show: the server's, overridden by what this device picked and has not had
 * acknowledged yet (a reload while offline must not bring back an older answer).
 */
export function mergeAnswers(server: Record<string, string[]>, pending: readonly AnswerItem[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [id, options] of Object.entries(server)) merged[id] = [...options];
  for (const item of pending) merged[item.questionId] = [...item.optionIds];
  return merged;
}

/** What to do after a failed send. */
export type FailureKind = 'offline' | 'retry' | 'drop' | 'keep';

export function classifyFailure(error: unknown): FailureKind {
  if (!(error instanceof ApiError)) return 'offline';
  if (error.isNetwork) return 'offline';
  if (error.status === 401) return 'keep';
  if (error.status === 408 || error.status === 429 || error.status >= 500) return 'retry';
  return 'drop';
}

export const MIN_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15_000;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … up to 15 s. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.5 + random() / 2));
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SaveQueueOptions<T, I = SaveItem> {
  key: string;
  storage: StorageLike;
  send: (item: I) => Promise<T>;
  /** How items are stored and merged; the module player's steps when left out. */
  codec?: QueueCodec<I>;
  onSaved?: (result: T, item: I) => void;
  /** An item the server refused (4xx other than 401), just dropped from the queue. */
  onRejected?: (error: unknown, item: I) => void;
  onChange?: (state: QueueState) => void;
  timers?: Timers;
  random?: () => number;
}

export class SaveQueue<T = unknown, I = SaveItem> {
  private items: I[];
  private state: QueueState;
  private running: Promise<void> | null = null;
  private attempt = 0;
  private timer: unknown = null;
  private disposed = false;
  private readonly timers: Timers;
  private readonly codec: QueueCodec<I>;

  constructor(private readonly options: SaveQueueOptions<T, I>) {
    this.codec = options.codec ?? (progressCodec as unknown as QueueCodec<I>);
    this.items = readQueue(options.storage, options.key, this.codec);
    this.state = { status: 'idle', pending: this.items.length, rejected: 0 };
    this.timers = options.timers ?? { setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
  }

  /** What is still to send, oldest first (a copy). */
  get pending(): I[] {
    return [...this.items];
  }

  get current(): QueueState {
    return { ...this.state };
  }

  /** Records an item (in storage first) and sends it unless a retry is already waiting. */
  add(item: I): void {
    if (this.disposed) return;
    this.items = this.codec.add(this.items, item);
    writeQueue(this.options.storage, this.options.key, this.items);
    this.update({ pending: this.items.length });
    if (this.timer === null) void this.flush();
  }

  /** Sends what is left now: on load, on the 'online' event, or when the learner asks. */
  retryNow(): void {
    if (this.disposed) return;
    this.clearTimer();
    this.attempt = 0;
    void this.flush();
  }

  /** Stops timers; what is left stays in storage for the next load. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  /**
   * Sends everything now and waits for the outcome: true when nothing is left to send (all on the
   * server, or refused by it). Submitting a quiz waits on this.
   */
  async drain(): Promise<boolean> {
    if (this.disposed) return this.items.length === 0;
    this.clearTimer();
    this.attempt = 0;
    if (this.running) await this.running;
    this.clearTimer();
    await this.flush();
    return this.items.length === 0;
  }

  /** Sends the queue in order, one at a time; resolves when it is empty or a send failed. */
  flush(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    let sent = false;
    while (this.items.length && !this.disposed) {
      const item = this.items[0]!;
      if (this.state.status !== 'offline' && this.state.status !== 'retrying') this.update({ status: 'saving' });
      let result: T;
      try {
        result = await this.options.send(item);
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind === 'drop') {
          sent = true;
          this.remove(item);
          this.update({ rejected: this.state.rejected + 1, pending: this.items.length });
          this.options.onRejected?.(error, item);
          continue;
        }
        if (kind === 'keep') {
          this.update({ status: 'failed' });
          return;
        }
        this.update({ status: kind === 'offline' ? 'offline' : 'retrying' });
        this.schedule();
        return;
      }
      sent = true;
      this.attempt = 0;
      this.remove(item);
      this.update({ pending: this.items.length });
      this.options.onSaved?.(result, item);
    }
    if (!this.disposed && this.items.length === 0 && sent) this.update({ status: 'saved' });
  }

  private remove(item: I): void {
    // Only the sent item: the learner may have added more while it was on its way.
    const index = this.items.indexOf(item);
    if (index >= 0) this.items.splice(index, 1);
    writeQueue(this.options.storage, this.options.key, this.items);
  }

  private schedule(): void {
    this.clearTimer();
    const delay = backoffDelay(this.attempt++, this.options.random);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private update(change: Partial<QueueState>): void {
    const next = { ...this.state, ...change };
    if (next.status === this.state.status && next.pending === this.state.pending && next.rejected === this.state.rejected) return;
    this.state = next;
    this.options.onChange?.({ ...next });
  }
}
