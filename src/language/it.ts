/** Italian: Snowball stemmer (natural), Franchina & Vacca (1972) readability. */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

// Applied to its own output: one pass leaves adjective plurals apart (muscular → muscul, but
// musculares → muscular); a second pass joins them.
const once = naturalStemmer('porter_stemmer_it');
const stem = (word: string): string => once(once(word));

export const it: Language = {
  code: 'it',
  name: 'Italian',
  iso6393: 'ita',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('sig sigg dott dott.ssa prof ing avv es pag pagg n nr cfr', 'ecc'),
  wordForm: cached((w) => {
    const word = w.replace(/^(?:l|d|un|dell|all|dall|nell|sull|quest|quell)'/, '');
    return PLAIN_WORD.test(word) ? stem(word) : word;
  }),
  functionWords: naturalStopwords('stopwords_it', "l' un' dell' all' nell' è sono"),
  syllables: cached(vowelGroups('aeiou', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe'])),
  // Franchina–Vacca: 206 − 0.65 × syllables per 100 words − words per sentence.
  readability: fleschType('Flesch–Vacca reading ease', 'Franchina & Vacca (1972)', 206, 1, 65),
  formsNote: "natural's Snowball stemmer, applied twice (joins adjective plurals) (elisions l', dell' removed first)",
};
