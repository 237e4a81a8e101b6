/**
 * The Markdown and HTML parsers, loaded on demand. Loading remark (+ gfm) or
 * rehype costs 100–200 ms, more than auditing a small article, so a run loads
 * only the formats it meets: the pipeline awaits loadParsers(formats) first.
 * Library callers that skip it still work: the first sync parse loads the
 * parser through require(esm) (on by default since Node 20.19).
 */
import { createRequire } from 'node:module';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { SourceFormat } from './model.js';

export interface TreeParser<Tree> {
  parse(source: string): Tree;
}

type Unified = typeof import('unified');
type Plugin = { default: unknown };

const parsers: { markdown: TreeParser<MdastRoot> | null; html: TreeParser<HastRoot> | null } = {
  markdown: null,
  html: null,
};

const MODULES: Record<SourceFormat, string[]> = {
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter'],
  html: ['unified', 'rehype-parse'],
};

function create(format: SourceFormat, mods: unknown[]): void {
  const { unified } = mods[0] as Unified;
  // The plugins' own types do not survive the dynamic import; the trees are typed by the caller.
  const plugin = (i: number) => (mods[i] as Plugin).default as Parameters<ReturnType<Unified['unified']>['use']>[0];
  if (format === 'markdown') {
    parsers.markdown ??= unified().use(plugin(1)).use(plugin(2)).use(plugin(3), ['yaml']) as unknown as TreeParser<MdastRoot>;
  } else {
    parsers.html ??= unified().use(plugin(1)) as unknown as TreeParser<HastRoot>;
  }
}

// Literal specifiers (same order as MODULES) so the CLI bundler can include them.
const IMPORTS: Record<SourceFormat, () => Promise<unknown[]>> = {
  markdown: () => Promise.all([import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-frontmatter')]),
  html: () => Promise.all([import('unified'), import('rehype-parse')]),
};

/** Loads the parsers of `formats` (asynchronously, once); call before parsing many files. */
export async function loadParsers(formats: Iterable<SourceFormat>): Promise<void> {
  for (const format of new Set(formats)) {
    if (parsers[format] !== null) continue;
    create(format, await IMPORTS[format]());
  }
}

function loadSync(format: SourceFormat): void {
  const require = createRequire(import.meta.url);
  create(format, MODULES[format].map((name) => require(name) as unknown));
}

export function markdownParser(): TreeParser<MdastRoot> {
  if (parsers.markdown === null) loadSync('markdown');
  return parsers.markdown!;
}

export function htmlParser(): TreeParser<HastRoot> {
  if (parsers.html === null) loadSync('html');
  return parsers.html!;
}
