/** Norwegian Bokmål: Snowball stemmer (natural's Norwegian), LIX (Björnsson 1968); æ ø å are kept. */
import { cached, lix, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_no');

export const nb: Language = {
  code: 'nb',
  name: 'Norwegian Bokmål',
  iso6393: 'nob',
  segmentation: 'spaces',
  keepDiacritics: 'æøå',
  sentences: sentenceRules('f.eks bl.a dvs ca nr s.k pga jf', 'osv m.m etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_no'),
  syllables: cached(vowelGroups('aeiouyæøå')),
  readability: lix(),
  formsNote: "natural's Snowball stemmer (Norwegian)",
};
