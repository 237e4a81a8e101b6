/** Spanish: Hunspell dictionary (dictionary-es) word forms, Fernández-Huerta (1959) readability; ñ is kept (año ≠ ano). */
import { cached, commonWordRanks, fleschType, naturalStopwords, PLAIN_WORD, recentlyCached, sentenceRules, vowelGroups, wordSet } from './common.js';
import { hunspellForms, type DictionaryEntry, type Reading } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language, SpellingContext } from './types.js';

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
 * with the verb here only when the verb reading is the common one. oler writes its diphthong
 * with h (huelo, huele: the grammars' only o → hue verb), which the dictionary does not make.
 */
const IRREGULAR_FORMS = `
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
huelo hueles huele huelen huela huelas huelan oler
las la
los el
mis mi
tus tu
sus su
les le
`;

/**
 * Irregular verbs' stems, from the grammar (not from the probe lists), as "infinitive key=stem…"
 * lines: fut = future and conditional stem (tendr-é, tendr-ía), pret = strong preterite stem
 * (tuv-e, tuv-iste, tuv-o…; a stem in -j takes -eron) and the imperfect subjunctive made from it
 * (tuv-iera, tuv-iese…), sub = present subjunctive stem from the first person (teng-a…), plus
 * single forms (imp = imperatives, part = participle with its gender and number). The
 * generated forms go into the table above with their verb. dictionary-es lacks most of them
 * (it has no entry at all for dar, poder, jugar) or lists them as words of their own.
 */
const IRREGULAR_STEMS = `
ser fut=ser pret=fu sub=se
ir fut=ir pret=fu sub=vay imp=ve
estar fut=estar pret=estuv sub=est
haber fut=habr pret=hub sub=hay
dar fut=dar pret=d sub=d
tener fut=tendr pret=tuv sub=teng imp=ten
mantener fut=mantendr pret=mantuv sub=manteng
obtener fut=obtendr pret=obtuv sub=obteng
contener fut=contendr pret=contuv sub=conteng
detener fut=detendr pret=detuv sub=deteng
sostener fut=sostendr pret=sostuv sub=sosteng
poner fut=pondr pret=pus sub=pong imp=pon part=puesto
componer fut=compondr pret=compus sub=compong
proponer fut=propondr pret=propus sub=propong part=propuesto
disponer fut=dispondr pret=dispus sub=dispong part=dispuesto
exponer fut=expondr pret=expus sub=expong part=expuesto
venir fut=vendr pret=vin sub=veng imp=ven
convenir fut=convendr pret=convin sub=conveng
intervenir fut=intervendr pret=intervin sub=interveng
prevenir fut=prevendr pret=previn sub=preveng
salir fut=saldr sub=salg
valer fut=valdr sub=valg
poder fut=podr pret=pud sub=pued
querer fut=querr pret=quis sub=quier
saber fut=sabr pret=sup sub=sep
caber fut=cabr pret=cup sub=quep
hacer fut=har pret=hic sub=hag imp=haz part=hecho
deshacer fut=deshar pret=deshic sub=deshag part=deshecho
satisfacer fut=satisfar pret=satisfic sub=satisfag part=satisfecho
decir fut=dir pret=dij sub=dig imp=di part=dicho
andar pret=anduv
traer pret=traj sub=traig
atraer pret=atraj sub=atraig
distraer pret=distraj sub=distraig
conducir pret=conduj sub=conduzc
producir pret=produj sub=produzc
traducir pret=traduj sub=traduzc
reducir pret=reduj sub=reduzc
introducir pret=introduj sub=introduzc
caer sub=caig
oír sub=oig
ver sub=ve part=visto
romper part=roto
cubrir part=cubierto
descubrir part=descubierto
escribir part=escrito
describir part=descrito
inscribir part=inscrito
abrir part=abierto
volver part=vuelto
devolver part=devuelto
envolver part=envuelto
resolver part=resuelto
disolver part=disuelto
morir part=muerto
freír part=frito
imprimir part=impreso
prever part=previsto
proveer part=provisto
`;

/** Forms of IRREGULAR_STEMS, "form… infinitive" lines. Yo-form irregulars (tengo, quepo) are the
 *  present subjunctive stem + o; ser, ir, estar, haber, dar, saber and ver have their present in
 *  IRREGULAR_FORMS. */
function stemForms(): string {
  const lines: string[] = [];
  for (const line of IRREGULAR_STEMS.trim().split('\n')) {
    const [verb, ...parts] = line.trim().split(/\s+/);
    const forms: string[] = [];
    for (const part of parts) {
      const [kind, stem] = part.split('=') as [string, string];
      if (kind === 'fut') for (const e of ['é', 'ás', 'á', 'emos', 'éis', 'án', 'ía', 'ías', 'íamos', 'íais', 'ían']) forms.push(stem + e);
      else if (kind === 'pret') {
        const j = stem.endsWith('j');
        const ser = stem === 'fu';
        const dar = stem === 'd';
        const endings = ser ? ['i', 'iste', 'e', 'imos', 'isteis', 'eron'] : dar ? ['i', 'iste', 'io', 'imos', 'isteis', 'ieron'] : ['e', 'iste', 'o', 'imos', 'isteis', j ? 'eron' : 'ieron'];
        const thirdPlural = ser || j ? 'e' : 'ie';
        // hic-: hizo (c before o is z).
        for (const e of endings) forms.push((stem.endsWith('c') && e === 'o' ? stem.slice(0, -1) + 'z' : stem) + e);
        for (const e of ['ra', 'ras', 'ramos', 'rais', 'ran', 'se', 'ses', 'semos', 'seis', 'sen']) forms.push(stem + thirdPlural + e);
      } else if (kind === 'sub') {
        const present = stem === 'se' || stem === 'vay' || stem === 'est' || stem === 'hay' || stem === 'd' || stem === 'sep' || stem === 'pued' || stem === 'quier' || stem === 've';
        if (!present) forms.push(stem + 'o');
        // Stem-changing verbs (pued-, quier-) change back in the first and second plural.
        const stemChange = stem === 'pued' || stem === 'quier';
        const endings = stem === 'est' ? ['é', 'és', 'emos', 'éis', 'én'] : stem === 'd' ? ['é', 'es', 'emos', 'eis', 'en'] : stemChange ? ['a', 'as', 'an'] : ['a', 'as', 'amos', 'áis', 'an'];
        for (const e of endings) forms.push(stem + e);
      } else if (kind === 'imp') forms.push(stem);
      else if (kind === 'part') forms.push(stem, stem.slice(0, -1) + 'a', stem + 's', stem.slice(0, -1) + 'as');
    }
    lines.push([...forms, verb].join(' '));
  }
  return lines.join('\n');
}

/**
 * Function words that an accent alone tells apart from a verb form: dé (dar) and de, sé
 * (saber) and se, está (estar) and esta. Words are compared with accents folded, so such a
 * verb form is left out of the tables: "de" must not be a form of dar.
 */
const ACCENT_FUNCTION_WORDS = new Set(
  'a de el ella la lo las los le les se que en por para con no una un su sus mi mis tu tus te ti si mas o e este esta estos estas ese esa esos esas'.split(' '),
);

let irregularCache: Map<string, string> | null = null;
const irregular = (): Map<string, string> => (irregularCache ??= irregularTable());

/** Generated forms left to the dictionary: the noun is the more frequent reading (traje "suit",
 *  cupo "quota"; and the imperative sal is "salt", so it is not generated). */
const NOUN_FIRST = new Set(['traje', 'cupo']);

/** The (form, normalised lemma) pairs of a table's lines "form form… lemma". */
function* tableLines(text: string): Generator<[string, string]> {
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const lemma = normalize(words[words.length - 1]!);
    for (const form of words.slice(0, -1)) yield [form, lemma];
  }
}

function irregularTable(): Map<string, string> {
  const table = new Map<string, string>();
  const fromText = (text: string, override: boolean) => {
    for (const [form, lemma] of tableLines(text)) {
      const norm = normalize(form);
      // A verb form the accent tells apart from a function word (dé/de) is dropped; the
      // plural articles and possessives (las → la) are function words on both sides.
      if (norm !== form.toLowerCase() && ACCENT_FUNCTION_WORDS.has(norm)) continue;
      if (!override && NOUN_FIRST.has(norm)) continue;
      if (override || !table.has(norm)) table.set(norm, lemma);
    }
  };
  fromText(IRREGULAR_FORMS, true);
  fromText(stemForms(), false);
  return table;
}


/** Common verbs that win when a form has several verb readings (sale: salir, not salar "to
 *  salt"; siente: sentir, not sentar; vengo: venir, not vengar; creo: creer, not crear). */
const PREFER = 'salir sentir venir ser ir estar tener hacer poder decir creer'.split(' ').map(normalize);

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
  exceptions: irregular,
  // Gender and number (G, S) before verb readings: larga is largo's, not largar's.
  preferFlags: ['G', 'S'],
  preferLemmas: new Set(PREFER),
  absorbRequires: { D: 'G' },
  fallback: pluralStems,
  // DictionaryEntry.allFlags: the derivation flags tell a noun listed without its plural flag
  // (red/N, correo/HC) and a twin noun with diminutives (casa/LNS); see pluralless, nounOfVerb.
  entryAllFlags: true,
});

/**
 * A noun in -o that is also a verb's first person present (grito: the noun and gritar's "I
 * shout"; canto, trabajo, pienso, almuerzo). One key per word cannot keep both readings, so the
 * noun's whole paradigm joins the verb (grito, gritos, gritó ~ gritar), as the engine already
 * joins nouns in -a and -e (ayuda, ayudas ~ ayudar: their plural is the verb's second person
 * too, so their whole paradigm is the verb's forms). Only where the dictionary spells the noun
 * as the verb form (cálculo is no calculo), and of two verbs the one with more enclitic-pronoun
 * flags. Not for an adjective the dictionary proves by its adverb in -amente (vivo, corto,
 * limpio: vivamente…). The rest only for a verb in use, one the dictionary flags with at least
 * COMMON_VERB enclitic-pronoun combinations (gritar, cobrar, pagar, pintar; not minutar, osar,
 * arcar, whose nouns minuto, oso, arco stay apart): a noun with a gender flag but no such adverb
 * (pago/GS, paso/GS, pinto/GS), and a noun whose twin, the verb's third person (-a, -e), is a
 * noun already keyed to the verb (grita, cuenta, cobra, cueza) unless that twin is a noun of its
 * own (nounOfItsOwn: casa/LNS, libre/GS), where the key would join two nouns (caso and casa, libro
 * and libre stay apart).
 */
/** Enclitic-pronoun flags (pronounFlags) of a verb in use: contar 20, pagar 11, cocer 5, caber 4;
 *  osar, minutar, arcar, solar 0, rayar, poblar 1, capar 2 (dictionary-es 4.0.0). */
const COMMON_VERB = 4;
function nounOfVerb(key: string): string | null {
  if (!/^.{2,}o$/.test(key)) return null;
  const readings = esForms.readings(key);
  // A noun entry, else one with a gender flag too (pinto/GS): an adjective only if proved below.
  const noun = readings.find((r) => r.own && r.flags.includes('S') && !r.flags.includes('G')) ?? readings.find((r) => r.own && r.flags.includes('S'));
  if (noun === undefined) return null;
  const gender = readings.some((r) => r.own && r.flags.includes('G'));
  const adjective = gender && esForms.analyse(key.slice(0, -1) + 'amente').lemma;
  const spelled = withAccents(noun.entry);
  // A present form, not the verb's participle or gerund (helado is helar's: the rule above).
  const present = (verb: string): boolean => ![verb.slice(0, -2) + 'ado', verb.slice(0, -2) + 'ido', verb.slice(0, -2) + 'ando', verb.slice(0, -2) + 'iendo'].includes(key);
  // Of two verbs (consumo: consumar's and consumir's), the one with more enclitic-pronoun flags.
  const verbs = readings.filter((r) => !r.own && r.plain && /(?:ar|er|ir)$/.test(r.lemma) && present(r.lemma) && r.spelled.some((form) => withAccents(form) === spelled));
  const verb = verbs.reduce<Reading | undefined>((best, r) => (best === undefined || pronounFlags(r.lemma) > pronounFlags(best.lemma) ? r : best), undefined);
  if (verb === undefined || adjective) return null;
  const common = pronounFlags(verb.lemma) >= COMMON_VERB;
  if (gender && !common) return null;
  const verbKey = esForms.wordForm(verb.lemma);
  const stem = key.slice(0, -1);
  const twins = [stem + 'a', stem + 'e'].filter((other) => esForms.readings(other).some((r) => r.own && r.flags.length > 0));
  // (Session 10's rule: a twin keyed to the verb kept the -o noun apart; the clauses for a verb
  // in use, the gender flag and a twin that is the verb's action noun, are checked for use.)
  let clause = gender;
  for (const other of twins) {
    if (esForms.wordForm(other) !== verbKey) continue;
    if (!common || nounOfItsOwn(other)) return null;
    clause = true;
  }
  if (!clause) return verbKey;
  const verbRank = verbInUse(withAccents(verb.entry));
  // A verb the list does not have (duchar, vacunar) says nothing: the list is short.
  if (verbRank === Infinity) return verbKey;
  // (Not the noun's own feminine, which the gender clause reads as the verb's: basta, ducha.)
  if (twins.some((other) => !(gender && other.endsWith('a')) && frequentTwin(withAccents(other), verbRank))) return null;
  if (nounInUse(spelled.slice(0, -1), gender) * NOUN_OVER_VERB < verbRank) return null;
  return verbKey;
}

/**
 * Which reading is in use, from a frequency list of Spanish forms (the subtitle word list of
 * @zxcvbn-ts/language-es-es, hermitdave/FrequencyWords, forms ranked by frequency, as written).
 * A verb's use is the best rank of its forms that no -o/-a/-e noun spells (infinitive, gerund,
 * first plural, third-person preterites and present plural, imperfect); a noun's is its plural
 * X-os (X-as too for one with a gender flag), which no verb form spells. An -o noun whose verb
 * ranks more than NOUN_OVER_VERB times below the noun's plural (pelo: pelos 6,424th, pelar's
 * best form 22,020th; baño, sujeto, resto) is a noun of its own, not the verb's action noun
 * (trabajo: trabajos 2,701st, trabajar 427th; intento, fallo, pago, grito); and a twin (X-a,
 * X-e) keyed to the verb that ranks TWIN_OVER_VERB times above the verb's forms is mostly a noun
 * of its own too (marca 1,826th, marcar's best form 7,047th), so the -o noun stays apart.
 */
const NOUN_OVER_VERB = 2;
const TWIN_OVER_VERB = 3;
const ranks = (): Map<string, number> => commonWordRanks('@zxcvbn-ts/language-es-es', withAccents);
const rankOf = (written: string): number => ranks().get(written) ?? Infinity;
function verbInUse(verb: string): number {
  const stem = verb.slice(0, -2);
  const forms = verb.endsWith('ar')
    ? [verb, stem + 'ando', stem + 'amos', stem + 'ó', stem + 'an', stem + 'aron', stem + 'aba']
    : [verb, stem + 'iendo', stem + verb.slice(-2, -1) + 'mos', stem + 'ió', stem + 'en', stem + 'ieron', stem + 'ía'];
  return Math.min(...forms.map(rankOf));
}
const nounInUse = (stem: string, gender: boolean): number => Math.min(rankOf(stem + 'os'), gender ? rankOf(stem + 'as') : Infinity);
const frequentTwin = (twin: string, verbRank: number): boolean => rankOf(twin) * TWIN_OVER_VERB < verbRank;
/**
 * A twin (X-a, X-e beside the noun X-o) that is a noun or adjective of its own rather than the
 * verb's action noun: the dictionary gives it diminutives (casa/LNS: casita, casilla; cante/NHS)
 * or a gender (libre/GS). Action nouns named by the verb (la grita, la cuenta, la cueza) take
 * neither; they are keyed to the verb already, and the -o noun joins them there (the price:
 * marca/S takes neither either, so marco ~ marca).
 */
function nounOfItsOwn(twin: string): boolean {
  return esForms.entries(twin).some((entry) => entry.lemma && entry.flags.length > 0 && (entry.flags.includes('G') || (entry.allFlags ?? []).some((flag) => flag === 'N' || flag === 'U')));
}
const verbOfNoun = recentlyCached((key: string) => nounOfVerb(key) ?? '');
/**
 * Function words the dictionary inflects like nouns, which nounOfVerb must not take to a verb:
 * the indefinite article and numeral (uno, unos, unas: unir's "I join" is the rare reading) and
 * the adverb cerca (read as cerco's feminine, cercar's "it fences"). They keep the engine's key.
 */
const FUNCTION_FORMS = new Set(['uno', 'unos', 'unas', 'cerca']);

/** Enclitic pronouns (dame, dándole, hazlo, dímelo): one or two of them after a verb form. */
const ENCLITIC = /^(.+?)((?:me|te|se|nos|os|le|les|lo|los|la|las)(?:me|te|se|nos|le|les|lo|los|la|las)?)$/;
/** Verb forms that take enclitics: infinitives, gerunds and the table's imperatives (not ve,
 *  sal: velo, vela are words, salte is saltar's). */
const CLITIC_HOST = /(?:ar|er|ir|ndo)$/;
const IMPERATIVES = new Map([['da', 'dar'], ['di', 'decir'], ['haz', 'hacer'], ['pon', 'poner'], ['ten', 'tener'], ['ven', 'venir']]);

/**
 * The key of a Spanish word: the engine's, then three rules of the language on top.
 * - A masculine participle (-ado, -ido and plurals) that the dictionary also lists as a noun
 *   or adjective of its own (llamado/S, recibido/S, oído/S) keys to its verb: in "ha llamado"
 *   the form is the verb's, and perfect tenses use it for every verb. Feminine ones
 *   (salida, bebida, llegada) stay nouns (the engine's absorbRequires).
 * - Enclitic pronouns on a form of the irregular table (dame, diciéndole): the form's verb.
 * - A key is its own key (cansada → cansado → cansar): applied until it stops changing.
 */
/**
 * A form of two verbs and nothing else (imprimo: imprimir's and the painters' imprimar's; elijo:
 * elegir's and the rare elijar's) is the verb the dictionary gives more enclitic-pronoun flags
 * (its non-ASCII flags: imprimíselo, elígelo): its editors flag the verbs in use with their
 * pronoun combinations (imprimir/REDÀÁÂÆ, imprimar/RED). A tie keeps the engine's choice; the
 * common verbs of PREFER decide first.
 */
const CONJUGATION = /^[REIX]$/;
const isVerb = (lemma: string): boolean => /(?:ar|er|ir)$/.test(lemma) && esForms.entries(lemma).some((entry) => entry.flags.some((flag) => CONJUGATION.test(flag)));
const pronounFlags = (verb: string): number => Math.max(0, ...esForms.entries(verb).map((entry) => entry.flags.filter((flag) => flag > '\u007f').length));
function fullerVerb(word: string, key: string): string {
  if (PREFER.includes(key) || !isVerb(key)) return key;
  const readings = esForms.readings(word);
  if (readings.some((r) => r.own || !r.plain || !isVerb(r.lemma))) return key;
  const verbs = [...new Set(readings.map((r) => r.lemma))].sort();
  if (verbs.length < 2 || !verbs.includes(key)) return key;
  let best = key;
  for (const verb of verbs) if (pronounFlags(verb) > pronounFlags(best)) best = verb;
  return best === key ? key : esForms.wordForm(best);
}

/**
 * Plurals the dictionary does not make.
 * - A noun it lists with derivation flags but no inflection flag at all (red/N, correo/HC,
 *   martillo/H, sauce/N: the plural flag S is missing): X-s, X-es, -z → -ces is its plural, and
 *   the noun keeps its own key when the engine gave it to a verb only because its paradigm,
 *   without the plural, was that verb's form (correo: correar's "I stretch"; correos is none).
 * - A word it reads only by derivation (a prefix: pro+fundos) whose singular X-o, X-a it reads
 *   as a verb's form (profundo: profundar's; dictionary-es has no adjective profundo): the
 *   singular's key.
 * - A word it does not know at all, in -Vnes, -Vles, -Vres, -Vdes, -Vjes (champiñones,
 *   calabacines), whose singular it does not know either: the singular (champiñón, calabacín
 *   fold to the same letters).
 */
function pluralless(norm: string): boolean {
  if (norm.endsWith('s')) return false;
  const entries = esForms.entries(norm).filter((entry) => entry.word === entry.word.toLowerCase());
  return entries.length > 0 && entries.every((entry) => entry.lemma && entry.flags.length === 0) && entries.some((entry) => (entry.allFlags ?? []).some((flag) => DERIVATIONS.includes(flag)));
}
const pluralOf = (norm: string): string => (/[aeiou]$/.test(norm) ? norm + 's' : norm.endsWith('z') ? norm.slice(0, -1) + 'ces' : norm + 'es');
function singularsOf(norm: string): string[] {
  const out: string[] = [];
  if (/[aeiou]s$/.test(norm)) out.push(norm.slice(0, -1));
  if (/[^aeiou]es$/.test(norm)) out.push(norm.slice(0, -2));
  if (norm.endsWith('ces')) out.push(norm.slice(0, -3) + 'z');
  return out;
}
const known = (norm: string): boolean => esForms.entries(norm).some((entry) => entry.lemma);
/** The singular whose key a plural the dictionary does not make takes, or null. */
function lostPlural(norm: string): string | null {
  if (norm.length < 4 || !norm.endsWith('s') || irregular().has(norm) || known(norm)) return null;
  const readings = esForms.readings(norm);
  // (Not when a conjugated form of a verb in use spells it: salvas is salvar's before salva's
  // plural; an enclitic imperative, correos for corred + os, does not count.)
  const usedVerb = readings.some((r) => !r.own && r.plain && r.flags.some((flag) => CONJUGATION.test(flag)) && isVerb(r.lemma) && pronounFlags(r.lemma) >= COMMON_VERB);
  if (!usedVerb) {
    const noun = singularsOf(norm).find((x) => pluralless(x) && pluralOf(x) === norm);
    if (noun !== undefined) return noun;
  }
  if (readings.length > 0 && readings.every((r) => !r.plain) && /[oa]s$/.test(norm)) {
    const x = norm.slice(0, -1);
    if (!known(x) && esForms.readings(x).some((r) => !r.own && r.plain && /(?:ar|er|ir)$/.test(r.lemma))) return x;
  }
  if (readings.length === 0 && norm.length >= 6) {
    const x = /[aeiou][nlrdj]es$/.test(norm) ? norm.slice(0, -2) : null;
    if (x !== null && esForms.readings(x).length === 0 && esForms.analyse(x).candidates.length === 0) return x;
  }
  return null;
}

/**
 * The synthetic comparatives are one form for both genders (la mejor, la peor, la parte
 * superior); dictionary-es gives mejor, peor and superior the gender flag G, so mejora, peora
 * read as their feminines. Such a word is the verb's it also spells (mejora: mejorar's), else
 * its own entry (superiora).
 */
const COMPARATIVES = new Set('mejor peor mayor menor superior inferior anterior posterior exterior interior ulterior citerior'.split(' '));
function notComparative(word: string, key: string): string {
  if (!COMPARATIVES.has(key) || !/as?$/.test(word)) return key;
  const readings = esForms.readings(word);
  const verb = readings.find((r) => !r.own && r.plain && /(?:ar|er|ir)$/.test(r.lemma) && isVerb(r.lemma));
  if (verb !== undefined) return esForms.wordForm(verb.lemma);
  return readings.some((r) => r.own) ? word : key;
}

function spanishKey(word: string): string {
  // A function word an accent tells apart from a verb form (se/sé, de/dé) is its own key.
  if (ACCENT_FUNCTION_WORDS.has(word) && !irregular().has(word)) return word;
  if (FUNCTION_FORMS.has(word)) return esForms.wordForm(word);
  let key = notComparative(word, fullerVerb(word, esForms.wordForm(word)));
  // Final keys: the fixpoint below would hand them back to the engine's reading.
  // (Only against a verb the dictionary flags with no enclitic pronouns, a verb little in use:
  // correo stays apart from correar, corro still keys to correr.)
  if (key !== word && pluralless(word) && isVerb(key) && pronounFlags(key) === 0 && !esForms.analyse(pluralOf(word)).candidates.includes(key)) return word;
  const singular = lostPlural(word);
  if (singular !== null) return plainKey(singular);
  // An adverb in -mente is made on the feminine (nuevamente): where the dictionary has it,
  // X-a and X-as are the adjective X-o's feminine even if it lists them apart (nuevo/S, nueva/S).
  // Not for participles: a feminine participle the dictionary lists as a noun stays one
  // (salida, bebida; perdida is also the folded pérdida).
  const feminine = /[ai]das?$/.test(word) ? null : /^(.{2,})as?$/.exec(word);
  if (feminine !== null && !irregular().has(word) && esForms.analyse(feminine[1] + 'amente').lemma && esForms.analyse(feminine[1] + 'o').lemma) {
    key = esForms.wordForm(feminine[1] + 'o');
  }
  for (let step = 0; step < 3; step++) {
    let next = key;
    const participle = /[ai]dos?$/.test(word) ? /^(.+)([ai])dos?$/.exec(next) : null;
    if (participle !== null) {
      const verbs = participle[2] === 'a' ? [participle[1] + 'ar'] : [participle[1] + 'er', participle[1] + 'ir'];
      const verb = esForms.analyse(next).candidates.find((c) => verbs.includes(c));
      if (verb !== undefined) next = esForms.wordForm(verb);
    }
    if (step === 0) {
      const clitic = ENCLITIC.exec(word);
      const host = clitic?.[1];
      // An imperative of the table with pronouns (dímelo, ponlo) is that verb's even when the
      // dictionary reads it otherwise (dimelo as a rare verb's); other hosts only when the
      // word's key so far is nothing's form (dándoles: unknown, or a plural of unknown dándole).
      if (host !== undefined && (IMPERATIVES.has(host) || (CLITIC_HOST.test(host) && esForms.analyse(next).candidates.length === 0))) {
        // Only imperatives take enclitics, so "di" is decir's here (in the table: dar's "I gave").
        const verb = IMPERATIVES.get(host);
        const hostKey = esForms.wordForm(verb ?? host);
        if (hostKey !== host) next = hostKey;
      }
    }
    if (next === key) next = esForms.wordForm(key);
    if (next === key) next = verbOfNoun(key) || key;
    if (next === key) break;
    key = next;
  }
  return key;
}

/**
 * Word forms that see the accents (Language.spelling). The normalisation folds é á í ó ú ü,
 * but Spanish writes them where they tell words apart: caminó (caminar's preterite) and camino
 * (the noun, or "I walk"), cálculo (noun) and calculo (calcular's "I calculate"), continúa
 * (continuar) and continua (continuo's feminine), está (estar) and esta. A word's spelling class
 * is the word in lower case with those accents kept (caminó), or '' when it has none; a word
 * typed without accents (a keyword, a slug) or written in capitals, where accents are often left
 * out, is '?': the accents are unknown and the word keys as without `spelling`.
 */
const ACCENTED = 'ñáéíóúü';
const MARKED = /[áéíóúüÁÉÍÓÚÜ\u0301\u0308]/u;
const UNKNOWN = '?';
const withAccents = (word: string): string => foldWord(word, ACCENTED);

function spelling(written: string, norm: string, where: SpellingContext): string {
  const marked = MARKED.test(written);
  if (!marked) return where === 'typed' || (written.length > 1 && written === written.toUpperCase() && written !== norm) ? UNKNOWN : '';
  const accented = withAccents(written);
  return accented === norm ? '' : accented;
}

let accentTableCache: Map<string, string> | null = null;
/** The irregular tables by the forms as written (está → estar, dé → dar, sería → ser). */
function accentTable(): Map<string, string> {
  if (accentTableCache !== null) return accentTableCache;
  const table = new Map<string, string>();
  const fromText = (text: string, override: boolean) => {
    for (const [form, lemma] of tableLines(text)) {
      const written = withAccents(form);
      if (!override && NOUN_FIRST.has(normalize(form))) continue;
      if (override || !table.has(written)) table.set(written, lemma);
    }
  };
  fromText(IRREGULAR_FORMS, true);
  fromText(stemForms(), false);
  return (accentTableCache = table);
}

const plainKey = cached((w: string) => (PLAIN_WORD.test(w) ? spanishKey(w) : w));
const ownSpellings = cached((norm: string) => new Set(esForms.readings(norm).filter((r) => r.own).map((r) => withAccents(r.entry))));

/** How deep lemmaKey may look up a lemma's own key by its spelling (a lemma's readings may
 *  name the word again). */
let depth = 0;

/**
 * The key of a reading's lemma: a derived word (a lemma of its own, depósito beside depositar)
 * is its own key; an inflection's lemma is keyed as its entry spells it (pie, not the verb piar
 * whose forms pié and píe fold onto it; papá, not papa).
 */
function lemmaKey(reading: Reading): string {
  if (!reading.plain) return reading.lemma;
  if (depth > 0) return plainKey(reading.lemma);
  depth++;
  try {
    return wordForm(reading.lemma, spelling(reading.entry, reading.lemma, 'text'));
  } finally {
    depth--;
  }
}

/**
 * One-syllable verb forms written without their accent, as the 2010 orthography writes them (rio,
 * lio, crio, guio, fie, hui, riais: reír, liar, criar, guiar, fiar, huir): dictionary-es lists
 * them as flagless entries beside the accented forms its verbs make (rió, lió, crió, guió). Such
 * an entry, written so, is that verb's form; the verb whose form it folds onto, or null.
 */
const ONE_SYLLABLE = /^(?:[^aeiou]|gu|qu)+[iu][aeiou]{1,2}s?$/;
function unaccentedForm(norm: string): string | null {
  if (norm.length > 6 || !ONE_SYLLABLE.test(norm) || ACCENT_FUNCTION_WORDS.has(norm)) return null;
  const readings = esForms.readings(norm);
  // Not where an entry with inflections is spelled so too (pie/S, the foot, beside flagless pie).
  const spelledSo = readings.filter((r) => r.own && withAccents(r.entry) === norm);
  if (spelledSo.length === 0 || spelledSo.some((r) => r.flags.length > 0)) return null;
  // A verb in use (COMMON_VERB: reír, fiar, guiar, huir, freír; not miar, puar, whose mio, pues
  // are the possessive and the conjunction), with the accent on the last vowel (rió → rio; ría
  // keeps its accent, a hiatus).
  const lastVowelAccented = (form: string): boolean => /[áéíóú][^aeiouáéíóú]*$/.test(withAccents(form)) && !/[áéíóú][^aeiouáéíóú]*[aeiou]/.test(withAccents(form));
  const verb = readings.find((r) => !r.own && r.plain && isVerb(r.lemma) && pronounFlags(r.lemma) >= COMMON_VERB && r.spelled.some((form) => withAccents(form) !== norm && normalize(form) === norm && lastVowelAccented(form)));
  return verb === undefined ? null : verb.lemma;
}

/** The change from `a` to `b` (after their common prefix), as the engine measures it. */
function change(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.length - i + (b.length - i);
}

/**
 * The key of a word as written: the irregular table by its spelling, else the readings of the
 * dictionary that spell it so (the noun cálculo's own entry for "cálculo", calcular's forms
 * for "calculo" and "calculó"); the plain key when it is among them or no reading spells the
 * word so (a word the dictionary spells otherwise, or does not know).
 */
function spelledKey(norm: string, written: string): string {
  const table = accentTable().get(written);
  if (table !== undefined) return plainKey(table);
  // (At the top level only: a reading's lemma keyed inside lemmaKey keeps its own entry's key.)
  const monosyllable = written === norm && depth === 0 ? unaccentedForm(norm) : null;
  if (monosyllable !== null) return plainKey(monosyllable);
  const base = plainKey(norm);
  const readings = esForms.readings(norm);
  const fits = readings.filter((r) => r.spelled.some((form) => withAccents(form) === written));
  if (fits.length === 0) return base;
  const keyed = fits.filter((r) => !r.own).map((r) => ({ r, key: lemmaKey(r) }));
  // A lemma the accent alone tells from another entry (japonés beside japones, andén beside
  // anden) keys as spelled (japonés); its inflections, which drop the accent (japonesa,
  // japoneses, andenes), go with it rather than with the plain twin's key.
  const twins = keyed.filter(({ r, key }) => r.plain && r.lemma === base && key !== base && withAccents(r.entry) === key);
  if (twins.length > 0 && keyed.every(({ r }) => r.plain && r.lemma === base)) return twins.map(({ key }) => key).sort()[0]!;
  if (keyed.some(({ key }) => key === base)) return base;
  // The plain key stands unless it comes from a reading that spells the word otherwise (the
  // verb form limite for "límite", hacía for "hacia", the table's sería for "seria").
  const elsewhere = irregular().has(norm) || readings.some((r) => !fits.includes(r) && r.plain && lemmaKey(r) === base);
  // Only a derived word spells it so (depósitos: depósito, a lemma of its own beside depositar).
  const derived = fits.every((r) => !r.plain) ? keyed.filter(({ r }) => r.lemma !== norm) : [];
  // A plural the dictionary does not make (pro+fundos: profundos) is its singular's, unless the
  // accents spell a derived word (depósitos: depósito's, not depositar's deposito).
  if (!elsewhere && (derived.length === 0 || (written === norm && lostPlural(norm) !== null))) return base;
  if (!elsewhere) return derived.map(({ key }) => key).sort()[0]!;
  // The word's own entry spells it so: its own key, or the entry as spelled when the same
  // letters with other accents are another entry (papá beside papa, té beside te).
  const own = fits.find((r) => r.own);
  if (own !== undefined) {
    // A plural the dictionary lists apart without flags (órdenes beside flagless orden; unaccented,
    // ordenes is ordenar's): its singular, as for an unknown word (pluralStems).
    if (own.flags.length === 0) {
      const singular = pluralStems(norm, (n) => esForms.entries(n)).find((stem) => esForms.analyse(stem).lemma);
      if (singular !== undefined) return plainKey(singular);
    }
    const entry = withAccents(own.entry);
    return entry !== norm && ownSpellings(norm).size > 1 ? entry : norm;
  }
  if (keyed.length === 0) return base;
  const pool = keyed.some(({ r }) => r.plain) ? keyed.filter(({ r }) => r.plain) : keyed;
  const rank = ({ r }: { r: (typeof fits)[number] }): [number, number, number, number] => [
    PREFER.includes(r.lemma) ? 0 : 1,
    r.flags.includes('G') || r.flags.includes('S') ? 0 : 1,
    change(norm, r.lemma),
    r.lemma.length,
  ];
  let best = pool[0]!;
  for (const candidate of pool.slice(1)) {
    const a = rank(candidate);
    const b = rank(best);
    const cmp = a.findIndex((v, i) => v !== b[i]);
    if ((cmp !== -1 && a[cmp]! < b[cmp]!) || (cmp === -1 && candidate.key < best.key)) best = candidate;
  }
  return best.key;
}

const spelledKeys = new Map<string, string>();
function wordForm(norm: string, spelling = ''): string {
  if (spelling === UNKNOWN || !PLAIN_WORD.test(norm)) return plainKey(norm);
  const written = spelling === '' ? norm : spelling;
  // Inside lemmaKey's look-up the answer may differ from the top-level one: never cached.
  if (depth > 0) return spelledKey(norm, written);
  const id = spelling === '' ? norm : `${norm}\u0000${spelling}`;
  let key = spelledKeys.get(id);
  if (key === undefined) {
    key = spelledKey(norm, written);
    if (spelledKeys.size < 200_000) spelledKeys.set(id, key);
  }
  return key;
}

export const es: Language = {
  code: 'es',
  name: 'Spanish',
  iso6393: 'spa',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('sr sra srta dr dra ud uds p.ej ej pag num aprox av prof lic ing', 'etc cia'),
  wordForm,
  spelling,
  functionWords: naturalStopwords('stopwords_es', 'al del lo los las le les se su sus mi mis tu tus es son fue ser está están muy más'),
  functionLemmas: wordSet('ser estar haber'),
  syllables: cached(vowelGroups('aeiouy', ['ae', 'ao', 'ea', 'eo', 'oa', 'oe', 'aa', 'ee', 'oo'])),
  readability: fleschType('Fernández-Huerta reading ease', 'Fernández Huerta (1959)', 206.84, 1.02, 60),
  formsNote: 'Hunspell dictionary-es lemmas and inflection affixes (no derivation flags), plus a table of irregular verb forms; accents read as written (caminó ≠ camino); unknown words match only themselves',
};
