#!/usr/bin/env node
// npm run bench:prose   (node bench/true-prose.mjs [site folder ...] [--generator=NAME] [--json])
// A site folder's generator comes from GENERATORS by folder name, else --generator (hugo, jekyll,
// eleventy, zola, docusaurus, starlight; default plain Markdown/HTML).
//
// Words the audit reports vs the words of "true prose": every file of every fixture site under
// fixtures/sites/ is rendered here INDEPENDENTLY of the audit code (nothing from src/ or dist/ is
// imported; the audit is only run as the real CLI), the visible text of the rendered HTML is
// extracted, and its words are counted by a simple rule of their own. Prints one row per file
// (words reported, true prose words, diff %, whether a "no H1" finding is present, status) and a
// summary (share of audited files with a "no H1" finding, errored files, max |diff|).
//
// Rendering, per generator (written from the generators' documentation, approximated):
// - front matter (`---` YAML, `+++` TOML, a JSON object opening the file) is removed: layouts
//   print the title outside the body, and the audit counts the body only (SPEC §5).
// - Hugo: `{{</* … */>}}` / `{{%/* … */%}}` are printed literally as `{{< … >}}` / `{{% … %}}`;
//   `{{< highlight lang >}}…{{< /highlight >}}` is a code block; every other shortcode tag is
//   removed and a paired shortcode's inner text stays; `{#id}` at the end of a heading is its id.
// - Jekyll (Liquid + kramdown) and Eleventy (Liquid/Nunjucks): `{% raw %}` bodies are printed
//   literally; `{% comment %}` bodies removed; `{% highlight %}` bodies are code blocks; other
//   `{% … %}` tags and `{{ … }}` output are removed (their values are layout data, not authored
//   prose), paired-shortcode bodies stay; Nunjucks comments `{# … #}` (Eleventy) are removed;
//   kramdown attribute lists (`{: …}`, `{:toc}`), `{::comment}` bodies and heading ids
//   (Jekyll) are removed; the list a `{:toc}` follows is replaced by the table of contents
//   (page chrome: the headings are counted where they stand).
// - Zola: `{{/* … */}}` / `{%/* … */%}` are printed literally; `{{ name(…) }}` is removed;
//   `{% name(…) %}…{% end %}` keeps its body; `{#id}` at the end of a heading is its id.
// - Docusaurus and Starlight: `.mdx` is compiled and run with @mdx-js/mdx (the MDX compiler both
//   use) with remark-gfm, remark-directive and remark-math, ESM and `{expressions}` dropped
//   (their values are not authored prose), every component rendered as a plain element holding
//   its children (the components' own chrome, such as a tab's label attribute or an aside's
//   default "Note", is not counted: SPEC §5 counts children, not attributes). Docusaurus strips
//   `{#id}` heading ids before compiling, as Docusaurus does. `:::name[Title]` shows its title
//   and body; a bare `:name` is printed back as text (Docusaurus).
// - Markdown: remark-parse + remark-gfm (+ remark-directive for Docusaurus/Starlight) +
//   remark-math, then remark-rehype + rehype-raw (raw HTML becomes real elements). Math: `$$…$$`
//   only (no generator renders single-dollar math by default, so `$5 and $10` is text).
// - HTML files: rehype-parse; the article is `<main>`, else `<article>`, else `<body>` without
//   `nav`, `header`, `footer`, `aside`, `form` (a header/footer inside article/section/main
//   stays); `nav` is never the article's; a `<meta http-equiv=refresh>` page is a redirect.
//   Inline `<code>` and `<button>` text is visible and counted here (SPEC §5 drops HTML `code`:
//   a difference this script would show).
// Visible text = hast-util-to-text (the innerText algorithm: hidden elements, script, style and
// <img> are not text) of the article with `<pre>`, math elements, footnote reference numbers and
// visually hidden (`sr-only`) labels removed.
// Words = Intl.Segmenter('en', { granularity: 'word' }) segments with isWordLike, counted; a
// whitespace-separated URL or e-mail address is one word, `10:30` is one, `_` splits (as SPEC §5
// defines a word).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import { evaluate } from '@mdx-js/mdx';
import remarkComment from '@slorber/remark-comment';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SITES_DIR = join(ROOT, 'fixtures', 'sites');

/** Which generator renders each fixture site (the HTML site's front matter is a Jekyll/Eleventy page's). */
export const GENERATORS = {
  hugo: 'hugo',
  jekyll: 'jekyll',
  docusaurus: 'docusaurus',
  html: 'jekyll',
  eleventy: 'eleventy',
  zola: 'zola',
  starlight: 'starlight',
  'site-checks': 'hugo', // a Hugo-style content/ tree with {#id} heading ids (issue 17's fixture)
};
const CONTENT = new Set(['.md', '.markdown', '.mdx', '.html', '.htm']);

// ---------------------------------------------------------------- words

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const URL_OR_EMAIL = /^[(<"'[]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[a-z]{2,}[.,;:!?)]*$/i;
/**
 * The independent word rule: Intl.Segmenter word segments that are word-like, with the three
 * cases where SPEC §5's definition of a word differs from Unicode's: a whitespace-separated URL
 * or e-mail address is one word, a number with `:` separators (`10:30`, `06:47:22`) is one, and
 * `_` separates words (it is neither a letter nor a digit: `NODE_ENV` is two).
 */
export function countWords(text) {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (URL_OR_EMAIL.test(token)) {
      n++;
      continue;
    }
    for (const s of segmenter.segment(token.replace(/(\d):(?=\d)/g, '$1.'))) {
      if (s.isWordLike) n += s.segment.split('_').filter((part) => part !== '').length;
    }
  }
  return n;
}

// ---------------------------------------------------------------- front matter

/** The body after the front matter (YAML `---`, TOML `+++`, or a JSON object opening the file). */
export function stripFrontMatter(source) {
  const text = source.replace(/^\uFEFF/, '');
  for (const fence of ['---', '+++']) {
    if (text.startsWith(fence + '\n') || text.startsWith(fence + '\r\n')) {
      const lines = text.split('\n');
      for (let i = 1; i < lines.length; i++) {
        if (lines[i].replace(/\r$/, '') === fence) return lines.slice(i + 1).join('\n');
      }
      return text;
    }
  }
  if (text.startsWith('{')) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trimEnd() !== '}') continue;
      try {
        JSON.parse(lines.slice(0, i + 1).join('\n'));
        return lines.slice(i + 1).join('\n');
      } catch {
        /* not yet the end */
      }
    }
  }
  return text;
}

// ---------------------------------------------------------------- generator preprocessing

/** Literal text set aside while tags are removed (restored afterwards). */
function literals() {
  const kept = [];
  return {
    keep: (text) => `\u0000${kept.push(text) - 1}\u0000`,
    restore: (text) => text.replace(/\u0000(\d+)\u0000/g, (_, i) => kept[Number(i)]),
  };
}

const fence = (lang, body) => '\n```' + lang + '\n' + body.replace(/^\n/, '').replace(/\n?$/, '\n') + '```\n';
const headingIds = (text) => text.replace(/^(#{1,6}[ \t].*?)[ \t]*\{#[^{}\n]*\}[ \t]*$/gm, '$1');

function hugo(body) {
  const lit = literals();
  let out = body.replace(/\{\{(<|%)\s*\/\*([\s\S]*?)\*\/\s*(>|%)\}\}/g, (_, open, inner, close) => lit.keep(`{{${open}${inner}${close}}}`));
  out = out.replace(/\{\{<\s*highlight\s+([^\s>]*)[^>]*>\}\}([\s\S]*?)\{\{<\s*\/highlight\s*>\}\}/g, (_, lang, code) => fence(lang, code));
  out = out.replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, GONE);
  return lit.restore(headingIds(out));
}

function liquid(body, { nunjucks, kramdown }) {
  const lit = literals();
  let out = body.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_, raw) => lit.keep(raw));
  out = out.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '');
  out = out.replace(/\{%-?\s*highlight\s+(\w*)[^%]*%\}([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g, (_, lang, code) => fence(lang, code));
  if (nunjucks) out = out.replace(/\{#[\s\S]*?#\}/g, GONE);
  out = out.replace(/\{%[\s\S]*?%\}/g, GONE).replace(/\{\{[\s\S]*?\}\}/g, GONE);
  if (kramdown) {
    // {::comment}…{:/comment} prints nothing; a list followed by {:toc} becomes the table of contents (chrome).
    out = out.replace(/\{::comment\}[\s\S]*?\{:\/(?:comment)?\}/g, '').replace(/^[ \t]*(?:[*+-]|\d+[.)])[ \t]+.*\n(?=[ \t]*\{:toc\})/gm, '');
    out = headingIds(out).replace(/\{:[^}\n]*\}/g, GONE);
  }
  return lit.restore(out);
}

function zola(body) {
  const lit = literals();
  let out = body.replace(/\{\{\s*\/\*([\s\S]*?)\*\/\s*\}\}/g, (_, inner) => lit.keep(`{{${inner}}}`));
  out = out.replace(/\{%\s*\/\*([\s\S]*?)\*\/\s*%\}/g, (_, inner) => lit.keep(`{%${inner}%}`));
  out = out.replace(/\{\{\s*[A-Za-z_]\w*\([^]*?\)\s*\}\}/g, GONE);
  out = out.replace(/\{%\s*(?:[A-Za-z_]\w*\([^]*?\)|end)\s*%\}/g, GONE);
  return lit.restore(headingIds(out));
}

/**
 * A removed tag's place. Tags usually print something (a site name, an <img>), so removing them
 * must not leave a line's text indented behind the blanks between them (which Markdown would
 * read as an indented code block): at the start of a line, or after `> `/`- `/`1. `, removed
 * tags go with the blanks after them; elsewhere they print nothing.
 */
const GONE = '\u0001';
function closeGaps(text) {
  return text.replace(/^([ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]+)*)(?:\u0001[ \t]*)+/gm, '$1').replaceAll(GONE, '');
}

/** The body as the generator hands it to its Markdown renderer. */
export function preprocess(generator, body) {
  switch (generator) {
    case 'hugo': return closeGaps(hugo(body));
    case 'jekyll': return closeGaps(liquid(body, { nunjucks: false, kramdown: true }));
    case 'eleventy': return closeGaps(liquid(body, { nunjucks: true, kramdown: false }));
    case 'zola': return closeGaps(zola(body));
    case 'docusaurus': return headingIds(body);
    default: return body;
  }
}

// ---------------------------------------------------------------- Markdown / MDX to hast

/** Directives as Docusaurus/Starlight show them: title and body visible, a bare `:name` printed back. */
function directivesAsText() {
  return (tree) => {
    walk(tree, (node, parent, index) => {
      if (node.type === 'textDirective' && node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) {
        parent.children[index] = { type: 'text', value: ':' + node.name };
      } else if (node.type === 'containerDirective' || node.type === 'leafDirective') {
        node.data = { ...node.data, hName: 'div', hProperties: {} };
      } else if (node.type === 'textDirective') {
        node.data = { ...node.data, hName: 'span', hProperties: {} };
      }
    });
  };
}

function walk(node, visit, parent = null, index = 0) {
  if (parent !== null) visit(node, parent, index);
  if (Array.isArray(node.children)) for (let i = 0; i < node.children.length; i++) walk(node.children[i], visit, node, i);
}

// No generator renders single-dollar math by default; sites that render math configure `$$…$$`.
const mathOptions = () => ({ singleDollarTextMath: false });
const directives = (generator) => generator === 'docusaurus' || generator === 'starlight';

async function markdownToHast(generator, text) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (directives(generator)) processor.use(remarkDirective).use(directivesAsText);
  processor.use(remarkMath, mathOptions(generator)).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  return processor.run(processor.parse(text));
}

/** ESM, expressions and expression attributes are dropped before MDX is compiled and run. */
function dropJavaScript() {
  return (tree) => {
    const drop = (node) => {
      if (!Array.isArray(node.children)) return;
      // A string literal ({' '}, {"text"}) renders as its text; any other expression is dropped.
      node.children = node.children.flatMap((c) => {
        if (!['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(c.type)) return [c];
        const literal = /^\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*$/.exec(c.type === 'mdxjsEsm' ? '' : c.value);
        return literal === null ? [] : [{ type: 'text', value: literal[1] ?? literal[2] }];
      });
      for (const child of node.children) {
        if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
          child.attributes = child.attributes.filter((a) => a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string'));
        }
        drop(child);
      }
    };
    drop(tree);
  };
}

/** A JSX runtime that builds hast (so the MDX page renders to a tree to read the text of). */
const Fragment = Symbol('Fragment');
function hastChildren(value) {
  if (value === undefined || value === null || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap(hastChildren);
  if (typeof value === 'string' || typeof value === 'number') return [{ type: 'text', value: String(value) }];
  return value.type === 'root' ? value.children : [value];
}
function jsx(type, props) {
  if (typeof type === 'function') return type(props);
  if (type === Fragment) return { type: 'root', children: hastChildren(props.children) };
  const properties = {};
  if (props.className !== undefined) properties.className = String(props.className).split(/\s+/);
  if (props.hidden !== undefined && props.hidden !== false) properties.hidden = true;
  return { type: 'element', tagName: type, properties, children: hastChildren(props.children) };
}
const runtime = { jsx, jsxs: jsx, Fragment };

/** Components the page uses (capitalised or dotted JSX names), each rendered as its children. */
function componentsOf(text) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkComment).parse(text);
  const components = {};
  walk(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const [base, ...members] = node.name.split('.');
    if (members.length === 0 && !/^[A-Z]/.test(base)) return;
    const tagName = node.type === 'mdxJsxFlowElement' ? 'div' : 'span';
    const component = (props) => ({ type: 'element', tagName, properties: {}, children: hastChildren(props.children) });
    let target = components;
    let key = base;
    for (const member of members) {
      target[key] ??= component;
      target = target[key];
      key = member;
    }
    target[key] ??= component;
  });
  return components;
}

async function mdxToHast(generator, text) {
  const mod = await evaluate(text, {
    ...runtime,
    // Docusaurus reads HTML comments in MDX with @slorber/remark-comment (mdx1Compat.comments).
    remarkPlugins: [...(generator === 'docusaurus' ? [remarkComment] : []), remarkGfm, remarkDirective, directivesAsText, [remarkMath, mathOptions(generator)], dropJavaScript],
  });
  return { type: 'root', children: hastChildren(mod.default({ components: componentsOf(text) })) };
}

// ---------------------------------------------------------------- visible text

const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form']);
const OWN_CHROME = new Set(['article', 'section', 'main']);

function find(node, tagName) {
  if (node.type === 'element' && node.tagName === tagName) return node;
  for (const child of node.children ?? []) {
    const found = find(child, tagName);
    if (found !== null) return found;
  }
  return null;
}

/** Removes elements `drop` accepts (given the element and whether it is inside article/section/main). */
function prune(node, drop, inArticle = false) {
  if (!Array.isArray(node.children)) return node;
  const inside = inArticle || (node.type === 'element' && OWN_CHROME.has(node.tagName));
  return { ...node, children: node.children.filter((c) => !(c.type === 'element' && drop(c, inside))).map((c) => prune(c, drop, inside)) };
}

const classes = (el) => el.properties?.className ?? [];
const isMath = (el) => classes(el).some((c) => c === 'math-inline' || c === 'math-display');
// GFM footnotes: the reference number is a marker, the "Footnotes" label is visually hidden (sr-only).
const isFootnoteMarker = (el) => el.properties?.dataFootnoteRef !== undefined || el.properties?.dataFootnoteBackref !== undefined || classes(el).includes('sr-only');
const notText = (el) => el.tagName === 'pre' || isMath(el) || isFootnoteMarker(el);

/** The article of an HTML page (main, else article, else body without page chrome). */
function htmlArticle(tree) {
  const main = find(tree, 'main') ?? find(tree, 'article');
  // Navigation (breadcrumbs, a table of contents) is page chrome wherever it sits.
  if (main !== null) return prune(main, (el) => el.tagName === 'nav');
  const body = find(tree, 'body') ?? tree;
  return prune(body, (el, inArticle) => CHROME.has(el.tagName) && !(inArticle && (el.tagName === 'header' || el.tagName === 'footer')));
}

const isRedirect = (tree) => {
  let redirect = false;
  walk(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'meta' && String(node.properties?.httpEquiv ?? '').toLowerCase() === 'refresh') redirect = true;
  });
  return redirect;
};

/**
 * The true prose of one file: { words, text } or { skipped: reason } (an HTML redirect page).
 * Throws when the generator's renderer would reject the file.
 */
export async function trueProse(path, generator) {
  return trueProseOf(readFileSync(path, 'utf8'), extname(path).toLowerCase(), generator);
}

/** The true prose of a page's source text, `ext` its file extension (`.md`, `.mdx`, `.html`). */
export async function trueProseOf(source, ext, generator) {
  const body = preprocess(generator, stripFrontMatter(source));
  let tree;
  if (ext === '.html' || ext === '.htm') {
    const page = unified().use(rehypeParse).parse(body);
    if (isRedirect(page)) return { skipped: 'redirect' };
    tree = htmlArticle(page);
  } else if (ext === '.mdx') {
    tree = await mdxToHast(generator, body);
  } else {
    tree = await markdownToHast(generator, body);
  }
  const text = toText(prune(tree, notText));
  return { words: countWords(text), text };
}

// ---------------------------------------------------------------- comparison with the audit

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (CONTENT.has(extname(name).toLowerCase())) out.push(path);
  }
  return out;
}

/** The audit's own report of a site: the real CLI, no config, any keyword. */
export function auditSite(siteDir) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'seo-audit.js'), relative(ROOT, siteDir), '--no-config', '--keyword', 'x', '-f', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`seo-audit exited ${result.status} on ${siteDir}: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout);
}

const hasNoH1 = (file) => file.findings.some((f) => f.ruleId === 'heading-single-h1' && /no H1/.test(f.message));
const statusOf = (file) => (file.status === 'skipped' ? 'skipped' : file.status === 'error' ? 'errored' : 'audited');

/** One row per file of a site: { site, file, status, reported, trueWords, diff, noH1, note }. */
export async function compareSite(siteDir, generatorOverride = null) {
  const site = basename(siteDir);
  const generator = generatorOverride ?? GENERATORS[site] ?? 'markdown';
  const report = auditSite(siteDir);
  const byPath = new Map(report.files.map((f) => [resolve(ROOT, f.path), f]));
  const rows = [];
  for (const path of filesUnder(siteDir)) {
    const file = byPath.get(resolve(path));
    const row = { site, file: relative(siteDir, path).split(sep).join('/'), status: file === undefined ? 'not reported' : statusOf(file), reported: null, trueWords: null, diff: null, noH1: false, note: '' };
    if (file?.status === 'skipped') row.note = file.skipReason;
    if (file?.status === 'error') row.note = file.error ?? '';
    if (file !== undefined && row.status === 'audited') {
      row.reported = file.stats.words;
      row.noH1 = hasNoH1(file);
      try {
        const prose = await trueProse(path, generator);
        if ('skipped' in prose) row.note = `renderer: ${prose.skipped}`;
        else {
          row.trueWords = prose.words;
          row.diff = prose.words === 0 ? (row.reported === 0 ? 0 : Infinity) : ((row.reported - prose.words) / prose.words) * 100;
        }
      } catch (error) {
        row.note = `renderer failed: ${error.message.split('\n')[0]}`;
      }
    }
    rows.push(row);
  }
  return rows;
}

export function sites() {
  return readdirSync(SITES_DIR).filter((name) => statSync(join(SITES_DIR, name)).isDirectory()).sort().map((name) => join(SITES_DIR, name));
}

export function summarise(rows) {
  const audited = rows.filter((r) => r.status === 'audited');
  const diffs = audited.filter((r) => r.diff !== null).map((r) => Math.abs(r.diff));
  return {
    files: rows.length,
    audited: audited.length,
    skipped: rows.filter((r) => r.status === 'skipped').length,
    errored: rows.filter((r) => r.status === 'errored').length,
    noH1: audited.filter((r) => r.noH1).length,
    maxAbsDiff: diffs.length === 0 ? 0 : Math.max(...diffs),
    within2: diffs.filter((d) => d <= 2).length,
  };
}

function table(rows) {
  const head = ['file', 'status', 'reported', 'true prose', 'diff %', 'no H1', 'note'];
  const cells = rows.map((r) => [
    `${r.site}/${r.file}`,
    r.status,
    r.reported === null ? '–' : String(r.reported),
    r.trueWords === null ? '–' : String(r.trueWords),
    r.diff === null ? '–' : (r.diff > 0 ? '+' : '') + r.diff.toFixed(1),
    r.status === 'audited' ? (r.noH1 ? 'yes' : 'no') : '–',
    r.note,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => '| ' + c.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const generatorArg = args.find((a) => a.startsWith('--generator='));
  const generator = generatorArg === undefined ? null : generatorArg.slice('--generator='.length);
  const known = new Set([...Object.values(GENERATORS), 'markdown']);
  if (generator !== null && !known.has(generator)) throw new Error(`unknown generator "${generator}" (one of: ${[...known].sort().join(', ')})`);
  const dirs = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
  const rows = [];
  for (const dir of dirs.length > 0 ? dirs : sites()) rows.push(...(await compareSite(dir, generator)));
  const summary = summarise(rows);
  if (json) {
    process.stdout.write(JSON.stringify({ rows, summary }, null, 2) + '\n');
    return;
  }
  process.stdout.write(table(rows) + '\n\n');
  const pct = (n, d) => (d === 0 ? '0' : ((n / d) * 100).toFixed(1));
  process.stdout.write(
    `${summary.files} files: ${summary.audited} audited, ${summary.skipped} skipped, ${summary.errored} errored\n` +
      `"no H1" finding on ${summary.noH1} of ${summary.audited} audited files (${pct(summary.noH1, summary.audited)} %)\n` +
      `words within 2 % of true prose on ${summary.within2} of ${summary.audited} audited files; max |diff| ${summary.maxAbsDiff.toFixed(1)} %\n`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`true-prose: ${error.message}\n`);
    process.exit(2);
  });
}
