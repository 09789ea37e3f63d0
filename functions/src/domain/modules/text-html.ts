/**
 * Module text is Markdown written by editors; learners receive it as HTML made here, on the server,
 * so a phone never downloads a Markdown renderer and a sanitiser (24 KB compressed, half a second on a
 * rural link) before it can show the first section. The editor's preview uses the same function.
 *
 * Safe by construction rather than by cleaning afterwards: every piece of source text is escaped,
 * raw HTML in the source is shown as text except a few inline tags without attributes, and a link or
 * an image keeps its target only when linkTarget allows it. web/src/lib/module-text.test.ts parses the
 * output of hostile sources with an HTML parser and checks every element and attribute against a list.
 */
import { Marked, type Tokens } from 'marked';
import type { Section } from './content.js';
import type { PlayedSection } from './played.js';

/** Headings inside a section start at h3: the page has h1 and the section title is h2. */
const HEADING_OFFSET = 2;

/** Raw HTML that passes as it is: formatting an editor may type by hand, never with attributes. */
const PLAIN_TAG = /^<(\/?)(strong|em|b|i|del|s|sup|sub|mark)>$|^<br\s*\/?>$/i;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

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

const titleAttribute = (title: string | null | undefined) => (title ? ` title="${escapeHtml(title)}"` : '');

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + HEADING_OFFSET);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    html({ text }: Tokens.HTML | Tokens.Tag) {
      const tag = PLAIN_TAG.exec(text.trim());
      if (!tag) return escapeHtml(text);
      return tag[2] ? `<${tag[1]}${tag[2].toLowerCase()}>` : '<br>';
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const target = linkTarget(href);
      if (!target) return text;
      const opens = target === 'external' ? ' target="_blank"' : '';
      return `<a href="${escapeHtml(href)}"${titleAttribute(title)} rel="noopener noreferrer"${opens}>${text}</a>`;
    },
    image({ href, title, text }) {
      if (!linkTarget(href)) return escapeHtml(text);
      return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${titleAttribute(title)}>`;
    },
    // Without the language class marked adds: nothing here highlights code, and the output keeps no classes.
    code({ text }) {
      return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
    },
    // A task list's box is not a form field here: nothing would save its state.
    checkbox({ checked }) {
      return checked ? '☑ ' : '☐ ';
    },
  },
});

/** Markdown to HTML that is safe to insert into the page as it is. */
export function textHtml(source: string): string {
  return marked.parse(source, { async: false });
}

/** A section as learners receive it: a text section's Markdown, in both languages, as HTML. */
export function playedSection(section: Section): PlayedSection {
  if (section.kind !== 'text') return section;
  const { body, ...rest } = section;
  return { ...rest, html: { zh: textHtml(body.zh), en: textHtml(body.en) } };
}
