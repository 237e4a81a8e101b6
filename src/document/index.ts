import type { ParseOptions } from './options.js';
import type { LanguageChoice } from './build.js';
import type { Document, SourceFormat } from './model.js';
import { syntaxOf } from './parsers.js';

export type * from './model.js';
export { buildDocument, DocumentBuilder, slugFromPath } from './build.js';
export type { LanguageChoice } from './build.js';
export { parseHtml, slugFromUrl } from './html.js';
export { parseMarkdown, parseMarkdownBlocks, CHUNK_SIZE, loadMdxParser } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export type { ParseOptions } from './options.js';
export { DEFAULT_FRONT_MATTER_FIELDS, readFrontMatter } from './frontmatter.js';
export type { FrontMatterFields } from './frontmatter.js';
export { TEMPLATE_FAMILIES, maskTemplates } from './templates.js';
export type { TemplateFamily, TemplatesSetting } from './templates.js';
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
  options: ParseOptions = {},
  language: LanguageChoice = {},
): Document {
  return syntaxOf(format).parse(source, path, options, language);
}
