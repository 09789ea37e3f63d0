/**
 * A page's parts mounted one task after another instead of all in the task that hydrates the page.
 * On a slow phone, rendering the whole student home at once held the main thread for half a second
 * (a long task that delays any tap: Lighthouse's total blocking time); parts below the first screen
 * that appear a few milliseconds later cost nothing visible. Call while a component initialises.
 */
export function staged(parts: number): { readonly shown: number } {
  const stage = $state({ shown: 0 });
  $effect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      stage.shown += 1;
      if (stage.shown < parts) timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  });
  return stage;
}
