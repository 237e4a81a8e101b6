import { LineCounter, isMap, isScalar, parseDocument as parseYaml } from 'yaml';
import type { Nodes, Root, Yaml } from 'mdast';
import { InputError } from '../errors.js';
import { hasWords } from '../text/tokenize.js';
import type { BlockKind, Directive, Field, FrontMatterYaml, Image, Link, ParsedDocument, RawBlock } from './model.js';
import { MARKDOWN_SPECIALS, alignText, codeSeparator, lineBreak, separator } from './segments.js';
import { directivesInHtml } from './directives.js';
import { isStackOverflow, parseDeepTree } from '../pipeline/big-files/deep-parse.js';
import { flatMarkdownTree, needsFlatParse } from '../pipeline/big-files/flat-markdown.js';
import { chunkBoundaries, closesOpenBlock, referencedDefinitions, scanDefinitions } from '../pipeline/big-files/chunks.js';
import { DocumentBuilder } from './build.js';
import { lazyParser, unifiedModules } from './lazy-parser.js';
import type { InputSyntax } from './parsers.js';

const remark = lazyParser<Root>({
  modules: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter'],
  importAll: () => Promise.all([import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter')]),
  create(mods) {
    const { unified, plugin } = unifiedModules(mods);
    return unified().use(plugin(1)).use(plugin(2)).use(plugin(3), ['yaml']) as unknown as { parse(source: string): Root };
  },
});

/** Markdown (CommonMark + GFM + YAML front matter), built chunk by chunk so a large file's tree never exists whole. */
export const markdownSyntax: InputSyntax = {
  format: 'markdown',
  extensions: ['md', 'markdown', 'mdx'],
  load: () => remark.load(),
  parse(source, path, options = {}, language = {}) {
    const builder = new DocumentBuilder(source, language, path);
    const parsed = parseMarkdownBlocks(source, path, (blocks) => builder.add(blocks), options);
    return builder.finish(parsed, { path });
  },
};

function parseTree(source: string, path: string): Root {
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
  const walker = new MarkdownWalker(source);
  const bounds = chunkBoundaries(source, options.chunkSize ?? CHUNK_SIZE);
  if (bounds.length === 2) {
    walker.walk(parseTree(source, path), 0, source.length);
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
        tree = parseTree(text + referencedDefinitions(text, definitions), path);
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
  return walker.finish(path);
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
  private readonly definitions = new Map<string, string>();
  private readonly unresolvedLinks: { link: Link; identifier: string }[] = [];
  private readonly unresolvedImages: { image: Image; identifier: string }[] = [];
  private frontMatterNode: Yaml | null = null;
  private firstH1: RawBlock | null = null;

  constructor(private readonly source: string) {}

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
      if (exit) {
        switch (node.type) {
          case 'heading':
          case 'paragraph':
          case 'tableCell':
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
              text: detach(openLink.text.replace(/\s+/g, ' ').trim()),
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
          if (this.frontMatterNode === null && base === 0) this.frontMatterNode = node;
          continue;
        case 'code':
        case 'thematicBreak':
        case 'footnoteReference':
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        case 'definition':
          if (!definitions.has(node.identifier)) definitions.set(detach(node.identifier), detach(node.url));
          continue;
        case 'html':
          directivesInHtml(node.value, startOf(node), directives);
          if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
          continue;
        case 'inlineCode':
          if (current !== null) (current as RawBlock).segments.push(codeSeparator(startOf(node)));
          continue;
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
            (current as RawBlock).segments.push(...segments);
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
          openLinks.push({ text: '', href: node.url, identifier: null, offset: startOf(node) });
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

  finish(path: string): ParsedDocument {
    const { source, definitions } = this;
    for (const { link, identifier } of this.unresolvedLinks) link.href = definitions.get(identifier) ?? null;
    for (const { image, identifier } of this.unresolvedImages) image.src = definitions.get(identifier) ?? null;
    const meta = this.frontMatterNode === null ? null : readFrontMatter(this.frontMatterNode, source, path);
    const title = meta?.title ?? (this.firstH1 === null ? null : h1Field(this.firstH1));
    return {
      format: 'markdown',
      source,
      title,
      metaDescription: meta?.description ?? null,
      slug: meta?.slug ?? null,
      language: meta?.language ?? null,
      frontMatter: meta?.data ?? null,
      frontMatterYaml: meta?.yaml ?? null,
      blocks: [],
      images: this.images,
      links: this.links,
      directives: this.directives,
    };
  }
}

function h1Field(h1: RawBlock): Field | null {
  const text = h1.segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  const first = h1.segments.find((s) => /\S/.test(s.text));
  const offset = first === undefined ? h1.start : first.start + (first.verbatim ? first.text.search(/\S/) : 0);
  return { text, from: 'h1', offset };
}

interface FrontMatter {
  data: Record<string, unknown>;
  yaml: FrontMatterYaml;
  title: Field | null;
  description: Field | null;
  slug: Field | null;
  language: string | null;
}

/**
 * YAML front matter. Errors are reported at their line/column in the
 * original file: the YAML body starts on the line after the opening `---`.
 */
function readFrontMatter(node: Yaml, source: string, path: string): FrontMatter {
  const nodeStart = node.position?.start.offset ?? 0;
  const firstLineEnd = source.indexOf('\n', nodeStart);
  const bodyStart = firstLineEnd === -1 ? nodeStart : firstLineEnd + 1;
  const bodyLine = (node.position?.start.line ?? 1) + 1;
  // mdast keeps the YAML body as written (line endings included), so YAML offsets + bodyStart are source offsets.
  const body = node.value;
  const lineCounter = new LineCounter();
  const where = (offset: number): { file: string; line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { file: path, line: bodyLine + pos.line - 1, column: pos.col };
  };

  let doc: ReturnType<typeof parseYaml>;
  try {
    doc = parseYaml(body, { lineCounter, prettyErrors: false });
  } catch (error) {
    if (isStackOverflow(error)) throw new InputError('invalid front matter', 'nested too deeply', { file: path, line: bodyLine });
    throw error;
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    throw new InputError('invalid front matter', firstLine(error.message), where(error.pos[0]));
  }
  const contents = doc.contents;
  const yaml = { text: body, line: bodyLine };
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { data: {}, yaml, title: null, description: null, slug: null, language: null };
  }
  if (!isMap(contents)) {
    throw new InputError('invalid front matter', 'expected a mapping of fields (key: value)', where(contents.range?.[0] ?? 0));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (isStackOverflow(e)) throw new InputError('invalid front matter', 'nested too deeply', { file: path, line: bodyLine });
    throw new InputError('invalid front matter', firstLine((e as Error).message), { file: path, line: bodyLine });
  }

  const field = (key: string, from: Field['from'] = 'frontMatter'): Field | null => {
    const value = contents.get(key, true);
    if (value === undefined || value === null) return null;
    if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) {
      const at = (value as { range?: [number, number, number] }).range?.[0] ?? 0;
      throw new InputError('invalid front matter', `"${key}" must be a string`, where(at));
    }
    const text = String(value.value).trim();
    if (text.length === 0) return null;
    return { text, from, offset: bodyStart + (value.range?.[0] ?? 0) };
  };
  const language = field('lang') ?? field('language');
  return {
    data: data as Record<string, unknown>,
    yaml,
    title: field('title'),
    description: field('description'),
    slug: field('slug'),
    language: language?.text ?? null,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
