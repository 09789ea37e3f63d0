// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown that modules use', () => {
    const html = renderMarkdown('**毒品**会伤害身体。\n\n- 一\n- 二\n\n1. first\n2. second');
    expect(html).toContain('<strong>毒品</strong>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>二</li>');
    expect(html).toContain('<ol>');
  });

  it('starts headings at h3, below the page and section titles', () => {
    expect(renderMarkdown('# Big\n\n## Smaller')).toBe('<h3>Big</h3>\n<h4>Smaller</h4>\n');
    expect(renderMarkdown('##### Deep')).toContain('<h6>Deep</h6>');
  });

  it('removes script tags and event-handler attributes', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>\n\n<img src="/x.png" onerror="alert(2)" alt="x">\n\n<p onclick="alert(3)">hi</p>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(1)');
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).toContain('<img src="/x.png" alt="x">');
  });

  it('removes javascript: and data: links, iframes, styles and forms', () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n<iframe src="https://evil.example"></iframe><style>body{display:none}</style><form action="/x"><input name="a"></form><svg onload="alert(1)"></svg>',
    );
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).not.toMatch(/<iframe|<style|<form|<input|<svg|onload/i);
  });

  it('gives links rel="noopener noreferrer"; links to other sites open in a new tab', () => {
    const external = renderMarkdown('[国家禁毒办](https://www.nncc626.com)');
    expect(external).toContain('href="https://www.nncc626.com"');
    expect(external).toContain('rel="noopener noreferrer"');
    expect(external).toContain('target="_blank"');
    const local = renderMarkdown('[help](/student)');
    expect(local).toContain('rel="noopener noreferrer"');
    expect(local).not.toContain('target=');
  });

  it('keeps links to this site and https: links only, dropping the others but keeping their text', () => {
    const link = (href: string) => renderMarkdown(`<a href="${href}">here</a>`);
    for (const offSite of [
      '/\\evil.example',
      '//evil.example',
      '/\t/evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'http://evil.example',
      'data:text/html,x',
      'mailto:a@b.example',
    ]) {
      const html = link(offSite);
      expect(html, offSite).not.toContain('href');
      expect(html, offSite).toContain('here');
    }
    const external = link('https://ok.example/page');
    expect(external).toContain('href="https://ok.example/page"');
    expect(external).toContain('target="_blank"');
    expect(external).toContain('rel="noopener noreferrer"');
    for (const local of ['/modules/x', '#section-2', 'modules/x', '../x']) {
      const html = link(local);
      expect(html, local).toContain(`href="${local}"`);
      expect(html, local).not.toContain('target=');
    }
    // Markdown link syntax percent-encodes the backslash: what is left must stay on this site.
    const markdown = /href="([^"]*)"/.exec(renderMarkdown('[x](/\\evil.example)'))?.[1];
    if (markdown !== undefined) expect(new URL(markdown, 'https://clearcampus.example/learn/m').origin).toBe('https://clearcampus.example');
    expect(renderMarkdown('<img src="/\\evil.example/pixel.png" alt="p">')).not.toContain('src=');
  });

  it('keeps text that merely looks like HTML as text', () => {
    expect(renderMarkdown('1 < 2 and `<b>` is code')).toContain('<code>&lt;b&gt;</code>');
  });
});
