/** Chinese: words by Intl.Segmenter (ICU dictionary); no inflection; no readability formula. */
import { naturalStopwords, sentenceRules } from './common.js';
import type { Language } from './types.js';

export const zh: Language = {
  code: 'zh',
  name: 'Chinese',
  iso6393: 'cmn',
  segmentation: 'segmenter',
  keepDiacritics: '',
  sentences: sentenceRules(''),
  wordForm: (w) => w,
  functionWords: naturalStopwords('stopwords_zh'),
  // One syllable per Han character.
  syllables: (w) => Math.max(1, [...w].length),
  readability: null,
  formsNote: 'words as segmented (Intl.Segmenter); forms = the word',
};
