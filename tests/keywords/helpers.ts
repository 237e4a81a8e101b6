/**
 * Test documents for the keyword engine built straight from ParsedDocument,
 * so the engine's tests do not depend on the Markdown/HTML parsers.
 * `miniMarkdown` understands just what the fixture uses: ATX headings,
 * paragraphs separated by blank lines, "1. " list items and **bold** markers.
 */
import { buildDocument } from '../../src/document/build.js';
import type { Document, ParsedDocument, RawBlock, TextSegment } from '../../src/document/model.js';

function segmentsOf(source: string, start: number, end: number): TextSegment[] {
  const out: TextSegment[] = [];
  let at = start;
  while (at < end) {
    const bold = source.indexOf('**', at);
    const stop = bold === -1 || bold >= end ? end : bold;
    if (stop > at) out.push({ text: source.slice(at, stop), start: at, end: stop, verbatim: true });
    at = stop === end ? end : stop + 2;
  }
  return out;
}

export function miniMarkdown(source: string): ParsedDocument {
  const blocks: RawBlock[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const heading = /^(#{1,6})\s+/.exec(line);
    const item = /^\d+\.\s+/.exec(line);
    const textStart = lineStart + (heading ? heading[0].length : item ? item[0].length : 0);
    blocks.push({
      kind: heading ? 'heading' : item ? 'listItem' : 'paragraph',
      ...(heading ? { level: heading[1]!.length } : {}),
      segments: segmentsOf(source, textStart, lineStart + line.length),
      start: lineStart,
      end: lineStart + line.length,
    });
  }
  return {
    format: 'markdown', source, title: null, metaDescription: null, slug: null, language: null,
    frontMatter: null, frontMatterYaml: null, blocks, images: [], links: [], directives: [],
  };
}

/** English unless `extra.language` names another (the engine's tests do not exercise detection). */
export function docFromMarkdown(source: string, path = 'test.md', extra: Partial<ParsedDocument> = {}): Document {
  return buildDocument({ ...miniMarkdown(source), ...extra }, { path }, extra.language ? {} : { config: 'en' });
}

/** One paragraph of plain text. */
export function docFromText(text: string, path = 'text.md'): Document {
  return docFromMarkdown(text.replace(/\n/g, ' '), path);
}
