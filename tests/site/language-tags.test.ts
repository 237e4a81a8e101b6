/**
 * isLocaleSegment decides from the per-type subtag tables alone; its verdict must be the one the
 * whole registry (languageTagProblem, through language-tags) gives for every segment of its shapes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLocaleSegment, languageTagProblem } from '../../src/site/language-tags.js';

const SHAPE = /^[A-Za-z]{2}(?:[-_](?:[A-Za-z]{2}|[A-Za-z]{4}|\d{3}))?$/;
const byRegistry = (segment: string): boolean => SHAPE.test(segment) && languageTagProblem(segment.replace('_', '-')) === null;
const letters = 'abcdefghijklmnopqrstuvwxyz';

describe('isLocaleSegment', () => {
  it('agrees with the whole registry on every two-letter segment', () => {
    const yes: string[] = [];
    for (const a of letters) {
      for (const b of letters) {
        expect(isLocaleSegment(a + b), a + b).toBe(byRegistry(a + b));
        if (isLocaleSegment(a + b)) yes.push(a + b);
      }
    }
    // Hand-checked: ISO 639-1 codes are locales, file-type folders are not.
    expect(yes).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'pt', 'zh']));
    expect(['md', 'js', 'qq', 'xx'].filter((segment) => isLocaleSegment(segment))).toEqual([]);
  });

  it('agrees with the whole registry on every language-region pair of a sample of languages', () => {
    for (const language of ['en', 'pt', 'zh', 'md', 'xx']) {
      for (const a of letters) for (const b of letters) expect(isLocaleSegment(`${language}-${a}${b}`), `${language}-${a}${b}`).toBe(byRegistry(`${language}-${a}${b}`));
    }
    expect(isLocaleSegment('pt_BR')).toBe(true);
    expect(isLocaleSegment('zh-cn')).toBe(true);
    expect(isLocaleSegment('en-uk')).toBe(false); // the region is GB; UK is not registered
    expect(isLocaleSegment('en-zz')).toBe(true); // ZZ: registered, private use
  });

  it('agrees with the whole registry on scripts, numeric regions and anything else (property)', () => {
    const segment = fc.oneof(
      fc.stringMatching(/^[a-zA-Z]{2}[-_][a-zA-Z]{4}$/),
      fc.stringMatching(/^[a-zA-Z]{2}[-_]\d{3}$/),
      fc.constantFrom('zh-Hans', 'zh-Hant', 'sr-Latn', 'sr_Cyrl', 'es-419', 'en-001', 'en-999', 'en-Zzzz', 'api', 'app', 'en-US-x'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(segment, (s) => isLocaleSegment(s) === byRegistry(s)), { numRuns: 2000 });
  });
});
