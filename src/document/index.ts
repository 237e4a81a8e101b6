import type { LanguageChoice } from './build.js';
import type { MarkdownOptions } from './markdown.js';
import type { Document, SourceFormat } from './model.js';
import { syntaxOf } from './parsers.js';

export type * from './model.js';
export { buildDocument, DocumentBuilder, slugFromPath } from './build.js';
export type { LanguageChoice } from './build.js';
export { parseHtml, slugFromUrl } from './html.js';
export { parseMarkdown, parseMarkdownBlocks, CHUNK_SIZE } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { formatFromPath, loadParsers, SYNTAXES, syntaxOf } from './parsers.js';
export type { InputSyntax } from './parsers.js';

/**
 * Parses `source` (already decoded, BOM removed) and builds the Document model.
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
  return syntaxOf(format).parse(source, path, options, language);
}
