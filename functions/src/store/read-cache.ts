import type { Db } from './client.js';

/**
 * Content every participant reads and editors rarely change — a quiz, a question pool, a module's
 * latest summary — is kept per instance for CONTENT_CACHE_MS. Without it, a national competition
 * sends every start and submission to the same few partitions (docs/CAPACITY.md: 19,200 RCU/s on one
 * question pool at peak against a 3,000 RCU/s partition limit). A write through this instance forgets
 * what it changed at once; other instances see the change within CONTENT_CACHE_MS.
 */
export const CONTENT_CACHE_MS = 30_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  value: Promise<unknown>;
  at: number;
}

const entries = new Map<string, Entry>();
const entryKey = (db: Db, key: string) => `${db.table}\u0000${key}`;

/**
 * The cached value of `key`, loading it when missing or older than CONTENT_CACHE_MS. Concurrent
 * readers share one load; a failed load or an absent value (`null`) is not kept.
 */
export function readThrough<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  // The age of a cached value is this instance's own time, not a request's: a test clock set days
  // ahead would otherwise keep a value forever or never keep one.
  const now = Date.now();
  const id = entryKey(db, key);
  const found = entries.get(id);
  if (found && now - found.at < CONTENT_CACHE_MS) return found.value as Promise<T>;
  const value = load();
  entries.delete(id);
  entries.set(id, { value, at: now });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.then(
    (loaded) => loaded === null && entries.get(id)?.value === value && entries.delete(id),
    () => entries.get(id)?.value === value && entries.delete(id),
  );
  return value;
}

/** Forgets every cached key that starts with `prefix`, after a write through this instance. */
export function forget(db: Db, prefix: string): void {
  const start = entryKey(db, prefix);
  for (const id of entries.keys()) if (id.startsWith(start)) entries.delete(id);
}
