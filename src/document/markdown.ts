import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { LineCounter, isMap, isScalar, parseDocument as parseYaml } from 'yaml';
import type { Nodes, Root, Yaml } from 'mdast';
import { InputError } from '../errors.js';
import { hasWords } from '../text/tokenize.js';
import type { BlockKind, Directive, Field, Image, Link, ParsedDocument, RawBlock } from './model.js';
import { MARKDOWN_SPECIALS, alignText, lineBreak, separator } from './segments.js';
import { directivesInHtml } from './directives.js';
import { isStackOverflow, parseDeepTree } from './deep-parse.js';

// Created once: building a processor per file would dominate small-file runs.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

function parseTree(source: string, path: string): Root {
  try {
    return processor.parse(source);
  } catch (error) {
    if (isStackOverflow(error)) return parseDeepTree<Root>('markdown', source, path);
    throw error;
  }
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
 * are not. The walk uses an explicit stack so nesting depth is unbounded.
 */
export function parseMarkdown(source: string, path: string): ParsedDocument {
  const tree = parseTree(source, path);
  const blocks: RawBlock[] = [];
  const images: Image[] = [];
  const links: Link[] = [];
  const directives: Directive[] = [];
  const definitions = new Map<string, string>();
  const unresolvedLinks: { link: Link; identifier: string }[] = [];
  const unresolvedImages: { image: Image; identifier: string }[] = [];
  let frontMatterNode: Yaml | null = null;

  // Innermost list item / blockquote decides what kind of block a paragraph is.
  const containers: BlockKind[] = [];
  const openLinks: OpenLink[] = [];
  let current: RawBlock | null = null;

  const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
  const endOf = (node: Nodes): number => node.position?.end.offset ?? startOf(node);
  const open = (kind: BlockKind, node: Nodes, level?: number): void => {
    current = { kind, segments: [], start: startOf(node), end: endOf(node) };
    if (level !== undefined) current.level = level;
  };
  const close = (): void => {
    if (current === null) return;
    const block: RawBlock = current;
    current = null;
    if (block.kind === 'heading' || hasWords(block.segments.map((s) => s.text).join(''))) blocks.push(block);
  };

  const stack: Frame[] = [{ node: tree, exit: false }];
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
          const link: Link = { text: openLink.text.replace(/\s+/g, ' ').trim(), href: openLink.href, offset: openLink.offset };
          links.push(link);
          if (openLink.identifier !== null) unresolvedLinks.push({ link, identifier: openLink.identifier });
          break;
        }
      }
      continue;
    }

    switch (node.type) {
      case 'yaml':
        if (frontMatterNode === null) frontMatterNode = node;
        continue;
      case 'code':
      case 'thematicBreak':
      case 'footnoteReference':
        if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
        continue;
      case 'definition':
        definitions.set(node.identifier, node.url);
        continue;
      case 'html':
        directivesInHtml(node.value, startOf(node), directives);
        if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
        continue;
      case 'inlineCode':
        if (current !== null) (current as RawBlock).segments.push(separator(startOf(node)));
        continue;
      case 'break':
        if (current !== null) (current as RawBlock).segments.push(lineBreak(startOf(node), endOf(node)));
        continue;
      case 'image':
      case 'imageReference': {
        const image: Image = { alt: node.alt ?? null, src: node.type === 'image' ? node.url : null, offset: startOf(node) };
        images.push(image);
        if (node.type === 'imageReference') unresolvedImages.push({ image, identifier: node.identifier });
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

  for (const { link, identifier } of unresolvedLinks) link.href = definitions.get(identifier) ?? null;
  for (const { image, identifier } of unresolvedImages) image.src = definitions.get(identifier) ?? null;

  const meta = frontMatterNode === null ? null : readFrontMatter(frontMatterNode, source, path);
  const title = meta?.title ?? firstH1(blocks);
  return {
    format: 'markdown',
    source,
    title,
    metaDescription: meta?.description ?? null,
    slug: meta?.slug ?? null,
    language: meta?.language ?? null,
    frontMatter: meta?.data ?? null,
    blocks,
    images,
    links,
    directives,
  };
}

function firstH1(blocks: RawBlock[]): Field | null {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  if (h1 === undefined) return null;
  const text = h1.segments.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  const first = h1.segments.find((s) => /\S/.test(s.text));
  const offset = first === undefined ? h1.start : first.start + (first.verbatim ? first.text.search(/\S/) : 0);
  return { text, from: 'h1', offset };
}

interface FrontMatter {
  data: Record<string, unknown>;
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
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { data: {}, title: null, description: null, slug: null, language: null };
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
    title: field('title'),
    description: field('description'),
    slug: field('slug'),
    language: language?.text ?? null,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
