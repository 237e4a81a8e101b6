/** Portuguese: Snowball stemmer (natural), Flesch adapted by Martins et al. (1996). */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

// Applied to its own output: one pass leaves adjective plurals apart (muscular → muscul, but
// musculares → muscular); a second pass joins them.
const once = naturalStemmer('porter_stemmer_pt');
const stem = (word: string): string => once(once(word));

export const pt: Language = {
  code: 'pt',
  name: 'Portuguese',
  iso6393: 'por',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('sr sra srta dr dra prof pag ex av n nº', 'etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  functionWords: naturalStopwords('stopwords_pt', 'é são foi ser está estão muito mais ao aos às'),
  syllables: cached(vowelGroups('aeiou', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe'])),
  readability: fleschType('Flesch reading ease (Portuguese)', 'Martins et al. (1996)', 248.835, 1.015, 84.6),
  formsNote: "natural's Snowball stemmer, applied twice (joins adjective plurals)",
};
