import type { StorageLike } from './save-queue';

/** localStorage when the browser lets the page keep anything (not in some private modes), else null. */
export function persistentStorage(): StorageLike | null {
  try {
    localStorage.setItem('clearcampus.probe', '1');
    localStorage.removeItem('clearcampus.probe');
    return localStorage;
  } catch {
    return null;
  }
}

/** localStorage, or memory when it is disabled (what is kept then lasts for this page only). */
export function deviceStorage(): StorageLike {
  const kept = persistentStorage();
  if (kept) return kept;
  const memory = new Map<string, string>();
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}
