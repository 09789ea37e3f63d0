/**
 * The player's save queue: every "section seen" and "check answered" goes into a small queue kept in
 * localStorage (one key per user and module) before it is sent, and leaves it only once the server
 * has it. A network failure keeps the queue and retries with backoff (and at once on the 'online'
 * event); a reload finds the queue and sends what is left. The saves are idempotent PUTs, so sending
 * one twice is harmless.
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

export function queueKey(userId: string, moduleId: string): string {
  return `${PREFIX}${userId}.${moduleId}`;
}

/** The module ids that still have a queue for this user (e.g. to flush them from the home page). */
export function queuedModules(storage: StorageLike & { length: number; key(index: number): string | null }, userId: string): string[] {
  const prefix = `${PREFIX}${userId}.`;
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

function isItem(value: unknown): value is SaveItem {
  const item = value as SaveItem;
  return (
    !!item &&
    typeof item === 'object' &&
    Number.isInteger(item.version) &&
    typeof item.sectionId === 'string' &&
    item.sectionId.length > 0 &&
    (item.optionId === undefined || typeof item.optionId === 'string')
  );
}

/** The stored queue; anything unreadable counts as empty rather than breaking the player. */
export function readQueue(storage: StorageLike, key: string): SaveItem[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isItem).map((i) => (i.optionId === undefined ? { version: i.version, sectionId: i.sectionId } : { version: i.version, sectionId: i.sectionId, optionId: i.optionId })) : [];
  } catch {
    return [];
  }
}

export function writeQueue(storage: StorageLike, key: string, items: readonly SaveItem[]): void {
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
  const kept = items.filter((old) => !(old.sectionId === item.sectionId && old.version === item.version && (old.optionId === undefined || old.optionId === item.optionId)));
  return [...kept, item];
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

export interface SaveQueueOptions<T> {
  key: string;
  storage: StorageLike;
  send: (item: SaveItem) => Promise<T>;
  onSaved?: (result: T, item: SaveItem) => void;
  onChange?: (state: QueueState) => void;
  timers?: Timers;
  random?: () => number;
}

export class SaveQueue<T = unknown> {
  private items: SaveItem[];
  private state: QueueState;
  private running = false;
  private attempt = 0;
  private timer: unknown = null;
  private disposed = false;
  private readonly timers: Timers;

  constructor(private readonly options: SaveQueueOptions<T>) {
    this.items = readQueue(options.storage, options.key);
    this.state = { status: 'idle', pending: this.items.length, rejected: 0 };
    this.timers = options.timers ?? { setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
  }

  /** What is still to send, oldest first (a copy). */
  get pending(): SaveItem[] {
    return [...this.items];
  }

  get current(): QueueState {
    return { ...this.state };
  }

  /** Records an item (in storage first) and sends it unless a retry is already waiting. */
  add(item: SaveItem): void {
    if (this.disposed) return;
    this.items = addItem(this.items, item);
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

  /** Sends the queue in order, one at a time; resolves when it is empty or a send failed. */
  async flush(): Promise<void> {
    if (this.running || this.disposed) return;
    this.running = true;
    let sent = false;
    try {
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
    } finally {
      this.running = false;
    }
  }

  private remove(item: SaveItem): void {
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
