/** Russian: Snowball stemmer (natural), Oborneva (2006) readability; й is kept (мой ≠ мои). */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_ru');
const VOWELS = /[аеёиоуыэюя]/gu;

export const ru: Language = {
  code: 'ru',
  name: 'Russian',
  iso6393: 'rus',
  segmentation: 'spaces',
  keepDiacritics: 'й',
  sentences: sentenceRules('т.е т.к т.н см стр им ул д рис напр проф', 'т.д т.п др г гг'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_ru'),
  // Every vowel letter is one syllable.
  syllables: cached((w) => Math.max(1, w.match(VOWELS)?.length ?? 0)),
  readability: fleschType('Oborneva reading ease', 'Oborneva (2006)', 206.835, 1.3, 60.1),
  formsNote: "natural's Snowball stemmer",
};
