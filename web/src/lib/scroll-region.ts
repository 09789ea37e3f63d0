/**
 * A box that a wide table scrolls sideways in (on a phone, most of them). While its content is wider
 * than the box, keyboards must be able to reach it to scroll it (WCAG 2.1.1), so it becomes a named,
 * focusable region; when everything fits it stays a plain box, not an extra tab stop.
 */
import type { Action } from 'svelte/action';

let nextId = 0;

/** The table's caption names the region; without one, the label given, else the nearest heading before it. */
function labelFor(node: HTMLElement, label: string | undefined): { labelledBy?: string; label?: string } {
  const caption = node.querySelector('caption');
  if (caption?.textContent?.trim()) {
    if (!caption.id) caption.id = `scroll-caption-${++nextId}`;
    return { labelledBy: caption.id };
  }
  if (label) return { label };
  const heading = node.closest('section, .card, main')?.querySelector('h2, h3, h1');
  return { label: heading?.textContent?.trim() ?? '' };
}

export const scrollRegion: Action<HTMLElement, string | undefined> = (node, initialLabel) => {
  let label = initialLabel;
  // Attributes this action added, so that it removes only its own and leaves markup-given ones alone.
  const owned = new Set<string>();
  const set = (name: string, value: string) => {
    if (owned.has(name) || !node.hasAttribute(name)) {
      node.setAttribute(name, value);
      owned.add(name);
    }
  };
  const clear = () => {
    for (const name of owned) node.removeAttribute(name);
    owned.clear();
  };

  const update = () => {
    const scrollable = node.scrollWidth > node.clientWidth + 1;
    if (!scrollable) return clear();
    set('tabindex', '0');
    set('role', 'region');
    const name = labelFor(node, label);
    if (name.labelledBy) set('aria-labelledby', name.labelledBy);
    else if (name.label) set('aria-label', name.label);
  };

  const observer = new ResizeObserver(update);
  observer.observe(node);
  if (node.firstElementChild) observer.observe(node.firstElementChild);
  update();

  return {
    update(next) {
      label = next;
      clear();
      update();
    },
    destroy() {
      observer.disconnect();
    },
  };
};
