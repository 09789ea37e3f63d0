/** The DOM id of the form field for an API path: "content.sections.2.title.zh" → "f-content-sections-2-title-zh". */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * Focuses the field for a path, or the nearest enclosing one that exists (a section, the options
 * list): used by the error summary's links.
 */
export function focusField(path: string): void {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
    // A localized text's zh field stands for the text.
    const zh = document.getElementById(fieldId(`${parts.slice(0, n).join('.')}.zh`));
    if (zh) {
      zh.focus();
      zh.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
