/** Spanish: Snowball stemmer (natural), Fernández-Huerta (1959) readability; ñ is kept (año ≠ ano). */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

// Applied to its own output: one pass leaves adjective plurals apart (muscular → muscul, but
// musculares → muscular); a second pass joins them.
const once = naturalStemmer('porter_stemmer_es');
const stem = (word: string): string => once(once(word));

export const es: Language = {
  code: 'es',
  name: 'Spanish',
  iso6393: 'spa',
  segmentation: 'spaces',
  keepDiacritics: 'ñ',
  sentences: sentenceRules('sr sra srta dr dra ud uds p.ej ej pag num aprox av prof lic ing', 'etc cia'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_es', 'al del lo los las le les se su sus mi mis tu tus es son fue ser está están muy más'),
  syllables: cached(vowelGroups('aeiouy', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe', 'aa', 'ee', 'oo'])),
  readability: fleschType('Fernández-Huerta reading ease', 'Fernández Huerta (1959)', 206.84, 1.02, 60),
  formsNote: "natural's Snowball stemmer, applied twice (joins adjective plurals) (may join some derivations: universidad ~ universo)",
};
