/** Japanese: words by Intl.Segmenter (ICU dictionary); no inflection folding; no readability formula. */
import { naturalStopwords, sentenceRules } from './common.js';
import type { Language } from './types.js';

export const ja: Language = {
  code: 'ja',
  name: 'Japanese',
  iso6393: 'jpn',
  segmentation: 'segmenter',
  keepDiacritics: '',
  sentences: sentenceRules(''),
  wordForm: (w) => w,
  functionWords: naturalStopwords('stopwords_ja'),
  syllables: (w) => Math.max(1, [...w].length),
  readability: null,
  formsNote: 'words as segmented (Intl.Segmenter); forms = the word',
};
