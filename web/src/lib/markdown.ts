/**
 * Module text is Markdown written by editors: rendered with marked, then sanitised with DOMPurify
 * before it reaches the page. Raw HTML in the source is allowed through marked but only the tags
 * and attributes below survive; scripts, event handlers, styles, forms and frames never do.
 *
 * Loaded with a dynamic import by the pages that show module text (the player and the editor), so
 * the other pages never download marked or DOMPurify.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** Headings inside a section start at h3: the page has h1 and the section title is h2. */
const HEADING_OFFSET = 2;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + HEADING_OFFSET);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'del', 's', 'sup', 'sub', 'mark',
  'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'start', 'lang', 'colspan', 'rowspan', 'scope'];

let hooked = false;

/** Links leave with rel="noopener noreferrer"; links to other sites open in a new tab. */
function addHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    node.setAttribute('rel', 'noopener noreferrer');
    if (/^https?:\/\//i.test(href)) node.setAttribute('target', '_blank');
  });
}

export function sanitizeHtml(html: string): string {
  addHooks();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    // Only web links, mail and same-site paths: no javascript:, data: or other schemes.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/(?!\/)|#)/i,
  });
}

/** Markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }));
}
