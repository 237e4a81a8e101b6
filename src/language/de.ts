/** German: Hunspell dictionary (dictionary-de) word forms, Amstad (1978) readability; ä ö ü are kept (schon ≠ schön). */
import { cached, fleschType, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, type DictionaryEntry, type Reading } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language, SpellingContext } from './types.js';

const KEEP = 'äöü';
// Uncached: the dictionary's ~60,000–85,000 words must not fill the documents' word cache.
const normalize = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-de (igerman98) affix flags that make derivations (lemmas of their own, never
 * keyed by their base): F -in/-innen (Lehrerin), L -lich, M -chen (diminutive), J -ung,
 * B -bar, U un-, V ver-. Ignored: g, i, j, k, e, m build compound parts (Fugen, hyphenated
 * first parts). Left: plural and case endings (E, N,
 * P, R, S, T, p umlaut plurals, q/Q), adjective endings and comparison (A, C), verb endings
 * (I, X, Y, Z, W, O), D present participle (lachend), f ph → f spellings.
 */
const DERIVATIONS = ['F', 'L', 'M', 'J', 'B', 'U', 'V'];
/** igerman98's NOSUGGEST flag: words it never suggests, rare ones among them (Wart, the attendant). */
const NOSUGGEST = 'n';
const COMPOUND_PARTS = ['g', 'i', 'j', 'k', 'e', 'm'];

/**
 * Strong, mixed and irregular verbs: the dictionary lists their changed stems as words of
 * their own (spricht/VX, sprach/VZ, gesprochen/A: its flags then give sprichst, sprachen,
 * gesprochene…), so the stems are mapped here, as "form… infinitive" lines.
 */
const IRREGULAR = `
bin bist ist sind seid war warst waren wart gewesen wäre wären sein
habe hast hat hatte hatten gehabt hätte hätten haben
werde wirst wird wurde wurden geworden würde würden werden
kann kannst konnte konnten gekonnt könnte könnten können
muss musst musste mussten gemusst müsste müssten müssen
will willst wollte wollten gewollt wollen
darf darfst durfte durften gedurft dürfen
soll sollst sollte sollten gesollt sollen
mag magst mochte mochten gemocht möchte möchten mögen
weiß weißt wusste wussten gewusst wissen
denke dachte dachten gedacht denken
bringe brachte brachten gebracht bringen
kenne kannte kannten gekannt kennen
nenne nannte nannten genannt nennen
ging gingen gegangen gehen
stand standen gestanden stehen
kam kamen gekommen kommen
sah sahen gesehen sieht siehst sehen
gab gaben gegeben gibt gibst geben
nahm nahmen genommen nimmt nimmst nehmen
fand fanden gefunden finden
blieb blieben geblieben bleiben
schrieb schrieben geschrieben schreiben
las lasen gelesen liest liest lesen
aß aßen gegessen isst essen
fuhr fuhren gefahren fährt fährst fahren
trug trugen getragen trägt trägst tragen
sprach sprachen gesprochen spricht sprichst sprechen
half halfen geholfen hilft hilfst helfen
trank tranken getrunken trinken
lief liefen gelaufen läuft läufst laufen
schlief schliefen geschlafen schläft schläfst schlafen
hielt hielten gehalten hält hältst halten
fiel fielen gefallen fällt fällst fallen
ließ ließen gelassen lässt lassen
traf trafen getroffen trifft triffst treffen
starb starben gestorben stirbt stirbst sterben
warf warfen geworfen wirft wirfst werfen
vergaß vergaßen vergessen vergisst vergessen
schlug schlugen geschlagen schlägt schlagen
wusch wuschen gewaschen wäscht waschen
begann begannen begonnen beginnen
gewann gewannen gewonnen gewinnen
schwamm schwammen geschwommen schwimmen
sang sangen gesungen singen
sprang sprangen gesprungen springen
zog zogen gezogen ziehen
flog flogen geflogen fliegen
bot boten geboten bieten
verlor verloren verloren verlieren
lag lagen gelegen liegen
saß saßen gesessen sitzen
rief riefen gerufen rufen
hieß hießen geheißen heißen
schien schienen geschienen scheinen
stieg stiegen gestiegen steigen
schnitt schnitten geschnitten schneiden
litt litten gelitten leiden
griff griffen gegriffen greifen
wuchs wuchsen gewachsen wächst wachsen
tat taten getan tut tun
`;

/** Irregular adjective stems (forms… base): hoch is hoh- before an ending (hohe/A is an entry of its own). */
const IRREGULAR_ADJECTIVES = `
hohe hohen hoher hohes hohem hoch
`;

/** Separable particles that stand before the ge- of a participle (aufgemacht). */
const PARTICLES = ['', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurück', 'zusammen'];
const VERB_FLAGS = new Set(['I', 'X', 'Y', 'Z', 'W']);
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * What the dictionary lists without a link (German's fallback, for a word that is its own
 * key otherwise):
 * - a weak participle ge…t / ge…et (with a separable particle before ge-: aufgemacht) or a
 *   strong one ge…en whose infinitive is a verb of the dictionary: gemacht → machen,
 *   gearbeitet → arbeiten, geschlafen → schlafen, aufgemacht → aufmachen;
 * - a noun plural with umlaut, -e/-er or none (Krämpfe → Krampf, Männer → Mann, Mütter →
 *   Mutter), when the word is a capitalised entry with the plural's N flag and the singular
 *   a capitalised noun of the dictionary. A word without an ending keeps its umlaut unless
 *   the singular ends in -el/-en/-er (Bär ≠ Bar).
 */
function germanFallback(norm: string, lookup: (norm: string) => readonly DictionaryEntry[]): string[] {
  // Strong verbs first: gebeten is bitten's (ablaut) before it is the weak beten's.
  const out: string[] = strongStems(norm, lookup);
  const isVerb = (n: string) => lookup(n).some((entry) => entry.lemma && entry.flags.some((flag) => VERB_FLAGS.has(flag)));
  // An infinitive of the dictionary is no participle (gehören is not ge- + hören).
  const infinitive = lookup(norm).some((entry) => entry.lemma && entry.flags.some((flag) => INFINITIVE_FLAGS.includes(flag)));
  for (const particle of infinitive ? [] : PARTICLES) {
    if (!norm.startsWith(particle + 'ge') || norm.length < particle.length + 5) continue;
    const rest = norm.slice(particle.length + 2);
    const stems: string[] = [];
    if (rest.endsWith('et')) stems.push(rest.slice(0, -2) + 'en');
    if (rest.endsWith('t')) stems.push(rest.slice(0, -1) + 'en', rest.slice(0, -1) + 'n');
    if (rest.endsWith('en')) stems.push(rest);
    for (const stem of stems) if (isVerb(particle + stem)) out.push(particle + stem);
  }
  // Listed plurals carry N (dative plural -n: Krämpfe/N → Krämpfen); a nominalised
  // infinitive (Drücken/SJ) does not.
  if (lookup(norm).some((entry) => /^\p{Lu}/u.test(entry.word) && entry.flags.includes('N'))) {
    const isNounLemma = (n: string) => lookup(n).some((entry) => entry.lemma && /^\p{Lu}/u.test(entry.word));
    out.push(...umlautSingulars(norm, isNounLemma));
  }
  return out;
}

/**
 * Ablaut (strong verbs, a general rule, not a word list): the dictionary lists a strong verb's
 * changed stems as entries of their own (sank/Z, bricht/X, gesunken/A) with no link to the
 * infinitive. The vowel of a form's stem is replaced by the infinitive vowels the German
 * ablaut series allow for it (the key: a vowel of the past, participle or 2nd/3rd person
 * singular → the infinitive's: sank → sinken, fror → frieren, grub → graben, bricht → brechen,
 * gräbt → graben, stiehlt → stehlen), with the stem's final consonant as it is, undoubled,
 * doubled or ss → ß (ritten → reiten, bat → bitten, goss → gießen), and the candidate counts
 * only when it is a strong verb of the dictionary (a verb entry without the weak past flag Y:
 * gebeten is bitten's, not beten's). Which forms are tried: a past stem (an entry with the
 * past flag Z, or -te of a mixed verb: rannte → rennen), a present with X/W ending in -t, a
 * ge-…-en / ge-…-t participle (after a separable particle too), a past plural -en. A word that
 * is also a capitalised noun entry (Schloss, Fraß, Stahl) keeps the noun: folded to lower case
 * the two cannot be told apart, and the noun is the likelier keyword.
 */
type Series = Record<string, readonly string[]>;
const ABLAUT: Series = {
  i: ['ei', 'e', 'ie', 'i'],
  ie: ['ei', 'a', 'u', 'au', 'e', 'ie', 'o'],
  a: ['i', 'e', 'ie', 'a'],
  o: ['ü', 'ö', 'ie', 'e', 'i', 'au', 'o'],
  u: ['i', 'a', 'u'],
  ä: ['a', 'au'],
  e: ['i', 'e'],
  ü: ['ü'],
  ö: ['ö', 'o'],
};
/** Verbs that are strong and weak too (Y): schmelzen schmolz, melken molk, quellen quillt, scheren
 *  schor, saugen sog, wiegen wog, schleifen schliff, schaffen schuf, backen buk, hauen hieb,
 *  erschrecken erschrak; tried from listed strong stems (and participles, below) when no
 *  strictly strong verb fits. */
const WEAK_TOO: Series = { o: ['e', 'au', 'ie', 'i', 'ö'], u: ['a'], a: ['e'], ä: ['a'], i: ['ei', 'e'], ie: ['au'] };
/** Their participles: o (geschmolzen, gemolken, gesogen, erloschen), i (geschliffen, gewichen),
 *  u (geschunden, gewunken); an a participle is left to the weak rule (gebacken, geschaffen). */
const WEAK_TOO_PARTICIPLE: Series = { o: ['e', 'au', 'ie', 'i', 'ö'], i: ['ei'], u: ['i'] };
/** Last, from listed strong stems: i → a (fing, fingen → fangen; empfing), tried after the others
 *  because most i pasts come from ei (schliff: schleifen, not schlafen). */
const RARE: Series = { i: ['a'] };
const LAST_VOWEL = /(ie|ei|au|äu|eu|[aeiouäöü])([^aeiouäöü]*)$/;
const STRONG_PAST = 'Z';
const PRESENT_FLAGS = ['X', 'W'];
const INFINITIVE_FLAGS = ['I', 'D'];
/** Mixed verbs (rennen rannte gerannt, kennen, nennen, brennen, senden, wenden): -te pasts and
 *  -t participles change a to e only. */
const MIXED: Series = { a: ['e'] };

function strongStems(norm: string, lookup: (norm: string) => readonly DictionaryEntry[]): string[] {
  const own = lookup(norm);
  // An infinitive (flags I or D) is a verb of its own; a capitalised noun keeps its reading
  // unless a lower-case entry of the same spelling is a strong past (biss/Z beside Biss, band/Z
  // beside Band: the capital tells the noun apart where the text is read, see spelling below).
  if (own.some((entry) => entry.lemma && entry.flags.some((flag) => INFINITIVE_FLAGS.includes(flag)))) return [];
  const lower = own.filter((entry) => /^\p{Ll}/u.test(entry.word));
  const past = lower.some((entry) => entry.lemma && entry.flags.includes(STRONG_PAST));
  if (!past && own.some((entry) => /^\p{Lu}/u.test(entry.word))) return [];
  // A verb of the dictionary; `weakToo`: also one with a weak past (Y: schmelzen schmolz and
  // schmelzte, melken molk and melkte), tried only when no strictly strong verb fits.
  const verbEntry = (n: string, weakToo: boolean) => {
    const entries = lookup(n);
    return entries.some((entry) => entry.lemma && entry.flags.some((flag) => VERB_FLAGS.has(flag))) && (weakToo || !entries.some((entry) => entry.flags.includes('Y')));
  };
  // [stem, mixed, listed]: `listed` when the dictionary lists the form as a strong stem (a past
  // with Z, a present with X/W, a participle), which may then also be a verb that is weak too.
  const stems: [string, boolean, boolean][] = [];
  if (past) stems.push([norm, false, true]);
  if (norm.endsWith('te') && lower.length > 0) stems.push([norm.slice(0, -2), true, false]);
  const present = lower.some((entry) => entry.flags.some((flag) => PRESENT_FLAGS.includes(flag)));
  if (norm.endsWith('t') && present) stems.push([norm.slice(0, -1), false, true]);
  // A 3rd person with umlaut listed bare (bläst, stößt/V: no inflection flags of its own).
  else if (norm.endsWith('t') && /[äö]/.test(norm) && lower.some((entry) => entry.lemma && entry.flags.every((flag) => DERIVATIONS.includes(flag)))) stems.push([norm.slice(0, -1), false, true]);
  // The 2nd person listed apart (giltst, trittst, brätst, flichtst: their X/W flags give gilt, tritt, brät, flicht).
  if (norm.endsWith('st') && present) stems.push([norm.slice(0, -2), false, true]);
  // A past plural or participle without ge- (verglichen, ritten), also when unknown.
  if (norm.endsWith('en') && norm.length > 5) stems.push([norm.slice(0, -2), false, false]);
  const out: string[] = [];
  const tryStem = (prefix: string, stem: string, series: Series, weakToo: boolean, mixed: boolean) => {
    const m = LAST_VOWEL.exec(stem);
    if (m === null) return;
    const head = stem.slice(0, m.index);
    const tail = m[2]!;
    // ß after a long vowel is ss after the infinitive's short one (fraß → fressen, maß → messen).
    const tails = new Set([tail, tail.replace(/ss$/, 'ß'), tail.replace(/([^aeiouäöü])\1$/, '$1'), tail.replace(/([bdfgklmnprt])$/, '$1$1')]);
    if (!mixed) tails.add(tail.replace(/ß$/, 'ss'));
    for (const vowel of series[m[1]!] ?? []) {
      for (const t of tails) {
        // -en, or -n after an unstressed -el/-er (wandern; frieren is tried with -en first).
        for (const ending of ['en', 'n']) {
          const candidate = prefix + head + vowel + t + ending;
          if (candidate === norm || !verbEntry(candidate, weakToo)) continue;
          // An umlaut for the stem's vowel (o → ö, u → ü) is also the past subjunctive, which the
          // dictionary lists like an infinitive (röchen/XI, genössen/XI): the infinitive has D.
          if (UMLAUT[vowel] === m[1] && !lookup(candidate).some((entry) => entry.flags.includes('D'))) continue;
          out.push(candidate);
        }
      }
    }
  };
  const participles = (each: (particle: string, rest: string) => void) => {
    for (const particle of PARTICLES) {
      if (norm.startsWith(particle + 'ge') && norm.length >= particle.length + 5) each(particle, norm.slice(particle.length + 2));
    }
  };
  // Strictly strong verbs: participles first (geritten is reiten's, not the verb geraten's), then the other stems.
  participles((particle, rest) => {
    if (rest.endsWith('en')) tryStem(particle, rest.slice(0, -2), ABLAUT, false, false);
    else if (rest.endsWith('t')) tryStem(particle, rest.slice(0, -1), MIXED, false, true);
  });
  for (const [stem, mixed] of stems) tryStem('', stem, mixed ? MIXED : ABLAUT, false, mixed);
  if (out.length > 0) return out;
  // Then verbs that are weak too, from listed strong stems and participles (geschmolzen, gemolken, gesogen).
  participles((particle, rest) => {
    if (rest.endsWith('en')) tryStem(particle, rest.slice(0, -2), WEAK_TOO_PARTICIPLE, true, false);
  });
  for (const [stem, mixed, listed] of stems) if (listed && !mixed) tryStem('', stem, WEAK_TOO, true, false);
  if (out.length > 0) return out;
  for (const [stem, mixed, listed] of stems) if (listed && !mixed) tryStem('', stem, RARE, false, false);
  return out;
}

export const deForms = hunspellForms({
  package: 'dictionary-de',
  normalize,
  derivationFlags: DERIVATIONS,
  ignoreFlags: COMPOUND_PARTS,
  exceptions: () => new Map([...formTable(IRREGULAR, normalize), ...formTable(IRREGULAR_ADJECTIVES, normalize)]),
  fallback: germanFallback,
  markFlags: [NOSUGGEST],
});

/**
 * Word forms that see the capitals (Language.spelling). German writes nouns with a capital, and
 * many noun forms are also verb forms once lower-cased: Schmerzen (Schmerz's plural) and
 * schmerzen, Fragen and fragen, Zahlen and zahlen, Arm and arm. A capitalised word (and a word
 * whose case says nothing: a sentence start, a typed keyword, which users write in lower case)
 * takes the noun reading when the dictionary has one; a lower-case word in running text the verb
 * or adjective reading. A typed word that is a verb or adjective entry itself is not read as its
 * nominalised twin (keyword "dehnen" is the verb; "schmerzen" is still Schmerz's plural). Noun keys are written with their capital (Schmerz), so the noun Arm and
 * the adjective arm stay apart.
 */
const NOUN = 'N';
const CAPITAL = /^\p{Lu}/u;

const TYPED = 'T';

function spelling(written: string, _norm: string, where: SpellingContext): string {
  // A capital says noun (at a sentence start it says nothing, and the noun is read first); a
  // lower-case word is lower case anywhere but in what users type, which is in lower case.
  return CAPITAL.test(written) ? NOUN : where === 'typed' ? TYPED : '';
}

/**
 * Verb prefixes: separable particles (a main clause splits them off, "er steht auf"; a
 * subordinate clause and the participle join them, "als er aufstand", "aufgestanden") and the
 * inseparable prefixes (verspricht, versteckt, zerstört). The dictionary lists many such forms as
 * words of their own (aufstand/Z, versteckt/AC, zerstört/AU) or derives them by its ver- flag from
 * the simple verb's listed stem (verspricht from spricht), so they key to themselves.
 */
const SEPARABLE = [
  ...PARTICLES.filter((particle) => particle !== ''), 'um', 'fern', 'heim', 'dar', 'fort', 'weiter', 'wieder', 'vorbei', 'herein', 'heraus', 'hinaus', 'hinein', 'entgegen', 'durch', 'über', 'unter',
  // The grammars' other separable particles (Duden, Grammatik §§ on Partikelverben): hochladen, teilnehmen, herunterladen.
  'hoch', 'nieder', 'empor', 'frei', 'teil', 'statt', 'entlang', 'zurecht', 'voran', 'voraus', 'vorüber', 'hervor', 'heran', 'herab', 'herauf', 'herüber', 'herum', 'herunter', 'hinab', 'hinauf', 'hinüber', 'hinunter', 'umher', 'auseinander', 'gegenüber',
];
const INSEPARABLE = ['be', 'emp', 'ent', 'er', 'ge', 'miss', 'ver', 'zer'];
const PREFIXES = [...SEPARABLE, ...INSEPARABLE].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** The endings of a simple verb's inflected forms (machte, steckt, kommen): a rest without one is analysed only when listed (stand, kam). */
const VERB_ENDING = /(?:e|en|t|te|ten|tet|st|est)$/;

/** A verb of the dictionary: an infinitive entry, or one its ver- flag derives from an infinitive entry (versprechen). */
function verbWord(norm: string): boolean {
  if (deForms.entries(norm).some((entry) => entry.lemma && entry.flags.includes('I'))) return true;
  return norm.startsWith('ver') && readings(norm).some((r) => !r.own && r.lemma === norm && r.flags.includes('V')) && verbWord(norm.slice(3));
}

/**
 * A word the dictionary explains as no verb's form, read as a prefix + a form of a simple verb
 * whose prefixed infinitive is a verb of the dictionary: aufstand → auf + stand (stehen) →
 * aufstehen; zumachte, fernsah, mitgebracht; verspricht → versprechen, versteckt → verstecken.
 * The simple verb's form must be an inflected one, not its bare stem (bereit is not be- + reit,
 * the imperative of reiten).
 */
function prefixedVerb(key: string): string | null {
  if (verbWord(key)) return null;
  // An adjective entry (versteckt/AC, zerstört/AU, aufgestanden/A) can only be a participle: a
  // separable one (auf + gestanden), the simple verb's stem + -t/-et, or its strong participle
  // without ge- (verboten: geboten); begabt is not be- + gabt.
  const adjective = deForms.entries(key).some((entry) => entry.lemma && entry.flags.includes('A'));
  for (const prefix of PREFIXES) {
    if (!key.startsWith(prefix) || key.length - prefix.length < 3) continue;
    const rest = key.slice(prefix.length);
    // A listed form (stand, kam) or one with a verb ending (machte, steckt); others are not analysed.
    if (!VERB_ENDING.test(rest) && deForms.entries(rest).length === 0) continue;
    const simple = deForms.wordForm(rest);
    const stem = simple.replace(/e?n$/, '');
    if (simple === rest || rest === stem || !(verbWord(simple) || verbLemmas().has(simple))) continue;
    const participle = rest.startsWith('ge') || rest === stem + 't' || rest === stem + 'et' || (rest.endsWith('en') && deForms.wordForm('ge' + rest) === simple);
    if (adjective && !participle) continue;
    if (verbWord(prefix + simple)) return prefix + simple;
  }
  return null;
}

/**
 * An adjective entry that is the participle of an inseparable verb of the dictionary with no
 * simple verb under it (entfernt/AC: entfernen; begeistert/AC: begeistern; vermietet): the verb,
 * as for any other participle. The dictionary lists these as adjectives with comparison
 * (weit entfernt, entfernter) and so keys them apart from their verb.
 */
function inseparableParticiple(key: string): string | null {
  if (!key.endsWith('t') || verbWord(key) || !INSEPARABLE.some((prefix) => key.startsWith(prefix) && key.length - prefix.length >= 4)) return null;
  if (!deForms.entries(key).some((entry) => entry.lemma && !CAPITAL.test(entry.word) && entry.flags.includes('A'))) return null;
  const stem = key.slice(0, -1);
  // A d/t stem's participle ends in -et (versandet); versandt is versenden's, beredt an adjective.
  if (/[dt]$/.test(stem)) return null;
  const infinitives = [stem + 'en', ...(stem.endsWith('e') ? [stem.slice(0, -1) + 'en'] : []), ...(/(?:el|er)$/.test(stem) ? [stem + 'n'] : [])];
  return infinitives.find(verbWord) ?? null;
}

/**
 * A lower-case word the dictionary does not know at all, read as a form of an -eln/-ern verb it
 * does not know either (raspeln, googeln, twittern: raspelt, raspelte, geraspelt, rasple): the
 * infinitive. These verbs are weak and regular, and new ones are coined all the time.
 */
const UNKNOWN_EL_ER_VERB = /^(?:ge(\p{Ll}{2,}?e[lr])t|(\p{Ll}{2,}?e[lr])(?:n|t|te|ten|tet|test|st))$/u;
const UNKNOWN_EL_ER_FIRST = /^(\p{Ll}{2,}?)([lr])e$/u;
function unknownElErVerb(norm: string): string | null {
  const m = UNKNOWN_EL_ER_VERB.exec(norm);
  if (m !== null) return (m[1] ?? m[2]!) + 'n';
  const first = UNKNOWN_EL_ER_FIRST.exec(norm);
  if (first !== null && /[^aeiouäöü]$/.test(first[1]!)) return first[1]! + 'e' + first[2]! + 'n';
  return null;
}

const plainKey = cached((w: string) => {
  if (!PLAIN_WORD.test(w)) return w;
  const key = deForms.wordForm(w);
  return prefixedVerb(key) ?? inseparableParticiple(key) ?? key;
});
const capitalise = (lemma: string): string => lemma.charAt(0).toUpperCase() + lemma.slice(1);
const readings = cached((norm: string) => deForms.readings(norm));

/** The lemma of the fewest changes from the word, then the shorter, then code-unit order. */
function closest(norm: string, lemmas: readonly string[]): string {
  const cost = (lemma: string) => {
    let i = 0;
    while (i < norm.length && i < lemma.length && norm[i] === lemma[i]) i++;
    return norm.length - i + (lemma.length - i);
  };
  return [...lemmas].sort((a, b) => cost(a) - cost(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/** igerman98's noun endings (-e, -n, -en, -es, -er/-ern, -se/-sen, umlaut plurals): an entry
 *  without any is no noun paradigm of its own (S, the genitive -s, is also on nominalised
 *  infinitives: Tagen/S, Herzen/SW). */
const NOUN_FLAGS = new Set(['E', 'N', 'P', 'T', 'R', 'q', 'Q', 'p']);

/** A noun of the dictionary: an own entry spelled with a capital. */
const isNoun = (norm: string): boolean => readings(norm).some((r) => r.own && CAPITAL.test(r.entry));

/** A plural the dictionary lists apart, with umlaut (Krämpfe, Gründe, Gärten, Mütter): the
 *  singular, when undoing the last umlaut with -er, -e or no ending gives a noun (no ending only
 *  for singulars in -el, -en, -er: Bär ≠ Bar). */
function umlautSingular(norm: string): string | null {
  for (const singular of umlautSingulars(norm, isNoun)) return singular;
  return null;
}

/** The singulars undoing the stem's last umlaut gives (with -er, -e or no ending) that are nouns, in that order. */
function* umlautSingulars(norm: string, isNounWord: (norm: string) => boolean): Generator<string> {
  for (const ending of ['er', 'e', '']) {
    if (!norm.endsWith(ending)) continue;
    const stem = norm.slice(0, norm.length - ending.length);
    const at = Math.max(stem.lastIndexOf('ä'), stem.lastIndexOf('ö'), stem.lastIndexOf('ü'));
    if (at === -1) continue;
    const singular = stem.slice(0, at) + UMLAUT[stem[at]!]! + stem.slice(at + 1);
    if (ending === '' && !/(?:el|en|er)$/.test(singular)) continue;
    if (isNounWord(singular)) yield singular;
  }
}

/**
 * The noun reading of a word, or null: a noun lemma whose affixes make the word (Schmerzen →
 * Schmerz), before the word's own entry when that entry has no noun ending (Tagen/S, Stunden/S,
 * Herzen/SW: nominalised infinitives the dictionary lists); the word's own noun entry; a plural
 * listed apart keyed to its singular (Gründe → Grund, and its dative Gründen, Söhnen → Söhne →
 * Sohn).
 */
function nounLemma(norm: string, typed: boolean, depth = 0): string | null {
  const latin = latinSingular(norm);
  if (latin !== null) return latin;
  const nouns = readings(norm).filter((r) => r.plain && CAPITAL.test(r.entry) && !oldDative(norm, r));
  const affixedAll = nouns.filter((r) => !r.own).map((r) => r.lemma);
  // A typed word that is a verb or adjective entry of its own is not read as its nominalised
  // twin (keyword "dehnen": the verb, not das Dehnen; "schmerzen" still reads as Schmerz's plural).
  // A strong past spelt like a noun (schloss/Z, band/Z, biss/Z) is no such twin: typed, the noun is the likelier keyword.
  const twin = typed && readings(norm).some((r) => r.own && !CAPITAL.test(r.entry) && !r.flags.includes(STRONG_PAST));
  const own = twin ? [] : nouns.filter((r) => r.own);
  // Nor, then, as a rare noun's form (keyword "warten": the verb, not the plural of Wart/n, a
  // word the dictionary never suggests); "schmerzen" stays Schmerz's.
  const rare = (lemma: string) => deForms.entries(lemma).some((entry) => CAPITAL.test(entry.word) && entry.marks?.includes(NOSUGGEST));
  const affixed = twin ? affixedAll.filter((lemma) => !rare(lemma)) : affixedAll;
  const inflects = own.some((r) => r.flags.some((flag) => NOUN_FLAGS.has(flag)));
  if (own.length > 0 && !inflects && depth === 0 && norm.endsWith('n')) {
    // A dative plural -n of a plural listed apart (Gründen → Gründe → Grund).
    const listed = norm.slice(0, -1);
    const singular = readings(listed).some((r) => r.own && CAPITAL.test(r.entry)) ? (umlautSingular(listed) ?? bareSingular(listed)) : null;
    if (singular !== null) return singular;
  }
  if (own.length > 0 && affixed.length === 0 && !inflects) {
    // Plurals the dictionary lists without a link to their singular (or only as a nominalised
    // infinitive: Schulen/S, Namen/S): the weak -n/-en (Schule, Name) and the -en of Latin,
    // Greek and Italian nouns (Themen → Thema, Zentren → Zentrum, Konten → Konto), when the
    // singular is a noun entry.
    const singular = pluralStems(norm).find(isNoun) ?? bareSingular(norm);
    if (singular !== undefined && singular !== null) return singular;
  }
  let lemma: string;
  if (affixed.length > 0 && !inflects) lemma = closest(norm, affixed);
  else if (own.length > 0) lemma = norm;
  else return null;
  if (lemma === norm) return umlautSingular(norm) ?? norm;
  if (depth === 0) return nounLemma(lemma, false, 1) ?? lemma;
  return lemma;
}

/** igerman98's plural endings (-e, -n, -en, -er/-ern, umlaut plurals, -se/-sen). */
const PLURAL_FLAGS = ['E', 'N', 'P', 'R', 'p', 'q'];

/** The -een, -äen, -ien plural of a Latin -eum, -äum, -ium noun whose entry has no plural of its own
 *  (Museen → Museum/S, Jubiläen → Jubiläum, Gymnasien → Gymnasium), before any other reading
 *  (Museen is no form of Muse, whose plural is Musen), unless it is an -e noun's -n plural. */
function latinSingular(norm: string): string | null {
  // Not the -n plural of an -e noun (Studien: Studie, Bakterien: Bakterie).
  if (!/[eäi]en$/.test(norm) || norm.length < 6 || isNoun(norm.slice(0, -1))) return null;
  const singular = norm.slice(0, -2) + 'um';
  const entries = deForms.entries(singular).filter((entry) => entry.lemma && CAPITAL.test(entry.word));
  return entries.length > 0 && entries.every((entry) => !entry.flags.some((flag) => PLURAL_FLAGS.includes(flag))) ? singular : null;
}

/** A plural in -e listed apart (Berge/m) from a singular whose entry has no plural of its own but
 *  the genitive -es of a common noun (Berg/ST; a name such as Athen/S or Hans has none): the singular. */
function bareSingular(listed: string): string | null {
  if (!listed.endsWith('e')) return null;
  const stem = listed.slice(0, -1);
  const entries = readings(stem).filter((r) => r.own && CAPITAL.test(r.entry));
  return entries.some((r) => r.flags.includes(GENITIVE_ES)) && entries.every((r) => !r.flags.some((flag) => PLURAL_FLAGS.includes(flag))) ? stem : null;
}
const GENITIVE_ES = 'T';

/** The stem of an unknown -s word when it is a noun entry with no inflection flags (Paprika/ijm: Paprikas). */
function bareNounS(norm: string): string | null {
  if (!norm.endsWith('s') || norm.length < 4) return null;
  const stem = norm.slice(0, -1);
  const entries = deForms.entries(stem).filter((entry) => entry.lemma && CAPITAL.test(entry.word));
  return entries.length > 0 && entries.every((entry) => entry.flags.length === 0) ? stem : null;
}

/**
 * The old dative -e (E) of a noun whose plural has an umlaut (dem Schranke, in Note: Schränke,
 * Nöte): no form anyone writes for a noun today but in set phrases, and the spelling of nouns
 * the dictionary lacks (Schranke, Note).
 */
function oldDative(norm: string, r: Reading): boolean {
  if (r.own || !norm.endsWith('e') || r.flags.length !== 1 || r.flags[0] !== 'E' || norm !== r.lemma + 'e') return false;
  // The stem's last vowel with umlaut (au → äu: Baum, Bäume).
  const m = /(au|a|o|u)([^aeiouäöü]*)$/.exec(r.lemma);
  if (m === null) return false;
  const umlaut = r.lemma.slice(0, m.index) + ({ au: 'äu', a: 'ä', o: 'ö', u: 'ü' } as Record<string, string>)[m[1]!]! + m[2]! + 'e';
  return readings(umlaut).some((p) => p.plain && CAPITAL.test(p.entry) && (p.own || p.lemma === r.lemma));
}

/**
 * A capitalised word in -e the dictionary does not list as a noun: its only readings are an
 * old dative (Schranke, Note) or, as written in text, a verb's 1st person or imperative (Pfeife,
 * Buche: pfeifen, buchen). The capital says noun: it is a noun of its own.
 */
function unlistedNoun(norm: string, typed: boolean): boolean {
  const all = readings(norm);
  if (!norm.endsWith('e') || all.length === 0) return false;
  return all.every((r) => !r.own && (CAPITAL.test(r.entry) ? oldDative(norm, r) : !typed && r.flags.every((flag) => VERB_FLAGS.has(flag))));
}

function pluralStems(norm: string): string[] {
  const out: string[] = [];
  if (/(?:e|el|er)n$/.test(norm)) out.push(norm.slice(0, -1));
  if (norm.endsWith('en') && norm.length > 4) {
    const stem = norm.slice(0, -2);
    // Latin, Greek and Italian singulars before the bare stem (Museen: Museum, not Muse; Konten: Konto).
    out.push(stem + 'um', stem + 'a', stem + 'us', stem + 'o', stem);
  }
  return out;
}

/** A lower-case word: the engine's key, unless it is a noun's while a lower-case reading exists
 *  (wünsche: wünschen's, not Wunsch's); a noun written in lower case keeps the noun key. */
function lowerKey(norm: string, base: string): string {
  const nounOnly = readings(base).some((r) => r.own) && readings(base).every((r) => !r.own || CAPITAL.test(r.entry)) && !verbLemmas().has(base) && !verbWord(base);
  if (!nounOnly) return base;
  const lower = readings(norm).filter((r) => r.plain && !CAPITAL.test(r.entry)).map((r) => r.lemma);
  return lower.length > 0 ? plainKey(closest(norm, lower)) : capitalise(base);
}

/**
 * A lower-case -en word in running text that is both an infinitive and the weak/mixed -en form of
 * an adjective entry (langen, schnellen, weichen, grünen: "den langen Weg"): the adjective, whose
 * forms are the likelier text words, unless the dictionary marks the verb as one in its own right —
 * it lists the infinitive's nominalisation (leeren/SJ, schicken/SJ, irren/SJ: das Irren), the stem
 * is also a noun with inflection of its own (werten beside Wert, reichen beside Reich), the verb
 * is one of the irregular table (heißen), or it is a prefix + a verb of the dictionary (überreichen).
 */
function adjectiveEn(norm: string): string | null {
  if (!norm.endsWith('en') || norm.length < 5) return null;
  // The dictionary's own entries only (no affix analysis: this runs for every lower-case -en word).
  const own = deForms.entries(norm);
  if (!own.some((entry) => entry.lemma && !CAPITAL.test(entry.word) && entry.flags.includes('I'))) return null;
  if (own.some((entry) => entry.flags.some((flag) => NOUN_FLAGS.has(flag) || flag === 'S')) || verbLemmas().has(norm)) return null;
  // A prefixed verb whose simple verb is one (überreichen: über + reichen) is that verb's compound.
  if (PREFIXES.some((prefix) => norm.startsWith(prefix) && norm.length - prefix.length >= 5 && verbWord(norm.slice(prefix.length)))) return null;
  const stem = norm.slice(0, -2);
  const stemOwn = deForms.entries(stem);
  if (!stemOwn.some((entry) => entry.lemma && !CAPITAL.test(entry.word) && entry.flags.includes('A'))) return null;
  if (stemOwn.some((entry) => entry.flags.some((flag) => NOUN_FLAGS.has(flag)))) return null;
  return plainKey(stem);
}

let verbLemmaSet: Set<string> | null = null;
const verbLemmas = (): Set<string> => (verbLemmaSet ??= new Set(formTable(IRREGULAR, normalize).values()));

/** Shortest parts of a compound noun (Bahn|hof, Flug|hafen). */
const COMPOUND_PART = 3;
/**
 * A noun the dictionary does not list, as a compound (Krankenhaus, Flughäfen, Bildschirme: the
 * dictionary builds most compounds by rules instead of listing them): its first part as written
 * plus the noun key of its longest final part that is a noun of the dictionary (kranken + Haus,
 * so Krankenhäuser and Krankenhauses key alike); null when no final part is a noun. The key
 * keeps the first part, so a compound never matches its head alone (Bildschirm ≠ Schirm).
 */
function compoundKey(norm: string): string | null {
  for (let i = COMPOUND_PART; i <= norm.length - COMPOUND_PART; i++) {
    const head = nounLemma(norm.slice(i), false);
    if (head !== null) return norm.slice(0, i) + capitalise(head);
  }
  return null;
}

const spelledKeys = new Map<string, string>();
function wordForm(norm: string, spelling = ''): string {
  if (!PLAIN_WORD.test(norm)) return norm;
  const id = `${norm}\u0000${spelling}`;
  let key = spelledKeys.get(id);
  if (key === undefined) {
    // The engine's key (plainKey) only when no noun reading decides: most capitalised words have one.
    const nounish = spelling === NOUN || spelling === TYPED;
    const noun = nounish ? nounLemma(norm, spelling === TYPED) : null;
    const unknown = readings(norm).length === 0;
    if (noun !== null) key = capitalise(noun);
    else if (nounish && unlistedNoun(norm, spelling === TYPED)) key = capitalise(norm);
    // The -s plural or genitive of a noun listed with no flags at all (Paprika/ijm: Paprikas).
    else if (nounish && unknown && bareNounS(norm) !== null) key = capitalise(bareNounS(norm)!);
    else if (spelling === '' && unknown && unknownElErVerb(norm) !== null) key = unknownElErVerb(norm)!;
    else key = (nounish && unknown ? compoundKey(norm) : null) ?? (spelling === '' ? adjectiveEn(norm) : null) ?? lowerKey(norm, plainKey(norm));
    if (spelledKeys.size < 200_000) spelledKeys.set(id, key);
  }
  return key;
}

export const de: Language = {
  code: 'de',
  name: 'German',
  iso6393: 'deu',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules(
    'z.b d.h u.a bzw vgl ca nr dr prof hr fr str evtl ggf inkl bspw sog z.t u.u o.a s.o s.u abs art bd',
    'usw etc u.ä',
  ),
  wordForm,
  spelling,
  // natural ships no German list: articles, pronouns, prepositions, conjunctions, auxiliaries.
  functionWords: wordSet(`der die das des dem den ein eine einer eines einem einen und oder aber denn sondern doch
    in im ins an am auf aus bei mit nach seit von vom zu zum zur über unter vor hinter neben zwischen durch für gegen ohne
    um bis als wie wenn weil dass daß ob damit so auch nur noch schon sehr nicht kein keine keinen ich du er sie es wir ihr
    mich dich sich uns euch mir dir ihm ihn ihnen sein seine ihre ihr mein meine dein deine unser euer dieser diese dieses
    diesem diesen jener jede jeder jedes welche welcher welches man ist sind war waren bin bist seid sein wird werden wurde
    wurden hat haben hatte hatten kann können muss müssen soll sollen will wollen darf dürfen mag mehr viel wo was wer
    warum wann hier dort da dann also`),
  functionLemmas: wordSet('sein haben werden können müssen sollen wollen dürfen mögen'),
  syllables: cached(vowelGroups('aeiouyäöü')),
  readability: fleschType('Amstad reading ease', 'Amstad (1978)', 180, 1, 58.5),
  formsNote: 'Hunspell dictionary-de lemmas and inflection affixes (no derivation flags), ge- participles and umlaut plurals the dictionary lists apart, a table of strong verbs; capitals read as written (Fragen the noun, fragen the verb); compounds the dictionary lacks are keyed by their final noun with the first part kept (Krankenhäuser = Krankenhaus, Wadenkrampf ≠ Krampf)',
};
