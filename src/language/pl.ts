/**
 * Polish. natural's Polish "stemmer" returns words unchanged, so forms come from a
 * conservative strip of the regular case and number endings of nouns and adjectives (skurcz ~
 * skurcze ~ skurczów ~ skurczami; nocne ~ nocnych), longest ending first, keeping a stem of at least four letters. Diacritics
 * are letters of their own here (ą ć ę ł ń ó ś ź ż). No readability formula is established
 * widely enough (Pisarek's is little used), so readability is n/a.
 */
import { cached, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import type { Language } from './types.js';

// Noun endings (-ami, -ach, -owi, -om, -ów, -em …) and adjective endings (-ych, -ymi, -ego, -emu, -ej …).
const ENDINGS = ['ymi', 'imi', 'ych', 'ich', 'ego', 'emu', 'ami', 'ach', 'owi', 'ej', 'ym', 'im', 'om', 'ów', 'em', 'ie', 'y', 'i', 'a', 'ę', 'ą', 'u', 'e', 'o'];

function polishForm(word: string): string {
  if (!PLAIN_WORD.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

export const pl: Language = {
  code: 'pl',
  name: 'Polish',
  iso6393: 'pol',
  segmentation: 'spaces',
  keepDiacritics: 'ąćęłńóśźż',
  sentences: sentenceRules('np tzw dr prof ul nr ok godz mgr inż św', 'itd itp m.in'),
  wordForm: cached(polishForm),
  functionWords: naturalStopwords('stopwords_pl'),
  syllables: cached(vowelGroups('aeiouyąęó')),
  readability: null,
  formsNote: 'conservative case/number ending strip (natural has no Polish stemmer)',
};
