/**
 * Norwegian Bokmål: word forms from the Hunspell dictionary dictionary-nb (Norsk Ordbank
 * based), LIX (Björnsson 1968); æ ø å are kept.
 */
import { cached, lix, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, readingKeys, type InflectionRule, type Reading } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'æøå';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-nb affix flags that make derivations (their words are lemmas of their own, never their base's forms): t -ing, Y -inger, v -else,
 * w -het, x -skap, y -itet, u -lig, Z -elig/-bar. J, the bare genitive -s, is left out too:
 * it makes every word's -s a form of it (les ~ le, reis ~ rei) and so joins verbs to
 * unrelated short words; a genitive the dictionary does not explain otherwise is given back by
 * the -s rule below (bils → bil). Every prefix flag (u-, for-, gjen-, hoved-,
 * mis-, sam-, in-, etter-, til-, over-, under-, på-, av-, inn-, ut-, opp-, ned-, om-,
 * sammen-) is a derivation: `noPrefixes`. What is left is inflection: noun definite and plural
 * endings with the genitive -s, adjective -t/-e, verb tenses and participles.
 */
const DERIVATIONS = ['t', 'Y', 'v', 'w', 'x', 'y', 'u', 'Z'];
const IGNORED = ['J'];

/** Irregular verbs (the modals too), umlaut plurals and irregular adjectives the dictionary lists as words of their own, "form… lemma". */
const IRREGULAR = `
er var vært være
har hadde hatt ha
gikk gått gå
gjør gjorde gjort gjøre
kom kommet komme
tar tok tatt ta
gir ga gav gitt gi
får fikk fått få
vet visste visst vite
sier sa sagt si
ser så sett se
skrev skrevet skrive
drakk drukket drikke
sprang sprunget springe
sov sovet sove
satt sittet sitte
lå ligget ligge
vil ville villet ville
kan kunne kunnet kunne
skal skulle skullet skulle
må måtte måttet måtte
bør burde burdet burde
små lita liten
gamle gammelt gammel
nytt nye ny
hender hendene hånd
tenner tennene tann
netter nettene natt
bøker bøkene bok
føtter føttene fot
røtter røttene rot
menn mennene mann
brødre brødrene bror
fedre fedrene far
mødre mødrene mor
døtre døtrene datter
søstre søstrene søster
kyr kyrne ku
tær tærne tå
strender strendene strand
bønder bøndene bonde
øyne øynene øye
`;

/**
 * The strong and irregular weak verbs of Bokmål (the grammars' list of the common ones, not the
 * probes'), "present past participle… infinitive": dictionary-nb lists many of their pasts as
 * nouns or bare entries (skjøt, skar, trakk) and ties infinitives to spurious short entries
 * (bryte → bry). Left out: forms that are also a common other word (rev fox, steg step, sang
 * song, bar, for, fart, het, seig, slapp, skred, led, ledd, nytt, rent, grått, flytt, vred), and
 * the two-letter verbs be, by, ri, la, whose lemmas would draw look-alikes (bra, by town).
 */
const STRONG = `
biter bet bitt bite
blir ble blitt bli
binder bandt bundet binde
brekker brakk brukket brekke
brenner brant brenne
brister brast bristet brustet briste
bryter brøt brutt bryte
bærer båret bære
driver drev drevet drive
drar dro dratt dra
faller falt falle
finner fant funnet finne
flyr fløy fløyet fly
flyter fløt flyte
fryser frøs frosset fryse
forsvinner forsvant forsvunnet forsvinne
gjelder gjaldt gjeldt gjelde
glir gled glidd gli
gnir gned gnidd gni
griper grep grepet gripe
gråter gråt gråte
gyser gøs gyst gyse
hogger hogg hogd hogget hogge
holder holdt holde
henger hang hengt henge
hjelper hjalp hjulpet hjelpe
klyper kløp klypet klype
kryper krøp krøpet krype
lyder lød lydt lyde
lyver løy løyet lyve
nyser nøs nyst nyse
nyter nøt nyte
rekker rakk rukket rekke
rant renne
river revet rive
ryker røk røket ryke
skjærer skar skåret skjære
sklir skled sklidd skli
skriker skrek skreket skrike
skyter skjøt skutt skyte
sliter slet slitt slite
slår slo slått slå
sniker snek sneik sneket snike
spinner spant spunnet spinne
sprekker sprakk sprukket sprekke
stikker stakk stukket stikke
stjeler stjal stjålet stjele
stryker strøk strøket stryke
står sto stod stått stå
sverger svor sverget sverge
sviker svek sveik sveket svike
synger sunget synge
synker sank sunket synke
treffer traff truffet treffe
trekker trakk trukket trekke
tvinger tvang tvunget tvinge
vinner vant vunnet vinne
viker vek veket vike
vrir vrei vridd vri
selger solgte solgt selge
velger valgte valgt velge
teller talte talt telle
forteller fortalte fortalt fortelle
legger lagt legge
setter satte sette
smører smurte smurt smøre
spør spurte spurt spørre
strekker strakte strakt strekke
bringer brakte brakt bringe
følger fulgte fulgt følge
kveler kvalte kvalt kvele
tør torde tort tørre
`;

/**
 * A genitive -s the dictionary leaves unexplained (bils, once J is out), kept when the lemma is an
 * entry; and the definite and plural endings of nouns in a vowel other than -e, which
 * dictionary-nb often lists without them (nabo, sko, sofa, kollega carry no noun flags: naboen,
 * skoen, sofaer, kollegaen are unknown to it), kept when the noun is an entry.
 */
const NOUN_VOWEL = /^(.*[aiouyæøå])(?:en|ene|er|ens|enes|ers|et|ets)$/;
const RULES: InflectionRule[] = [[/([^s])s$/, '$1'], [NOUN_VOWEL, '$1']];
/**
 * Noun forms dictionary-nb lists as entries tied to nothing: the -er plural of an -a noun it lists
 * bare as a common lemma (no inflection flags, the compound mark z: kolleger, kollegene: kollega; not
 * a neuter's definite plural in -a, listed bare too, without z: målene is no form of måla), and the -en of a feminine -e noun, whose -a it gives (jenten:
 * jente, which carries C, jenta, and G, jentene; the -en entry has no flags but K, the genitive: not
 * an -en adjective, holden, lunken).
 */
const A_PLURAL = /^(.+[^aeiouyæøå])(?:er|ene|erne|ers)$/;
const FEMININE_EN = /^(.+e)n$/;
const NOUN_ENTRY_RULES: InflectionRule[] = [[A_PLURAL, '$1a'], [FEMININE_EN, '$1']];
const nounEntryRule = (lemma: string, word: string): boolean =>
  (A_PLURAL.test(word) && lemma.endsWith('a') && forms.entries(word).every((entry) => entry.flags.every((flag) => flag === 'M')) && forms.entries(lemma).some((entry) => entry.lemma && entry.flags.length === 0 && (entry.allFlags ?? []).includes('z'))) ||
  (FEMININE_EN.test(word) && lemma === word.slice(0, -1) && forms.entries(word).every((entry) => entry.flags.every((flag) => flag === 'K')) && forms.entries(lemma).some((entry) => entry.lemma && entry.flags.includes('C') && entry.flags.includes('G')));

/**
 * Strong and irregular weak verbs by vowel change (a rule, not a word list): a past or perfect
 * participle the dictionary does not know, or lists as an entry without inflection flags of its
 * own (gjaldt), is tried as the infinitive its vowel series allows — the
 * ending (-et, -t, -te, -de or none: strong pasts) taken off, the stem's last vowel replaced
 * (i ← e/a/u: drev, bandt, funnet; y ← ø/u/o: krøp, sunket, frosset, and after j, skjøv → skyve; je ← a: skalv →
 * skjelve; e ← a/o/u: valgte, solgte,
 * trukket; ø ← u: smurt; æ ← å: båret), the final consonant kept, doubled or undoubled
 * (strakte → strekke, frosset → fryse, bandt → binde), and -e added. Kept only when the result
 * is a verb of the dictionary (it carries S, the present participle), the only one the series
 * gives (trukket: trekke and trikke are both verbs — no guess), and the word has no inflection
 * flags of its own — so nouns (valg, salg, gutt, sønn) are never read as pasts.
 */
const SERIES: Record<string, readonly string[]> = {
  a: ['e', 'i', 'y', 'je'], e: ['i'], o: ['e', 'y', 'ø', 'i'], u: ['i', 'y', 'e', 'ø'], ø: ['y'], å: ['æ', 'e', 'i'], ja: ['je'], ju: ['je'], jø: ['y'],
};
const ENDINGS = ['et', 'te', 'de', 't', ''];
let lastWord = '';
let lastInfinitives: string[] = [];
/** The candidate infinitives of a word (entries of the dictionary only), for each rule slot in turn. */
function ablautInfinitives(word: string): string[] {
  // Not a function word (og is no past of egge, seg none of sige).
  if (word !== lastWord) [lastWord, lastInfinitives] = [word, flagless(word) && !nb.functionWords.has(word) ? findInfinitives(word) : []];
  return lastInfinitives;
}
function findInfinitives(word: string): string[] {
  const out: string[] = [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    const match = /^(.*?)(j?[aeiouyæøå]+)([^aeiouyæøå]*)$/.exec(stem);
    if (match === null) continue;
    const [, before, group, after] = match as unknown as [string, string, string, string];
    const vowels = SERIES[group] ?? SERIES[group.replace(/^j/, '')]?.map((v) => (group.startsWith('j') ? `j${v}` : v)) ?? [];
    const last = after.slice(-1);
    const consonants = new Set([after, after.replace(/dt$/, 'd'), after.length > 0 && after.endsWith(last + last) ? after.slice(0, -1) : after + last]);
    for (const vowel of vowels) for (const consonant of consonants) out.push(`${before}${vowel}${consonant}e`);
  }
  // Only verbs of the dictionary (an index lookup) go on to the engine's costlier checks, and
  // only when the series allows one verb, or one strong verb (below).
  const verbs = [...new Set(out)].filter((lemma) => lemma !== word && isVerb(lemma));
  if (verbs.length <= 1) return verbs;
  // Of several, a verb the dictionary gives a weak past (T -et, O -te, P -dde, Q -de) makes no
  // strong past or participle: brutt is bryte's, not brette's (brettet); sluppet slippe's, not
  // sleppe's; frosset fryse's, not frese's (freste). Still two: no guess.
  const strong = verbs.filter((lemma) => !weakPast(lemma));
  return strong.length === 1 ? strong : [];
}
const WEAK_PAST = ['T', 'O', 'P', 'Q'];
/** Whether an entry of the word, as a lemma, carries one of the flags. */
const lemmaWith = (word: string, flags: readonly string[]): boolean => forms.entries(word).some((entry) => entry.lemma && flags.some((flag) => entry.flags.includes(flag)));
const weakPast = (lemma: string): boolean => lemmaWith(lemma, WEAK_PAST);
const ABLAUT_SLOTS = 24;
// The shapes a past or participle has: -et, -t, -te, -de, or one syllable (a strong past).
const PAST_SHAPE = /^(?:[^-]+(?:et|t|te|de)|[^aeiouyæøå-]*[aeiouyæøå]+[^aeiouyæøå-]+)$/;
const ABLAUT: InflectionRule = [PAST_SHAPE, ...Array.from({ length: ABLAUT_SLOTS }, (_, i) => (word: string) => ablautInfinitives(word)[i] ?? word)];
/** A verb of the dictionary: an entry carrying S, the present participle -nde/-ende (only verbs have one). */
const isVerb = (lemma: string): boolean => lemmaWith(lemma, ['S']);
/**
 * Only words the dictionary leaves without an inflection flag of their own (unknown, or flagless
 * entries) — or participles in -et whose one flag is U, which gives a participle in -et its
 * adjective forms (sunget → sungne, hjulpet, krøpet, bundet) and makes no noun or verb of it.
 */
const flagless = (word: string): boolean =>
  forms.entries(word).every((entry) => entry.flags.length === 0 || (word.endsWith('et') && entry.flags.every((flag) => flag === 'U')));

/**
 * The strong forms left out of STRONG as a common other word (above): the dictionary ties some to
 * the verb all the same (rev + I, rive's past), and the verb, a table lemma, then wins the key. They
 * and the forms keyed through them (reven, rever) key as the word itself, the noun or adjective.
 */
const HOMOGRAPH_PASTS = new Set(['rev', 'steg', 'sang', 'bar', 'for', 'fart', 'het', 'seig', 'slapp', 'skred', 'led', 'ledd', 'nytt', 'rent', 'grått', 'flytt', 'vred']);
const NOUN_ENDINGS = ['A', 'B', 'E', 'G', 'H'];
/** A noun with its whole paradigm in the dictionary (definite -en/-et, plural -er, definite plural -ene): rente, hammer. */
const fullNoun = (word: string): boolean => forms.entries(word).some((entry) => entry.lemma && NOUN_ONLY(entry.flags) && entry.flags.includes('E') && entry.flags.includes('G'));
/** A noun of its own: an entry with a definite ending and no comparative or present participle. */
const nounStem = (word: string): boolean => forms.entries(word).some((entry) => entry.lemma && NOUN_ONLY(entry.flags));
/** A feminine noun marked as a common lemma: the definite -a (C) and plural -ene (G), no comparative or present participle (fyll, fylla). */
const feminineNoun = (word: string): boolean => markedLemma(word) && forms.entries(word).some((entry) => entry.lemma && entry.flags.includes('C') && entry.flags.includes('G') && !entry.flags.includes('X') && !entry.flags.includes('S'));
/** A noun that keys as itself: a common lemma (løve), a whole paradigm (rente, hammer), a feminine (fyll). */
const keysAsItself = (word: string): boolean => !table().has(word) && (commonNoun(word) || fullNoun(word) || feminineNoun(word) || nounLikeAdjective(word));
/** An adjective marked as a common lemma that the dictionary ties to others only as their noun's definite form or participle (rusten: rust + A, rustet + U). */
const nounLikeAdjective = (word: string): boolean =>
  markedLemma(word) && lemmaWith(word, ['X']) && tiedOnlyBy(word, (reading) => reading.flags.every((flag) => flag === 'A' || flag === 'B' || flag === 'U'));
/** A word the dictionary marks as a common lemma (lemmaMark: the compound mark z). */
const markedLemma = (word: string): boolean => forms.analyse(word).marked?.includes(word) ?? false;
/** A noun of its own marked as a common lemma (løve, havre, ball). */
const commonNoun = (word: string): boolean => nounStem(word) && markedLemma(word);
/**
 * A noun that a verb's imperative is spelt like (ball: balle; snakk: snakke; kjøp): a noun of its
 * own, not one the dictionary gives an adjective's neuter -t without a neuter definite -et (varm:
 * varmt; its -e form varme stays the adjective's).
 */
const imperativeNoun = (word: string): boolean => forms.entries(word).some((entry) => entry.lemma && NOUN_ONLY(entry.flags) && !(entry.flags.includes('W') && !entry.flags.includes('B')));
/** A verb whose imperative is spelt like a noun (sause: saus; balle: ball), which keys as itself (dictionaryKey). */
const imperativeVerb = (word: string): boolean => {
  if (!word.endsWith('e') || table().has(word) || !isVerb(word) || nounStem(word)) return false;
  // The noun the dictionary's choice gives (a marked relative wins: myldre's is mylder, not the bare stem myldr).
  const marked = (forms.analyse(word).marked ?? []).filter((lemma) => lemma !== word);
  return [word.slice(0, -1), ...(word.endsWith('mme') ? [word.slice(0, -2)] : [])].some((noun) => imperativeNoun(noun) && (marked.length === 0 || marked.includes(noun)));
};
/** A verb's tenses: the present -er (E), the pasts and participles (B -et, M, T, O, P, Q), the present participle (S). */
const VERB_FORM_FLAGS = ['E', 'B', 'M', 'T', 'O', 'P', 'Q', 'S'];
/** A noun entry: a definite ending (A -en, B -et) and no comparative (X: adjectives) or present participle (S: verbs, which carry A and B too). */
const NOUN_ONLY = (flags: readonly string[]): boolean => (flags.includes('A') || flags.includes('B')) && !flags.includes('X') && !flags.includes('S');
let irregulars: Map<string, string> | null = null;
const table = (): Map<string, string> => (irregulars ??= formTable(IRREGULAR + STRONG, fold));
let lemmaSet: Set<string> | null = null;
const tableLemmas = (): Set<string> => (lemmaSet ??= new Set(table().values()));
const forms = hunspellForms({
  package: 'dictionary-nb',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  ignoreFlags: IGNORED,
  noPrefixes: true,
  choose: 'shortest',
  // dictionary-nb lists, beside its lemmas, bare stems and syncopated forms as entries of their
  // own (kjenn beside kjenne, gafl beside gaffel, modn beside moden, bønde beside bonde) whose
  // flags make spurious links (kjenn + e = kjenne); its common lemmas carry the compound flag z,
  // those stems do not: when some of a word's relatives carry z, the key is one of them. Not
  // -er agent nouns (flag I: lærere, lærerne), derivations that would draw the verb's present.
  lemmaMark: { flag: 'z', notWith: ['I'] },
  rules: [...RULES, ABLAUT],
  lemmaRules: [ABLAUT, ...NOUN_ENTRY_RULES],
  ruleLemmaWins: true,
  // The genitive rule's lemma as it is; an ablaut lemma only for a flagless word, and a verb.
  accept: (lemma, word) =>
    (word.endsWith('s') && lemma === word.slice(0, -1)) || (NOUN_VOWEL.test(word) && word.startsWith(lemma) && forms.entries(word).length === 0) || (flagless(word) && isVerb(lemma)) || nounEntryRule(lemma, word),
  exceptions: () => table(),
  // The second choice stops where dictionaryKey keys a lemma as itself: a marked noun of its own
  // (rusten → rust, not on to rus) unless the word is a verb, and a verb whose imperative is a
  // noun (sauset → sause, not on to saus).
  keepsKey: (lemma, word) => (keysAsItself(lemma) && markedLemma(lemma) && (lemma === word || !isVerb(word))) || (lemma !== word && imperativeVerb(lemma)),
  compoundPart: 3,
  // K's -sk, -ske make adjectives (medisiner → medisinsk), beside its genitive -es and -ær forms.
  derivationRule: (flag, add) => flag === 'K' && /^ske?$/.test(add),
  // A noun with a paradigm of its own is no verb's imperative (R): gjeld is not gjelde's.
  homographFlags: ['R'],
  // Entries' flags as written (the compound mark z too), for the K rule below.
  entryAllFlags: true,
  // K's -ær, -ærne on an -e word are the plural of kne, tre, håndkle (knær, trær, håndklær); on a
  // verb (it carries P, the past -dde) an -ær word that is a common lemma of its own (an entry
  // with the compound mark z) is not its K-form: klær is no form of kle, skjær none of skje (the
  // passive -es stays: sies, dreies; trær, no lemma of its own, stays tre's). V's -el → -le, -en → -ne (strip and add) make an adjective's
  // -e form (enkel enkle, moden modne: the entry carries X or W); on any other entry a verb they
  // make is a derivation or a look-alike, never a form (handel handle, jubel juble, mangel mangle,
  // orden ordne; definite nouns: haven havne, saven savne, turen turne).
  // N's -å → -o is the strong past of stå and slå and their compounds (sto, forsto, slo), the only
  // -å verbs with one; on any other word it makes a look-alike (rå ro, grå gro, brå bro, klå klo).
  notFormOf: (flag, entryFlags, entry, form) =>
    (flag === 'N' && form.endsWith('o') && !/(?:st|sl)å$/.test(entry)) ||
    (flag === 'K' && entryFlags.includes('P') && /ær$/.test(form) && forms.entries(fold(form)).some((e) => e.lemma && (e.allFlags ?? []).includes('z'))) ||
    (flag === 'V' && !form.startsWith(entry) && !entryFlags.includes('X') && !entryFlags.includes('W') && isVerb(fold(form))),
});
/**
 * Perfect participles in -t that dictionary-nb lists as entries of their own (bestilt, glemt, delt,
 * tjent), tied only to the verb's bare stem by the adjective neuter -t (bestill + W): the key is the
 * verb the stem makes with -e (the stem's final consonant doubled or not: bestille, glemme, dele,
 * tjene), when the dictionary has it as a verb. The -te past (bestilte) keys to the participle
 * first, so it follows.
 */
function participleKey(found: string): string | null {
  if (!/[^aeiouyæøå]t$/.test(found)) return null;
  const stem = found.slice(0, -1);
  const readings = forms.readings(found);
  if (!readings.some((reading) => reading.own)) return null;
  // The stem as the dictionary has it: bestill for bestilt (ll before t is written l), glem for glemt.
  const stems = readings.filter((reading) => !reading.own && reading.flags.includes('W') && (reading.lemma === stem || reading.lemma === stem + stem.slice(-1))).map((reading) => reading.lemma);
  const verbs = [...new Set(stems.flatMap((lemma) => [`${lemma}e`, lemma.endsWith(lemma.slice(-1).repeat(2)) ? `${lemma}e` : `${lemma}${lemma.slice(-1)}e`]))].filter(isVerb);
  return verbs.length === 1 ? forms.wordForm(verbs[0]!) : null;
}
/**
 * An adjective of the dictionary: an entry carrying X, the comparative -ere, or W, the neuter -t,
 * with w, the abstract noun in -het that only adjectives make (ren, svimmel: no X); W alone is
 * no sign, verb stems carry it for their participles (tenk + t).
 */
const isAdjective = (word: string): boolean =>
  forms.entries(word).some((entry) => entry.lemma && (entry.flags.includes('X') || (entry.flags.includes('W') && (entry.allFlags ?? []).includes('w')))) ||
  // Or W on a lemma of the mark z that makes no verb with -e (vakker, beside the bare stem vaker).
  (lemmaWith(word, ['W']) && markedLemma(word) && !isVerb(`${word}e`)) ||
  // Or W with the superlative listed as an entry with its -e form (varm: varmest + V; not fyll: fyllest, a noun).
  (lemmaWith(word, ['W']) && forms.entries(`${word}est`).some((entry) => entry.flags.includes('V') && !NOUN_ONLY(entry.flags)));
const VOWEL_END = /[aeiouyæøå]$/;
/** An adjective's neuter as spelt: -tt after a vowel or t (ny nytt, hvit hvitt), a double consonant undoubled (stygg stygt, snill snilt), no -t after -ig, -sk, -t. */
const neuterOf = (adjective: string): string =>
  VOWEL_END.test(adjective) ? `${adjective}tt` : /(?:ig|sk|tt)$/.test(adjective) ? adjective : /t$/.test(adjective) ? `${adjective}t` : /([^aeiouyæøå])\1$/.test(adjective) ? `${adjective.slice(0, -1)}t` : `${adjective}t`;
/** Its -e form: doubled after a short vowel (dum dumme), syncopated after -el/-er/-en (enkel enkle, sikker sikre, sulten sultne). */
const plainOf = (adjective: string): string[] => {
  const out = [`${adjective}e`, `${adjective}${adjective.slice(-1)}e`];
  const m = /^(.*?)(.)?\2?e([lrn])$/.exec(adjective);
  if (m !== null) out.push(`${m[1]}${m[2] ?? ''}${m[3]}e`);
  return out;
};
/**
 * dictionary-nb lists many adjectives' neuter and -e forms as entries of their own tied to a
 * look-alike or to nothing (hvitt, pent → penn, rart, rare, langsomt): a word that is the neuter
 * or -e form of an adjective of the dictionary is that adjective's. Not a word that is a verb or
 * a noun in its own right (it carries S, the present participle, or A/B, the definite -en/-et).
 */
function adjectiveKey(word: string): string | null {
  // The word an adjective itself (X: stolt, bratt), a verb or a noun, or in the irregular table
  // (brutt, sagt): not an adjective's form.
  if (table().has(word) || forms.entries(word).some((entry) => ['S', 'A', 'B', 'X'].some((flag) => entry.flags.includes(flag)))) return null;
  // A verb's participle before an adjective's neuter (spist: spise, not spiss; vist: vise).
  if (/[^aeiouyæøåt]t$/.test(word) && isVerb(`${word.slice(0, -1)}e`)) return null;
  return adjectiveBase(word, true);
}
/**
 * Weak pasts and participles dictionary-nb lists apart or leaves unknown (glemte, avbestilte,
 * avbestilt, feiret, limt, sykla): the word as the stem of a verb + -te, -t, -et, -a, -de, -dde
 * or -dd (the stem's consonant doubled or not: glem-te → glemme, avbestil-t → avbestille) is that
 * verb's when the dictionary has just one such verb (S), the word has no inflection flags of
 * its own beyond R, V, U (the imperative and adjective links the dictionary gives participles)
 * and the dictionary's key for it is no verb. Not -t after an adjective (døvt: døv's neuter) nor
 * -a after a verb that is also a feminine noun (C: pika is pike's definite form).
 */
const WEAK_ENDINGS = ['dde', 'dd', 'te', 'de', 'et', 't', 'd', 'a'];
function weakVerb(word: string): string | null {
  if (!forms.entries(word).every((entry) => entry.flags.every((flag) => flag === 'R' || flag === 'V' || flag === 'U'))) return null;
  const verbs = new Set<string>();
  for (const ending of WEAK_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 2) continue;
    // -t after an adjective is its neuter (døvt, slankt); -a after a feminine noun its definite form (pika, puta: C).
    if (ending === 't' && isAdjective(stem)) continue;
    // -a on a word the dictionary lists as a common lemma of its own (the compound mark z) is a noun's (skjema, drama, tema).
    if (ending === 'a' && forms.entries(word).some((entry) => entry.lemma && (entry.allFlags ?? []).includes('z'))) continue;
    // -d after a stem in d is the -dd of a vowel verb (kledd: kle), not a -de verb's -d (tygd: tygge).
    if (ending === 'd' && stem.endsWith('d')) continue;
    const shapes = ending.startsWith('dd') ? [stem] : [`${stem}e`, `${stem}${stem.slice(-1)}e`];
    for (const verb of shapes) {
      if (verb === word || !isVerb(verb) || table().has(verb)) continue;
      if (ending === 'a' && forms.entries(verb).some((entry) => entry.flags.includes('C'))) continue;
      verbs.add(verb);
    }
  }
  return verbs.size === 1 ? [...verbs][0]! : null;
}
/**
 * Verbs in -ere (telefonere, stasjonere): dictionary-nb ties the infinitive by V to the stem
 * telefonér, which the document normalisation folds to telefoner, the noun's plural — so the
 * verb and its forms keyed to the noun (telefonere ~ telefon). When the key is no verb, a verb in
 * -ere, or a form reached from one by a verb flag (the present -er, the pasts), keys to that
 * verb; the imperative's reading (R: telefonér, the plural's spelling) does not count.
 */
const ERE_VERB_FLAGS = ['E', 'M', 'O', 'P', 'Q', 'S', 'T'];
/**
 * An -ere verb tied by V to its stem, which the folding makes a noun's plural (skolere: skolér,
 * folded skoler, skole's): it keys as itself even when that noun is a verb too (skole).
 */
const ereVerbOfPlural = (word: string): boolean =>
  word.endsWith('ere') && isVerb(word) && forms.readings(word).some((reading) => !reading.own && reading.flags.includes('V') && reading.lemma === word.slice(0, -1));
function ereVerb(word: string): string | null {
  if (word.endsWith('ere') && isVerb(word)) return word;
  const verbs = new Set(forms.readings(word).filter((reading) => !reading.own && reading.lemma.endsWith('ere') && reading.flags.some((flag) => ERE_VERB_FLAGS.includes(flag)) && isVerb(reading.lemma)).map((reading) => reading.lemma));
  return verbs.size === 1 ? [...verbs][0]! : null;
}
/**
 * Verbs made of a prefix or first part and a verb of the tables (fortsette, tilsette, unngå,
 * forstå, motta, oppstå): a word ending in a table form (satte, gikk, sto) whose first part
 * (two letters at least) with that form's lemma is a verb of the dictionary is that verb's form
 * (fortsatte, tilsatt, unngikk, oppsto), when the dictionary gives the word no verb of its own.
 */
// Forms left out of the tables as words of their own that are the verb's in a compound: satt
// (sitte's past there; fortsatt, ansatt, utsatt are sette's), la (legge's past; planla, fastla).
// And late's lot, latt (forlot, tillatt), left out as the two-letter la's, whose lemma as a table
// lemma would draw look-alikes (latent, loge; le draws lede, be draws ben).
const IN_COMPOUNDS = new Map([['satt', 'sette'], ['la', 'legge'], ['lot', 'late'], ['latt', 'late']]);
// The first part of such a verb: a prefix or particle, or a noun or adjective of the dictionary (an
// entry with a definite -en, -et, -a or a comparative: plan, fort, glatt, kniv; not the bare stem
// bes, so besvar is no form of besvære).
const VERB_PREFIXES = new Set('an av be bi er for fore fram frem fra gjen hen inn med mis mot ned om opp over på sam sammen til unn under ut etter'.split(' '));
function compoundStrong(word: string): string | null {
  let noun: boolean | null = null;
  for (let i = 2; i <= word.length - 2; i++) {
    const last = word.slice(i);
    for (const lemma of [table().get(last), IN_COMPOUNDS.get(last)]) {
      // Not a present the lemma makes regularly (ler, står: gafler is gaffel's, not a -le verb's).
      if (lemma === undefined || last === `${lemma}r`) continue;
      // Not a noun of the dictionary's own (korsett, with its definite -et, is no kor + sett).
      noun ??= forms.entries(word).some((entry) => entry.flags.includes('A') || entry.flags.includes('B'));
      if (noun) return null;
      const first = word.slice(0, i);
      if (!VERB_PREFIXES.has(first) && !forms.entries(first).some((entry) => entry.lemma && ['A', 'B', 'C', 'X'].some((flag) => entry.flags.includes(flag)))) continue;
      const verb = first + lemma;
      // A verb of the dictionary, or an infinitive it makes from its stem entry (tilsett + V: tilsette).
      if (verb !== word && (isVerb(verb) || forms.readings(verb).some((reading) => !reading.own && reading.flags.includes('V') && forms.entries(reading.lemma).some((entry) => entry.lemma)))) return verb;
    }
  }
  return null;
}
/**
 * A word the dictionary does not know (a loanword, a new coinage: appen, apper, sedelen, googlet)
 * keys as its stem, before the dictionary's rules guess at it, when that is unknown too and the ending is a
 * noun's definite or plural or a verb's -e, -er, -et (-en, -et, -ene, -er, their genitives, -e):
 * app's forms key as app, google's as googl. Not a stem the dictionary knows (its forms it would
 * know), nor one shorter than three letters; not a compound it reads (økokrisen: økokrise).
 */
const UNKNOWN_ENDING = /^(.{3,}?)(?:ene|ens|ets|ers|en|et|er|e)$/;
const unknown = (word: string): boolean => forms.entries(word).length === 0 && forms.readings(word).length === 0;
// A name listed without any flag gives no forms either (Google).
const formless = (word: string): boolean =>
  forms.readings(word).every((reading) => reading.own) && forms.entries(word).every((entry) => (entry.allFlags ?? entry.flags).length === 0 && entry.word !== entry.word.toLowerCase());
function unknownStem(word: string): string | null {
  const stem = UNKNOWN_ENDING.exec(word)?.[1];
  return stem !== undefined && formless(word) && unknown(stem) ? stem : null;
}
const key = (word: string): string => {
  const stem = unknownStem(word);
  if (stem !== null) return nb.wordForm(stem);
  const found = dictionaryKey(word);
  if (found !== word && eVerbLemma(word) && stemKey(word, found)) return word;
  // A form keyed as the stem of such a verb, or of one dictionaryKey keys as itself (skrytt: skryte), is the verb's.
  const verb = `${found}e`;
  if (found === word || nounStem(word) || isVerb(word) || !eVerbLemma(verb)) return found;
  const verbKey = dictionaryKey(verb);
  return (verbKey === verb || stemKey(verb, verbKey)) && formOfVerb(word, verb, found) ? verb : found;
};
/** Whether the key the dictionary gives an -e verb is its stem, or its stem's own key (knyte: knyt, kny). */
const stemKey = (verb: string, found: string): boolean => found === verb.slice(0, -1) || found === dictionaryKey(verb.slice(0, -1));
/** Whether the dictionary ties the word to other lemmas, and only by readings that pass the test. */
const tiedOnlyBy = (word: string, test: (reading: Reading) => boolean): boolean => {
  const others = forms.readings(word).filter((reading) => !reading.own);
  return others.length > 0 && others.every(test);
};
/**
 * A verb in -e that the dictionary ties to its stem only as that stem's adjective -e form (mørke:
 * mørk + V; varme, fylle, bygge, leie, skjelve) keys as itself, not as the noun or adjective the
 * stem is (or as the stem's own key: knyte → knyt → kny); so do its forms that are no noun form
 * of the stem (fylt, bygde, varmes, skalv, knøt; not planen, lyset, egget, which stay plan's,
 * lys's, egg's). A verb of its own keeps its key (dunste is no past of dunse).
 */
const eVerbLemma = (word: string): boolean => {
  if (!word.endsWith('e') || table().has(word) || tableLemmas().has(word) || !isVerb(word)) return false;
  const stem = word.slice(0, -1);
  return tiedOnlyBy(word, (reading) => reading.lemma === stem && reading.flags.every((flag) => flag === 'V'));
};
/** An adjective (isAdjective) with the neuter -t (W): no verb's imperative (otherForms) though spelt like one (gjeld is no gjelde's, mørk no mørke's). */
const adjectiveStem = (word: string): boolean => lemmaWith(word, ['W']) && isAdjective(word);
/** Whether the word is a form of the verb: a reading of it, its weak past or its strong past. */
const formOfVerb = (word: string, verb: string, stem: string): boolean => {
  // A noun form of the stem stays the stem's (egget: egg's, planen plan's, not plane's).
  if (forms.readings(word).some((reading) => reading.lemma === stem && reading.flags.some((flag) => NOUN_ENDINGS.includes(flag)))) return false;
  // A reading of it, or its passive -s, which the dictionary leaves to the ignored genitive J (varmes, fylles).
  if (word === `${verb}s` || forms.readings(word).some((reading) => !reading.own && reading.lemma === verb)) return true;
  // An adjective's neuter is its own (stygt: stygg's, not the verb stygge's).
  if (table().has(word) || (isAdjective(stem) && neuterOf(stem) === word)) return false;
  if (weakVerb(word) === verb || ablautInfinitives(word).includes(verb) || compoundStrong(word) === verb) return true;
  // Its -t participle, the double consonant written single (fylt: fylle), not an adjective's neuter (høyt: høy).
  return /t$/.test(word) && !isAdjective(stem) && [`${word.slice(0, -1)}e`, `${word.slice(0, -1)}${word.at(-2)}e`].includes(verb);
};
// Cached: key asks it again for the stem and the -e verb a word may belong to.
const dictionaryKey = cached((word: string): string => {
  // A noun of its own the dictionary marks as a lemma (z), or gives its whole paradigm, is no other
  // noun's or verb's form: løve is no løv's (V), havre no hav's, hilsen no hilse's (A), rente no
  // past of rene, hammer no plural of ham (it keeps them as readings: otherForms).
  if (keysAsItself(word)) return word;
  if (!table().has(word)) {
    const verb = compoundStrong(word);
    if (verb !== null && !isVerb(word) && !isVerb(keyOf(word))) return keyOf(verb);
  }
  const adjective = adjectiveKey(word);
  if (adjective !== null) return keyOf(adjective);
  if (!table().has(word) && !tableLemmas().has(word)) {
    if (HOMOGRAPH_PASTS.has(word) && forms.analyse(word).lemma) return word;
    // Its noun forms: the definite and plural endings (A -en, B -et, E -er, G -ene, H -enes) of the homograph.
    const homograph = forms.readings(word).find((reading) => !reading.own && HOMOGRAPH_PASTS.has(reading.lemma) && !table().has(reading.lemma) && reading.flags.some((flag) => NOUN_ENDINGS.includes(flag)));
    if (homograph !== undefined && tableLemmas().has(forms.wordForm(word))) return homograph.lemma;
  }
  const found = keyOf(word);
  if (!isVerb(found) || ereVerbOfPlural(word)) {
    const verb = ereVerb(word);
    if (verb !== null) return verb;
  }
  if (isVerb(found)) {
    // A verb the dictionary gives as the key keys as the verb itself does (levde: leve → lev).
    const stem = keyOf(found);
    // Not as a noun its imperative is spelt like (ball: balle; snakk: snakke): as the infinitive.
    // (Not for a noun of its own: ost, rust, lader stay as the dictionary keys them.)
    return stem !== found && stem !== word && !nounStem(word) && imperativeNoun(stem) ? found : stem;
  }
  // The infinitive itself of such a verb (balle, kjøpe), which the dictionary ties to the noun, and
  // a form reached through the verb alone (sluppet: slippe's by ablaut, none of the noun slipp's).
  if (found !== word && imperativeNoun(found) && !nounStem(word)) {
    if (isVerb(word) && word.startsWith(found)) return word;
    const verbs = table().has(word) ? [] : ablautInfinitives(word).filter((verb) => keyOf(verb) === found);
    if (verbs.length === 1) return verbs[0]!;
  }
  const verb = table().has(word) ? null : weakVerb(word);
  if (verb !== null) return keyOf(verb);
  // An action noun's plural, which dictionary-nb's derivation flag Y makes and so names by its
  // -inger (turneringer): the -ing noun's key, when that is the -ing itself and the dictionary knows
  // it (turnering, by t; not fing: finger is no -ing noun's).
  const ing = /^(.+ing)(?:er|ene)$/.exec(found);
  if (ing !== null && (forms.analyse(ing[1]!).lemma || forms.analyse(ing[1]!).candidates.length > 0) && keyOf(ing[1]!) === ing[1]) return ing[1]!;
  return found;
});
const keyOf = (word: string): string => {
  const found = forms.wordForm(word);
  // An adjective of the dictionary (X, the comparative) spelt like the neuter of a noun (an entry
  // with a definite -en or -et, A or B, and no X) is not its form (sint is not sinn's, kulørt not
  // kulør's, opplagt not opplag's): it keys as itself — unless the noun is also a verb or a verb's
  // stem (a participle: stolt is also stole's).
  if (found !== word && neuterOf(found) === word && forms.entries(word).some((entry) => entry.lemma && entry.flags.includes('X')) && forms.entries(found).some((entry) => entry.lemma && !entry.flags.includes('X') && (entry.flags.includes('A') || entry.flags.includes('B'))) && !isVerb(found) && !isVerb(`${found}e`)) return word;
  // The word itself too (tjent, whose key is the stem tjen), unless the irregular table gave the key (sagt: si).
  return (forms.analyse(word).key === found || (!table().has(word) && found === word.slice(0, -1) && !isAdjective(found)) ? participleKey(word) : null) ?? (keysAsItself(found) ? null : participleKey(found)) ?? found;
};

/**
 * Strong forms that are also another common word (sang song, bar, løp run, for), or forms of a
 * short verb whose lemma as a table lemma would draw look-alikes (be: bad, bedt; la: lot, latt;
 * le: lo; så: sår, sådd), and strong forms the tables miss: "form… infinitive". They key as the
 * dictionary has them and read as the verb too (Language.otherForms), so a keyword synge finds
 * sang while sang finds no synger.
 */
const VERB_READINGS = `
sang synge
bar bære
løp løpe
steg stige
for fare
slapp slippe
skred skride
led ledd lidd lide
vred vri
het hete
bad ba bedt be
lot latt la
lo le
sår sådd så
stank stunket stinke
kledde kledd kle
snøt snytt snyte
`;
/** Umlaut plurals (the grammars' closed list, IRREGULAR above) the dictionary reads as a verb's present alone (ende's ender, klø's klør): "form… noun". */
const UMLAUT_READINGS = `
ender endene and
klør klørne klo
render rendene rand
`;
let tableReadings: Map<string, string> | null = null;
/**
 * Flags of a reading by inflection: the nouns' definite and plural forms (M: umlaut plurals too),
 * the verbs' present -er and -r (E, L: ror, ro's), pasts and participles (M, O -te, T -et:
 * blåst the wind and blåse's participle, bakt, snekret). The imperative R counts only for a verb
 * of the dictionary and a word that is no common noun of its own (gjem, svøm; not ball, kinn).
 */
// (Not the genitives D, F, H: a genitive of a look-alike stem reads as junk, revers: rev, kalas: kal.)
const INFLECTION_READINGS = ['A', 'B', 'C', 'E', 'G', 'L', 'M', 'O', 'T'];
/**
 * A homograph's other readings (Language.otherForms):
 * - for a word that is no entry of its own, the lemmas dictionary-nb reads it as that key as
 *   themselves (øya: øy's definite and the -a noun's; renta, renten: rente's beside the verb's past);
 * - the lemmas it reads the word as by a noun's definite or plural ending or a verb's present
 *   (filer: file's present and fil's plural; tjener: the noun and tjene's present), when the
 *   lemma is one of the dictionary's own (the compound mark z, or keyed as itself: not a bare stem
 *   or a plural listed as an entry, so snekre is no snekker's, lure no luer's);
 * - a verb's, for a form it shares with the noun its imperative is spelt like (kanter: kant's
 *   plural and kante's present; huset: hus's and huse's past), the noun being the key;
 * - an adjective whose -e or neuter form the word is, where the word is also a verb or a noun
 *   (sikre, døve, slanke; rent, enkelt);
 * - the verb of VERB_READINGS, the noun of UMLAUT_READINGS.
 */
const otherForms = cached((word: string): readonly string[] => {
  if (!PLAIN_WORD.test(word) || nb.functionWords.has(word)) return [];
  const key = nb.wordForm(word);
  const out = new Set<string>();
  if (!forms.entries(word).some((entry) => entry.lemma)) {
    const own = (lemma: string): string => (nb.wordForm(lemma) === lemma ? lemma : '');
    for (const other of readingKeys(forms, word, key, own)) if (other !== '') out.add(other);
  }
  const ownNoun = commonNoun(word) || feminineNoun(word) || HOMOGRAPH_PASTS.has(word);
  const nounLike = nounLikeAdjective(word);
  const verbItself = isVerb(word);
  for (const reading of forms.readings(word)) {
    const imperative = reading.flags.includes('R') && !ownNoun && !adjectiveStem(word) && isVerb(reading.lemma);
    // A verb of its own that is another verb's -de or -dde past (veide: to hunt, and veie's past).
    const past = verbItself && reading.flags.some((flag) => flag === 'Q' || flag === 'P') && isVerb(reading.lemma);
    // (A lemma of the irregular tables is no vowel verb's present: bror is no bro's.)
    if (reading.own || !reading.plain || (reading.flags.includes('L') && tableLemmas().has(word)) || !(imperative || past || reading.flags.some((flag) => INFLECTION_READINGS.includes(flag)))) continue;
    // An adjective spelt like a noun's definite form reads as the adjective alone (sulten, hungry, is no sult's).
    if (nounLike && reading.flags.every((flag) => flag === 'A' || flag === 'B')) continue;
    // A's -n on a verb makes its action noun (hilse: hilsen), no form of it.
    if (reading.flags.every((flag) => flag === 'A') && isVerb(reading.lemma)) continue;
    // A lemma of the dictionary's own (the compound mark z, or its own key), not a bare stem (legg, vekk, dyn).
    // (A two-letter lemma by its plural or its present only: øyer, øy's, bor, bo's; hete is no he's.)
    if ((reading.lemma.length < 3 && word !== `${reading.lemma}er` && !(reading.flags.includes('L') && word === `${reading.lemma}r`)) || !forms.entries(reading.lemma).some((entry) => entry.lemma) || !(markedLemma(reading.lemma) || nb.wordForm(reading.lemma) === reading.lemma)) continue;
    // E's -er → -re (vinter: vintre) is no form of an -er noun the word is a verb beside (blomstre: blomster).
    if (reading.lemma.endsWith('er') && word.endsWith('re') && word.length <= reading.lemma.length) continue;
    out.add(nb.wordForm(reading.lemma));
  }
  // A form the verb shares with the noun its imperative is spelt like (baller, ballet, huset:
  // ball's and hus's, and balle's, huse's present and past), keyed as the noun: the verb's too.
  // Not a genitive (bordets is bordet's alone).
  if (imperativeNoun(key) && !nounStem(word) && !word.endsWith('s')) {
    for (const reading of forms.readings(word)) {
      if (!reading.own && reading.lemma !== key && reading.lemma.startsWith(key) && reading.flags.some((flag) => VERB_FORM_FLAGS.includes(flag)) && isVerb(reading.lemma)) out.add(nb.wordForm(reading.lemma));
    }
  }
  // A form of such a verb that is keyed as the verb and spelt like the noun's definite -et or plural -er,
  // which the dictionary leaves out (egget: egge's past, and egg's definite): the noun's too.
  const noun = /^(.+)e(?:t|r)$/.exec(word)?.[1];
  if (noun !== undefined && key === `${noun}e` && imperativeVerb(key) && imperativeNoun(noun)) out.add(nb.wordForm(noun));
  for (const verb of unlistedPastOf(word)) out.add(nb.wordForm(verb));
  // (An infinitive of the strong verbs' table is no -e form of an adjective that is also a noun:
  // gjelde is no gjeld's, debt and the rare adjective; tørre stays tørr's.)
  const adjective = adjectiveReading(word, (base) => !tableLemmas().has(word) || !lemmaWith(base, ['A', 'B']));
  if (adjective !== null) out.add(nb.wordForm(adjective));
  const verb = (tableReadings ??= formTable(VERB_READINGS + UMLAUT_READINGS, fold)).get(word);
  if (verb !== undefined) out.add(nb.wordForm(verb));
  out.delete(key);
  return [...out].sort();
});
/**
 * The verbs whose -te past or -t participle the word is spelt like, of the verbs the dictionary
 * gives no past at all (no T, O, P, Q, M: spille, klemme): the regular weak -te class, a double
 * consonant written single before t (spilte, spilt: spille; klemte: klemme).
 */
const ANY_PAST = [...WEAK_PAST, 'M'];
function unlistedPastOf(word: string): string[] {
  const ending = word.endsWith('te') ? 'te' : word.endsWith('t') ? 't' : null;
  if (ending === null) return [];
  const stem = word.slice(0, -ending.length);
  if (stem.length < 2 || !/[^aeiouyæøå]$/.test(stem)) return [];
  return [...new Set([`${stem}e`, `${stem}${stem.slice(-1)}e`])].filter((verb) => verb !== word && isVerb(verb) && !lemmaWith(verb, ANY_PAST));
}
/** The adjective whose neuter or -e form the word is (adjectiveKey's shapes), whatever else the word is. */
function adjectiveReading(word: string, allowed: (base: string) => boolean = () => true): string | null {
  // A word that is an adjective itself (X) reads only as an adjective with X (enkelt: enkel), not a
  // noun's look-alike the dictionary gives the neuter -t (sint is no sinn's); so does a noun the
  // dictionary marks as a lemma (gode: god's; havre is no haver's). An adjective by its
  // comparative X or its abstract noun in -het, w (tom, tomhet).
  const comparative = (base: string): boolean => forms.entries(base).some((entry) => entry.lemma && (entry.flags.includes('X') || (entry.allFlags ?? []).includes('w')));
  const adjectiveItself = comparative(word) || commonNoun(word);
  // The consonant doubled before -e only after m (dum dumme, tom tomme; klokke is no klok's).
  // The first whose key is not the word's own (svimle: svimmel, not the bare stem sviml it keys as).
  const key = nb.wordForm(word);
  return adjectiveBases(word, false, (base) => (!adjectiveItself || comparative(base)) && allowed(base)).find((base) => nb.wordForm(base) !== key) ?? null;
}
/**
 * The adjective whose neuter (-t, -tt, a double consonant undoubled) or -e form (a double
 * consonant, the syncope of -el/-er/-en) the word is: the first shape that gives an adjective
 * (smalt: smal before small), a lemma of the mark z first (grønt: grønn, not the bare stem grøn).
 * `anyDouble`: a doubled consonant before -e after any stem, else after m only.
 */
function adjectiveBase(word: string, anyDouble: boolean, fitsToo: (base: string) => boolean = () => true): string | null {
  return adjectiveBases(word, anyDouble, fitsToo)[0] ?? null;
}
/** adjectiveBase's candidates in order: a lemma of the mark z first. */
function adjectiveBases(word: string, anyDouble: boolean, fitsToo: (base: string) => boolean): string[] {
  const bases = new Set<string>();
  if (word.endsWith('t')) {
    bases.add(word.slice(0, -1));
    if (word.endsWith('tt')) bases.add(word.slice(0, -2));
    else if (/[^aeiouyæøåt]t$/.test(word)) bases.add(word.slice(0, -1) + word.at(-2)!);
  } else if (word.endsWith('e')) {
    bases.add(word.slice(0, -1));
    if (anyDouble ? word.at(-2) === word.at(-3) : word.endsWith('mme')) bases.add(word.slice(0, -2));
    const m = /^(.*)([^aeiouyæøå])([lrn])e$/.exec(word);
    if (m !== null) bases.add(`${m[1]}${m[2]}e${m[3]}`).add(`${m[1]}${m[2]}${m[2]}e${m[3]}`);
  }
  const fits = [...bases].filter((base) => base.length >= 2 && isAdjective(base) && fitsToo(base) && (word.endsWith('t') ? neuterOf(base) === word : plainOf(base).includes(word)));
  const marked = fits.filter(markedLemma);
  return [...marked, ...fits.filter((base) => !marked.includes(base))];
}
export const nbForms = forms;
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));

export const nb: Language = {
  code: 'nb',
  name: 'Norwegian Bokmål',
  iso6393: 'nob',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('f.eks bl.a dvs ca nr s.k pga jf', 'osv m.m etc'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  otherForms,
  // kom (came) is komme's, a content verb's, past.
  functionWords: naturalStopwords('stopwords_no', '', 'kom'),
  functionLemmas: wordSet('være ha bli kunne skulle ville'),
  syllables: cached(vowelGroups('aeiouyæøå')),
  readability: lix(),
  formsNote: 'Hunspell dictionary (dictionary-nb): inflections only, derivation flags and prefixes excluded; irregular verbs listed',
};
