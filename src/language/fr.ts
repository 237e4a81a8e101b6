/** French: Snowball stemmer (natural), Kandel & Moles (1958) readability. */
import { cached, fleschType, naturalStemmer, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_fr');
const groups = vowelGroups('aeiouy');

export const fr: Language = {
  code: 'fr',
  name: 'French',
  iso6393: 'fra',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('m mm mme mmes mlle dr pr p.ex cf av bd no vol chap env', 'etc'),
  // Elided articles and pronouns (l'eau, d'un, qu'il) are their own word before the apostrophe.
  wordForm: cached((w) => {
    const word = w.replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/, '');
    return PLAIN_WORD.test(word) ? stem(word) : word;
  }),
  functionWords: naturalStopwords('stopwords_fr', "l' d' j' qu' c' s' n' m' t' est sont été être au aux du des une un"),
  // A final mute e (-e, -es) is not a syllable: "crampe" = 1, "muscles" = 2.
  syllables: cached((w) => Math.max(1, groups(w) - (/[^aeiouy]es?$/.test(w) && w.length > 3 ? 1 : 0))),
  readability: fleschType('Kandel–Moles reading ease', 'Kandel & Moles (1958)', 207, 1.015, 73.6),
  formsNote: "natural's Snowball stemmer (elisions l', d', qu' removed first)",
};
