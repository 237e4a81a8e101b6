import { buildDocument } from './build.js';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import type { Document, ParsedDocument, SourceFormat } from './model.js';

export type * from './model.js';
export { buildDocument, slugFromPath } from './build.js';
export { parseHtml, slugFromUrl } from './html.js';
export { parseMarkdown } from './markdown.js';

/** Parses `source` (already decoded, BOM removed) and builds the Document model. */
export function parseDocument(source: string, format: SourceFormat, path: string): Document {
  const parsed: ParsedDocument = format === 'html' ? parseHtml(source, path) : parseMarkdown(source, path);
  return buildDocument(parsed, { path });
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
