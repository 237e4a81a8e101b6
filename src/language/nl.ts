/** Dutch: Snowball stemmer (natural), Douma (1960) readability. */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_nl');

export const nl: Language = {
  code: 'nl',
  name: 'Dutch',
  iso6393: 'nld',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('dhr mevr mr dr prof bijv d.w.z o.a m.a.w nr ca blz', 'enz etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_nl', "'s 't is zijn was waren"),
  syllables: cached(vowelGroups('aeiouy')),
  readability: fleschType('Douma reading ease', 'Douma (1960)', 206.835, 0.93, 77),
  formsNote: "natural's Snowball stemmer",
};
