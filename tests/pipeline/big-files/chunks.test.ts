/**
 * Large Markdown sources are parsed in chunks (src/document/chunks.ts). A
 * chunked parse must give exactly the words, positions, blocks, sentences,
 * headings and sections of a whole-document parse. The chunk size is forced
 * small so that cuts land everywhere, including next to the constructs that
 * must never be cut: fences, HTML blocks of types 1–5 and front matter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../../src/document/index.js';
import { chunkBoundaries } from '../../../src/pipeline/big-files/chunks.js';
import type { Document } from '../../../src/document/model.js';

const WHOLE = { chunkSize: Number.MAX_SAFE_INTEGER };

/** Everything the model derives from the text, in plain arrays. */
function shape(doc: Document) {
  const t = doc.tokens;
  return {
    norms: Array.from(t.norm, (id) => doc.vocabulary.norms[id]),
    starts: Array.from(t.start),
    ends: Array.from(t.end),
    sentenceOf: Array.from(t.sentence),
    blockOf: Array.from(t.block),
    blocks: doc.blocks.map((b) => [b.kind, b.level, b.text, b.start, b.end, b.section]),
    sentences: doc.sentences.map((s) => [s.block, s.start, s.end, s.tokenStart, s.tokenEnd]),
    headings: doc.headings.map((h) => [h.level, h.text, h.line, h.column, h.words, h.section]),
    sections: doc.sections.map((s) => [s.level, s.parent, s.children, s.blocks, s.words, s.totalWords, s.tokenStart, s.tokenEnd]),
    images: doc.images,
    links: doc.links.map((l) => [l.text, l.href, l.offset]),
    directives: doc.directives,
    title: doc.title,
    frontMatter: doc.frontMatter,
    counts: [doc.wordCount, doc.sentenceCount, doc.paragraphCount],
  };
}

// Pieces that a naive cut at "blank line, then column 1" would break.
const TRICKY = {
  frontMatter: '---\ntitle: Chunked Title\n\ndescription: front matter with a blank line inside\n---\n\n',
  backtickFence: '```js\nconst a = 1;\n\nnotProse words here\n``\n```\n\n',
  tildeFence: '~~~~\ncode\n\n~~~\nstill code after a shorter fence\n~~~~~\n\n',
  comment: '<!--\nhidden comment\n\nnot prose either\n-->\n\n',
  directive: '<!-- seo-audit-disable text-length -->\n\n',
  script: '<script>\nvar x = 1;\n\nalsoHidden();\n</script>\n\n',
  pre: '<pre>\npreformatted\n\ncolumn one inside pre\n</pre>\n\n',
  processing: '<?php\necho 1;\n\nphpWords ?>\n\n',
  declaration: '<!DOCTYPE\n\nhtml>\n\n',
  cdata: '<![CDATA[\ncdata words\n\nmore cdata\n]]>\n\n',
  looseList: '- first item\n\n- second item\n\n  continued paragraph\n\n1. ordered\n\n2. next\n\n',
  quote: '> quoted words\n>\n> more quoted\n\n',
  thematic: '---\n\nAfter a rule.\n\n',
  setext: 'Setext Heading\n==============\n\nBody under setext.\n\n',
  table: '| a | b |\n|---|---|\n| cell one | cell two |\n\n',
  references: 'See [the docs][ref-far] and [^note] here.\n\n',
  definitions: '[ref-far]: https://example.com/far "Far"\n\n[^note]: A footnote with words.\n\n',
  indented: '    indented code\n\n    more code\n\nAfter code.\n\n',
  crlf: 'Windows line\r\nendings here.\r\n\r\nNext para.\r\n\r\n',
  heading: '## A Subheading\n\nSection body words.\n\n',
};

function corpusText(): string {
  // Real READMEs from node_modules (fixed list, so the test is deterministic).
  const files = ['remark-parse/readme.md', 'unified/readme.md', 'yaml/README.md', 'picomatch/README.md'];
  const parts: string[] = [];
  for (const file of files) {
    try {
      parts.push(readFileSync(new URL(`../../../node_modules/${file}`, import.meta.url), 'utf8'));
    } catch {
      // a missing README only makes the document shorter
    }
  }
  return parts.join('\n\n');
}

function assembled(): string {
  const t = TRICKY;
  const corpus = corpusText();
  const third = Math.floor(corpus.length / 3);
  const cut = (at: number) => corpus.indexOf('\n\n', at) + 2;
  return [
    t.frontMatter, '# Chunked Document\n\nIntro words for the test.\n\n', t.references,
    corpus.slice(0, cut(third)), t.backtickFence, t.comment, t.looseList, t.script,
    corpus.slice(cut(third), cut(2 * third)), t.tildeFence, t.pre, t.processing, t.declaration, t.cdata,
    t.quote, t.thematic, t.setext, t.table, t.indented, t.crlf, t.directive, t.heading,
    corpus.slice(cut(2 * third)), '\n\n', t.definitions,
  ].join('');
}

describe('chunked Markdown parsing', () => {
  const source = assembled();

  it('cuts the assembled document into many chunks', () => {
    // 300 code units per chunk over a document of tens of KB: well over 50 cuts.
    expect(source.length).toBeGreaterThan(20_000);
    expect(chunkBoundaries(source, 300).length).toBeGreaterThan(50);
  });

  it('gives the same words, positions, blocks, sentences, headings and sections as one parse', () => {
    const whole = shape(parseDocument(source, 'markdown', 'a.md', WHOLE));
    expect(whole.counts[0]).toBeGreaterThan(1000);
    for (const chunkSize of [300, 1000, 4096]) {
      expect(shape(parseDocument(source, 'markdown', 'a.md', { chunkSize }))).toEqual(whole);
    }
  });

  it('never cuts inside a fence, an HTML block, or front matter', () => {
    const bounds = chunkBoundaries(source, 1);
    const protectedRanges = Object.values(TRICKY)
      .filter((piece) => /^(?:```|~~~|<|---\ntitle)/.test(piece))
      .map((piece) => {
        const at = source.indexOf(piece);
        return [at, at + piece.trimEnd().length] as const;
      });
    // frontMatter, two fences, seven HTML blocks (the one-line directive included).
    expect(protectedRanges.length).toBe(10);
    for (const [from, to] of protectedRanges) {
      expect(from).toBeGreaterThanOrEqual(0);
      expect(bounds.filter((b) => b > from && b < to)).toEqual([]);
    }
    // Every cut is at a line start right after a blank line.
    for (const b of bounds.slice(1, -1)) expect(source.slice(b - 2, b)).toMatch(/\n\r?\n$|\n$/);
  });

  it('resolves references whose definitions are in another chunk', () => {
    const doc = parseDocument(source, 'markdown', 'a.md', { chunkSize: 300 });
    const link = doc.links.find((l) => l.text === 'the docs');
    expect(link?.href).toBe('https://example.com/far');
    // "[^note]" is a footnote reference, not the words "note".
    expect(doc.blocks.find((b) => b.text.startsWith('See '))?.text).toBe('See the docs and   here.');
  });

  it('keeps front matter only at the start', () => {
    const doc = parseDocument(source, 'markdown', 'a.md', { chunkSize: 300 });
    expect(doc.title?.text).toBe('Chunked Title');
    expect(doc.frontMatter).toEqual({ title: 'Chunked Title', description: 'front matter with a blank line inside' });
  });

  it('matches one parse for any arrangement of the tricky pieces and any chunk size', () => {
    const pieces = Object.entries(TRICKY).filter(([name]) => name !== 'frontMatter').map(([, text]) => text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 400 }), (parts, size) => {
        // Not starting with "---": that would be (invalid) front matter for both parses.
        const text = 'Start.\n\n' + parts.join('');
        const whole = shape(parseDocument(text, 'markdown', 'p.md', WHOLE));
        expect(shape(parseDocument(text, 'markdown', 'p.md', { chunkSize: size }))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
});
