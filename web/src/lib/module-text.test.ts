// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linkTarget, playedSection, textHtml } from '$domain/modules/text-html';

/**
 * The server's renderer of module text, checked where its output is used: parsed by a browser's
 * HTML parser (jsdom), every element and attribute must be one of these, whatever the source.
 */
const ALLOWED: Record<string, readonly string[]> = {
  P: [],
  BR: [],
  HR: [],
  H3: [],
  H4: [],
  H5: [],
  H6: [],
  STRONG: [],
  EM: [],
  B: [],
  I: [],
  DEL: [],
  S: [],
  SUP: [],
  SUB: [],
  MARK: [],
  UL: [],
  OL: ['start'],
  LI: [],
  BLOCKQUOTE: [],
  CODE: [],
  PRE: [],
  A: ['href', 'title', 'rel', 'target'],
  IMG: ['src', 'alt', 'title'],
  TABLE: [],
  THEAD: [],
  TBODY: [],
  TR: [],
  TH: ['align'],
  TD: ['align'],
};

function problems(html: string): string[] {
  const root = document.createElement('template');
  root.innerHTML = html;
  const found: string[] = [];
  for (const element of root.content.querySelectorAll('*')) {
    const allowed = ALLOWED[element.tagName];
    if (!allowed) {
      found.push(`<${element.tagName.toLowerCase()}>`);
      continue;
    }
    for (const { name, value } of element.attributes) {
      if (!allowed.includes(name)) found.push(`${element.tagName.toLowerCase()}[${name}]`);
      else if ((name === 'href' || name === 'src') && !linkTarget(value)) found.push(`${element.tagName.toLowerCase()}[${name}=${value}]`);
    }
    if (element.tagName === 'A' && element.getAttribute('target') === '_blank' && linkTarget(element.getAttribute('href') ?? '') !== 'external')
      found.push('a local link opening a new tab');
  }
  return found;
}

const HOSTILE = [
  'Hello <script>alert(1)</script>',
  '<img src="/x.png" onerror="alert(2)" alt="x">',
  '<p onclick="alert(3)">hi</p>',
  '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:x)',
  '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
  '<form action="/x"><input name="a"></form><svg onload="alert(1)"></svg>',
  '<a href="javascript:alert(1)">x</a> <a href="https://ok.example">y</a>',
  '![p](javascript:alert(1)) ![q](/\\evil.example/p.png) ![r](https://ok.example/r.png "t\\" onload=\\"x")',
  '[a](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  '<sup onclick="x">2</sup> <mark style="color:red">m</mark> <br onload=x> <sup>ok</sup>',
  '<div>\n<script>alert(1)</script>\n</div>',
  '<!-- comment --> <![CDATA[ x ]]> <?php x ?>',
  '```js"><script>alert(1)</script>\ncode <b>\n```',
  '| a | b |\n|:-|-:|\n| <img src=x onerror=alert(1)> | `<b>` |',
  '- [ ] task\n- [x] done',
  '<https://ok.example/auto> www.example.com javascript:alert(1)',
  '[ref][1]\n\n[1]: javascript:alert(1)',
  '[x](/\t/evil.example) [y](//evil.example) [z](\\\\evil.example)',
  '<a href="/ok" target="_self" rel="opener">local</a>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];

describe('module text as HTML (server-side, $domain/modules/text-html)', () => {
  it('renders the Markdown that modules use', () => {
    const html = textHtml('**毒品**会伤害身体。\n\n- 一\n- 二\n\n1. first\n2. second');
    expect(html).toContain('<strong>毒品</strong>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>二</li>');
    expect(html).toContain('<ol>');
  });

  it('starts headings at h3, below the page and section titles', () => {
    expect(textHtml('# Big\n\n## Smaller')).toBe('<h3>Big</h3>\n<h4>Smaller</h4>\n');
    expect(textHtml('##### Deep')).toContain('<h6>Deep</h6>');
  });

  it('holds nothing but the allowed elements and attributes, whatever the source', () => {
    for (const source of HOSTILE) expect(problems(textHtml(source)), source).toEqual([]);
  });

  it('shows raw HTML as text, apart from a few formatting tags without attributes', () => {
    const html = textHtml('Hello <script>alert(1)</script> H<sub>2</sub>O, 10<sup>3</sup> <mark style="x">m</mark>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('10<sup>3</sup>');
    expect(html).toContain('&lt;mark style=&quot;x&quot;&gt;');
  });

  it('gives links rel="noopener noreferrer"; links to other sites open in a new tab', () => {
    const external = textHtml('[国家禁毒办](https://www.nncc626.com)');
    expect(external).toContain('<a href="https://www.nncc626.com" rel="noopener noreferrer" target="_blank">国家禁毒办</a>');
    const local = textHtml('[help](/student)');
    expect(local).toContain('<a href="/student" rel="noopener noreferrer">help</a>');
  });

  it('keeps links to this site and https: links only, dropping the others but keeping their text', () => {
    const link = (href: string) => textHtml(`[here](<${href}>)`);
    for (const offSite of [
      '/\\evil.example',
      '//evil.example',
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
    for (const local of ['/modules/x', '#section-2', 'modules/x', '../x']) {
      const html = link(local);
      expect(html, local).toContain(`href="${local}"`);
      expect(html, local).not.toContain('target=');
    }
    expect(textHtml('![p](/\\evil.example/pixel.png)')).not.toContain('<img');
    expect(textHtml('![脑](/content/brain.svg)')).toContain('<img src="/content/brain.svg" alt="脑">');
  });

  it('keeps text that merely looks like HTML as text', () => {
    expect(textHtml('1 < 2 and `<b>` is code')).toContain('<code>&lt;b&gt;</code>');
  });

  it('gives a text section its HTML in both languages and leaves the other kinds as they are', () => {
    const text = playedSection({ id: 's1', kind: 'text', title: { zh: '标题', en: 'Title' }, body: { zh: '**重要**', en: '*Key*' } });
    expect(text).toEqual({
      id: 's1',
      kind: 'text',
      title: { zh: '标题', en: 'Title' },
      html: { zh: '<p><strong>重要</strong></p>\n', en: '<p><em>Key</em></p>\n' },
    });
    const image = { id: 'i1', kind: 'image' as const, title: { zh: '图', en: 'Image' }, src: '/content/brain.svg', alt: { zh: '脑', en: 'Brain' } };
    expect(playedSection(image)).toBe(image);
  });
});
