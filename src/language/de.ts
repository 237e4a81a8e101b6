/** German: Snowball stemmer (natural), Amstad (1978) readability; ä ö ü are kept (schon ≠ schön). */
import { cached, fleschType, naturalStemmer, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import type { Language } from './types.js';

const stem = naturalStemmer('porter_stemmer_de');

export const de: Language = {
  code: 'de',
  name: 'German',
  iso6393: 'deu',
  segmentation: 'spaces',
  keepDiacritics: 'äöü',
  sentences: sentenceRules(
    'z.b d.h u.a bzw vgl ca nr dr prof hr fr str evtl ggf inkl bspw sog z.t u.u o.a s.o s.u abs art bd',
    'usw etc u.ä',
  ),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? stem(w) : w)),
  // natural ships no German list: articles, pronouns, prepositions, conjunctions, auxiliaries.
  functionWords: wordSet(`der die das des dem den ein eine einer eines einem einen und oder aber denn sondern doch
    in im ins an am auf aus bei mit nach seit von vom zu zum zur über unter vor hinter neben zwischen durch für gegen ohne
    um bis als wie wenn weil dass daß ob damit so auch nur noch schon sehr nicht kein keine keinen ich du er sie es wir ihr
    mich dich sich uns euch mir dir ihm ihn ihnen sein seine ihre ihr mein meine dein deine unser euer dieser diese dieses
    diesem diesen jener jede jeder jedes welche welcher welches man ist sind war waren bin bist seid sein wird werden wurde
    wurden hat haben hatte hatten kann können muss müssen soll sollen will wollen darf dürfen mag mehr viel wo was wer
    warum wann hier dort da dann also`),
  syllables: cached(vowelGroups('aeiouyäöü')),
  readability: fleschType('Amstad reading ease', 'Amstad (1978)', 180, 1, 58.5),
  formsNote: "natural's Snowball stemmer (compounds are one word: Wadenkrampf ≠ Krampf)",
};
