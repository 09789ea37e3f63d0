/**
 * The first page's data, asked for by the inline script of app.html while the page's scripts are
 * still downloading: on a slow phone those take seconds, and the API answers arrive meanwhile instead
 * of after. Each response is handed to the first GET of the same path and then forgotten, so a later
 * visit to the same page asks the server again.
 */
declare global {
  interface Window {
    /** Path → the response app.html's script asked for; `at` is when, on the performance clock. */
    __earlyData?: { at: number; requests: Record<string, Promise<Response>> };
  }
}

/** A response older than this is not the page's first load any more: asked again, not reused. */
const EARLY_DATA_MAX_AGE_MS = 30_000;

export function takeEarlyResponse(path: string, method: string): Promise<Response> | null {
  if (method !== 'GET' || typeof window === 'undefined' || !window.__earlyData) return null;
  const { at, requests } = window.__earlyData;
  const found = requests[path];
  if (!found) return null;
  delete requests[path];
  return performance.now() - at <= EARLY_DATA_MAX_AGE_MS ? found : null;
}
