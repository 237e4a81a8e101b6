import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVocabulary, internWord } from '../../src/document/build.js';
import { parseDocument } from '../../src/document/index.js';
import type { Document } from '../../src/document/model.js';
import { en } from '../../src/language/registry.js';
import { prominentPhrases } from '../../src/site/summary.js';

/**
 * prominentPhrases as first written (one joined key per phrase occurrence, every phrase sorted):
 * the trie and the partial ranking must give the same mentions, in the same order.
 */
function referencePhrases(document: Document, limit: number): ReturnType<typeof prominentPhrases> {
  const { tokens, vocabulary, blocks } = document;
  const isFunctionWord = (norm: string): boolean => document.lang.functionWords.has(norm);
  const counts = new Map<string, { count: number; first: number; words: number }>();
  let scanned = 0;
  for (let b = 0; b < blocks.length && scanned < 20_000; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') continue;
    for (let t = block.tokenStart; t < block.tokenEnd && scanned < 20_000; t++, scanned++) {
      if (isFunctionWord(vocabulary.norms[tokens.norm[t]!]!)) continue;
      let key = '';
      for (let n = 0; n < 4 && t + n < block.tokenEnd; n++) {
        const u = t + n;
        if (tokens.sentence[u] !== tokens.sentence[t]) break;
        const stem = en.wordForm(vocabulary.norms[tokens.norm[u]!]!);
        key = n === 0 ? stem : `${key} ${stem}`;
        if (isFunctionWord(vocabulary.norms[tokens.norm[u]!]!)) continue;
        const entry = counts.get(key);
        if (entry === undefined) counts.set(key, { count: 1, first: t, words: n + 1 });
        else entry.count++;
      }
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first || (a[0] < b[0] ? -1 : 1));
  return ranked.slice(0, limit).map(([key, entry]) => {
    const startOffset = tokens.start[entry.first]!;
    const endOffset = tokens.end[entry.first + entry.words - 1]!;
    const point = document.point(startOffset);
    return { key, text: document.source.slice(startOffset, endOffset).replace(/\s+/g, ' '), line: point.line, column: point.column };
  });
}

/** The document's words as its (edited) norms say, in a vocabulary made from them as the document builder makes one. */
function rebuildStems(document: Document): void {
  const vocabulary = createVocabulary(document.vocabulary.language);
  const ids = document.vocabulary.norms.map((norm) => internWord(vocabulary, norm));
  const { tokens } = document;
  for (let t = 0; t < tokens.count; t++) {
    const id = ids[tokens.norm[t]!]!;
    tokens.norm[t] = id.norm;
    tokens.stem[t] = id.stem;
  }
  document.vocabulary = vocabulary;
}

// Few distinct words, many function words and inflected forms: phrases repeat and tie.
const WORDS = ['leg', 'legs', 'cramp', 'cramps', 'cramping', 'the', 'of', 'a', 'night', 'nights', 'calf', 'muscle', 'and', 'to', 'stretch', 'stretching', "cramp's"];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const article = fc.array(fc.oneof(paragraph, paragraph.map((text) => `## ${text}`)), { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

describe('prominent phrases', () => {
  it('are the same as a ranking of every phrase, for any text and limit', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 0, max: 70 }), (source, limit) => {
        const document = parseDocument(source, 'markdown', 'a.md');
        expect(prominentPhrases(document, limit)).toEqual(referencePhrases(document, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('count two word sequences with one key as one phrase (a word form holding a space)', () => {
    // No tokenizer makes such a word; written into the vocabulary, `x y` the word and `x`, `y`
    // the two words share the key "x y".
    fc.assert(
      fc.property(
        article,
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (source, german, edits) => {
          // A German article's phrases take their English word forms from en.wordForm, an English one's from its vocabulary.
          const document = parseDocument(german ? `---\nlang: de\n---\n\n${source}` : source, 'markdown', 'a.md');
          const norms = document.vocabulary.norms;
          for (const [at, left, right] of edits) norms[at % norms.length] = `${norms[left % norms.length]} ${norms[right % norms.length]}`;
          rebuildStems(document);
          expect(prominentPhrases(document, 64)).toEqual(referencePhrases(document, 64));
        },
      ),
      { numRuns: 200 },
    );
    const document = parseDocument('Cramp tips and leg cramp. Leg cramp tips. Cramp tips.', 'markdown', 'a.md');
    const norms = document.vocabulary.norms;
    norms[norms.indexOf('tips')] = 'leg cramp';
    rebuildStems(document);
    const mentions = prominentPhrases(document, 64);
    expect(mentions).toEqual(referencePhrases(document, 64));
    expect(mentions.filter((mention) => mention.key === 'leg cramp')).toHaveLength(1);
  });

  it('keep the 64 most frequent of a long article, ties by first occurrence then key', () => {
    const source = Array.from({ length: 400 }, (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} cramps at night number ${i}.`).join(' ');
    const document = parseDocument(source, 'markdown', 'a.md');
    const mentions = prominentPhrases(document);
    expect(mentions).toHaveLength(64);
    expect(mentions).toEqual(referencePhrases(document, 64));
    expect(mentions[0]!.key).toBe('cramp');
  });
});
