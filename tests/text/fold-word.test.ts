import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord, normalizeWord } from '../../src/text/normalize.js';

// foldWord is normalizeWord without the cache (used to load dictionaries): same output always.
const KEEPS = ['', 'ñ', 'äöü', 'åäö', 'æøå', 'й', 'ąćęłńóśźż'];
const require = createRequire(import.meta.url);

describe('foldWord', () => {
  it('equals normalizeWord on random text in every keep set', () => {
    const letters = fc.constantFrom(...'aZéÉèñÑäÄöÖüåÅæÆøØąĄćęłŁńóśźżЖжйЙёЁеиĳﬁ’\'ßçÇ-x1'.split(''), 'и\u0306', 'e\u0301');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), fc.constantFrom(...KEEPS), (chars, keep) => {
        const word = chars.join('');
        expect(foldWord(word, keep)).toBe(normalizeWord(word, keep));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals normalizeWord on the first 5,000 words of the ru, pl and sv dictionaries', () => {
    for (const [pkg, keep] of [['dictionary-ru', 'й'], ['dictionary-pl', 'ąćęłńóśźż'], ['dictionary-sv', 'åäö']] as const) {
      const dic = readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8').split('\n').slice(1, 5001);
      for (const line of dic) {
        const word = line.split('/')[0]!;
        expect(foldWord(word, keep)).toBe(normalizeWord(word, keep));
      }
    }
  });
});
