import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { francAll } from 'franc';
import { detectScores } from '../../src/language/detect.js';
import { LANGUAGES } from '../../src/language/registry.js';

/** detectScores must be franc's francAll with the same options: same languages, same order, same scores. */
const ONLY = LANGUAGES.map((l) => l.iso6393);
const fixtures = join(import.meta.dirname, '../../fixtures/languages');
const articles = readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name), 'utf8'));

describe('detectScores = francAll (franc 6.2.0)', () => {
  it('on every fixture article, whole and cut at random places, with and without `only`', () => {
    for (const text of articles) {
      expect(detectScores(text, ONLY, 120)).toEqual(francAll(text, { only: ONLY, minLength: 120 }));
      expect(detectScores(text, [], 10)).toEqual(francAll(text, { minLength: 10 }));
    }
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.nat(3000), fc.nat(600), (text, from, length) => {
        const sample = text.slice(from % text.length, (from % text.length) + length);
        expect(detectScores(sample, ONLY, 120)).toEqual(francAll(sample, { only: ONLY, minLength: 120 }));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text mixing scripts, digits and punctuation', () => {
    const pieces = fc.constantFrom('the ', 'de la ', 'und ', 'что ', '的', 'です', 'ที่', 'مرحبا ', 'שלום ', 'नमस्ते ', ' ', '. ', '12 ', '!?', 'é', 'ñ', 'ß', '\n', 'ab', 'xyz ', 'a@b ', '#x', '(y)', '"q" ', '\t', 'İ', 'Ⅻ', '🙂 ', '𠀀', '𝒜 ', '\uD83D');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }).map((p) => p.join('')), fc.constantFrom(ONLY, ['eng', 'fra'], []), (text, only) => {
        expect(detectScores(text, only, 10)).toEqual(francAll(text, { only, minLength: 10 }));
      }),
      { numRuns: 400 },
    );
  });
});

describe('detection accuracy on 100-word passages of the fixtures', () => {
  it('names the right language for at least 95 % of them (every passage of 100 words starting every 10 words)', async () => {
    const { detectLanguage } = await import('../../src/language/resolve.js');
    const { tokenize } = await import('../../src/text/tokenize.js');
    const { languageFor } = await import('../../src/language/registry.js');
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    const perLanguage: string[] = [];
    for (const name of readdirSync(fixtures).sort()) {
      const code = name.replace(/\.md$/, '');
      const source = readFileSync(join(fixtures, name), 'utf8');
      // Body prose: front matter and Markdown heading markers dropped.
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^#+ /gm, '');
      const tokens = tokenize(body, 0, languageFor(code));
      const before = total;
      for (let i = 0; i + 100 <= tokens.length; i += 10) {
        const passage = body.slice(tokens[i]!.start, tokens[i + 99]!.end);
        const detected = detectLanguage(passage)?.code ?? 'none';
        total++;
        if (detected === code) right++;
        else wrong.push(`${code}@${i}→${detected}`);
      }
      perLanguage.push(`${code} ${total - before}`);
      // Every language has passages in the measurement.
      expect(total - before, code).toBeGreaterThanOrEqual(3);
    }
    console.log(`detection on 100-word passages: ${right}/${total} right (${((100 * right) / total).toFixed(1)} %); wrong: ${wrong.join(', ') || 'none'}; passages per language: ${perLanguage.join(', ')}`);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});
