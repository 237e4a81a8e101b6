import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizeWord } from '../../src/text/normalize.js';
import { hasWords, tokenize, words } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { stem } from '../../src/text/stem.js';
import { isFunctionWord } from '../../src/text/stopwords.js';

const sentences = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('tokenize', () => {
  it('keeps internal apostrophes, straight and curly', () => {
    expect(tokenize("don't it’s rock'n'roll").map((t) => t.text)).toEqual(["don't", 'it’s', "rock'n'roll"]);
    expect(words('it’s')).toEqual(["it's"]);
  });

  it('drops leading and trailing quotes/apostrophes', () => {
    expect(words("'tis ’quoted’ cramps'")).toEqual(['tis', 'quoted', 'cramps']);
  });

  it('splits on hyphens and dashes', () => {
    expect(words('Leg-Cramps')).toEqual(['leg', 'cramps']);
    expect(words('long-term x—y a–b')).toEqual(['long', 'term', 'x', 'y', 'a', 'b']);
  });

  it('folds case and diacritics', () => {
    expect(words('Café CAFÉ cafe naïve')).toEqual(['cafe', 'cafe', 'cafe', 'naive']);
  });

  it('keeps digits as words, splitting decimals and ignoring emoji and punctuation', () => {
    expect(words('Take 3.5 mg in 2024 😀 🦵 !!! … — ')).toEqual(['take', '3', '5', 'mg', 'in', '2024']);
  });

  it('handles other scripts and combining marks', () => {
    // "e" + COMBINING ACUTE is one word and normalises like the precomposed é.
    expect(words('cafe\u0301 Привет 東京')).toEqual(['cafe', 'привет', '東京']);
  });

  it('reports offsets relative to base', () => {
    expect(tokenize('  ab cd', 10).map((t) => [t.start, t.end])).toEqual([[12, 14], [15, 17]]);
  });

  it('hasWords', () => {
    expect(hasWords('  — 😀 ')).toBe(false);
    expect(hasWords('— a')).toBe(true);
  });
});

describe('normalizeWord / normalizeText', () => {
  it('normalises case, diacritics, compatibility forms and apostrophes', () => {
    expect(normalizeWord('CRAMPS')).toBe('cramps');
    expect(normalizeWord('Émile')).toBe('emile');
    expect(normalizeWord('ﬁne')).toBe('fine');
    expect(normalizeWord('don’t')).toBe("don't");
    expect(normalizeWord('donʼt')).toBe("don't");
  });

  it('normalizeText collapses whitespace and curly double quotes', () => {
    expect(normalizeText('  “Leg   Cramps”\n Café ')).toBe('"leg cramps" cafe');
  });
});

describe('stem', () => {
  it('maps inflections of a word to one stem', () => {
    const s = stem('cramp');
    expect(['cramps', 'cramping', 'cramped'].map(stem)).toEqual([s, s, s]);
  });

  it('drops possessives', () => {
    expect(stem("cramp's")).toBe(stem('cramp'));
    expect(stem("cramps'")).toBe(stem('cramp'));
  });

  it('leaves digits and non-Latin words alone', () => {
    expect(stem('2024')).toBe('2024');
    expect(stem('привет')).toBe('привет');
  });

  it('keeps unrelated words apart', () => {
    expect(stem('leg')).not.toBe(stem('legal'));
    expect(stem('muscles')).toBe(stem('muscle'));
  });
});

describe('isFunctionWord', () => {
  it('knows function words and not content words', () => {
    expect(['how', 'to', 'the', "don't"].map(isFunctionWord)).toEqual([true, true, true, true]);
    expect(['prevent', 'leg', 'cramps'].map(isFunctionWord)).toEqual([false, false, false]);
  });
});

describe('splitSentences', () => {
  it('splits on . ! ?', () => {
    expect(sentences('Wow! Really? Yes. Done')).toEqual(['Wow!', 'Really?', 'Yes.', 'Done']);
  });

  it('does not split after titles and Latin abbreviations', () => {
    expect(sentences('Dr. Smith saw it. Then he left.')).toEqual(['Dr. Smith saw it.', 'Then he left.']);
    expect(sentences('Take salts, e.g. Potassium. Eat fruit, i.e. bananas. Done.')).toEqual([
      'Take salts, e.g. Potassium.', 'Eat fruit, i.e. bananas.', 'Done.',
    ]);
    expect(sentences('Ask Mr. T and Prof. X now.')).toEqual(['Ask Mr. T and Prof. X now.']);
  });

  it('treats dotted acronyms by what follows', () => {
    expect(sentences('The U.S. Army helped. The U.S. is big. I live in the U.S. Then I moved.')).toEqual([
      'The U.S. Army helped.', 'The U.S. is big.', 'I live in the U.S.', 'Then I moved.',
    ]);
  });

  it('does not split decimals or initials', () => {
    expect(sentences('Take 3.5 mg daily. Then rest.')).toEqual(['Take 3.5 mg daily.', 'Then rest.']);
    expect(sentences('Call J. Smith now.')).toEqual(['Call J. Smith now.']);
  });

  it('splits after "etc." only before a capital, and at the end', () => {
    expect(sentences('Apples, pears, etc. Then home. Fruit etc. and more. We had fruit etc.')).toEqual([
      'Apples, pears, etc.', 'Then home.', 'Fruit etc. and more.', 'We had fruit etc.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentences('He said "Stop." Then left. She wrote “Done.” Next (really.) Ok')).toEqual([
      'He said "Stop."', 'Then left.', 'She wrote “Done.”', 'Next (really.)', 'Ok',
    ]);
  });

  it('keeps an enumerator with its sentence (list-item text)', () => {
    expect(sentences('1. Stay hydrated. 2. Stretch.')).toEqual(['1. Stay hydrated.', '2. Stretch.']);
    expect(sentences('Dehydration: Lack of fluids can cause cramps. Drink water.')).toEqual([
      'Dehydration: Lack of fluids can cause cramps.', 'Drink water.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    expect(sentences('Wait... what. no way')).toEqual(['Wait... what. no way']);
  });

  it('trims whitespace and returns nothing for blank text', () => {
    expect(splitSentences('   \n ')).toEqual([]);
    expect(splitSentences('  Hi.  ')).toEqual([{ start: 2, end: 5 }]);
  });
});

describe('properties', () => {
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('a', 'B', 'é', '’', "'", '-', '.', ' ', '!', '?', '"', '3', '\n', 'U', 'S'), maxLength: 200 }),
  );

  it('tokenize never throws; tokens slice back, are ordered and do not overlap', () => {
    fc.assert(
      fc.property(texts, fc.nat(1000), (text, base) => {
        const tokens = tokenize(text, base);
        let previousEnd = base;
        for (const token of tokens) {
          expect(text.slice(token.start - base, token.end - base)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.norm).toBe(normalizeWord(token.text));
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splitSentences never throws; ranges are ordered, disjoint, in bounds and trimmed', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let previousEnd = 0;
        for (const { start, end } of splitSentences(text)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(/\s/.test(text[start]!)).toBe(false);
          expect(/\s/.test(text[end - 1]!)).toBe(false);
          previousEnd = end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every word of a text lies inside exactly one sentence', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ranges = splitSentences(text);
        for (const token of tokenize(text)) {
          const inside = ranges.filter((r) => token.start >= r.start && token.end <= r.end);
          expect(inside).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stem never throws on normalised tokens', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const token of tokenize(text)) expect(typeof stem(token.norm)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
