/**
 * After a client-side navigation SvelteKit leaves the focus on <body>, and a screen reader says
 * nothing about the new page. Its main heading takes the focus instead (WCAG 2.4.3) as soon as it is
 * rendered: most pages show it only once their data has arrived.
 */
const WAIT_MS = 10_000;

let stopWaiting: (() => void) | null = null;

/** True once the focus is settled: on the heading, or somewhere the user or the page put it meanwhile. */
function focusHeading(main: HTMLElement): boolean {
  const active = document.activeElement;
  if (active && active !== document.body && active !== main) return true;
  const heading = main.querySelector('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  return true;
}

export function focusMainHeading(): void {
  stopWaiting?.();
  const main = document.getElementById('main');
  if (!main || focusHeading(main)) return;
  const observer = new MutationObserver(() => {
    if (focusHeading(main)) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    stopWaiting = null;
  }
  observer.observe(main, { childList: true, subtree: true });
  stopWaiting = stop;
}
