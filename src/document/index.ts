import { buildDocument, DocumentBuilder } from './build.js';
import type { LanguageChoice } from './build.js';
import { parseHtml } from './html.js';
import { parseMarkdownBlocks } from './markdown.js';
import type { MarkdownOptions } from './markdown.js';
import type { Document, SourceFormat } from './model.js';

export type * from './model.js';
export { buildDocument, DocumentBuilder, slugFromPath } from './build.js';
export type { LanguageChoice } from './build.js';
export { parseHtml, slugFromUrl } from './html.js';
export { parseMarkdown, parseMarkdownBlocks, CHUNK_SIZE } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { loadParsers } from './parsers.js';

/**
 * Parses `source` (already decoded, BOM removed) and builds the Document model.
 * Markdown is built chunk by chunk, so a large file's syntax tree never exists whole.
 * Call `await loadParsers([format])` first to load the parser without blocking;
 * otherwise the first call loads it synchronously.
 */
export function parseDocument(
  source: string,
  format: SourceFormat,
  path: string,
  options: MarkdownOptions = {},
  language: LanguageChoice = {},
): Document {
  if (format === 'html') return buildDocument(parseHtml(source, path), { path }, language);
  const builder = new DocumentBuilder(source, language, path);
  const parsed = parseMarkdownBlocks(source, path, (blocks) => builder.add(blocks), options);
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
