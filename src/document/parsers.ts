/**
 * The Markdown, MDX and HTML parsers, loaded on demand. Loading remark (+ gfm) or
 * rehype costs 100–200 ms, more than auditing a small article, so a run loads
 * only the formats it meets: the pipeline awaits loadParsers(formats) first.
 * Library callers that skip it still work: the first sync parse loads the
 * parser through require(esm) (on by default since Node 20.19).
 *
 * Markdown: remark-parse + remark-gfm + remark-directive (`:::note` admonitions) + remark-math
 * (`$…$`, `$$…$$`). MDX: the same plus remark-mdx (ESM, expressions, JSX). Front matter is
 * read by frontmatter.ts and masked before parsing, so remark-frontmatter only guards the case
 * a caller passes unmasked text. HTML: rehype-parse, whole documents and fragments (raw HTML
 * inside Markdown).
 */
import { createRequire } from 'node:module';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { SourceFormat } from './model.js';

export interface TreeParser<Tree> {
  parse(source: string): Tree;
}

export type ParserKind = 'markdown' | 'mdx' | 'html';

type Unified = typeof import('unified');
type Plugin = { default: unknown };

const parsers: {
  markdown: TreeParser<MdastRoot> | null;
  mdx: TreeParser<MdastRoot> | null;
  html: TreeParser<HastRoot> | null;
  htmlFragment: TreeParser<HastRoot> | null;
} = { markdown: null, mdx: null, html: null, htmlFragment: null };

const MODULES: Record<ParserKind, string[]> = {
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-directive', 'remark-math'],
  mdx: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'remark-directive', 'remark-math', 'remark-mdx'],
  html: ['unified', 'rehype-parse'],
};

function create(kind: ParserKind, mods: unknown[]): void {
  const { unified } = mods[0] as Unified;
  // The plugins' own types do not survive the dynamic import; the trees are typed by the caller.
  const plugin = (i: number) => (mods[i] as Plugin).default as Parameters<ReturnType<Unified['unified']>['use']>[0];
  if (kind === 'markdown' || kind === 'mdx') {
    let processor = unified().use(plugin(1)).use(plugin(2)).use(plugin(3), ['yaml']).use(plugin(4)).use(plugin(5));
    if (kind === 'mdx') processor = processor.use(plugin(6));
    parsers[kind] ??= processor as unknown as TreeParser<MdastRoot>;
  } else {
    parsers.html ??= unified().use(plugin(1)) as unknown as TreeParser<HastRoot>;
    parsers.htmlFragment ??= unified().use(plugin(1), { fragment: true }) as unknown as TreeParser<HastRoot>;
  }
}

// Literal specifiers (same order as MODULES) so the CLI bundler can include them.
const IMPORTS: Record<ParserKind, () => Promise<unknown[]>> = {
  markdown: () =>
    Promise.all([
      import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter'),
      import('remark-directive'), import('remark-math'),
    ]),
  mdx: () =>
    Promise.all([
      import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter'),
      import('remark-directive'), import('remark-math'), import('remark-mdx'),
    ]),
  html: () => Promise.all([import('unified'), import('rehype-parse')]),
};

/** Loads the parsers of `formats` (asynchronously, once); call before parsing many files. */
export async function loadParsers(formats: Iterable<SourceFormat | ParserKind>): Promise<void> {
  for (const kind of new Set(formats)) {
    if (parsers[kind] !== null) continue;
    create(kind, await IMPORTS[kind]());
  }
}

function loadSync(kind: ParserKind): void {
  const require = createRequire(import.meta.url);
  create(kind, MODULES[kind].map((name) => require(name) as unknown));
}

export function markdownParser(): TreeParser<MdastRoot> {
  if (parsers.markdown === null) loadSync('markdown');
  return parsers.markdown!;
}

export function mdxParser(): TreeParser<MdastRoot> {
  if (parsers.mdx === null) loadSync('mdx');
  return parsers.mdx!;
}

export function htmlParser(): TreeParser<HastRoot> {
  if (parsers.html === null) loadSync('html');
  return parsers.html!;
}

/** rehype-parse in fragment mode: raw HTML inside Markdown (no implied html/head/body). */
export function htmlFragmentParser(): TreeParser<HastRoot> {
  if (parsers.htmlFragment === null) loadSync('html');
  return parsers.htmlFragment!;
}
