import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { adHocKeywordSet, analyze, keywordSetFromText, phraseKey } from '../../src/keywords/index.js';
import type { Analysis } from '../../src/keywords/index.js';
import { docFromMarkdown, docFromText } from './helpers.js';

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const phraseWords = fc.array(word, { minLength: 1, maxLength: 4 });
const ACCENTED: Record<string, string[]> = { a: ['á', 'à', 'â', 'ä', 'å'], e: ['é', 'è', 'ê', 'ë'], i: ['í', 'ï'], o: ['ó', 'ö', 'ô'], u: ['ú', 'ü'], c: ['ç'], n: ['ñ'] };

/** Re-spells a text with random upper case and diacritics; seeds pick per character. */
function respell(text: string, seeds: number[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const seed = seeds[i % seeds.length]!;
    const variants = ACCENTED[ch];
    let next = variants && seed % 3 === 0 ? variants[seed % variants.length]! : ch;
    if (seed % 2 === 1) next = next.toUpperCase();
    out += next;
  }
  return out;
}

const counts = (text: string, phrase: string): Analysis['keywords'][number]['counts'] =>
  analyze(docFromText(text), adHocKeywordSet([phrase])).keywords[0]!.counts;

function checkInvariants(analysis: Analysis): void {
  let total = 0;
  for (const k of analysis.keywords) {
    expect(k.counts.exact).toBeLessThanOrEqual(k.counts.forms);
    expect(k.counts.forms).toBeLessThanOrEqual(k.counts.sentence);
    expect(k.count).toBe(k.occurrences.length);
    total += k.count;
  }
  expect(analysis.matrix.counts.flat().reduce((a, b) => a + b, 0)).toBe(total);
}

describe('matching properties', () => {
  it('is case- and diacritic-insensitive in every mode', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 30 }), phraseWords, fc.nat(30), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (filler, phrase, at, seeds) => {
        const textWords = [...filler];
        textWords.splice(Math.min(at, filler.length), 0, ...phrase);
        const text = textWords.join(' ');
        const plain = counts(text, phrase.join(' '));
        expect(plain.exact).toBeGreaterThanOrEqual(1);
        expect(counts(respell(text, seeds), phrase.join(' '))).toEqual(plain);
        expect(counts(text, respell(phrase.join(' '), seeds))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a phrase inserted k times at least k times in forms mode', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constantFrom('and,', 'then.', '—', 'x;')), { maxLength: 60 }),
        phraseWords,
        fc.array(fc.nat(60), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (filler, phrase, positions, seeds) => {
          const parts = [...filler];
          // Insert from the back so earlier positions stay put; each copy is re-spelled.
          [...positions].sort((a, b) => b - a).forEach((p, i) => parts.splice(Math.min(p, parts.length), 0, respell(phrase.join(' '), [seeds[i % seeds.length]!])));
          const result = counts(parts.join(' '), phrase.join(' '));
          expect(result.forms).toBeGreaterThanOrEqual(positions.length);
          expect(result.sentence).toBeGreaterThanOrEqual(result.forms);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps exact ⊆ forms ⊆ sentence and the matrix total on random Markdown', () => {
    const line = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `## ${w.join(' ')}`),
      fc.array(fc.oneof(word, fc.constantFrom('.', '!', ',')), { minLength: 1, maxLength: 25 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.uniqueArray(phraseWords.map((w) => w.join(' ')), { minLength: 1, maxLength: 6 }), (lines, phrases) => {
        const analysis = analyze(docFromMarkdown(lines.join('\n\n')), adHocKeywordSet(phrases), { match: 'sentence' });
        checkInvariants(analysis);
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile keywords never throw', () => {
  const doc = docFromMarkdown(readFileSync('fixtures/leg-cramps.md', 'utf8'), 'fixtures/leg-cramps.md');

  it('regex characters, emoji, RTL text and very long phrases', () => {
    const phrases = [
      '(leg|cramps)*', '.*leg.*', '\\d+ [a-z]', 'leg$ ^cramps', '(?<x>leg) cramps)', '🦵 leg 🦵 cramps 😖',
      'تشنج الساق', 'עווית ברגל', '\u202Eleg cramps\u202C', 'leg\u200Bcramps', 'ＬＥＧ ｃｒａｍｐｓ',
      Array.from({ length: 300 }, (_, i) => (i % 2 ? 'cramps' : 'leg')).join(' '),
      Array.from({ length: 10_000 }, () => 'leg').join(' '),
    ];
    // Together (several fold to "leg cramps" and are skipped as duplicates) and one by one.
    checkInvariants(analyze(doc, adHocKeywordSet(phrases)));
    const by = (p: string) => {
      const analysis = analyze(doc, adHocKeywordSet([p]));
      checkInvariants(analysis);
      return analysis.keywords[0]!;
    };
    // Regex syntax is plain punctuation: "(leg|cramps)*" is the words leg, cramps = "leg cramps".
    expect(by('(leg|cramps)*').counts).toEqual({ exact: 28, forms: 29, sentence: 32 });
    // Full-width letters fold (NFKD) to "leg cramps"; bidi controls and zero-width spaces split words.
    expect(by('ＬＥＧ ｃｒａｍｐｓ').counts.exact).toBe(28);
    expect(by('\u202Eleg cramps\u202C').counts.exact).toBe(28);
    expect(by('leg\u200Bcramps').counts.exact).toBe(28);
    expect(by('🦵 leg 🦵 cramps 😖').counts.exact).toBe(28);
    expect(by('تشنج الساق').count).toBe(0);
    // 10,000 × "leg": never adjacent that often; the sentence count needs 10,000 legs in one sentence.
    expect(by(Array.from({ length: 10_000 }, () => 'leg').join(' ')).counts).toEqual({ exact: 0, forms: 0, sentence: 0 });
  });

  it('random Unicode phrases', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }).filter((p) => phraseKey(p) !== ''), { minLength: 1, maxLength: 20 }), (phrases) => {
        checkInvariants(analyze(doc, adHocKeywordSet(phrases)));
      }),
      { numRuns: 100 },
    );
  });

  it('1,000 random keywords at once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(word, fc.constantFrom('leg', 'cramps', 'muscle', 'the', 'of')), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')), { minLength: 1000, maxLength: 1000 }), (phrases) => {
        const set = adHocKeywordSet(phrases);
        const analysis = analyze(doc, set);
        checkInvariants(analysis);
        // Matching one keyword alone gives the same counts as inside the big set.
        const first = analyze(doc, adHocKeywordSet([set.keywords[0]!.phrase])).keywords[0]!;
        expect(analysis.keywords[0]!.counts).toEqual(first.counts);
      }),
      { numRuns: 5 },
    );
  });

  it('random text as a YAML/JSON/TXT keyword set loads or fails with an InputError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('yaml' as const, 'json' as const, 'txt' as const), (text, format) => {
        try {
          const set = keywordSetFromText(text, format, `k.${format}`);
          expect(set.keywords.filter((k) => k.primary).length).toBe(set.keywords.length > 0 ? 1 : 0);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
