/**
 * What `load` gives, asked for once and shared by every caller, concurrent ones included. A failure is
 * not kept: the next call loads again, so one unreadable file or dropped connection at a cold start
 * does not fail the function until it is recycled.
 */
export function onceLoaded<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
