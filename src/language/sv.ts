/** Swedish: Snowball stemmer (natural), LIX (Björnsson 1968); å ä ö are kept. */
import { cached, lix, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_sv');

export const sv: Language = {
  code: 'sv',
  name: 'Swedish',
  iso6393: 'swe',
  segmentation: 'spaces',
  keepDiacritics: 'åäö',
  sentences: sentenceRules('t.ex bl.a d.v.s dvs ca nr s.k p.g.a fr.o.m jfr', 'osv m.m etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_sv'),
  syllables: cached(vowelGroups('aeiouyåäö')),
  readability: lix(),
  formsNote: "natural's Snowball stemmer",
};
