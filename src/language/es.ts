/** Spanish: Hunspell dictionary (dictionary-es) word forms, Fernández-Huerta (1959) readability; ñ is kept (año ≠ ano). */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { formTable, hunspellForms, type DictionaryEntry } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'ñ';
// Uncached: the dictionary's ~60,000–85,000 words must not fill the documents' word cache.
const normalize = (word: string): string => foldWord(word, KEEP);

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
 * verb; the dictionary has no verb entry at all for poder, jugar, dar), as "form… lemma"
 * lines; the last lines are the plural articles and possessives (flagless in the dictionary). fui/fue/fuera… are ser's (ir shares them; ser is the more
 * frequent reading). A form that is also another word (era "era", vino "wine", sobre) stays
 * with the verb here only when the verb reading is the common one.
 */
const IRREGULAR = `
soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron sido siendo sea seas seamos seáis sean fuera fueras fuéramos fueran fuese será serán sería serían ser
voy vas va vamos vais van iba ibas íbamos ibais iban ido yendo vaya vayas vayamos vayan ir
he has ha hemos habéis han había habías habíamos habían hubo hubiera habido habiendo haya hayas hayamos hayan habrá habría haber
estoy estás está estamos estáis están estuve estuvo estuvimos estuvieron estaba estaban esté estén estado estando estar
puedo puedes puede podemos podéis pueden pude pudiste pudo pudimos pudieron podía podías podíamos podían podré podrá podremos podrán podría podrían pueda puedas podamos puedan pudiera pudieran podido pudiendo poder
juego juegas juega jugamos jugáis juegan jugué jugó jugaron jugaba jugaban jugado jugando juegue jueguen jugar
doy das da damos dais dan di diste dio dimos disteis dieron daba daban dé den diera dado dando dar
veo ves ve vemos veis ven vi viste vio vimos vieron veía veían visto viendo ver
digo dices dice decimos decís dicen dije dijiste dijo dijimos dijeron diga digan dijera diré dirá diría dicho diciendo decir
hago haces hace hacemos hacéis hacen hice hiciste hizo hicimos hicieron haga hagan hiciera haré hará haría hecho haciendo hacer
pongo pones pone ponemos ponen puse pusiste puso pusimos pusieron ponga pongan pusiera pondré pondrá pondría puesto poniendo poner
tuve tuviste tuvo tuvimos tuvieron tuviera tendré tendrá tendría tenido tener
vine viniste vino vinimos vinieron viniera vendré vendrá vendría venido viniendo venir
quise quiso quisieron quisiera querré querrá querría querido querer
supe supo supieron supiera sabré sabrá sabría sé saber
salgo saldré saldrá saldría salir
escrito escritos escrita escritas escribir
abierto abiertos abierta abiertas abrir
vuelto vuelta vueltos volver
muerto muertos muerta muertas morir
las la
los el
mis mi
tus tu
sus su
les le
`;


/** Common verbs that win when a form has several verb readings (sale: salir, not salar "to
 *  salt"; siente: sentir, not sentar; vengo: venir, not vengar). */
const PREFER = 'salir sentir venir ser ir estar tener hacer poder decir'.split(' ').map(normalize);

/**
 * Plural stems for a word of five letters or more that the dictionary does not know or lists
 * without flags (it lists "países" and "sofás" as words of their own, beside flagless "país",
 * "sofá"): -ces → -z, -es, -s; used only if the stem is a lemma.
 */
function pluralStems(norm: string, lookup: (norm: string) => readonly DictionaryEntry[]): string[] {
  const out: string[] = [];
  if (!lookup(norm).every((entry) => entry.flags.length === 0)) return out;
  // Stems of one or two letters are function words with plurals of their own (the table
  // above: las, los, sus…) or joins like nos ~ no, dos ~ do.
  if (norm.length < 5) return out;
  if (norm.endsWith('ces')) out.push(norm.slice(0, -3) + 'z');
  if (norm.endsWith('es')) out.push(norm.slice(0, -2));
  if (norm.endsWith('s')) out.push(norm.slice(0, -1));
  return out;
}

export const esForms = hunspellForms({
  package: 'dictionary-es',
  normalize,
  derivationFlags: DERIVATIONS,
  noPrefixes: true,
  exceptions: () => formTable(IRREGULAR, normalize),
  // Gender and number (G, S) before verb readings: larga is largo's, not largar's.
  preferFlags: ['G', 'S'],
  preferLemmas: new Set(PREFER),
  absorbRequires: { D: 'G' },
  fallback: pluralStems,
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
