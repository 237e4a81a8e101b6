/**
 * fixtures/languages/: one short original article per language, audited by the real CLI.
 * Word and sentence counts were checked by hand-written counting independent of the tokenizer
 * (whitespace-separated chunks holding a letter; . ! ? in body paragraphs) and match for every
 * space-separated language. For
 * zh and ja the word count is Intl.Segmenter's (ICU's dictionary), pinned as it is; the
 * keyword counts there are counts of the keyword's characters in the text. Keyword counts were
 * worked out by hand per mode; where the language's stemmer misses or over-joins a form the
 * comment says so and the pinned number is the tool's.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

interface Expected {
  words: number;
  sentences: number;
  /** phrase → [exact, forms, sentence] */
  keywords: Record<string, [number, number, number]>;
}

const EXPECTED: Record<string, Expected> = {
  // leg cramp: exact "A leg cramp is", "A leg cramp that"; forms + heading "leg cramps", "stop leg cramps";
  // stretch the calf: + "Stretching the calves" (forms); sentence + "stretch their calves";
  // night cramps: sentence + the heading ("leg cramps wake you at night").
  en: { words: 208, sentences: 15, keywords: { 'leg cramp': [2, 4, 4], 'stretch the calf': [1, 2, 3], 'night cramps': [2, 2, 3] } },
  // calambres musculares (forms); "estiran las piernas" is the phrase in the plural (estiran ~
  // estirar, las ~ la: the article's plural, piernas ~ pierna), so forms 2 as by hand (before the
  // Hunspell word forms, las ≠ la made it sentence-only: 1 / 1 / 2).
  es: { words: 182, sentences: 13, keywords: { 'calambre muscular': [2, 3, 3], 'estirar la pierna': [1, 2, 2], 'calambres nocturnos': [2, 2, 2] } },
  // crampes musculaires (forms). "étirent leurs mollets" is a second sentence for "étirer le
  // mollet" (étirent ~ étirer, mollets ~ mollet; leurs is a function word), as by hand: sentence 2
  // (natural's French stemmer, before the Hunspell word forms, left "étirent" whole: 1).
  fr: { words: 173, sentences: 13, keywords: { 'crampe musculaire': [2, 3, 3], 'étirer le mollet': [1, 1, 2], 'crampes nocturnes': [2, 2, 2] } },
  // "die Waden dehnt" is a form of "Wade dehnen" (Waden ~ Wade, dehnt ~ dehnen), as by hand: forms and
  // sentence 2 (natural's German stemmer, before the Hunspell word forms, kept "dehnt" apart: 1 / 1 / 1).
  de: { words: 160, sentences: 13, keywords: { 'nächtliche Krämpfe': [2, 2, 2], 'Wade dehnen': [1, 2, 2], Muskelkrampf: [2, 2, 2] } },
  // crampi muscolari (forms); "allunga i polpacci" (sentence).
  it: { words: 167, sentences: 13, keywords: { 'crampo muscolare': [2, 3, 3], 'allungare il polpaccio': [1, 1, 2], 'crampi notturni': [2, 2, 2] } },
  // cãibras musculares (forms); "alonga as panturrilhas" (sentence).
  pt: { words: 179, sentences: 13, keywords: { 'cãibra muscular': [2, 3, 3], 'alongar a panturrilha': [1, 1, 2], 'cãibras noturnas': [2, 2, 2] } },
  // spierkrampen (forms: a compound the dictionary does not list, keyed spier + kramp). "de kuiten rekt" is a
  // form of "kuit rekken" (by hand 2; the Snowball stemmer kept "rekt" apart: 1).
  nl: { words: 173, sentences: 13, keywords: { spierkramp: [2, 3, 3], 'kuit rekken': [1, 2, 2], 'nachtelijke krampen': [2, 2, 2] } },
  // мышечную судорогу, растяжку икры (forms: accusative); "ночью" (heading) is another word than "ночные".
  ru: { words: 150, sentences: 14, keywords: { 'мышечная судорога': [1, 2, 2], 'растяжка икры': [1, 2, 2], 'ночные судороги': [2, 2, 2] } },
  // muskelkramper, stretchar vaderna, nattliga kramperna (forms). Sentence 2 for "nattliga kramper" (by
  // hand): the heading's "natten" is another word than "nattliga" (the Snowball stemmer joined them: 3).
  sv: { words: 154, sentences: 14, keywords: { muskelkramp: [2, 3, 3], 'stretcha vaden': [1, 2, 2], 'nattliga kramper': [1, 2, 2] } },
  // muskelkramper, strekker leggene, nattlige krampene (forms). Sentence 2 for "nattlige kramper" (by
  // hand): the heading's "natten" is another word than "nattlige" (the Snowball stemmer joined them: 3).
  nb: { words: 156, sentences: 14, keywords: { muskelkrampe: [2, 3, 3], 'strekke leggen': [1, 2, 2], 'nattlige kramper': [1, 2, 2] } },
  // skurczom mięśni, nocnych skurczów (forms); "w nocy" (heading) is another word than "nocne".
  pl: { words: 152, sentences: 14, keywords: { 'skurcz mięśni': [1, 2, 2], 'rozciąganie łydki': [2, 2, 2], 'nocne skurcze': [2, 3, 3] } },
  // こむら返り 5 times. ふくらはぎ is written 3 times, but ICU segments the third ("ふくらはぎの") as
  // ふく|ら|はぎの, so it is found twice. ストレッチ twice.
  ja: { words: 217, sentences: 13, keywords: { こむら返り: [5, 5, 5], ふくらはぎ: [2, 2, 2], ストレッチ: [2, 2, 2] } },
  // 腿抽筋 7 times (heading included), 小腿 3, 拉伸 2.
  zh: { words: 151, sentences: 13, keywords: { 腿抽筋: [7, 7, 7], 小腿: [3, 3, 3], 拉伸: [2, 2, 2] } },
};

interface FileJson {
  path: string;
  language: string;
  languageSource: string;
  stats: { words: number; sentences: number };
  keywords: { phrase: string; counts: { exact: number; forms: number; sentence: number } }[];
}

describe('fixtures/languages (real CLI; language detected from the text)', () => {
  const result = run(['fixtures/languages', '--no-config', '-f', 'json']);
  const files = new Map((JSON.parse(result.stdout).files as FileJson[]).map((f) => [f.path.replace(/^.*\//, '').replace('.md', ''), f]));

  it('has an article for every language SPEC §5 requires', () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [code, expected] of Object.entries(EXPECTED)) {
    it(`${code}: detected, ${expected.words} words, ${expected.sentences} sentences, keyword counts in all three modes`, () => {
      const file = files.get(code)!;
      expect(`${file.language}/${file.languageSource}`).toBe(`${code}/detected`);
      expect(file.stats).toMatchObject({ words: expected.words, sentences: expected.sentences });
      const counts = Object.fromEntries(file.keywords.map((k) => [k.phrase, [k.counts.exact, k.counts.forms, k.counts.sentence]]));
      expect(counts).toEqual(expected.keywords);
    });
  }
});
