import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasWords, tokenize, tokenizeGeneral } from '../../src/text/tokenize.js';
import { LANGUAGES } from '../../src/language/registry.js';

/**
 * tokenize() scans runs of ASCII characters by character codes and sends every other run
 * through the regular expressions (tokenizeGeneral, the specification). Both must give the
 * same tokens: same text, norm, start and end, in the same order.
 */

// Characters that steer the fast path: letters (both cases), digits, apostrophes, the
// characters that make a run special (. @ : , /), closing punctuation, ASCII spaces and
// controls; plus non-ASCII ones that force the general path inside a run (é, combining
// acute, curly apostrophe, no-break space, U+FE0F, a Han character, an emoji).
const ascii = [...'abcdeXYZ0189', "'", '.', '@', ':', ',', '/', ';', '!', '?', ')', '(', '"', ']', '[', '-', '_', '#', '&', '+', '%', '=', '~'];
const spaces = [' ', ' ', '\n', '\t', '\r', '\v', '\f', '\u001f'];
const others = ['é', 'Ä', 'e\u0301', '\u2019', '\u00a0', '\u2003', '\ufe0f', '\u20e3', '中', 'ガ', '😀', 'ß', 'İ', 'ﬁ'];
const pieces = ['https://', 'www.', 'e.g.', 'U.S.', 'v1.2.3', '1,000', '10:30', 'Node.js', 'a@b.co', "don't", 'J.'];

const latinText = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ascii) }, { weight: 3, arbitrary: fc.constantFrom(...spaces) }, { weight: 1, arbitrary: fc.constantFrom(...others) }, { weight: 1, arbitrary: fc.constantFrom(...pieces) }), { maxLength: 80 })
  .map((parts) => parts.join(''));
const asciiWords = fc
  .array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9']{1,9}$/), fc.constantFrom(...spaces, ...ascii)), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('tokenize fast path = general path', () => {
  it('gives identical tokens on random Latin/ASCII text, in every language, at any base offset', () => {
    fc.assert(
      fc.property(fc.oneof(latinText, asciiWords), fc.nat(1000), fc.constantFrom(...LANGUAGES), (text, base, language) => {
        expect(tokenize(text, base, language)).toEqual(tokenizeGeneral(text, base, language));
      }),
      { numRuns: 3000 },
    );
  });

  it('hasWords is true exactly when the general path finds a token', () => {
    fc.assert(
      fc.property(fc.oneof(latinText, fc.constantFrom(...spaces, ...others, "'", '.', ' - ', '\ufe0f1\ufe0f', '1\ufe0f')), (text) => {
        expect(hasWords(text)).toBe(tokenizeGeneral(text).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the general path on every fixture article, word for word', () => {
    const dir = join(import.meta.dirname, '../../fixtures/languages');
    const files = readdirSync(dir).map((name) => join(dir, name)).concat(join(import.meta.dirname, '../../fixtures/leg-cramps.md'), join(import.meta.dirname, '../../README.md'));
    let tokens = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = tokenize(text);
      expect(fast).toEqual(tokenizeGeneral(text));
      tokens += fast.length;
    }
    // The README alone has thousands of words: the comparison ran on real text.
    expect(tokens).toBeGreaterThan(5000);
  });

  it('takes the general path for a run holding a special or non-ASCII character', () => {
    const text = (s: string) => tokenize(s).map((t) => [t.text, t.norm]);
    expect(text('Visit Node.js, NOW! café’s 1,000')).toEqual([
      ['Visit', 'visit'], ['Node.js', 'node.js'], ['NOW', 'now'], ['café’s', "cafe's"], ['1,000', '1,000'],
    ]);
    // An ASCII run next to a no-break space is still split there (\s includes U+00A0).
    expect(text('leg\u00a0Cramps')).toEqual([['leg', 'leg'], ['Cramps', 'cramps']]);
  });
});
