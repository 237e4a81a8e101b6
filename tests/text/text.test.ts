import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizeWord } from '../../src/text/normalize.js';
import { hasWords, tokenize, words } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { en } from '../../src/language/en.js';
import { LANGUAGES, languageFor } from '../../src/language/registry.js';

const stem = (word: string): string => en.wordForm(word);
const isFunctionWord = (word: string): boolean => en.functionWords.has(word);

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

  it('keeps digits as words, a decimal as one word, and ignores emoji and punctuation', () => {
    expect(words('Take 3.5 mg in 2024 😀 🦵 !!! … — ')).toEqual(['take', '3.5', 'mg', 'in', '2024']);
  });

  it('keeps URLs, e-mail addresses, dotted names, versions, numbers and dotted abbreviations whole (SPEC §5)', () => {
    const text = (s: string) => tokenize(s).map((t) => t.text);
    expect(text('See https://example.com/a/b?x=1. Next')).toEqual(['See', 'https://example.com/a/b?x=1', 'Next']);
    expect(text('(see www.example.org/page), or https://en.wikipedia.org/wiki/Cramp_(medicine).')).toEqual([
      'see', 'www.example.org/page', 'or', 'https://en.wikipedia.org/wiki/Cramp_(medicine)',
    ]);
    expect(text('Mail jane.doe+seo@example.co.uk today')).toEqual(['Mail', 'jane.doe+seo@example.co.uk', 'today']);
    expect(text('Node.js reads index.html and README.md')).toEqual(['Node.js', 'reads', 'index.html', 'and', 'README.md']);
    expect(text('v1.2.3 or 1.2.3, 1,000 people, 3.5 mg at 10:30')).toEqual([
      'v1.2.3', 'or', '1.2.3', '1,000', 'people', '3.5', 'mg', 'at', '10:30',
    ]);
    expect(text('Salts, e.g. potassium, i.e. this; the U.S. army; z.B. hier')).toEqual([
      'Salts', 'e.g.', 'potassium', 'i.e.', 'this', 'the', 'U.S.', 'army', 'z.B.', 'hier',
    ]);
  });

  it('does not count emoji, keycaps or emoji letters as words (U+FE0F sequences)', () => {
    expect(words('I ❤️ it 1️⃣ #️⃣ ℹ️ ✔️ 👍🏽 👨‍👩‍👧 🇫🇷 ok')).toEqual(['i', 'it', 'ok']);
  });

  it('segments Chinese, Japanese and Thai into words (Intl.Segmenter)', () => {
    expect(words('腿抽筋是一种常见的问题。')).toEqual(['腿', '抽筋', '是', '一种', '常见', '的', '问题']);
    expect(words('足がつる原因')).toEqual(['足', 'が', 'つる', '原因']);
    expect(words('ตะคริวที่ขา')).toEqual(['ตะคริว', 'ที่', 'ขา']);
    // Japanese marks (dakuten) are part of the letter, not diacritics to fold.
    expect(words('ガイド')).toEqual(['ガイド']);
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

describe('English word forms', () => {
  it('maps inflections of a word to one form', () => {
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

describe('normalisation per language', () => {
  it('keeps the diacritics a language needs and folds the rest', () => {
    expect(normalizeWord('año', languageFor('es').keepDiacritics)).toBe('año');
    expect(normalizeWord('año')).toBe('ano');
    expect(normalizeWord('Schön', languageFor('de').keepDiacritics)).toBe('schön');
    expect(normalizeWord('Café', languageFor('fr').keepDiacritics)).toBe('cafe');
    expect(normalizeWord('мой', languageFor('ru').keepDiacritics)).toBe('мой');
    expect(normalizeWord('Łódź', languageFor('pl').keepDiacritics)).toBe('łódź');
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

  it('splits after a single capital that follows a content word, and after an apostrophe word', () => {
    expect(sentences('Take vitamin C. Next, rest.')).toEqual(['Take vitamin C.', 'Next, rest.']);
    expect(sentences("Please don't. Next time ask.")).toEqual(["Please don't.", 'Next time ask.']);
    expect(sentences("It is John's. Next one is mine.")).toEqual(["It is John's.", 'Next one is mine.']);
    expect(sentences('Written by J. Smith in 2020.')).toEqual(['Written by J. Smith in 2020.']);
    expect(sentences('John F. Kennedy spoke.')).toEqual(['John F. Kennedy spoke.']);
  });

  it('starts a sentence at inline code even when it is lowercase', () => {
    // Inline code stands in the text as a space the parser marks (codeStarts).
    const text = 'Run the tests.   runs them all.';
    const cut = splitSentences(text, en, [15]).map((r) => text.slice(r.start, r.end));
    expect(cut).toEqual(['Run the tests.', 'runs them all.']);
    expect(splitSentences(text).length).toBe(1);
  });

  it('splits Chinese and Japanese at full-width stops without spaces', () => {
    expect(sentences('腿抽筋很常见。如何预防？多喝水！')).toEqual(['腿抽筋很常见。', '如何预防？', '多喝水！']);
  });

  it('uses the language\'s abbreviations', () => {
    const de = languageFor('de');
    const text = 'Trinken Sie z.B. Wasser. Dann ruhen.';
    expect(splitSentences(text, de).map((r) => text.slice(r.start, r.end))).toEqual(['Trinken Sie z.B. Wasser.', 'Dann ruhen.']);
    const es = 'Dijo que no. Luego se fue.';
    expect(splitSentences(es, languageFor('es')).map((r) => es.slice(r.start, r.end))).toEqual(['Dijo que no.', 'Luego se fue.']);
    // English "No. 5": "no" never ends a sentence.
    expect(sentences('See No. 5 for details.')).toEqual(['See No. 5 for details.']);
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
    // The pieces of SPEC §5's special words: URLs, e-mail, dotted names, numbers, emoji, CJK, code.
    fc.string({
      unit: fc.constantFrom(
        'https://', 'www.', 'x.com', '/a', '(b)', ')', '@', 'me', '.', ',', ':', '1', '0', 'e.g.', 'U.S.', 'Node.js', ' ',
        '\u2764\uFE0F', '1\uFE0F\u20E3', '\u2139\uFE0F', '👍🏽', '腿', '抽筋', '。', 'が', 'ตะคริว', "'", 'C', '\n', '?', '!', '"',
      ),
      maxLength: 60,
    }),
  );
  const languages = fc.constantFrom(...LANGUAGES);

  it('tokenize keeps positions exact in every language; sentences hold whole words', () => {
    fc.assert(
      fc.property(texts, languages, (text, language) => {
        const tokens = tokenize(text, 0, language);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.norm).toBe(normalizeWord(token.text, language.keepDiacritics));
          expect(typeof language.wordForm(token.norm)).toBe('string');
          previousEnd = token.end;
        }
        const ranges = splitSentences(text, language);
        for (const token of tokens) {
          expect(ranges.filter((r) => token.start >= r.start && token.end <= r.end)).toHaveLength(1);
        }
      }),
      { numRuns: 500 },
    );
  });

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
