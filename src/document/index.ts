import { buildDocument, DocumentBuilder } from './build.js';
import { parseHtml } from './html.js';
import { parseMarkdownBlocks } from './markdown.js';
import type { Document, SourceFormat } from './model.js';
import { blank, DEFAULT_FRONT_MATTER_FIELDS, readFrontMatter } from './frontmatter.js';
import type { FrontMatterFields } from './frontmatter.js';
import { maskTemplates, resolveFamilies } from './templates.js';
import type { TemplatesSetting } from './templates.js';

export { DEFAULT_FRONT_MATTER_FIELDS, readFrontMatter } from './frontmatter.js';
export type { FrontMatterFields } from './frontmatter.js';
export { TEMPLATE_FAMILIES, maskTemplates } from './templates.js';
export type { TemplateFamily, TemplatesSetting } from './templates.js';

/** How an article is read (config `mdx`, `templates`, `titleAsH1`, `frontMatter`, `language`; SPEC §3). */
export interface ParseOptions {
  /** Parse Markdown as MDX (the file matched a `mdx` glob). */
  mdx?: boolean;
  /** Template syntax that is not text (default `auto`: detected per file). */
  templates?: TemplatesSetting;
  /** A Markdown/MDX front-matter title is the page's H1 (default true). */
  titleAsH1?: boolean;
  /** Which front-matter fields mean what (default DEFAULT_FRONT_MATTER_FIELDS). */
  frontMatter?: FrontMatterFields;
  /** Internal (tests): Markdown chunk size. */
  chunkSize?: number;
}

/** @deprecated use ParseOptions */
export type MarkdownOptions = ParseOptions;

export type * from './model.js';
export { buildDocument, DocumentBuilder, slugFromPath } from './build.js';
export { parseHtml, slugFromUrl } from './html.js';
export { parseMarkdown, parseMarkdownBlocks, CHUNK_SIZE } from './markdown.js';
export { loadParsers } from './parsers.js';

/**
 * Parses `source` (already decoded, BOM removed) and builds the Document model.
 * Markdown is built chunk by chunk, so a large file's syntax tree never exists whole.
 * Call `await loadParsers([format])` first to load the parser without blocking;
 * otherwise the first call loads it synchronously.
 */
export function parseDocument(source: string, format: SourceFormat, path: string, options: ParseOptions = {}): Document {
  const fields = options.frontMatter ?? DEFAULT_FRONT_MATTER_FIELDS;
  const templates = options.templates ?? 'auto';
  if (format === 'html') {
    const parsed = parseHtml(source, path, { templates, frontMatter: fields });
    parsed.source = source;
    return buildDocument(parsed, { path });
  }
  // Front matter and template syntax are blanked in a same-length copy that the parser reads:
  // the remaining text keeps its offsets, and the Document keeps the original.
  const frontMatter = readFrontMatter(source, fields);
  let text = frontMatter === null ? source : blank(source, frontMatter.start, frontMatter.end);
  const mdx = options.mdx === true;
  const masked = maskTemplates(text, resolveFamilies(templates, text, mdx));
  text = masked.text;
  const builder = new DocumentBuilder(text);
  const pageH1 = options.titleAsH1 === false ? null : (frontMatter?.h1 ?? null);
  if (pageH1 !== null) builder.addPageH1(pageH1);
  const markdownOptions: { mdx: boolean; chunkSize?: number } = { mdx };
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

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  htm: 'html',
};

/** Format implied by the file extension (case-insensitive), or null when unknown. */
export function formatFromPath(path: string): SourceFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  return match === null ? null : (FORMAT_BY_EXTENSION[match[1]!.toLowerCase()] ?? null);
}
