import type { Element, Nodes, Root } from 'hast';
import { hasWords } from '../text/tokenize.js';
import type { BlockKind, Directive, Field, Image, Link, PageMeta, ParsedDocument, RawBlock, SkipReason } from './model.js';
import { HTML_SPECIALS, alignText, codeSeparator, lineBreak, separator } from './segments.js';
import { directiveFromComment } from './directives.js';
import { isStackOverflow, parseDeepTree } from '../pipeline/big-files/deep-parse.js';
import { blank, readFrontMatter } from './frontmatter.js';
import type { FrontMatterFields } from './frontmatter.js';
import { maskTemplates, resolveFamilies, withoutMask } from './templates.js';
import type { TemplatesSetting } from './templates.js';
import { buildDocument } from './build.js';
import { lazyParser, unifiedModules } from './lazy-parser.js';
import type { InputSyntax } from './parsers.js';

export interface HtmlOptions {
  templates?: TemplatesSetting;
  frontMatter?: FrontMatterFields;
}

const rehype = lazyParser<Root>({
  modules: ['unified', 'rehype-parse'],
  importAll: () => Promise.all([import('unified'), import('rehype-parse')]),
  create(mods) {
    const { unified, plugin } = unifiedModules(mods);
    return unified().use(plugin(1)) as unknown as { parse(source: string): Root };
  },
});

/** rehype-parse in fragment mode: raw HTML inside Markdown (no implied html/head/body). */
export const rehypeFragment = lazyParser<Root>({
  modules: ['unified', 'rehype-parse'],
  importAll: () => Promise.all([import('unified'), import('rehype-parse')]),
  create(mods) {
    const { unified, plugin } = unifiedModules(mods);
    return unified().use(plugin(1), { fragment: true }) as unknown as { parse(source: string): Root };
  },
});

/** HTML pages (rehype-parse, as browsers parse them); front matter and template syntax are not text. */
export const htmlSyntax: InputSyntax = {
  format: 'html',
  extensions: ['html', 'htm'],
  load: () => rehype.load(),
  parse(source, path, options = {}, language = {}) {
    const parsed = parseHtml(source, path, { templates: options.templates ?? 'auto', ...(options.frontMatter ? { frontMatter: options.frontMatter } : {}) });
    // parseHtml read a same-length masked copy; the Document keeps the original text.
    parsed.source = source;
    return buildDocument(parsed, { path }, language);
  },
};

function parseTree(source: string, path: string): Root {
  try {
    return rehype.get().parse(source);
  } catch (error) {
    if (isStackOverflow(error)) return parseDeepTree<Root>('html', source, path);
    throw error;
  }
}

/** Never prose, wherever they are. */
const NEVER_PROSE = new Set([
  'script', 'style', 'noscript', 'template', 'pre', 'code', 'svg', 'math', 'iframe', 'object', 'canvas',
  'video', 'audio', 'button', 'select', 'textarea', 'head',
]);
/** Site chrome, dropped when the content root is <body>. */
const BODY_CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form']);
/** Dropped even inside <main>/<article>: navigation (breadcrumbs, tables of contents) is not article prose. */
const ALWAYS_CHROME = new Set(['nav']);

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements whose inline content forms one block. */
const BLOCK_OWNERS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend']);
/**
 * Elements that end the current block without starting one; text sitting
 * directly inside them becomes a block of its own. Everything not listed
 * here, in BLOCK_OWNERS or in HEADING_LEVEL is inline (a, strong, em, span…).
 */
const BLOCK_BREAKS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'blockquote', 'ul', 'ol', 'menu', 'dl', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'colgroup', 'col', 'figure', 'details', 'dialog', 'address', 'hgroup', 'fieldset', 'hr',
  'header', 'footer', 'aside', 'nav', 'form', 'center', 'search', 'picture',
]);

/** A <header>/<footer> inside one of these is the article's own, not page chrome. */
const SECTIONING = new Set(['article', 'section', 'main']);

/** Paragraphs (and bare text) inside these take their kind. */
const CONTAINER_KIND: Record<string, BlockKind> = { li: 'listItem', blockquote: 'blockquote', td: 'tableCell', th: 'tableCell' };

interface Frame {
  node: Nodes;
  exit: boolean;
}

interface OpenLink {
  text: string;
  href: string | null;
  offset: number;
}

/**
 * HTML → ParsedDocument. Prose is the first <main>, else the first
 * <article>, else <body> without nav/header/footer/aside/form; script,
 * style, code and similar elements never count. Positions point into the
 * HTML source; entities are decoded for the words but mapped back.
 */
export function parseHtml(source: string, path: string, options: HtmlOptions = {}): ParsedDocument {
  // Front matter (Jekyll/Eleventy pages) and template syntax are blanked, offsets unchanged.
  const frontMatter = readFrontMatter(source, options.frontMatter);
  let text = frontMatter === null ? source : blank(source, frontMatter.start, frontMatter.end);
  text = maskTemplates(text, resolveFamilies(options.templates ?? 'auto', text, false)).text.replaceAll('\u2060', ' ');
  const tree = parseTree(text, path);
  const head = scanDocument(tree, text);
  const root = head.main ?? head.article ?? head.body;
  const chrome = root === head.body ? BODY_CHROME : ALWAYS_CHROME;
  const content = root === null ? { blocks: [], images: [], links: [] } : collectProse(root, text, chrome);
  // A Jekyll/Eleventy page printing its front matter: `<title>{{ page.title }} | Site</title>`
  // shows the front-matter value; `<h1>{{ page.title }}</h1>` is the front-matter title as the H1.
  const data = frontMatter?.data ?? null;
  const title = data === null ? head.title : (renderedTitle(head.titleElement, source, data) ?? head.title);
  let pageH1: Field | null = null;
  if (data !== null && frontMatter?.h1 != null) {
    const printed = content.blocks.filter((b) => b.kind === 'heading' && b.level === 1 && printsTitle(source.slice(b.start, b.end)));
    if (printed.length > 0) {
      pageH1 = frontMatter.h1;
      content.blocks = content.blocks.filter((b) => !printed.includes(b));
    }
  }
  return {
    format: 'html',
    source: text,
    pageH1,
    title: title ?? frontMatter?.title ?? null,
    metaDescription: head.metaDescription ?? frontMatter?.description ?? null,
    slug: frontMatter?.slug ?? head.slug,
    language: frontMatter?.language ?? head.language,
    languageFrom: frontMatter?.language != null ? 'front-matter' : 'html',
    frontMatter: frontMatter?.data ?? null,
    frontMatterYaml: frontMatter?.yaml ?? null,
    frontMatterProblems: frontMatter?.problems ?? [],
    skip: frontMatter?.skip ?? head.skip,
    blocks: content.blocks,
    images: content.images,
    links: content.links,
    directives: head.directives,
    page: head.page,
    ids: head.ids,
  };
}

/**
 * Raw HTML inside Markdown (SPEC §5): `html` is the node's value, written at source[start, end).
 * Parsed as a fragment with the HTML rules (headings, paragraphs, images, links); navigation is
 * dropped, header/footer are content. When the value is not the source slice (HTML inside a
 * blockquote or list, whose markers the parser removed) positions are found word by word within
 * [start, end).
 */
export function proseFromHtmlFragment(html: string, source: string, start: number, end: number): Prose {
  const tree = rehypeFragment.get().parse(html);
  const exact = source.slice(start, end) === html;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      if (exact) {
        node.position = {
          start: { ...node.position.start, offset: start + (node.position.start.offset ?? 0) },
          end: { ...node.position.end, offset: start + (node.position.end.offset ?? 0) },
        };
      } else {
        node.position = { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  const root: Element = { type: 'element', tagName: 'div', properties: {}, children: tree.children as Element['children'] };
  return collectProse(root, source, ALWAYS_CHROME);
}

interface DocumentScan {
  title: Field | null;
  /** The `<title>` element the title came from (its source may hold template output). */
  titleElement: Element | null;
  metaDescription: Field | null;
  slug: Field | null;
  language: string | null;
  directives: Directive[];
  page: PageMeta;
  ids: string[];
  main: Element | null;
  article: Element | null;
  body: Element | null;
  skip: SkipReason | null;
}

/** One pass over the whole file: metadata, directives (comments anywhere) and the content root candidates. */
function scanDocument(tree: Root, source: string): DocumentScan {
  const scan: DocumentScan = {
    title: null, titleElement: null, metaDescription: null, slug: null, language: null, directives: [], main: null, article: null, body: null,
    page: { htmlLang: null, headOffset: 0, canonicals: [], social: [], jsonLd: [], alternates: [] },
    ids: [],
    skip: null,
  };
  let headSeen = false;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'comment') {
      const directive = directiveFromComment(node.value, node.position?.start.offset ?? 0);
      if (directive !== null) scan.directives.push(directive);
      continue;
    }
    if (node.type === 'element') {
      const props = node.properties;
      collectPageMeta(scan, node, source, headSeen);
      if (node.tagName === 'head' && node.position !== undefined) headSeen = true;
      switch (node.tagName) {
        case 'html':
          if (scan.language === null && typeof props.lang === 'string' && props.lang.trim() !== '') scan.language = props.lang.trim();
          break;
        case 'title':
          if (scan.title === null) {
            scan.title = titleField(node, source);
            scan.titleElement = node;
          }
          break;
        case 'meta':
          scan.skip ??= metaSkip(props);
          if (scan.metaDescription === null && String(props.name ?? '').toLowerCase() === 'description' && typeof props.content === 'string') {
            const text = props.content.replace(/\s+/g, ' ').trim();
            if (text !== '') scan.metaDescription = { text, from: 'meta', offset: attributeOffset(source, node, props.content) };
          }
          break;
        case 'link':
          if (scan.slug === null && relList(props.rel).includes('canonical') && typeof props.href === 'string') {
            const text = slugFromUrl(props.href);
            if (text !== null) scan.slug = { text, from: 'canonical', offset: attributeOffset(source, node, props.href) };
          }
          break;
        case 'main':
          scan.main ??= node;
          break;
        case 'article':
          scan.article ??= node;
          break;
        case 'body':
          scan.body ??= node;
          break;
        case 'template':
        case 'svg':
          continue; // their titles and <main>s are not the page's
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return scan;
}

/** The site checks' view of one element: ids, `<html lang>`, canonical, social meta, JSON-LD, hreflang alternates. */
function collectPageMeta(scan: DocumentScan, node: Element, source: string, headSeen: boolean): void {
  const props = node.properties;
  const page = scan.page;
  const start = node.position?.start.offset;
  if (typeof props.id === 'string' && props.id !== '') scan.ids.push(props.id);
  switch (node.tagName) {
    case 'a':
      if (typeof props.name === 'string' && props.name !== '') scan.ids.push(props.name);
      break;
    case 'html':
      // Only a real start tag (the parser invents <html> when the file has none).
      if (start !== undefined) {
        if (!headSeen) page.headOffset = start;
        if (typeof props.lang === 'string') page.htmlLang = { value: props.lang, offset: attributeOffset(source, node, props.lang) };
      }
      break;
    case 'head':
      if (start !== undefined) page.headOffset = start;
      break;
    case 'link': {
      if (typeof props.href !== 'string') break;
      const rel = relList(props.rel);
      const offset = attributeOffset(source, node, props.href);
      if (rel.includes('canonical')) page.canonicals.push({ value: props.href, offset });
      if (rel.includes('alternate') && typeof props.hrefLang === 'string') {
        page.alternates.push({ hreflang: props.hrefLang, href: props.href, offset });
      }
      break;
    }
    case 'meta': {
      const name = String(props.property ?? props.name ?? '').toLowerCase();
      if ((name.startsWith('og:') || name.startsWith('twitter:')) && typeof props.content === 'string') {
        if (!page.social.some((tag) => tag.name === name)) {
          page.social.push({ name, content: props.content, offset: start ?? 0 });
        }
      }
      break;
    }
    case 'script': {
      if (String(props.type ?? '').trim().toLowerCase() !== 'application/ld+json') break;
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const first = node.children[0];
      page.jsonLd.push({ value: text, offset: first?.position?.start.offset ?? start ?? 0 });
      break;
    }
  }
}

/** `<meta http-equiv="refresh">` (a redirect stub) and `<meta name="robots" content="noindex">`. */
function metaSkip(props: Element['properties']): SkipReason | null {
  if (String(props.httpEquiv ?? '').toLowerCase() === 'refresh') return 'redirect';
  const name = String(props.name ?? '').toLowerCase();
  if ((name === 'robots' || name === 'googlebot') && typeof props.content === 'string') {
    if (props.content.toLowerCase().split(/[\s,]+/).includes('noindex')) return 'noindex';
  }
  return null;
}

function titleField(node: Element, source: string): Field | null {
  let text = '';
  let offset: number | null = null;
  for (const child of node.children) {
    if (child.type !== 'text') continue;
    if (offset === null && /\S/.test(child.value)) offset = sourceOffset(source, child.position?.start.offset ?? 0, child.value.search(/\S/));
    text += child.value;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : { text, from: 'title', offset: offset ?? node.position?.start.offset ?? 0 };
}

const CHARACTER_REFERENCE = /&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?/y;

/**
 * The source offset of a text node's `count`-th character (its value as the parser gives it: CRLF
 * and CR read as LF, character references decoded), from the node's start offset `from`. A CRLF
 * is one character there (fuzz seed 1978524831: a `<title>` opening with a line break put the
 * title's findings one character early with CRLF), a reference is one or two.
 */
function sourceOffset(source: string, from: number, count: number): number {
  let at = from;
  for (let n = 0; n < count && at < source.length; n++) {
    const ch = source.charCodeAt(at);
    if (ch === 13) at += source.charCodeAt(at + 1) === 10 ? 2 : 1;
    else if (ch === 38) {
      CHARACTER_REFERENCE.lastIndex = at;
      at += CHARACTER_REFERENCE.exec(source)?.[0].length ?? 1;
    } else at += ch >= 0xd800 && ch <= 0xdbff ? 2 : 1;
  }
  return at;
}

/** `{{ page.title }}` / `{{ title }}` (with optional filters and `-` trim markers). */
const TITLE_OUTPUT = /^\{\{-?\s*(?:page\.)?title\s*(?:\|[^{}]*)?-?\}\}$/;

/** Whether an `<h1>…</h1>` element's source holds nothing but the front-matter title's output tag. */
function printsTitle(element: string): boolean {
  if (element.length > 500) return false;
  const open = element.indexOf('>');
  const close = element.lastIndexOf('</');
  if (open === -1 || close <= open) return false;
  return TITLE_OUTPUT.test(element.slice(open + 1, close).trim());
}

/**
 * The `<title>` as the generator prints it when it holds Liquid/Nunjucks output of front-matter
 * fields (`{{ page.title }} | Site`): each `{{ page.KEY }}` / `{{ KEY }}` becomes the field's
 * value, other output and tags print nothing. Null when the element has no template output.
 */
function renderedTitle(element: Element | null, source: string, data: Record<string, unknown>): Field | null {
  const first = element?.children[0];
  const last = element?.children[element.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  if (element === null || start === undefined || end === undefined || end - start > 2000) return null;
  const raw = source.slice(start, end);
  if (!raw.includes('{{')) return null;
  const text = raw
    .replace(/\{\{-?\s*(?:page\.)?([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|[^{}]*)?-?\}\}/g, (_, key: string) => {
      const value = data[key];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    })
    .replace(/\{\{[^{}]*\}\}|\{%[^{}]*%\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : { text, from: 'title', offset: start + (raw.length - raw.trimStart().length) };
}

function relList(rel: unknown): string[] {
  if (Array.isArray(rel)) return rel.map((r) => String(r).toLowerCase());
  return typeof rel === 'string' ? rel.toLowerCase().split(/\s+/) : [];
}

/**
 * How far past an element's start an attribute value is looked for (plus twice the value's length):
 * the attributes before it. A bound, so a page of many tags whose values are not in the source as
 * written (`href="&#113;"`) costs linear time, not a search of the rest of the file per tag.
 */
const ATTRIBUTE_WINDOW = 4096;

/** Offset of an attribute's value inside the element's start tag, else of the tag itself. */
function attributeOffset(source: string, node: Element, value: string): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (value === '') return start;
  const window = source.slice(start, Math.min(end, start + 2 * value.length + ATTRIBUTE_WINDOW));
  let at = window.indexOf(value);
  // The HTML parser turns CRLF and CR into LF, also inside attribute values (fuzz seed 468831721).
  if (at === -1 && value.includes('\n') && window.includes('\r')) at = indexOfAcrossLineEnds(window, value);
  return at === -1 ? start : start + at;
}

/** Where `value` (LF line ends) begins in `text` written with CRLF or CR line ends, or -1. */
function indexOfAcrossLineEnds(text: string, value: string): number {
  const offsets: number[] = [];
  let lf = '';
  for (let i = 0; i < text.length; i++) {
    offsets.push(i);
    if (text[i] !== '\r') lf += text[i];
    else {
      lf += '\n';
      if (text[i + 1] === '\n') i++;
    }
  }
  const at = lf.indexOf(value);
  return at === -1 ? -1 : offsets[at]!;
}

/** Last non-empty path segment without its extension: https://x.com/a/leg-cramps.html → leg-cramps. */
export function slugFromUrl(href: string): string | null {
  let path = href.trim();
  try {
    path = new URL(path, 'http://relative.invalid/').pathname;
  } catch {
    path = path.split(/[?#]/)[0]!;
  }
  const segment = path.split('/').filter((s) => s.length > 0).pop();
  if (segment === undefined) return null;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the raw segment when it is not valid percent-encoding
  }
  const name = decoded.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return name === '' ? null : name;
}

export interface Prose {
  blocks: RawBlock[];
  images: Image[];
  links: Link[];
}

function collectProse(root: Element, source: string, chrome: ReadonlySet<string>): Prose {
  const blocks: RawBlock[] = [];
  const images: Image[] = [];
  const links: Link[] = [];
  const containers: BlockKind[] = [];
  const openLinks: OpenLink[] = [];
  let current: RawBlock | null = null;
  // Depth of <article>/<section>/<main> elements: a <header>/<footer> inside one is content.
  let sectioning = 0;

  const close = (): void => {
    if (current === null) return;
    const block: RawBlock = current;
    current = null;
    if (block.kind === 'heading' || hasWords(block.segments.map((s) => s.text).join(''))) blocks.push(block);
  };
  const contextKind = (): BlockKind => containers[containers.length - 1] ?? 'paragraph';

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      for (const link of openLinks) link.text += node.value;
      if (current === null) {
        if (!/\S/.test(node.value)) continue;
        current = { kind: contextKind(), segments: [], start: start ?? 0, end: end ?? 0 };
      }
      const block: RawBlock = current;
      if (start === undefined || end === undefined) {
        block.segments.push({ text: node.value, start: block.end, end: block.end, verbatim: false });
      } else {
        for (const segment of alignText(node.value, source, start, end, HTML_SPECIALS)) block.segments.push(segment);
        block.end = Math.max(block.end, end);
      }
      continue;
    }
    if (node.type !== 'element') continue;
    const tag = node.tagName;
    const start: number = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;

    if (exit) {
      if (tag in HEADING_LEVEL || BLOCK_OWNERS.has(tag) || BLOCK_BREAKS.has(tag)) close();
      if (CONTAINER_KIND[tag] !== undefined) containers.pop();
      if (SECTIONING.has(tag)) sectioning--;
      if (tag === 'a') {
        const open = openLinks.pop()!;
        links.push({ text: open.text.replace(/\s+/g, ' ').trim(), href: open.href, offset: open.offset });
      }
      continue;
    }

    const isChrome = chrome.has(tag) && !(sectioning > 0 && (tag === 'header' || tag === 'footer'));
    if (NEVER_PROSE.has(tag) || isChrome || node.properties.hidden === true) {
      if (current !== null) (current as RawBlock).segments.push(tag === 'code' ? codeSeparator(start) : separator(start));
      continue;
    }
    if (tag === 'br') {
      if (current !== null) (current as RawBlock).segments.push(lineBreak(start, end));
      continue;
    }
    if (tag === 'img') {
      const alt = node.properties.alt;
      const src = node.properties.src;
      images.push({ alt: typeof alt === 'string' ? withoutMask(alt) : null, src: typeof src === 'string' ? src : null, offset: start });
      if (current !== null) (current as RawBlock).segments.push(separator(start));
      continue;
    }

    const level = HEADING_LEVEL[tag];
    if (level !== undefined) {
      close();
      current = { kind: 'heading', level, segments: [], start, end };
    } else if (BLOCK_OWNERS.has(tag)) {
      close();
      const kind: BlockKind = tag === 'li' ? 'listItem' : tag === 'td' || tag === 'th' ? 'tableCell' : contextKind();
      current = { kind, segments: [], start, end };
    } else if (BLOCK_BREAKS.has(tag)) {
      close();
    }
    // Other elements are inline: their text joins the current block.
    const container = CONTAINER_KIND[tag];
    if (container !== undefined) containers.push(container);
    if (SECTIONING.has(tag)) sectioning++;
    if (tag === 'a') {
      const href = node.properties.href;
      openLinks.push({ text: '', href: typeof href === 'string' ? href : null, offset: start });
    }
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  close();
  return { blocks, images, links };
}
