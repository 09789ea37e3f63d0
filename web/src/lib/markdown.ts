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
  'p',
  'br',
  'hr',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  'del',
  's',
  'sup',
  'sub',
  'mark',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'start', 'lang', 'colspan', 'rowspan', 'scope'];

let hooked = false;

/**
 * Where a link or image of module text may point: 'external' (https: only), 'local' (this site: a
 * path, a fragment, a relative reference) or null (dropped). Browsers strip tabs and line breaks from
 * URLs and read `\` as `/`, so `/\evil.example` and `/<tab>/evil.example` are `//evil.example`, another
 * site: a path must start with one slash followed by neither.
 */
export function linkTarget(raw: string): 'external' | 'local' | null {
  // eslint-disable-next-line no-control-regex -- browsers strip these around a URL; so must the check
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/^https:/i.test(url)) return 'external';
  // Any other scheme (http:, javascript:, data:, mailto:…): a scheme is letters up to a colon before any / ? #.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  if (url.startsWith('#')) return 'local';
  if (url.startsWith('/')) return /^\/[/\\]/.test(url) ? null : 'local';
  return url.startsWith('\\') ? null : 'local';
}

/**
 * Links and images keep only targets linkTarget allows (a dropped link keeps its text). Links leave
 * with rel="noopener noreferrer"; links to other sites open in a new tab.
 */
function addHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    const attribute = node.tagName === 'A' ? 'href' : node.tagName === 'IMG' ? 'src' : null;
    if (!attribute || !node.hasAttribute(attribute)) return;
    const target = linkTarget(node.getAttribute(attribute) ?? '');
    if (!target) {
      node.removeAttribute(attribute);
      return;
    }
    if (node.tagName !== 'A') return;
    node.setAttribute('rel', 'noopener noreferrer');
    if (target === 'external') node.setAttribute('target', '_blank');
    else node.removeAttribute('target');
  });
}

export function sanitizeHtml(html: string): string {
  addHooks();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    // DOMPurify's own rule narrowed to https: (or no scheme); the hook above has the last word.
    ALLOWED_URI_REGEXP: /^(?:https:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}

/** Markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }));
}
