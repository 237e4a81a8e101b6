/**
 * The line-based fallback for pathologically nested Markdown (src/document/flat-markdown.ts):
 * used only past 100 nested containers or 1,000 columns of indentation on one line, and it
 * must read ordinary prose exactly as remark does (same words, positions, headings).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/document/index.js';
import { MAX_CONTAINER_DEPTH, needsFlatParse } from '../../../src/pipeline/big-files/flat-markdown.js';
import type { Document } from '../../../src/document/model.js';

const ARTICLE = readFileSync(new URL('../../../fixtures/leg-cramps.md', import.meta.url), 'utf8');

function words(document: Document): string[] {
  return Array.from(document.tokens.norm, (id) => document.vocabulary.norms[id]!);
}

describe('needsFlatParse', () => {
  it('leaves real articles and moderate nesting to remark', () => {
    expect(needsFlatParse(ARTICLE)).toBe(false);
    expect(needsFlatParse('- '.repeat(MAX_CONTAINER_DEPTH) + 'x\n')).toBe(false);
    expect(needsFlatParse(' '.repeat(1000) + 'x\n')).toBe(false);
  });

  it('takes over past 100 nested containers or 1,000 columns of indentation', () => {
    expect(needsFlatParse('- '.repeat(MAX_CONTAINER_DEPTH + 1) + 'x\n')).toBe(true);
    expect(needsFlatParse('> '.repeat(MAX_CONTAINER_DEPTH + 1) + 'x\n')).toBe(true);
    expect(needsFlatParse('text\n' + ' '.repeat(1001) + '- x\n')).toBe(true);
  });
});

describe('flat parse of a pathologically nested document', () => {
  // The article plus one line nested 101 deep: the whole source goes through the fallback.
  const normal = parseDocument(ARTICLE, 'markdown', 'a.md');
  const deep = parseDocument(ARTICLE + '\n' + '- '.repeat(MAX_CONTAINER_DEPTH + 1) + 'deeply nested\n', 'markdown', 'a.md');

  it('reads the same words, at the same offsets, as remark', () => {
    expect(words(deep)).toEqual([...words(normal), 'deeply', 'nested']);
    expect(Array.from(deep.tokens.start.subarray(0, normal.tokens.count))).toEqual(Array.from(normal.tokens.start));
  });

  it('keeps headings, sections, front-matter-free metadata and block counts', () => {
    expect(deep.headings.map((h) => [h.level, h.text, h.line, h.column])).toEqual(
      normal.headings.map((h) => [h.level, h.text, h.line, h.column]),
    );
    expect(deep.sections.map((s) => s.words).slice(0, -1)).toEqual(normal.sections.map((s) => s.words).slice(0, -1));
    expect(deep.title?.text).toBe(normal.title?.text);
    expect(deep.paragraphCount).toBe(normal.paragraphCount + 1);
    expect(deep.sentenceCount).toBe(normal.sentenceCount + 1);
  });

  it('places the deep line’s words exactly (51 article lines, a blank line 52, the deep line 53: 101 markers of 2 columns, then the text)', () => {
    const last = deep.tokens.count - 2;
    expect(deep.point(deep.tokens.start[last]!)).toMatchObject({ line: 53, column: 2 * (MAX_CONTAINER_DEPTH + 1) + 1 });
  });

  it('reads front matter, fenced code and headings in a 3,000-level indented list', () => {
    let source = '---\ntitle: Deep\n---\n\n# Deep list\n\n```\ncode words here\n```\n\n';
    for (let i = 0; i < 3000; i++) source += '  '.repeat(i) + '- item\n';
    const document = parseDocument(source, 'markdown', 'deep.md');
    expect(document.title).toMatchObject({ text: 'Deep', from: 'frontMatter' });
    // The front-matter title is the page H1 (titleAsH1), listed first, at its field's line.
    expect(document.headings.map((h) => [h.level, h.text, h.line])).toEqual([[1, 'Deep', 2], [1, 'Deep list', 5]]);
    // 2 heading words + 3,000 × "item"; the fenced code is not prose.
    expect(document.wordCount).toBe(3002);
    expect(words(document)).not.toContain('code');
    // The last item: line 11 + 2,999 = 3,010, indented 5,998 columns, then "- ".
    expect(document.point(document.tokens.start[document.tokens.count - 1]!)).toMatchObject({ line: 3010, column: 6001 });
  });
});
