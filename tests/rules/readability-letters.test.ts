import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterCount } from '../../src/rules/readability.js';

describe('readability letter count', () => {
  it('counts the UTF-16 units of letters and digits, as removing every other character does', () => {
    const word = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z0-9'’.-]{0,12}$/));
    fc.assert(
      fc.property(word, (text) => {
        expect(letterCount(text)).toBe(text.replace(/[^\p{L}\p{N}]/gu, '').length);
      }),
      { numRuns: 5000 },
    );
    expect(letterCount("don't")).toBe(4);
    expect(letterCount('naïve')).toBe(5);
    expect(letterCount('𝑥1')).toBe(3);
  });
});
