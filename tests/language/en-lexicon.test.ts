import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOUNS, OTHERS, VERBS } from '../../src/language/en-lexicon.js';
import { SortedWords } from '../../src/language/en.js';
// @ts-expect-error -- a plain .mjs script without types
import { generate } from '../../scripts/en-lexicon.mjs';

describe('src/language/en-lexicon.ts', () => {
  it('is exactly what scripts/en-lexicon.mjs generates from wink-lexicon (no hand edits, no drift)', () => {
    expect(readFileSync(new URL('../../src/language/en-lexicon.ts', import.meta.url), 'utf8')).toBe((generate as () => string)());
  });
});

describe('SortedWords (binary search over a lexicon list, then a Set)', () => {
  const lists = { NOUNS, VERBS, OTHERS };

  it('answers exactly as a Set of the list does, for every listed word and for near misses', () => {
    for (const [name, list] of Object.entries(lists)) {
      const all = list.split(' ');
      const set = new Set(all);
      // A fresh instance per slice keeps every question on the binary-search path.
      for (let from = 0; from < all.length; from += 10_000) {
        const words = new SortedWords(list);
        for (const word of all.slice(from, from + 10_000)) {
          expect(words.has(word), `${name}: ${word}`).toBe(true);
          // Neighbours that are usually not words: a letter more, a letter less.
          for (const near of [`${word}q`, word.slice(0, -1), `${word}s`]) expect(words.has(near), `${name}: ${near}`).toBe(set.has(near));
        }
      }
    }
  });

  it('gives the same answers on random strings before and after it switches to a Set', () => {
    const set = new Set(NOUNS.split(' '));
    const words = new SortedWords(NOUNS, ['ox']);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,8}$/), (word) => {
        expect(words.has(word)).toBe(set.has(word) || word === 'ox');
      }),
      { numRuns: 30_000 },
    );
    expect(words.has('')).toBe(false);
    expect(words.has('aaa')).toBe(true);
    expect(words.has(NOUNS.slice(NOUNS.lastIndexOf(' ') + 1))).toBe(true);
  });
});
