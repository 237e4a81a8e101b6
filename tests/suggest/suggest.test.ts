import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/document/index.js';
import type { Document } from '../../src/document/model.js';
import { loadKeywordSet } from '../../src/keywords/load.js';
import {
  BACKGROUND_DOCUMENTS,
  BACKGROUND_DOCUMENT_WORDS,
  backgroundIdf,
  renderSuggestions,
  suggestKeywords,
  type Suggestion,
} from '../../src/suggest/suggest.js';
import { BACKGROUND_WORDS, zipfFrequency } from '../../src/suggest/background.js';
import { en } from '../../src/language/en.js';
const isFunctionWord = (w: string): boolean => en.functionWords.has(w);
import { UsageError } from '../../src/errors.js';

const load = (path: string): Document => parseDocument(readFileSync(path, 'utf8'), path.endsWith('.html') ? 'html' : 'markdown', path);
// English: these tests are about ranking, not language detection.
const md = (text: string, path = 'x.md'): Document => parseDocument(text, 'markdown', path, {}, { config: 'en' });
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

// The background idf worked out from the documented model, independently of
// the implementation: N = 10,000 pseudo documents of L = 1,000 words; a word of
// relative frequency f is in N·(1 − e^(−fL)) of them; idf = ln(N / (1 + df)).
function idfFor(frequency: number): number {
  const df = BACKGROUND_DOCUMENTS * (1 - Math.exp(-frequency * BACKGROUND_DOCUMENT_WORDS));
  return Math.log(BACKGROUND_DOCUMENTS / (1 + df));
}
// Words missing from the list (cramp, spasm, electrolyte) are half as frequent
// as the rarest listed one: 0.07 / 2375 / 2 ≈ 1.47e-5 → idf ≈ 4.2179.
const UNKNOWN_IDF = idfFor(0.07 / (BACKGROUND_WORDS.length + 1) / 2);
// "leg" is listed at rank 786 → f = 0.07 / 786 → idf ≈ 2.4615 ("legs" is not listed).
const LEG_IDF = idfFor(0.07 / (BACKGROUND_WORDS.indexOf('leg') + 1));
// "muscle" at rank 1541 → idf ≈ 3.1121.
const MUSCLE_IDF = idfFor(0.07 / (BACKGROUND_WORDS.indexOf('muscle') + 1));

describe('background', () => {
  it('lists about 2,000 distinct lowercase words, most common first', () => {
    expect(BACKGROUND_WORDS.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(BACKGROUND_WORDS).size).toBe(BACKGROUND_WORDS.length);
    expect(BACKGROUND_WORDS[0]).toBe('the');
    for (const word of BACKGROUND_WORDS) expect(word).toMatch(/^[a-z]+$/);
    expect(zipfFrequency(0)).toBeCloseTo(0.07, 10);
    // Topical words are deliberately absent (they must rank as rare).
    for (const word of ['cramp', 'cramps', 'spasm', 'electrolyte', 'magnesium']) expect(BACKGROUND_WORDS).not.toContain(word);
  });

  it('gives everyday words a low idf and unknown words the highest', () => {
    expect(backgroundIdf('the')).toBe(0); // df ≈ N → ln(N / (N + 1)) < 0, clamped
    expect(backgroundIdf('cramp')).toBeCloseTo(UNKNOWN_IDF, 10);
    expect(backgroundIdf('leg')).toBeCloseTo(LEG_IDF, 10);
    expect(backgroundIdf('leg')).toBeLessThan(backgroundIdf('muscle'));
    expect(backgroundIdf('muscle')).toBeLessThan(backgroundIdf('cramp'));
  });
});

describe('suggestKeywords on fixtures/leg-cramps.md (alone: English background)', () => {
  const doc = load('fixtures/leg-cramps.md');
  const set = loadKeywordSet('keywords/leg-cramps.yaml');
  const all = suggestKeywords([doc], 0, { keywordSet: set, limit: 10_000 });
  const top = suggestKeywords([doc], 0, { keywordSet: set });
  const byPhrase = new Map(all.map((s) => [s.phrase, s]));

  it('ranks the top ten as worked out by hand', () => {
    // Counts by `grep -oiE` on the article (all prose is visible text):
    //   cramp/cramps/cramping 51; leg/legs 35; muscle/muscles 16; spasms 14;
    //   "cramps and spasms" 11, 10 of them after "leg"; "leg cramp(s)" 29;
    //   prevention/Prevention 5 (inflection only: prevent 4 and preventable 1 are other words);
    //   "muscle cramps" 5; electrolyte(s) 5.
    // Score = count × idf × (1 + 0.25 × (words − 1)); a phrase's idf is that of its rarest word.
    //   cramps 51 × 4.2179 = 215.12          leg cramps 29 × 4.2179 × 1.25 = 152.90
    //   leg 35 × 2.4615 = 86.15              leg cramps and spasms 10 × 4.2179 × 1.75 = 73.81
    //   cramps and spasms 11 × 4.2179 × 1.5 = 69.60   spasms 14 × 4.2179 = 59.05
    //   muscle 16 × 3.1121 = 49.79           muscle cramps 5 × 4.2179 × 1.25 = 26.36
    //   electrolyte 5 × 4.2179 = 21.09       prevention 5 × 4.2179 (not in the list) = 21.09 (tie: by phrase)
    expect(top.slice(0, 10).map((s) => [s.phrase, s.count])).toEqual([
      ['cramps', 51],
      ['leg cramps', 29],
      ['leg', 35],
      ['leg cramps and spasms', 10],
      ['cramps and spasms', 11],
      ['spasms', 14],
      ['muscle', 16],
      ['muscle cramps', 5],
      ['electrolyte', 5],
      ['prevention', 5],
    ]);
    expect(byPhrase.get('cramps')!.score).toBe(round4(51 * UNKNOWN_IDF));
    expect(byPhrase.get('leg cramps')!.score).toBe(round4(29 * UNKNOWN_IDF * 1.25));
    expect(byPhrase.get('leg')!.score).toBe(round4(35 * LEG_IDF));
    expect(byPhrase.get('leg cramps and spasms')!.score).toBe(round4(10 * UNKNOWN_IDF * 1.75));
    expect(byPhrase.get('muscle')!.score).toBe(round4(16 * MUSCLE_IDF));
    expect(byPhrase.get('muscle cramps')!.score).toBe(round4(5 * UNKNOWN_IDF * 1.25));
    expect(top.map((s) => s.words).slice(0, 5)).toEqual([1, 2, 1, 4, 3]);
  });

  it('returns 20 suggestions by default, never "the" or "can"', () => {
    expect(top).toHaveLength(20);
    expect(top).toEqual(all.slice(0, 20));
    for (const word of ['the', 'can', 'and', 'of', 'to']) expect(byPhrase.has(word)).toBe(false);
  });

  it('marks phrases whose stems match a keyword of the set', () => {
    // In the set and seen at least twice: leg cramps, muscle cramps, nocturnal leg cramps (2: intro of
    // "What Are..." and the closing paragraph), causes of leg cramps (2: same two places).
    for (const phrase of ['leg cramps', 'muscle cramps', 'nocturnal leg cramps', 'causes of leg cramps']) {
      expect(byPhrase.get(phrase)?.inSet, phrase).toBe(true);
    }
    // Words of keywords are not keywords: "cramps", "leg", "spasms" alone are not in the set.
    for (const phrase of ['cramps', 'leg', 'spasms', 'electrolyte', 'cramps and spasms']) {
      expect(byPhrase.get(phrase)?.inSet, phrase).toBe(false);
    }
    // "leg spasms" is in the set but occurs once ("leg spasms," in the closing paragraph): dropped.
    expect(byPhrase.has('leg spasms')).toBe(false);
    // Without a set nothing is marked.
    expect(suggestKeywords([doc], 0, { limit: 10_000 }).some((s) => s.inSet)).toBe(false);
  });

  it('never proposes a phrase that starts or ends with a function word or number', () => {
    for (const s of all) {
      const parts = s.phrase.split(' ');
      expect(parts.length).toBe(s.words);
      expect(isFunctionWord(parts[0]!), s.phrase).toBe(false);
      expect(isFunctionWord(parts[parts.length - 1]!), s.phrase).toBe(false);
      expect(s.words === 1 || s.count >= 2, s.phrase).toBe(true);
    }
  });

  it('is deterministic: same input, identical output', () => {
    const again = suggestKeywords([load('fixtures/leg-cramps.md')], 0, { keywordSet: set });
    expect(renderSuggestions(again, 'json', false)).toBe(renderSuggestions(top, 'json', false));
    for (let i = 1; i < all.length; i++) {
      const a = all[i - 1]!;
      const b = all[i]!;
      expect(a.score > b.score || (a.score === b.score && a.phrase < b.phrase)).toBe(true);
    }
  });

  it('honours limit and maxWords', () => {
    expect(suggestKeywords([doc], 0, { limit: 3 }).map((s) => s.phrase)).toEqual(['cramps', 'leg cramps', 'leg']);
    const singles = suggestKeywords([doc], 0, { maxWords: 1, limit: 10_000 });
    expect(singles.every((s) => s.words === 1)).toBe(true);
    expect(singles.slice(0, 3).map((s) => s.phrase)).toEqual(['cramps', 'leg', 'spasms']);
    const pairs = suggestKeywords([doc], 0, { maxWords: 2, limit: 10_000 });
    expect(Math.max(...pairs.map((s) => s.words))).toBe(2);
  });
});

describe('suggestKeywords against other documents (TF-IDF)', () => {
  it('demotes words that every document shares', () => {
    // Target: "cramps" 3 times, "quinine" twice. Both others mention cramps, neither quinine.
    const target = md('Cramps are bad. Cramps hurt a lot. Cramps again. Quinine was used. Quinine is bitter.');
    const others = [md('Cramps happen at night.', 'a.md'), md('Many people get cramps.', 'b.md')];
    // Alone: both unknown to the background, so the more frequent one wins.
    const alone = suggestKeywords([target], 0, { limit: 2 });
    expect(alone.map((s) => s.phrase)).toEqual(['cramps', 'quinine']);
    // Against the others (natural's idf = 1 + ln(N / (1 + df)), N = 3):
    //   cramps in all 3: 3 × (1 + ln(3/4)) = 2.1370; quinine only here: 2 × (1 + ln(3/2)) = 2.8109.
    const corpus = suggestKeywords([target, ...others], 0, { limit: 2 });
    expect(corpus).toEqual([
      { phrase: 'quinine', words: 1, count: 2, score: round4(2 * (1 + Math.log(3 / 2))), inSet: false },
      { phrase: 'cramps', words: 1, count: 3, score: round4(3 * (1 + Math.log(3 / 4))), inSet: false },
    ]);
    // The target may sit anywhere in the list.
    expect(suggestKeywords([others[0]!, target, others[1]!], 1, { limit: 2 })).toEqual(corpus);
  });

  it('scores the leg-cramps article against two blog articles that also say "leg cramps"', () => {
    const docs = [
      load('fixtures/leg-cramps.md'),
      load('fixtures/blog/leg-cramps-at-night.md'),
      load('fixtures/blog/what-causes-leg-cramps.md'),
    ];
    const result = new Map(suggestKeywords(docs, 0, { limit: 10_000 }).map((s) => [s.phrase, s]));
    // "leg cramps" is in all three documents: 29 × (1 + ln(3/4)) × 1.25.
    expect(result.get('leg cramps')!.score).toBe(round4(29 * (1 + Math.log(3 / 4)) * 1.25));
    // Neither blog article mentions spasms: 14 × (1 + ln(3/2)).
    expect(result.get('spasms')!.score).toBe(round4(14 * (1 + Math.log(3 / 2))));
    // "muscle" is in all three too (both blog articles say "muscle cramps"): 16 × (1 + ln(3/4)) = 11.40,
    // while "cramps and spasms" is only here: 11 × (1 + ln(3/2)) × 1.5 = 23.19. Against the English
    // background the two were 49.79 and 69.60 (ratio 1.4); the shared word has fallen to under half.
    expect(result.get('muscle')!.score).toBe(round4(16 * (1 + Math.log(3 / 4))));
    expect(result.get('cramps and spasms')!.score).toBe(round4(11 * (1 + Math.log(3 / 2)) * 1.5));
    expect(result.get('cramps and spasms')!.score).toBeGreaterThan(2 * result.get('muscle')!.score);
  });
});

describe('candidates', () => {
  it('never spans two sentences', () => {
    // "hurt legs" would be seen twice if n-grams crossed the full stop.
    const doc = md('Cramps hurt. Legs ache. Cramps hurt. Legs ache.');
    const phrases = suggestKeywords([doc], 0, { limit: 100 }).map((s) => s.phrase);
    expect(phrases).toContain('cramps hurt');
    expect(phrases).toContain('legs ache');
    expect(phrases).not.toContain('hurt legs');
    expect(phrases).not.toContain('cramps hurt legs');
  });

  it('groups forms by stem and shows the most common form', () => {
    const doc = md('Leg cramps hurt. A leg cramp is sudden. Leg cramps again. Leg-cramps at night.');
    const found = suggestKeywords([doc], 0, { limit: 100 }).find((s) => s.words === 2 && s.phrase.startsWith('leg'));
    expect(found).toMatchObject({ phrase: 'leg cramps', count: 4 });
  });

  it('drops numbers and phrases with a number or function word at an end', () => {
    const doc = md('Take 300 mg daily. Take 300 mg daily. In 2024 the cramps stopped. In 2024 the cramps stopped.');
    const phrases = suggestKeywords([doc], 0, { limit: 100 }).map((s) => s.phrase);
    expect(phrases).toContain('mg daily');
    expect(phrases).toContain('cramps stopped');
    for (const bad of ['300', '2024', '300 mg', 'take 300', 'in 2024', 'the cramps', 'the']) expect(phrases).not.toContain(bad);
  });

  it('never proposes a function-word-only or numeric phrase (property)', () => {
    const vocabulary = ['the', 'can', 'of', 'and', 'is', 'it', '42', '7', 'cramp', 'cramps', 'leg', 'muscle', 'night'];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), (sentences) => {
        const result = suggestKeywords([md(sentences.join(' '))], 0, { limit: 1000 });
        for (const s of result) {
          const parts = s.phrase.split(' ');
          for (const edge of [parts[0]!, parts[parts.length - 1]!]) {
            expect(isFunctionWord(edge)).toBe(false);
            expect(/^\d+$/.test(edge)).toBe(false);
          }
          expect(s.words).toBeLessThanOrEqual(4);
          expect(s.count).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('returns nothing for an empty document', () => {
    expect(suggestKeywords([md('')], 0)).toEqual([]);
    expect(renderSuggestions([], 'terminal', false)).toBe('No candidate keywords found.\n');
    expect(renderSuggestions([], 'json', false)).toBe('[]\n');
  });

  it('rejects bad options with a UsageError', () => {
    const doc = md('Cramps.');
    expect(() => suggestKeywords([doc], 1)).toThrow(UsageError);
    expect(() => suggestKeywords([], 0)).toThrow(UsageError);
    expect(() => suggestKeywords([doc], 0, { maxWords: 5 })).toThrow(UsageError);
    expect(() => suggestKeywords([doc], 0, { maxWords: 0 })).toThrow(UsageError);
    expect(() => suggestKeywords([doc], 0, { limit: 0 })).toThrow(UsageError);
    expect(() => suggestKeywords([doc], 0, { limit: 1.5 })).toThrow(UsageError);
  });
});

describe('renderSuggestions', () => {
  const list: Suggestion[] = [
    { phrase: 'leg', words: 1, count: 35, score: 86.1521, inSet: false },
    { phrase: 'muscle cramps', words: 2, count: 5, score: 26.3622, inSet: true },
    { phrase: 'cramps', words: 1, count: 51, score: 215.1155, inSet: false },
    { phrase: 'alpha', words: 1, count: 1, score: 26.3622, inSet: false },
  ];

  it('prints stable JSON sorted by score then phrase, with a trailing newline', () => {
    const json = renderSuggestions(list, 'json', false);
    expect(json.endsWith('}\n]\n')).toBe(true);
    const parsed = JSON.parse(json) as Suggestion[];
    expect(parsed.map((s) => s.phrase)).toEqual(['cramps', 'leg', 'alpha', 'muscle cramps']);
    expect(Object.keys(parsed[0]!)).toEqual(['phrase', 'words', 'count', 'score', 'inSet']);
    expect(renderSuggestions([...list].reverse(), 'json', false)).toBe(json);
  });

  it('prints a plain table without colour and ANSI codes with it', () => {
    const plain = renderSuggestions(list, 'terminal', false);
    // eslint-disable-next-line no-control-regex
    expect(plain).not.toMatch(/\u001b\[/);
    const rows = plain.split('\n').filter((line) => line.startsWith('│'));
    expect(rows).toHaveLength(5); // header + 4
    expect(rows[1]).toMatch(/│\s+1 │ cramps\s+│\s+1 │\s+51 │ 215\.1155 │\s+│/);
    expect(rows[4]).toMatch(/│\s+4 │ muscle cramps\s+│\s+2 │\s+5 │\s+26\.3622 │ yes\s+│/);
    expect(plain.endsWith('┘\n')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(renderSuggestions(list, 'terminal', true)).toMatch(/\u001b\[/);
  });
});
