/** Thai: words by Intl.Segmenter (ICU dictionary); no inflection; no readability formula. */
import { sentenceRules, wordSet } from './common.js';
import type { Language } from './types.js';

export const th: Language = {
  code: 'th',
  name: 'Thai',
  iso6393: 'tha',
  segmentation: 'segmenter',
  keepDiacritics: '',
  sentences: sentenceRules(''),
  wordForm: (w) => w,
  functionWords: wordSet('และ หรือ ที่ ของ ใน เป็น การ ได้ ให้ ว่า มี ไม่ จะ กับ แต่ ก็ จาก โดย'),
  syllables: (w) => Math.max(1, [...w].length),
  readability: null,
  formsNote: 'words as segmented (Intl.Segmenter); forms = the word',
};
