/** Spanish: Hunspell dictionary (dictionary-es) word forms, Fernández-Huerta (1959) readability; ñ is kept (año ≠ ano). */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { hunspellForms } from './hunspell.js';
import { normalizeWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'ñ';
const normalize = (word: string): string => normalizeWord(word, KEEP);

/**
 * dictionary-es (RLA-ES) affix flags that make derivations, never used: A -ción, B -dura,
 * C -aje, F -ncia, H -azo, J -bilidad, K -idad, L -ería, M -ez, N -illo/-illa (diminutive),
 * O -ismo, P -miento, Q -ión, T -ble, U -ito/-ita (diminutive). Every prefix flag (a-, ante-,
 * anti-, auto-, bi-, con-, des-, re-, sobre-…) is a derivation too: `noPrefixes`. What is left
 * is inflection: S plural, G gender, R/E/I/X conjugations, D participles, and the enclitic
 * pronoun flags (comerlo, dámelo).
 */
const DERIVATIONS = ['A', 'B', 'C', 'F', 'H', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'T', 'U'];

/**
 * Irregular forms the dictionary lists as lemmas of their own (no flag links them to their
 * verb), as "form… lemma" lines. fui/fue/fuera… are ser's (ir shares them; ser is the more
 * frequent reading). A form that is also another word (era "era", vino "wine", sobre) stays
 * with the verb here only when the verb reading is the common one.
 */
const IRREGULAR = `
soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron sido siendo sea seas seamos seáis sean fuera fueras fuéramos fueran fuese será serán sería serían ser
voy vas va vamos vais van iba ibas íbamos ibais iban ido yendo vaya vayas vayamos vayan ir
he has ha hemos habéis han había habías habíamos habían hubo hubiera habido habiendo haya hayas hayamos hayan habrá habría haber
estoy estás está estamos estáis están estuve estuvo estuvimos estuvieron estaba estaban esté estén estado estando estar
`;

function exceptionTable(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.trim().split('\n')) {
    const words = line.trim().split(/\s+/).map(normalize);
    const lemma = words[words.length - 1]!;
    for (const form of words.slice(0, -1)) map.set(form, lemma);
  }
  return map;
}

export const esForms = hunspellForms({
  package: 'dictionary-es',
  normalize,
  excludeFlags: DERIVATIONS,
  noPrefixes: true,
  exceptions: exceptionTable(IRREGULAR),
});

export const es: Language = {
  code: 'es',
  name: 'Spanish',
  iso6393: 'spa',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('sr sra srta dr dra ud uds p.ej ej pag num aprox av prof lic ing', 'etc cia'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? esForms.wordForm(w) : w)),
  functionWords: naturalStopwords('stopwords_es', 'al del lo los las le les se su sus mi mis tu tus es son fue ser está están muy más'),
  syllables: cached(vowelGroups('aeiouy', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe', 'aa', 'ee', 'oo'])),
  readability: fleschType('Fernández-Huerta reading ease', 'Fernández Huerta (1959)', 206.84, 1.02, 60),
  formsNote: 'Hunspell dictionary-es lemmas and inflection affixes (no derivation flags), plus a table of irregular verb forms; unknown words match only themselves',
};
