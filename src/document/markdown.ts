import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { InputError } from '../errors.js';
import { hasWords } from '../text/tokenize.js';
import type { BlockKind, Directive, Field, Image, Link, ParsedDocument, RawBlock, TextSegment } from './model.js';
import { MARKDOWN_SPECIALS, alignText, codeSeparator, lineBreak, separator } from './segments.js';
import { directiveFromComment, directivesInHtml } from './directives.js';
import { htmlIds } from '../site/anchors.js';
import { isStackOverflow, parseDeepTree } from '../pipeline/big-files/deep-parse.js';
import { flatMarkdownTree, needsFlatParse } from '../pipeline/big-files/flat-markdown.js';
import { chunkBoundaries, closesOpenBlock, referencedDefinitions, scanDefinitions } from '../pipeline/big-files/chunks.js';
import { DocumentBuilder } from './build.js';
import type { LanguageChoice } from './build.js';
import { lazyParser, unifiedModules } from './lazy-parser.js';
import { blockwiseAutolinkLiterals } from './autolink-literals.js';
import type { InputSyntax } from './parsers.js';
import { proseFromHtmlFragment } from './html.js';
import { MASK, maskTemplates, resolveFamilies, withoutMask } from './templates.js';
import type { LinkTarget } from './templates.js';
import { blank, DEFAULT_FRONT_MATTER_FIELDS, readFrontMatter } from './frontmatter.js';
import type { ParseOptions } from './options.js';

/*
 * remark-parse + remark-gfm + remark-directive (`:::note` admonitions) + remark-math (`$…$`,
 * `$$…$$`); MDX adds remark-mdx (ESM, expressions, JSX). Front matter is read by frontmatter.ts
 * and masked before parsing, so remark-frontmatter only guards text that reaches the parser unmasked.
 */
interface TreeParser {
  parse(source: string): Root;
}

/**
 * True when the source opens with a `---` line that no later `---` line closes: no front matter
 * then, but remark-frontmatter's attempt at one runs to the end of the document and, failing
 * there, leaves micromark's containers unparsed (the construct is "concrete"): every list and
 * blockquote after it came out as paragraph text, `- ` and `> ` included, and a chunked parse
 * differed from one parse (issue 16, npm run fuzz seed 1594010170). Such a source is parsed
 * without remark-frontmatter, which could not have found front matter in it anyway. Line endings
 * as micromark's: LF, CRLF, CR.
 */
export function opensUnclosedFrontMatter(source: string): boolean {
  return /^---[ \t]*(?:\r\n?|\n)/.test(source) && !/(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/.test(source);
}

const remark = lazyParser<Root>({
  modules: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-directive', 'remark-math'],
  importAll: () =>
    Promise.all([
      import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter'),
      import('remark-directive'), import('remark-math'),
    ]),
  create(mods) {
    const { unified, plugin } = unifiedModules(mods);
    const withFrontMatter = blockwiseAutolinkLiterals(unified().use(plugin(1)).use(plugin(2)).use(plugin(3), ['yaml']).use(plugin(4)).use(plugin(5))) as unknown as TreeParser;
    const without = blockwiseAutolinkLiterals(unified().use(plugin(1)).use(plugin(2)).use(plugin(4)).use(plugin(5))) as unknown as TreeParser;
    return { parse: (source: string) => (opensUnclosedFrontMatter(source) ? without : withFrontMatter).parse(source) };
  },
});

// MDX has no HTML comments, but Docusaurus reads `<!-- … -->` in MDX (mdx1Compat.comments, on by
// default) with @slorber/remark-comment, the plugin used here: a comment node, not text, not an error.
const remarkMdx = lazyParser<Root>({
  modules: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-directive', 'remark-math', 'remark-mdx', '@slorber/remark-comment'],
  importAll: () =>
    Promise.all([
      import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter'),
      import('remark-directive'), import('remark-math'), import('remark-mdx'), import('@slorber/remark-comment'),
    ]),
  create(mods) {
    const { unified, plugin } = unifiedModules(mods);
    const withFrontMatter = blockwiseAutolinkLiterals(unified().use(plugin(1)).use(plugin(2)).use(plugin(3), ['yaml']).use(plugin(4)).use(plugin(5)).use(plugin(6)).use(plugin(7), { ast: true })) as unknown as TreeParser;
    const without = blockwiseAutolinkLiterals(unified().use(plugin(1)).use(plugin(2)).use(plugin(4)).use(plugin(5)).use(plugin(6)).use(plugin(7), { ast: true })) as unknown as TreeParser;
    return { parse: (source: string) => (opensUnclosedFrontMatter(source) ? without : withFrontMatter).parse(source) };
  },
});

/** Loads the MDX parser (files matched by the `mdx` globs); parse() loads it synchronously otherwise. */
export function loadMdxParser(): Promise<void> {
  return remarkMdx.load();
}

/**
 * Markdown and MDX (CommonMark + GFM + directives + math, front matter YAML/TOML/JSON), built chunk
 * by chunk so a large file's tree never exists whole (MDX is parsed whole).
 */
export const markdownSyntax: InputSyntax = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdx'],
  load: () => remark.load(),
  parse: (source, path, options = {}, language = {}) => parseMarkdownDocument(source, path, options, language),
};

/**
 * Front matter and template syntax are blanked in a same-length copy that the parser reads, so
 * the remaining text keeps its offsets; the Document keeps the original text. With titleAsH1
 * the front-matter title is the page H1 (first heading, no body words).
 */
function parseMarkdownDocument(source: string, path: string, options: ParseOptions, language: LanguageChoice) {
  const fields = options.frontMatter ?? DEFAULT_FRONT_MATTER_FIELDS;
  const frontMatter = readFrontMatter(source, fields);
  let text = frontMatter === null ? source : blank(source, frontMatter.start, frontMatter.end);
  const mdx = options.mdx === true;
  const masked = maskTemplates(text, resolveFamilies(options.templates ?? 'auto', text, mdx));
  text = masked.text;
  const builder = new DocumentBuilder(text, language, path);
  // The front matter is blanked in `text`: the builder learns its language field here.
  builder.declare(frontMatter?.language ?? null, 'front-matter');
  const pageH1 = options.titleAsH1 === false ? null : (frontMatter?.h1 ?? null);
  if (pageH1 !== null) builder.addPageH1(pageH1);
  const markdownOptions: MarkdownOptions = { mdx, linkTargets: masked.linkTargets };
  if (options.chunkSize !== undefined) markdownOptions.chunkSize = options.chunkSize;
  const parsed = parseMarkdownBlocks(text, path, (blocks) => builder.add(blocks), markdownOptions);
  parsed.source = source;
  parsed.headingIds = masked.headingIds;
  if (frontMatter !== null) {
    parsed.title = frontMatter.title ?? parsed.title;
    parsed.metaDescription = frontMatter.description;
    parsed.slug = frontMatter.slug;
    parsed.language = frontMatter.language;
    parsed.frontMatter = frontMatter.data ?? {};
    parsed.frontMatterYaml = frontMatter.yaml;
    parsed.frontMatterProblems = frontMatter.problems;
    parsed.skip = frontMatter.skip;
  }
  parsed.pageH1 = pageH1;
  return builder.finish(parsed, { path });
}

function parseTree(source: string, path: string, mdx: boolean): Root {
  if (mdx) {
    try {
      return remarkMdx.get().parse(source);
    } catch (error) {
      if (isStackOverflow(error)) throw new InputError('cannot parse MDX', 'the document is nested too deeply', { file: path });
      const e = error as { reason?: string; message?: string; line?: number; column?: number };
      if (typeof e.line === 'number') {
        const where: { file: string; line: number; column?: number } = { file: path, line: e.line };
        if (typeof e.column === 'number') where.column = e.column;
        throw new InputError('cannot parse MDX', String(e.reason ?? e.message ?? error), where);
      }
      throw error;
    }
  }
  if (needsFlatParse(source)) return flatMarkdownTree(source);
  try {
    return remark.get().parse(source);
  } catch (error) {
    if (isStackOverflow(error)) return parseDeepTree<Root>('markdown', source, path);
    throw error;
  }
}

/**
 * Sources above this size are parsed in chunks: remark-parse's time grows
 * faster than linearly with document size and its tree takes ~30× the text
 * in memory, while chunks keep both linear and bounded.
 */
export const CHUNK_SIZE = 64 * 1024;


export interface MarkdownOptions {
  /** Internal (tests): chunk size in UTF-16 code units. */
  chunkSize?: number;
  /** Parse as MDX (remark-mdx): ESM and expressions are not text, JSX children are. Never chunked. */
  mdx?: boolean;
  /** Link destinations that were template syntax (masked before parsing): what they point at. */
  linkTargets?: readonly LinkTarget[];
}

interface Frame {
  node: Nodes;
  exit: boolean;
}

interface OpenLink {
  text: string;
  href: string | null;
  identifier: string | null;
  offset: number;
}

/**
 * Markdown → ParsedDocument. Prose is headings, paragraphs, list items,
 * table cells and blockquotes; code, inline code, raw HTML and front matter
 * are not.
 */
export function parseMarkdown(source: string, path: string, options: MarkdownOptions = {}): ParsedDocument {
  const blocks: RawBlock[] = [];
  const parsed = parseMarkdownBlocks(source, path, (chunk) => {
    for (const block of chunk) blocks.push(block);
  }, options);
  parsed.blocks = blocks;
  return parsed;
}

/**
 * Like parseMarkdown, but hands the blocks over chunk by chunk (`onBlocks`)
 * instead of keeping them, so a caller that consumes them at once never
 * holds more than one chunk's tree and blocks. The result has no blocks.
 *
 * Chunks split only before a line that starts a new top-level block (see
 * chunks.ts). Trade-offs, which change links but not words: a reference
 * (`[text][id]`, `[^note]`) whose definition sits in another chunk is
 * resolved by appending that definition to the chunk being parsed, and lists
 * split across chunks become two lists.
 */
export function parseMarkdownBlocks(
  source: string,
  path: string,
  onBlocks: (blocks: RawBlock[]) => void,
  options: MarkdownOptions = {},
): ParsedDocument {
  const walker = new MarkdownWalker(source, options.linkTargets ?? []);
  const mdx = options.mdx === true;
  // MDX is parsed whole: a JSX element may span blank lines, so no cut is safe.
  const bounds = mdx ? [0, source.length] : chunkBoundaries(source, options.chunkSize ?? CHUNK_SIZE);
  if (bounds.length === 2) {
    walker.walk(parseTree(source, path, mdx), 0, source.length);
    onBlocks(walker.takeBlocks());
  } else {
    const definitions = scanDefinitions(source);
    // Each chunk's tree is garbage once walked; the CLI bounds the heap of huge
    // files (pool.ts auditWithinMemory) so V8 collects it instead of letting it pile up.
    let start = 0;
    for (let b = 1; b < bounds.length; b++) {
      let end = bounds[b]!;
      let tree: Root;
      for (;;) {
        const text = source.slice(start, end);
        tree = parseTree(text + referencedDefinitions(text, definitions), path, false);
        // The line scan can misjudge a fence or HTML block that sits inside
        // a list item; if the chunk ends inside one after all, take in the next chunk.
        if (end === source.length || closesOpenBlock(tree, text)) break;
        end = bounds[++b]!;
      }
      walker.walk(tree, start, end - start);
      onBlocks(walker.takeBlocks());
      start = end;
    }
  }
  return walker.finish();
}

/**
 * A copy of `text` that shares no memory with the chunk it was sliced from:
 * V8 keeps substrings as views into their parent string, so one retained
 * href would otherwise keep a whole chunk's text alive.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** Turns mdast trees into blocks; state that spans chunks (links, definitions, the first H1) lives here. */
class MarkdownWalker {
  private blocks: RawBlock[] = [];
  private readonly images: Image[] = [];
  private readonly links: Link[] = [];
  private readonly directives: Directive[] = [];
  /** `id`/`name` attributes of raw HTML (anchor targets for the site checks). */
  private readonly ids: string[] = [];
  private readonly definitions = new Map<string, string>();
  private readonly unresolvedLinks: { link: Link; identifier: string }[] = [];
  private readonly unresolvedImages: { image: Image; identifier: string }[] = [];
  private firstH1: RawBlock | null = null;

  constructor(
    private readonly source: string,
    private readonly linkTargets: readonly LinkTarget[],
  ) {}

  /** A masked destination (`[text]({{< ref "p" >}})`): the target the tag names, else the empty URL; Zola's `@/x.md` is `/x.md`. */
  private linkHref(url: string, start: number, end: number): string {
    // Zola's internal links `[About](@/about.md)` name a file from the content folder's root.
    if (url.startsWith('@/')) return url.slice(1);
    if (url !== '' || this.linkTargets.length === 0) return url;
    let lo = 0;
    let hi = this.linkTargets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.linkTargets[mid]!.offset < start) lo = mid + 1;
      else hi = mid;
    }
    const target = this.linkTargets[lo];
    return target !== undefined && target.offset < end ? target.href : url;
  }

  takeBlocks(): RawBlock[] {
    const out = this.blocks;
    this.blocks = [];
    return out;
  }

  /**
   * Walks `tree`, parsed from source[base, base + limit) (plus appended
   * definitions, which are skipped). An explicit stack keeps nesting depth unbounded.
   */
  walk(tree: Root, base: number, limit: number): void {
    const { source, blocks, images, links, directives, definitions, unresolvedLinks, unresolvedImages } = this;
    // Innermost list item / blockquote decides what kind of block a paragraph is.
    const containers: BlockKind[] = [];
    const openLinks: OpenLink[] = [];
    let current: RawBlock | null = null;

    const startOf = (node: Nodes): number => base + (node.position?.start.offset ?? 0);
    const endOf = (node: Nodes): number => (node.position?.end.offset === undefined ? startOf(node) : base + node.position.end.offset);
    const open = (kind: BlockKind, node: Nodes, level?: number): void => {
      current = { kind, segments: [], start: startOf(node), end: endOf(node) };
      if (level !== undefined) current.level = level;
    };
    const close = (): void => {
      if (current === null) return;
      const block: RawBlock = current;
      current = null;
      block.segments = stripMask(block.segments);
      if (block.kind === 'heading' || hasWords(block.segments.map((s) => s.text).join(''))) {
        blocks.push(block);
        if (block.kind === 'heading' && block.level === 1) this.firstH1 ??= block;
      }
    };

    const stack: Frame[] = [];
    for (let i = tree.children.length - 1; i >= 0; i--) {
      const child = tree.children[i]!;
      if ((child.position?.start.offset ?? 0) < limit) stack.push({ node: child, exit: false });
    }
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (node === LINK_END) {
        const openLink = openLinks.pop()!;
        links.push({ text: detach(withoutMask(openLink.text).replace(/\s+/g, ' ').trim()), href: openLink.href, offset: openLink.offset });
        continue;
      }
      if (exit) {
        switch (node.type) {
          case 'heading':
          case 'paragraph':
          case 'tableCell':
          case 'leafDirective':
          case 'mdxJsxFlowElement':
            close();
            break;
          case 'listItem':
          case 'blockquote':
            containers.pop();
            break;
          case 'link':
          case 'linkReference': {
            const openLink = openLinks.pop()!;
            const link: Link = {
              text: detach(withoutMask(openLink.text).replace(/\s+/g, ' ').trim()),
              href: openLink.href === null ? null : detach(openLink.href),
              offset: openLink.offset,
            };
            links.push(link);
            if (openLink.identifier !== null) unresolvedLinks.push({ link, identifier: detach(openLink.identifier) });
            break;
          }
        }
        continue;
      }

      switch (node.type) {
        case 'yaml':
        case 'mdxjsEsm':
        case 'math':
          // Front matter is read (and masked) before parsing; ESM and math blocks are not text.
          close();
          continue;
        case 'inlineMath':
          if (dollarsAreText(source, startOf(node), endOf(node))) {
            // `$5 and $10`: prices, not math (Pandoc's rule); the text is printed as written.
            const raw = source.slice(startOf(node), endOf(node));
            if (current !== null) (current as RawBlock).segments.push({ text: raw, start: startOf(node), end: endOf(node), verbatim: true });
            for (const link of openLinks) link.text += raw;
            continue;
          }
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        case 'code':
        case 'thematicBreak':
        case 'footnoteReference':
        case 'mdxTextExpression':
        case 'mdxFlowExpression':
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        case 'definition':
          if (!definitions.has(node.identifier)) definitions.set(detach(node.identifier), detach(node.url));
          continue;
        case 'comment' as Nodes['type']: {
          // An HTML comment in MDX (@slorber/remark-comment): not text; it may hold a seo-audit directive.
          const value = (node as unknown as { commentValue?: string }).commentValue ?? '';
          const directive = directiveFromComment(value, startOf(node));
          if (directive !== null) directives.push(directive);
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        }
        case 'html':
          directivesInHtml(node.value, startOf(node), directives);
          if (node.value.includes('id=') || node.value.includes('name=')) for (const id of htmlIds(node.value)) this.ids.push(detach(id));
          if (current !== null) {
            // Inline HTML: its tags; the text between them is Markdown text. Images and line breaks count.
            (current as RawBlock).segments.push(separator(startOf(node)));
            if (/^<(?:img|br)\b/i.test(node.value)) this.inlineHtml(node.value, startOf(node), endOf(node), current);
          } else if (hasMarkup(node.value)) {
            // An HTML block: its text, headings, images and links, by the HTML rules.
            this.htmlBlock(node.value, startOf(node), endOf(node));
          }
          continue;
        case 'inlineCode':
          // Inline code is visible text (in headings too: "Profiling with `perf`").
          if (current !== null) for (const segment of inlineCodeSegments(node.value, source, startOf(node), endOf(node))) (current as RawBlock).segments.push(segment);
          for (const link of openLinks) link.text += node.value;
          continue;
        case 'textDirective':
          // `:name` with no label or attributes is how generators print it back: as text ("10:30", "Note:this").
          if (node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) {
            if (current !== null) {
              const raw = source.slice(startOf(node), endOf(node));
              (current as RawBlock).segments.push({ text: raw, start: startOf(node), end: endOf(node), verbatim: true });
            }
            continue;
          }
          break;
        case 'leafDirective':
          close();
          open(containers[containers.length - 1] ?? 'paragraph', node);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name ?? '';
          if (name === 'img' || name === 'Image' || name === 'ThemedImage' || name === 'IdealImage') {
            const image: Image = { alt: jsxAttribute(node.attributes, 'alt'), src: jsxAttribute(node.attributes, 'src'), offset: startOf(node) };
            if (image.alt !== null) image.alt = detach(image.alt);
            images.push(image);
            if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
            continue;
          }
          const level = /^h([1-6])$/.exec(name);
          if (node.type === 'mdxJsxFlowElement') {
            close();
            if (level !== null) open('heading', node, Number(level[1]));
          } else if (current !== null) {
            (current as RawBlock).segments.push(separator(startOf(node)));
          }
          if (name === 'a') {
            openLinks.push({ text: '', href: jsxAttribute(node.attributes, 'href'), identifier: null, offset: startOf(node) });
            stack.push({ node: LINK_END, exit: true });
          }
          break;
        }
        case 'break':
          if (current !== null) (current as RawBlock).segments.push(lineBreak(startOf(node), endOf(node)));
          continue;
        case 'image':
        case 'imageReference': {
          const image: Image = {
            alt: node.alt == null ? null : detach(node.alt),
            src: node.type === 'image' ? detach(node.url) : null,
            offset: startOf(node),
          };
          images.push(image);
          if (node.type === 'imageReference') unresolvedImages.push({ image, identifier: detach(node.identifier) });
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        }
        case 'text': {
          for (const link of openLinks) link.text += node.value;
          if (current !== null) {
            const segments = alignText(node.value, source, startOf(node), endOf(node), MARKDOWN_SPECIALS);
            for (const segment of segments) (current as RawBlock).segments.push(segment);
          }
          continue;
        }
        case 'heading':
          close();
          open('heading', node, node.depth);
          break;
        case 'paragraph':
          close();
          open(containers[containers.length - 1] ?? 'paragraph', node);
          break;
        case 'tableCell':
          close();
          open('tableCell', node);
          break;
        case 'listItem':
          containers.push('listItem');
          break;
        case 'blockquote':
          containers.push('blockquote');
          break;
        case 'link':
          openLinks.push({ text: '', href: this.linkHref(node.url, startOf(node), endOf(node)), identifier: null, offset: startOf(node) });
          break;
        case 'linkReference':
          openLinks.push({ text: '', href: null, identifier: node.identifier, offset: startOf(node) });
          break;
        default:
          break;
      }
      if ('children' in node) {
        stack.push({ node, exit: true });
        const children = node.children as Nodes[];
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
      }
    }
    close();
  }

  /** Inline `<img>` / `<br>` tags inside a paragraph or heading. */
  private inlineHtml(html: string, start: number, end: number, current: RawBlock): void {
    const prose = proseFromHtmlFragment(html, this.source, start, end);
    for (const image of prose.images) this.images.push(image);
    if (/^<br\b/i.test(html)) current.segments.push(lineBreak(start, end));
  }

  /** A Markdown HTML block, read by the HTML rules; its blocks join the document in place. */
  private htmlBlock(html: string, start: number, end: number): void {
    const prose = proseFromHtmlFragment(html, this.source, start, end);
    for (const block of prose.blocks) {
      block.segments = stripMask(block.segments);
      if (block.kind !== 'heading' && !hasWords(block.segments.map((s) => s.text).join(''))) continue;
      this.blocks.push(block);
      if (block.kind === 'heading' && block.level === 1) this.firstH1 ??= block;
    }
    for (const image of prose.images) this.images.push(image);
    for (const link of prose.links) this.links.push(link);
  }

  finish(): ParsedDocument {
    const { source, definitions } = this;
    for (const { link, identifier } of this.unresolvedLinks) link.href = definitions.get(identifier) ?? null;
    for (const { image, identifier } of this.unresolvedImages) image.src = definitions.get(identifier) ?? null;
    return {
      format: 'markdown',
      source,
      title: this.firstH1 === null ? null : h1Field(this.firstH1),
      metaDescription: null,
      slug: null,
      language: null,
      frontMatter: null,
      frontMatterYaml: null,
      blocks: [],
      images: this.images,
      links: this.links,
      directives: this.directives,
      ids: this.ids,
    };
  }
}

/** Stands in the walk's stack for the end of a JSX `<a>` element. */
const LINK_END = { type: 'jsxLinkEnd' } as unknown as Nodes;

/** False for HTML that is only comments (the common case: nothing to parse). */
function hasMarkup(html: string): boolean {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '';
}

/** A JSX attribute's literal string value (`alt="…"`), or null (absent, or an expression). */
function jsxAttribute(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], name: string): string | null {
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return null;
}

/**
 * Inline code's text, mapped into the source between its backtick runs. CommonMark strips one
 * space on each side and turns line endings into spaces; when the value is not a verbatim slice,
 * the words are located within the span.
 */
function inlineCodeSegments(value: string, source: string, start: number, end: number): TextSegment[] {
  if (value.length === 0) return [];
  const raw = source.slice(start, end);
  let ticks = 0;
  while (raw[ticks] === '`') ticks++;
  const innerStart = start + ticks;
  const innerEnd = Math.max(innerStart, end - ticks);
  const inner = source.slice(innerStart, innerEnd);
  const at = inner.indexOf(value);
  const out: TextSegment[] = [codeSeparator(start)];
  if (at !== -1) out.push({ text: value, start: innerStart + at, end: innerStart + at + value.length, verbatim: true });
  else out.push({ text: value, start: innerStart, end: innerEnd, verbatim: false });
  out.push(separator(end));
  return out;
}

/** Drops MASK characters (masked template syntax at a line start) from collected text. */
function stripMask(segments: TextSegment[]): TextSegment[] {
  if (!segments.some((s) => s.text.includes(MASK))) return segments;
  const out: TextSegment[] = [];
  for (const segment of segments) {
    if (!segment.text.includes(MASK)) {
      out.push(segment);
      continue;
    }
    if (!segment.verbatim) {
      out.push({ ...segment, text: withoutMask(segment.text) });
      continue;
    }
    let at = 0;
    const text = segment.text;
    while (at < text.length) {
      const mask = text.indexOf(MASK, at);
      const stop = mask === -1 ? text.length : mask;
      if (stop > at) out.push({ text: text.slice(at, stop), start: segment.start + at, end: segment.start + stop, verbatim: true });
      if (mask === -1) break;
      let after = mask;
      while (text[after] === MASK) after++;
      out.push(separator(segment.start + after));
      at = after;
    }
  }
  return out;
}

function h1Field(h1: RawBlock): Field | null {
  const text = h1.segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  const first = h1.segments.find((s) => /\S/.test(s.text));
  const offset = first === undefined ? h1.start : first.start + (first.verbatim ? first.text.search(/\S/) : 0);
  return { text, from: 'h1', offset };
}

/**
 * Single-dollar inline math follows Pandoc's rule (`tex_math_dollars`): the opening `$` must have
 * a non-space character right after it, the closing `$` a non-space character right before it and
 * no digit right after it. remark-math pairs any two dollars, so `between $5 and $10` would be
 * math "5 and "; such a pair is text (true here). `$$…$$` is always math.
 */
export function dollarsAreText(source: string, start: number, end: number): boolean {
  if (end - start < 2 || source[start] !== '$' || source[start + 1] === '$') return false;
  const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
  const afterOpen = source[start + 1];
  const beforeClose = source[end - 2];
  const afterClose = source.charCodeAt(end);
  return isSpace(afterOpen) || isSpace(beforeClose) || (afterClose >= 0x30 && afterClose <= 0x39);
}
