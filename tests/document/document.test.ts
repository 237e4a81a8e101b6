import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { formatFromPath, parseDocument, parseHtml, parseMarkdown, slugFromUrl } from '../../src/document/index.js';
import type { Document } from '../../src/document/index.js';
import { parseDeepTree } from '../../src/pipeline/big-files/deep-parse.js';
import { InputError } from '../../src/errors.js';

const mdSource = readFileSync(new URL('../../fixtures/leg-cramps.md', import.meta.url), 'utf8');
const htmlSource = readFileSync(new URL('../../fixtures/leg-cramps.html', import.meta.url), 'utf8');
const md = parseDocument(mdSource, 'markdown', 'fixtures/leg-cramps.md');
const html = parseDocument(htmlSource, 'html', 'fixtures/leg-cramps.html');

const norms = (doc: Document): string[] => Array.from(doc.tokens.norm, (id) => doc.vocabulary.norms[id]!);
const tokenTexts = (doc: Document): string[] =>
  Array.from({ length: doc.tokens.count }, (_, i) => doc.source.slice(doc.tokens.start[i], doc.tokens.end[i]));
/** Line/column of the n-th (0-based) token whose normalised form is `norm`. */
const wordAt = (doc: Document, norm: string, nth = 0): { line: number; column: number } => {
  const hits = norms(doc).flatMap((n, i) => (n === norm ? [i] : []));
  const { line, column } = doc.point(doc.tokens.start[hits[nth]!]!);
  return { line, column };
};
const md1 = (text: string): Document => parseDocument(text, 'markdown', 'snippet.md');
const html1 = (text: string): Document => parseDocument(text, 'html', 'snippet.html');
const blockTexts = (doc: Document): string[] => doc.blocks.map((b) => b.text.replace(/\s+/g, ' ').trim());

/*
 * Expected numbers for the leg-cramps fixtures were counted independently of
 * this code: a Python script read fixtures/leg-cramps.md line by line, treated
 * lines starting with "#" as headings, stripped "1. " list markers and "**",
 * and counted matches of [^\W_]+(?:['’][^\W_]+)* per heading and per section
 * body; sentences were counted by splitting each non-heading line at [.!?]
 * (plus a closing quote) followed by whitespace and a capital or “. The fixture
 * has no abbreviations or decimals, so that split is exact. Line/column values
 * come from str.find() on the raw files. Heading word counts were also checked
 * by reading: 9 + 6 + 7 + 7 + 5 + 5 + 1 = 40 heading words, 868 body words.
 */
const HEADINGS = [
  [1, 'Understanding Leg Cramps and Spasms: Causes, Prevention, and Treatment'],
  [2, 'What Are Leg Cramps and Spasms?'],
  [2, 'Common Causes of Leg Cramps and Spasms'],
  [2, 'Prevention Tips for Leg Cramps and Spasms'],
  [2, 'Treatment Options for Leg Cramps'],
  [2, 'When to See a Doctor'],
  [2, 'Conclusion'],
];
const SECTION_WORDS = [77, 69, 152, 153, 136, 68, 213];
// h = heading, p = paragraph, l = list item: intro, 1 para, 1 para + 7 items, 1 + 6, 1 + 6, 1, 2.
const BLOCK_KINDS = 'hphphplllllllhpllllllhpllllllhphpp';

describe.each([
  ['markdown', md, [1, 5, 9, 21, 32, 43, 47], 1],
  ['html', html, [21, 23, 25, 36, 46, 56, 58], 9],
] as const)('leg-cramps fixture (%s)', (_format, doc, headingLines, headingColumn) => {
  it('has the article headings with levels, texts and lines', () => {
    expect(doc.headings.map((h) => [h.level, h.text])).toEqual(HEADINGS);
    expect(doc.headings.map((h) => h.line)).toEqual(headingLines);
    expect(doc.headings.map((h) => h.column)).toEqual(headingLines.map(() => headingColumn));
  });

  it('counts each section’s own words, heading excluded', () => {
    expect(doc.headings.map((h) => h.words)).toEqual(SECTION_WORDS);
    expect(doc.sections.slice(1).map((s) => s.words)).toEqual(SECTION_WORDS);
  });

  it('builds the section tree: preamble > H1 > six H2s', () => {
    expect(doc.sections).toHaveLength(8);
    expect(doc.sections[0]!.words).toBe(0);
    expect(doc.sections[0]!.children).toEqual([1]);
    expect(doc.sections[1]!.children).toEqual([2, 3, 4, 5, 6, 7]);
    expect(doc.sections.slice(2).every((s) => s.parent === 1 && s.children.length === 0)).toBe(true);
    // H1 section: everything but its own 9 heading words.
    expect(doc.sections[1]!.totalWords).toBe(908 - 9);
    // An H2 section's total is its own body (no subsections).
    expect(doc.sections.slice(2).map((s) => s.totalWords)).toEqual(SECTION_WORDS.slice(1));
  });

  it('counts words, sentences and paragraphs', () => {
    expect(doc.wordCount).toBe(908);
    expect(doc.sentenceCount).toBe(46);
    expect(doc.paragraphCount).toBe(27);
    expect(doc.blocks.map((b) => b.kind[0]).join('')).toBe(BLOCK_KINDS);
  });

  it('maps every token back to its text in the source', () => {
    const texts = tokenTexts(doc);
    expect(texts.map((t) => t.toLowerCase().replace(/’/g, "'"))).toEqual(norms(doc));
  });

  it('gives sentences that start and end on tokens, in order', () => {
    let previousEnd = 0;
    for (const s of doc.sentences) {
      expect(s.start).toBe(doc.tokens.start[s.tokenStart]);
      expect(s.end).toBe(doc.tokens.end[s.tokenEnd - 1]);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
    }
  });
});

describe('leg-cramps fixtures agree', () => {
  it('give the same normalised words and headings from .md and .html', () => {
    expect(norms(html)).toEqual(norms(md));
    expect(html.headings.map((h) => [h.level, h.text])).toEqual(md.headings.map((h) => [h.level, h.text]));
    expect(html.sentences.map((s) => s.tokenEnd - s.tokenStart)).toEqual(md.sentences.map((s) => s.tokenEnd - s.tokenStart));
  });

  it('excludes the HTML page chrome, head, script and style', () => {
    const htmlWords = new Set(norms(html));
    for (const word of ['analytics', 'window', 'related', 'editors', 'home', 'contact', 'post', 'comment', '2026', 'older', 'sans', 'font', 'viewport']) {
      expect(htmlWords.has(word), word).toBe(false);
    }
    expect(htmlSource).toContain('Healthy Legs Daily');
    const text = html.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('Healthy Legs Daily');
    expect(text).not.toContain('Related');
  });

  it('places known words exactly (md)', () => {
    expect(wordAt(md, 'nocturnal')).toEqual({ line: 7, column: 398 });
    expect(wordAt(md, 'potassium')).toEqual({ line: 13, column: 94 });
    expect(wordAt(md, 'conclusion')).toEqual({ line: 47, column: 4 });
    expect(wordAt(md, 'fortunately')).toEqual({ line: 23, column: 1 });
    expect(wordAt(md, "you're")).toEqual({ line: 3, column: 416 });
    expect(wordAt(md, 'attention')).toEqual({ line: 51, column: 926 });
  });

  it('places known words exactly (html)', () => {
    expect(wordAt(html, 'nocturnal')).toEqual({ line: 24, column: 409 });
    expect(wordAt(html, 'potassium')).toEqual({ line: 28, column: 118 });
    expect(wordAt(html, 'conclusion')).toEqual({ line: 58, column: 13 });
    expect(wordAt(html, 'fortunately')).toEqual({ line: 37, column: 12 });
    expect(wordAt(html, "it's")).toEqual({ line: 57, column: 269 });
    expect(wordAt(html, 'attention')).toEqual({ line: 60, column: 937 });
  });

  it('reads title, meta description, slug and language', () => {
    expect(md.title).toEqual({ text: HEADINGS[0]![1], from: 'h1', offset: 2 });
    expect(md.metaDescription).toBeNull();
    expect(md.slug).toEqual({ text: 'leg-cramps', from: 'fileName', offset: null });
    expect(md.language).toBe('en');
    expect(md.frontMatter).toBeNull();

    expect(html.title?.text).toBe(HEADINGS[0]![1]);
    expect(html.title?.from).toBe('title');
    expect(html.point(html.title!.offset!)).toMatchObject({ line: 5, column: 12 });
    expect(html.metaDescription?.text).toBe(
      'Learn what causes leg cramps and spasms, how to prevent them with simple daily habits, which treatments bring relief, and when to see a doctor.',
    );
    expect(html.metaDescription?.from).toBe('meta');
    // The content value: 4 spaces + `<meta name="description" content="` (34 characters) precede it.
    expect(html.point(html.metaDescription!.offset!)).toMatchObject({ line: 6, column: 39 });
    expect(html.slug).toMatchObject({ text: 'leg-cramps', from: 'canonical' });
    // The href value: 4 spaces + `<link rel="canonical" href="` (28 characters) precede it.
    expect(html.point(html.slug!.offset!)).toMatchObject({ line: 8, column: 33 });
    expect(html.language).toBe('en');
    expect(html.frontMatter).toBeNull();
  });
});

describe('markdown', () => {
  it('excludes code blocks, HTML comments and front matter; inline code and raw HTML text count', () => {
    const doc = md1('---\ntitle: Secret Title\n---\n\nalpha `beta` gamma\n\n```js\nconst delta = 1;\n```\n\n    indented epsilon\n\n<!-- zeta -->\n\n<div>eta</div>\n\ntheta<!-- iota -->kappa\n');
    expect(norms(doc)).toEqual(['alpha', 'beta', 'gamma', 'eta', 'theta', 'kappa']);
    expect(wordAt(doc, 'beta')).toEqual({ line: 5, column: 8 });
    expect(wordAt(doc, 'eta')).toEqual({ line: 15, column: 6 });
  });

  it('keeps link text as prose and records links; image alt is not prose', () => {
    const source = 'See [leg cramps](https://x.test/a) and [ref][r] ![calf stretch](calf.png) ![alt two][img].\n\n[r]: https://x.test/r\n[img]: two.png\n';
    const doc = md1(source);
    expect(norms(doc)).toEqual(['see', 'leg', 'cramps', 'and', 'ref']);
    expect(doc.links.map((l) => [l.text, l.href])).toEqual([['leg cramps', 'https://x.test/a'], ['ref', 'https://x.test/r']]);
    expect(doc.images.map((i) => [i.alt, i.src, i.offset])).toEqual([
      ['calf stretch', 'calf.png', source.indexOf('![calf')],
      ['alt two', 'two.png', source.indexOf('![alt')],
    ]);
  });

  it('makes list items, nested items, blockquotes and table cells their own blocks', () => {
    const doc = md1('- one\n  - two\n- three\n\n> quoted *text*\n> continues\n\n| A | B |\n|---|---|\n| c1 | c2 |\n');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['listItem', 'one'], ['listItem', 'two'], ['listItem', 'three'],
      ['blockquote', 'quoted text\ncontinues'],
      ['tableCell', 'A'], ['tableCell', 'B'], ['tableCell', 'c1'], ['tableCell', 'c2'],
    ]);
    // "continues" sits after the "> " marker on line 6.
    expect(wordAt(doc, 'continues')).toEqual({ line: 6, column: 3 });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads lists and blockquotes after an opening --- that nothing closes (a thematic break, no front matter), %s', (_name, eol) => {
    // remark-frontmatter's failed attempt at front matter used to leave every list and quote after
    // it as paragraph text, "- " and "> " included (npm run fuzz, seed 1594010170).
    const doc = md1(['---', '', '- one leg', '- two', '', '> quoted', '', '1. first', ''].join(eol));
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['listItem', 'one leg'], ['listItem', 'two'], ['blockquote', 'quoted'], ['listItem', 'first'],
    ]);
    expect(doc.frontMatter).toBeNull();
    // Closed, the same opening is front matter (its title is the page H1: a heading block with no
    // body words) and the body after it is parsed as before.
    const closed = md1(['---', 'title: T', '---', '- one leg', '', '> quoted', ''].join(eol));
    expect(closed.frontMatter).toEqual({ title: 'T' });
    expect(closed.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', ''], ['listItem', 'one leg'], ['blockquote', 'quoted']]);
  });

  it('keeps words on both sides of excluded inline content apart and maps escapes and entities', () => {
    const doc = md1('left![x](y.png)right and \\*star\\* caf&eacute; Tom&amp;Jerry\nline  \nbreak');
    expect(norms(doc)).toEqual(['left', 'right', 'and', 'star', 'cafe', 'tom', 'jerry', 'line', 'break']);
    expect(tokenTexts(doc)).toEqual(['left', 'right', 'and', 'star', 'caf&eacute;', 'Tom', 'Jerry', 'line', 'break']);
  });

  it('reads front matter fields with their positions', () => {
    const doc = md1('---\ntitle: "Leg Cramps Guide"\ndescription: How to stop them\nslug: stop-leg-cramps\nlanguage: en-GB\nkeywords: [leg cramps]\n---\n\n# Heading\n');
    expect(doc.title?.text).toBe('Leg Cramps Guide');
    expect(doc.title?.from).toBe('frontMatter');
    expect(doc.point(doc.title!.offset!)).toMatchObject({ line: 2, column: 8 });
    expect(doc.metaDescription).toMatchObject({ text: 'How to stop them', from: 'frontMatter' });
    expect(doc.point(doc.metaDescription!.offset!)).toMatchObject({ line: 3, column: 14 });
    expect(doc.slug).toMatchObject({ text: 'stop-leg-cramps', from: 'frontMatter' });
    expect(doc.language).toBe('en-GB');
    expect(doc.frontMatter).toEqual({
      title: 'Leg Cramps Guide', description: 'How to stop them', slug: 'stop-leg-cramps', language: 'en-GB', keywords: ['leg cramps'],
    });
    expect(norms(doc)).toEqual(['heading']);
  });

  it('treats empty front matter as an empty mapping', () => {
    expect(md1('---\n---\ntext').frontMatter).toEqual({});
  });

  it.each([
    ['---\ntitle: ok\nbad: [\n---\ntext', 3],
    ['---\n- a\n- b\n---\n', 2],
    ['---\ntitle: ok\n\ntitle2: [1, 2]\ndescription:\n  - not a string\n---\n', 6],
    ['---\r\nx: 1\r\ny: : :\r\n---\r\n', 3],
    ['+++\ntitle = "ok"\ndate = \n+++\nbody', 3],
    ['{\n  "title": "ok",\n}\nbody', 3],
  ])('reports unreadable front matter at its line and still reads the body: %j', (text, line) => {
    const doc = md1(text + '\n\nBody words here.\n');
    expect(doc.frontMatterProblems).toHaveLength(1);
    expect(doc.point(doc.frontMatterProblems[0]!.offset).line).toBe(line);
    expect(norms(doc).slice(-3)).toEqual(['body', 'words', 'here']);
  });

  it('reads front matter as leniently as generators: duplicate keys (last wins), unindented multi-line quotes, @ values', () => {
    const doc = md1('---\ntitle: First\ntitle: "Second\ntitle line"\nauthor: @someone\ndescription: \'It\'\'s\nfine\'\n---\nText\n');
    expect(doc.frontMatterProblems).toEqual([]);
    expect(doc.title).toMatchObject({ text: 'Second title line', from: 'frontMatter' });
    expect(doc.point(doc.title!.offset!)).toMatchObject({ line: 3, column: 8 });
    expect(doc.frontMatter).toMatchObject({ author: '@someone', description: "It's fine" });
  });

  it('reads TOML (+++) and JSON front matter with field positions', () => {
    const toml = md1('+++\ntitle = "Leg Cramps"\ndescription = "Why they happen"\ndate = 2024-01-02\n[params]\ntitle = "nested"\n+++\n\nBody.\n');
    expect(toml.title).toMatchObject({ text: 'Leg Cramps' });
    expect(toml.point(toml.title!.offset!)).toMatchObject({ line: 2, column: 9 });
    expect(toml.metaDescription?.text).toBe('Why they happen');
    expect(toml.frontMatter).toMatchObject({ date: '2024-01-02', params: { title: 'nested' } });
    expect(norms(toml)).toEqual(['body']);
    const json = md1('{\n  "title": "Json Title",\n  "slug": "/posts/json-post/"\n}\n\nBody.\n');
    expect(json.title?.text).toBe('Json Title');
    expect(json.point(json.title!.offset!)).toMatchObject({ line: 2, column: 12 });
    expect(json.slug?.text).toBe('json-post');
    expect(norms(json)).toEqual(['body']);
  });

  it('maps front-matter fields through the configured field lists', () => {
    const source = '---\ntitle: Plain\nseo_title: SEO Title\nsummary: A summary\nlocale: fr\npermalink: /a/b/my-page.html\n---\nx\n';
    const doc = md1(source);
    expect([doc.title?.text, doc.metaDescription?.text, doc.language, doc.slug?.text]).toEqual(['SEO Title', 'A summary', 'fr', 'my-page']);
    expect(doc.headings[0]).toMatchObject({ text: 'Plain', level: 1, source: 'front-matter', line: 2 });
    const custom = parseDocument(source, 'markdown', 'x.md', {
      frontMatter: { title: ['title'], h1: ['seo_title'], description: ['nope'], slug: ['slug'], language: ['lang'] },
    });
    expect([custom.title?.text, custom.metaDescription, custom.language, custom.slug?.text]).toEqual(['Plain', null, 'en', 'x']);
    expect(custom.headings[0]).toMatchObject({ text: 'SEO Title', line: 3 });
  });

  it('parses disable/enable directives from HTML comments', () => {
    const doc = md1('a\n\n<!-- seo-audit-disable keyword-density title-length -->\n\nb <!--seo-audit-enable--> c\n\n<!-- other comment -->\n');
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['keyword-density', 'title-length'], offset: 3 },
      { kind: 'enable', rules: [], offset: 62 },
    ]);
    expect(norms(doc)).toEqual(['a', 'b', 'c']);
  });

  it('gives the same words and correct lines for CRLF input', () => {
    const lf = '# Title here\n\nFirst line\nsecond line.\n\n- item one\n- item two\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = md1(lf);
    const b = md1(crlf);
    expect(norms(b)).toEqual(norms(a));
    expect(b.headings.map((h) => h.line)).toEqual([1]);
    expect(wordAt(b, 'second')).toEqual({ line: 4, column: 1 });
    expect(wordAt(b, 'two')).toEqual({ line: 7, column: 8 });
    expect(tokenTexts(b)).toEqual(tokenTexts(a));
  });

  it('uses the first H1 as title when there is no front matter title', () => {
    const doc = md1('## Sub\n\n# Main   *Title*\n');
    expect(doc.title).toEqual({ text: 'Main Title', from: 'h1', offset: 10 });
    expect(md1('## Only sub').title).toBeNull();
  });

  it('survives deep nesting', () => {
    const quotes = md1('>'.repeat(5000) + ' deep words\n');
    expect(norms(quotes)).toEqual(['deep', 'words']);
    expect(quotes.blocks.map((b) => b.kind)).toEqual(['blockquote']);
    // remark-parse's own cost grows faster than linearly with list depth, hence 2,000 here.
    const lists = md1('- '.repeat(2000) + 'deep words\n');
    expect(norms(lists)).toEqual(['deep', 'words']);
    expect(wordAt(lists, 'deep')).toEqual({ line: 1, column: 4001 });
  }, 120_000);

  it('parses in a large-stack worker and rebuilds the same tree', () => {
    const tree = parseDeepTree<{ type: string; children: { type: string; children: unknown[] }[] }>('markdown', '# A\n\n> b *c*\n', 'x.md');
    expect(tree.type).toBe('root');
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'blockquote']);
    expect(tree).toEqual(stripData(parseMarkdownTree('# A\n\n> b *c*\n')));
  });

  it('handles empty and whitespace-only input', () => {
    for (const text of ['', '   \n\n', '\uFEFF']) {
      const doc = md1(text);
      expect(doc.wordCount).toBe(0);
      expect(doc.sections).toHaveLength(1);
    }
  });
});

describe('html', () => {
  it('uses <main>, else <article>, else <body> without chrome', () => {
    expect(norms(html1('<body><p>outside</p><main><p>inside</p></main><article><p>later</p></article></body>'))).toEqual(['inside']);
    expect(norms(html1('<body><p>outside</p><article><header><h1>head</h1></header><p>inside</p></article></body>'))).toEqual(['head', 'inside']);
    expect(norms(html1('<body><header>h</header><nav>n</nav><p>body</p><aside>a</aside><form>f<label>l</label></form><footer>f</footer></body>'))).toEqual(['body']);
    // Navigation inside <main> (breadcrumbs, tables of contents) never counts.
    expect(norms(html1('<main><nav>crumbs</nav><p>text</p></main>'))).toEqual(['text']);
  });

  it('never counts script, style, code and similar elements', () => {
    const doc = html1('<p>a<script>b</script><style>c</style>d <code>e</code> f<noscript>g</noscript><template>h</template></p><pre>i</pre><button>j</button><textarea>k</textarea><select><option>l</option></select><svg><text>m</text></svg><p>n</p>');
    expect(norms(doc)).toEqual(['a', 'd', 'f', 'n']);
  });

  it('decodes entities and maps positions back to the source', () => {
    const source = '<p>Tom &amp; Jerry&rsquo;s caf&eacute; &nbsp;x&#38;y &#x41;BC</p>';
    const doc = html1(source);
    expect(norms(doc)).toEqual(['tom', 'jerry\'s', 'cafe', 'x', 'y', 'abc']);
    expect(tokenTexts(doc)).toEqual(['Tom', 'Jerry&rsquo;s', 'caf&eacute;', 'x', 'y', '&#x41;BC']);
    expect(doc.tokens.start[1]).toBe(source.indexOf('Jerry'));
  });

  it('makes blocks from headings, paragraphs, list items, cells, quotes and bare text', () => {
    const doc = html1('<div>bare <b>bold</b> text<p>para <em>em</em></p>tail</div><ul><li>one<ul><li>two</li></ul>after</li></ul><blockquote><p>q1</p>q2</blockquote><table><tr><th>h</th><td>d</td></tr></table><dl><dt>term</dt><dd>def</dd></dl><figure><img alt="pic"><figcaption>cap</figcaption></figure><h3>end</h3>');
    expect(doc.blocks.map((b) => [b.kind, b.text.trim()])).toEqual([
      ['paragraph', 'bare bold text'], ['paragraph', 'para em'], ['paragraph', 'tail'],
      ['listItem', 'one'], ['listItem', 'two'], ['listItem', 'after'],
      ['blockquote', 'q1'], ['blockquote', 'q2'],
      ['tableCell', 'h'], ['tableCell', 'd'],
      ['paragraph', 'term'], ['paragraph', 'def'], ['paragraph', 'cap'],
      ['heading', 'end'],
    ]);
    expect(doc.blocks.at(-1)!.level).toBe(3);
    expect(doc.images).toEqual([{ alt: 'pic', src: null, offset: doc.source.indexOf('<img') }]);
  });

  it('turns <br> into a word break and keeps inline elements joined', () => {
    expect(norms(html1('<p>one<br>two<span>three</span>four</p>'))).toEqual(['one', 'twothreefour']);
  });

  it('records links and images only from the content', () => {
    const doc = html1('<nav><a href="/x">nav link</a><img alt="logo"></nav><main><p><a href="/a">leg <b>cramps</b></a> <img src="s.png" alt="stretch"><img src="noalt.png"></p></main>');
    expect(doc.links).toEqual([{ text: 'leg cramps', href: '/a', offset: doc.source.indexOf('<a href="/a"') }]);
    expect(doc.images.map((i) => [i.alt, i.src])).toEqual([['stretch', 's.png'], [null, 'noalt.png']]);
  });

  it('reads directives from comments anywhere in the file', () => {
    const source = '<html><head><!-- seo-audit-disable title-length --></head><body><p>a <!-- seo-audit-enable --> b</p></body></html>';
    expect(html1(source).directives).toEqual([
      { kind: 'disable', rules: ['title-length'], offset: source.indexOf('<!-- seo-audit-disable') },
      { kind: 'enable', rules: [], offset: source.indexOf('<!-- seo-audit-enable') },
    ]);
  });

  it('falls back to the file name slug and "en" without metadata', () => {
    const doc = parseDocument('<p>x</p>', 'html', 'posts/My-Post.html');
    expect(doc.title).toBeNull();
    expect(doc.metaDescription).toBeNull();
    expect(doc.slug).toEqual({ text: 'My-Post', from: 'fileName', offset: null });
    expect(doc.language).toBe('en');
  });

  it('derives the slug from the canonical URL', () => {
    expect(slugFromUrl('https://x.test/articles/leg-cramps')).toBe('leg-cramps');
    expect(slugFromUrl('https://x.test/articles/leg-cramps/')).toBe('leg-cramps');
    expect(slugFromUrl('https://x.test/a/leg-cramps.html?utm=1#top')).toBe('leg-cramps');
    expect(slugFromUrl('/caf%C3%A9-guide')).toBe('café-guide');
    expect(slugFromUrl('https://x.test/')).toBeNull();
  });

  it('gives the same words and correct lines for CRLF input', () => {
    const lf = '<main>\n<h1>Title</h1>\n<p>first line\nsecond &amp; line</p>\n</main>\n';
    const b = html1(lf.replace(/\n/g, '\r\n'));
    expect(norms(b)).toEqual(norms(html1(lf)));
    expect(wordAt(b, 'second')).toEqual({ line: 4, column: 1 });
    expect(wordAt(b, 'line', 1)).toEqual({ line: 4, column: 14 });
  });

  it('survives deep nesting', () => {
    const divs = html1('<div>'.repeat(5000) + 'deep words');
    expect(norms(divs)).toEqual(['deep', 'words']);
    expect(wordAt(divs, 'deep')).toEqual({ line: 1, column: 25001 });
    const quotes = html1('<blockquote>'.repeat(5000) + '<p>deep words');
    expect(quotes.blocks.map((b) => [b.kind, b.text])).toEqual([['blockquote', 'deep words']]);
  }, 120_000);

  it('handles empty input and fragments', () => {
    expect(html1('').wordCount).toBe(0);
    expect(norms(html1('just text'))).toEqual(['just', 'text']);
  });
});

describe('formatFromPath', () => {
  it('maps extensions case-insensitively', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.mdx', 'd.html', 'e.HTM', 'f.txt', 'noext', 'dir.md/x'].map(formatFromPath)).toEqual([
      'markdown', 'markdown', 'markdown', 'html', 'html', null, null, null,
    ]);
  });
});

describe('parsers directly', () => {
  it('return no blocks without words except headings', () => {
    expect(parseMarkdown('#\n\n---\n\n   \n', 'x.md').blocks.map((b) => b.kind)).toEqual(['heading']);
    expect(parseHtml('<p> </p><h2></h2><p>&nbsp;</p>', 'x.html').blocks.map((b) => b.kind)).toEqual(['heading']);
  });
});

function parseMarkdownTree(text: string): unknown {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text);
}

/** The worker drops `data` (parsers leave it empty for these nodes); compare without it. */
function stripData(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'data' ? undefined : value)));
}

describe('real-site syntax (issue 12)', () => {
  it('masks template syntax with exact positions for the remaining text, and keeps heading ids', () => {
    const source = '## Setup {#setup}\n\n{{< note >}}Inner words{{< /note >}} and {% include x.html %}tail {{ page.title }}\n';
    const doc = md1(source);
    expect(norms(doc)).toEqual(['setup', 'inner', 'words', 'and', 'tail']);
    expect(doc.headings[0]).toMatchObject({ text: 'Setup', id: 'setup' });
    expect(wordAt(doc, 'inner')).toEqual({ line: 3, column: 13 });
    expect(wordAt(doc, 'tail')).toEqual({ line: 3, column: source.split('\n')[2]!.indexOf('tail') + 1 });
    // templates: none keeps it all as text.
    expect(norms(parseDocument(source, 'markdown', 'x.md', { templates: 'none' }))).toContain('include');
  });

  it('text after a shortcode that opens a blockquote or list item line stays prose (not an indented code block)', () => {
    expect(norms(md1('> {{< figure src="a.jpg" alt="A" >}} *calf* text\n'))).toEqual(['calf', 'text']);
    expect(norms(md1('- {% include note.html %} item words\n1. {{ page.x }} second\n'))).toEqual(['item', 'words', 'second']);
    expect(wordAt(md1('> {{< x >}} calf\n'), 'calf')).toEqual({ line: 1, column: 13 });
  });

  it('a Nunjucks comment alone is enough to recognise the template family (Eleventy)', () => {
    expect(norms(md1('Warm up first. {# editor: add a photo #}\n\n> {# hidden #}\n'))).toEqual(['warm', 'up', 'first']);
  });

  it('prints escaped shortcodes literally, as Hugo and Zola do: only the comment markers go', () => {
    // Hugo renders {{</* figure src="calf.jpg" */>}} as {{< figure src="calf.jpg" >}}; Zola {{/* x() */}} as {{ x() }}.
    const hugo = 'Write `{{</* figure src="calf.jpg" */>}}` or {{%/* notice tip */%}} here. {{< ref "a" >}}\n';
    const doc = md1(hugo);
    expect(norms(doc)).toEqual(['write', 'figure', 'src', 'calf.jpg', 'or', 'notice', 'tip', 'here']);
    expect(wordAt(doc, 'figure')).toEqual({ line: 1, column: hugo.indexOf('figure') + 1 });
    const zola = 'Write {{/* youtube(id="abc") */}} or {%/* note() */%} here. {{ gist(url="x") }}\n';
    expect(norms(md1(zola))).toEqual(['write', 'youtube', 'id', 'abc', 'or', 'note', 'here']);
    // Not an escape: a comment that is not the whole tag is still template syntax.
    expect(norms(md1('A {{< x /* y */ >}} b.\n'))).toEqual(['a', 'b']);
  });

  it('a link whose destination is a ref shortcode or {% link %} tag points at the page it names', () => {
    const doc = md1('See [one]({{< ref "night-cramps" >}}), [two]({{< relref path="/posts/b.md#x" >}}), [three]({% link _posts/c.md %}) and [four]({% post_url 2024-01-05-d %}).\n');
    expect(doc.links.map((l) => [l.text, l.href])).toEqual([['one', 'night-cramps'], ['two', '/posts/b.md#x'], ['three', '/_posts/c.md'], ['four', '']]);
    expect(norms(doc)).toEqual(['see', 'one', 'two', 'three', 'and', 'four']);
    // Zola: @/ is the content folder's root.
    expect(md1('[About](@/pages/about.md#team)\n').links.map((l) => l.href)).toEqual(['/pages/about.md#team']);
  });

  it('kramdown: a {::comment} body is not text, and the list a {:toc} replaces is not either', () => {
    const source = 'Intro words.\n\n{::comment}\nHidden note.\n{:/comment}\n\n* TOC\n{:toc}\n\n## Setup\n\nBody {::comment}x{:/} text.\n';
    const doc = md1(source);
    expect(norms(doc)).toEqual(['intro', 'words', 'setup', 'body', 'text']);
    expect(wordAt(doc, 'text')).toEqual({ line: 12, column: 23 });
    // An unclosed comment hides only its tag; a list without {:toc} stays.
    expect(norms(md1('{::comment}\nStill here.\n\n* Item\n\nMore.\n'))).toEqual(['still', 'here', 'item', 'more']);
  });

  it('reads two prices as text, not as $…$ math (Pandoc\'s rule); real inline and display math stay out', () => {
    expect(norms(md1('Costs between $5 and $10, or $x^2$ and $$y$$.\n'))).toEqual(['costs', 'between', '5', 'and', '10', 'or', 'and']);
    expect(norms(md1('From $5-$10 a month.\n'))).toEqual(['from', '5', '10', 'a', 'month']);
    // A space after the opening or before the closing dollar is not math either.
    expect(norms(md1('Pay $ 3 $ now.\n'))).toEqual(['pay', '3', 'now']);
    const doc = md1('Costs $5 and $10.\n');
    expect(wordAt(doc, '10')).toEqual({ line: 1, column: 15 });
  });

  it('property: every word of a sentence with any two prices is counted', () => {
    fc.assert(
      fc.property(fc.nat(99999), fc.nat(99999), fc.constantFrom(' and ', ' to ', '-', ', or '), (a, b, joiner) => {
        const text = `It costs $${a}${joiner}$${b} per month.\n`;
        const words = ['it', 'costs', String(a), ...joiner.split(/[^a-z]+/).filter(Boolean), String(b), 'per', 'month'];
        expect(norms(md1(text))).toEqual(words);
      }),
      { numRuns: 50 },
    );
  });

  it('reads MDX: ESM, expressions and comments are not text; a syntax error carries the parser position', () => {
    const doc = parseDocument("import X from 'x';\n\n# Title {/* #custom */}\n\n<Note>Child text</Note> and {value}.\n", 'markdown', 'a.mdx', { mdx: true });
    expect(norms(doc)).toEqual(['title', 'child', 'text', 'and']);
    expect(doc.headings[0]).toMatchObject({ text: 'Title', id: 'custom' });
    let error: unknown;
    try {
      parseDocument('# x\n\n<div>\n\n{a b}\n', 'markdown', 'bad.mdx', { mdx: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toMatchObject({ file: 'bad.mdx', line: 5, column: 3 });
  });

  it('reads HTML comments in MDX as Docusaurus does: not text, not an error, directives honoured', () => {
    const doc = parseDocument('Intro text.\n\n<!-- truncate -->\n\nMore <!-- note --> words `<!-- kept -->`.\n\n<!-- seo-audit-disable text-length -->\n', 'markdown', 'p.mdx', { mdx: true });
    expect(norms(doc)).toEqual(['intro', 'text', 'more', 'words', 'kept']);
    expect(doc.directives.map((d) => [d.kind, d.rules])).toEqual([['disable', ['text-length']]]);
  });

  it('reads raw HTML blocks in Markdown by the HTML rules: headings, text and images count', () => {
    const doc = md1('<div>\n<h2>Raw heading</h2>\n<p>Raw text here.</p>\n<img src="a.png">\n</div>\n\nAfter.\n');
    expect(doc.headings.map((h) => [h.level, h.text, h.line])).toEqual([[2, 'Raw heading', 2]]);
    expect(norms(doc)).toEqual(['raw', 'heading', 'raw', 'text', 'here', 'after']);
    expect(doc.images.map((i) => i.alt)).toEqual([null]);
  });

  it('names where an HTML page\'s language came from: its front matter before <html lang> (SPEC §5)', () => {
    const page = (fm: string) => `${fm}<html lang="de"><body><p>Ein kurzer Text.</p></body></html>\n`;
    expect(parseDocument(page('---\nlang: fr\n---\n'), 'html', 'a.html')).toMatchObject({ language: 'fr', languageSource: 'front-matter' });
    expect(parseDocument(page('---\ntitle: T\n---\n'), 'html', 'b.html')).toMatchObject({ language: 'de', languageSource: 'html' });
    expect(parseDocument(page(''), 'html', 'c.html')).toMatchObject({ language: 'de', languageSource: 'html' });
    expect(parseDocument('---\nlang: fr\n---\nBonjour.\n', 'markdown', 'd.md')).toMatchObject({ language: 'fr', languageSource: 'front-matter' });
  });

  it('HTML printing its front matter: {{ page.title }} in <title> is rendered, an <h1> of it is the front-matter H1', () => {
    const page = '---\ntitle: Leg Cramps\n---\n<html><head><title>{{ page.title | escape }} – {{ site.name }}</title></head>\n<body><main><h1>{{ title }}</h1><p>Some text here.</p></main></body></html>\n';
    const doc = parseDocument(page, 'html', 'p.html');
    expect(doc.title?.text).toBe('Leg Cramps –');
    expect(doc.headings.map((h) => [h.level, h.text, h.source ?? null])).toEqual([[1, 'Leg Cramps', 'front-matter']]);
    expect(norms(doc)).toEqual(['some', 'text', 'here']);
    // Without front matter nothing is rendered: the H1 is empty, the title what is left.
    const bare = parseDocument(page.slice(page.indexOf('<html>')), 'html', 'q.html');
    expect(bare.headings.map((h) => [h.level, h.text])).toEqual([[1, '']]);
  });

  it('derives slugs from dated file names and page bundles', () => {
    expect(md1('x').slug?.text).toBe('snippet');
    expect(parseDocument('x', 'markdown', 'posts/2024-01-05-night-cramps.md').slug?.text).toBe('night-cramps');
    expect(parseDocument('x', 'markdown', 'content/leg-cramps/index.md').slug?.text).toBe('leg-cramps');
    expect(parseDocument('x', 'markdown', 'content/section/_index.md').slug?.text).toBe('section');
    // Zola also strips a date joined with `_`, from a file or a page-bundle folder.
    expect(parseDocument('x', 'markdown', 'content/2022-07-21_topic.md').slug?.text).toBe('topic');
    expect(parseDocument('x', 'markdown', 'content/2022-07-21_topic/index.md').slug?.text).toBe('topic');
    expect(parseDocument('x', 'markdown', 'content/_partial.md').skip).toBe('partial');
    expect(parseDocument('x', 'markdown', 'site/_drafts/idea.md').skip).toBe('draft');
    expect(parseDocument('x', 'markdown', 'site/_posts/2024-01-01-idea.md').skip).toBe(null);
  });
});
