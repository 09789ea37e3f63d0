import type { StorageLike } from './save-queue';

/** localStorage, or memory when it is disabled (what is kept then lasts for this page only). */
export function deviceStorage(): StorageLike {
  try {
    localStorage.setItem('clearcampus.probe', '1');
    localStorage.removeItem('clearcampus.probe');
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}
