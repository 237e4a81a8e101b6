/**
 * The forms/exact matcher (an Aho–Corasick pass, src/keywords/matcher.ts) against a brute-force
 * oracle — every start position, every phrase, compared word by word — and the self-overlapping
 * phrase of issue 16 (a 100,000-word "a a … a"), which the previous walk from every token took
 * text × phrase length to match.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchPhrases, planPhrase, tableFromStrings } from '../../src/keywords/matcher.js';
import type { MatchTable } from '../../src/keywords/matcher.js';

function oracle(table: MatchTable, phrase: string) {
  const plan = planPhrase(phrase, table.vocabulary.language);
  const { tokens, vocabulary } = table;
  const starts: number[] = [];
  const exact: boolean[] = [];
  const m = plan.norms.length;
  if (m === 0) return { starts, exact };
  for (let i = 0; i + m <= tokens.count; i++) {
    let forms = true;
    let same = true;
    for (let w = 0; w < m && forms; w++) {
      if (tokens.sentence[i + w] !== tokens.sentence[i]) forms = false;
      else if (vocabulary.stems[tokens.stem[i + w]!] !== plan.stems[w]) forms = false;
      else if (vocabulary.norms[tokens.norm[i + w]!] !== plan.norms[w]) same = false;
    }
    if (forms) {
      starts.push(i);
      exact.push(same);
    }
  }
  return { starts, exact };
}

const WORDS = ['cramp', 'cramps', 'Cramps', 'cramping', 'leg', 'legs', 'the', 'a', 'night', 'nights'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(' '));
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

describe('matcher: every occurrence of every phrase, overlapping ones included', () => {
  it('equals the brute-force oracle on random sentences and phrase sets', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.array(phrase, { minLength: 1, maxLength: 6 }), (sentences, phrases) => {
        const table = tableFromStrings(sentences);
        const results = matchPhrases(table, phrases);
        phrases.forEach((p, k) => {
          const want = oracle(table, p);
          const got = results[k]!;
          expect(got.formsStart).toEqual(want.starts);
          expect(got.formsEnd).toEqual(want.starts.map((s) => s + planPhrase(p).norms.length));
          expect(got.formsExact).toEqual(want.exact);
          expect(got.counts.forms).toBe(want.starts.length);
          expect(got.counts.exact).toBe(want.exact.filter(Boolean).length);
        });
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('a self-overlapping 100,000-word phrase in 200,000 words: 100,001 matches', () => {
    const words = 100_000;
    const table = tableFromStrings([Array(2 * words).fill('a').join(' ')]);
    const [result] = matchPhrases(table, [Array(words).fill('a').join(' ')]);
    expect(result!.counts.forms).toBe(words + 1);
    expect(result!.counts.exact).toBe(words + 1);
    expect(result!.formsStart[0]).toBe(0);
    expect(result!.formsStart[words]).toBe(words);
  }, 120_000);

  it('a phrase never matches across a sentence boundary', () => {
    const table = tableFromStrings(['leg', 'cramps leg cramps']);
    const [result] = matchPhrases(table, ['leg cramps']);
    expect(result!.formsStart).toEqual([2]);
  });
});
