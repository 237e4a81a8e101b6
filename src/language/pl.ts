/**
 * Polish: word forms from the Hunspell dictionary dictionary-pl (SJP.PL), with the
 * derivation flags left out, an exception table of suppletive and irregular forms and a few
 * rules for forms the dictionary lists as entries of their own. Diacritics are letters of
 * their own here (ą ć ę ł ń ó ś ź ż). No readability formula is established widely enough
 * (Pisarek's is little used), so readability is n/a.
 */
import { cached, commonWordRanks, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, type DictionaryEntry, type InflectionRule, type Reading } from './hunspell.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

const KEEP = 'ąćęłńóśźż';
/** Document words' normalisation (normalizeWord) without its cache, for the dictionary's own words. */
const fold = (word: string): string => foldWord(word, KEEP);

/**
 * dictionary-pl affix flags that make derivations (their words are lemmas of their own, never their base's forms): i and j, verbal nouns
 * (czytanie, leczenie, gięcie, with their case forms), y, adverbs from adjectives (ładnie,
 * szybko). The one prefix rule, b, is the negation nie- (niedobry): `noPrefixes`. What is
 * left is inflection: case and number of nouns and adjectives, verb persons, past by gender,
 * imperatives, participles (-ący, -ny/-ty) and the impersonal -no/-to.
 */
const DERIVATIONS = ['i', 'j', 'y'];

/**
 * Suppletive and irregular forms the dictionary lists as words of their own, "form… lemma".
 * Also the present tenses of verbs with a stem of their own that the dictionary lists bare or
 * gives to a variant lemma (biec: biegnę, which dictionary-pl also reads as biegnąć's; bać:
 * boję; ciąć: tnę; rosnąć: rośnie, also róść's; stać: stoję) and tydzień's tygodni- stem;
 * biec's variant infinitive biegnąć, whose forms (biegła) the dictionary reads through it.
 * Forms that are also other words stay out: bój (a battle), biegła and rosły (adjectives),
 * stała (a constant).
 */
const IRREGULAR = `
jestem jesteś jest jesteśmy jesteście są będę będziesz będzie będziemy będziecie będą był była było byli były bądź bądźcie być
mam masz ma mamy macie mają miał miała miało mieli miały miej miejcie mieć
idę idziesz idzie idziemy idziecie idą szedł szła szło szli szły idź idźcie idąc iść
jem jesz jemy jecie jedzą jadł jadła jadło jedli jadły jedz jedząc jeść
śpię śpisz śpi śpimy śpicie śpią spał spała spało spali spały śpij śpiąc spać
mogę możesz może możemy możecie mogą mógł mogła mogło mogli mogły móc
chcę chcesz chce chcemy chcecie chcą chciał chciała chciało chcieli chciały chcieć
ludzie ludzi ludziom ludźmi ludziach człowiek
dzieci dzieciom dziećmi dzieciach dziecko
brata bracie bracia braci braciom braćmi braciach brat
przyjaciele przyjaciół przyjaciołom przyjaciółmi przyjaciołach przyjaciel
oczy oczu oczami oczyma oko
biegnę biegniesz biegnie biegniemy biegniecie biegną biegł biegło biegli biegnij biegnijcie biegnąc biegnąć biec
boję boisz boi boimy boicie boją bójcie bojąc bać
tnę tniesz tnie tniemy tniecie tną tnij tnijcie tnąc ciąć
rosnę rośniesz rośnie rośniemy rośniecie rosną rósł rosła rosło rośli rośnij rośnijcie rosnąc rosnąć
stoję stoisz stoi stoimy stoicie stoją stój stójcie stojąc stać
tygodnia tygodniowi tygodniem tygodniu tygodnie tygodni tygodniom tygodniami tygodniach tydzień
uszy uszu uszami uszyma ucho
`;

/**
 * Forms the dictionary lists as entries of their own, tied to no lemma, tried only when the
 * dictionary gives the word no other lemma: the instrumental plural -ćmi/-śmi/-źmi (kośćmi,
 * gośćmi), the adverbial participle -ąc by its adjectival participle -ący (czytając →
 * czytający, czytać's), and the masculine dative -u / instrumental -em of nouns listed apart
 * (bratu, bratem → brat). A result counts only when the dictionary knows it.
 */
const RULES: InflectionRule[] = [
  [/ćmi$/, 'ć'],
  [/śmi$/, 'ś'],
  [/źmi$/, 'ź'],
  [/ąc$/, 'ący'],
  [/([^aeiouyąęó])(?:u|em)$/, '$1'],
  // Masculine genitive -a, dative -owi, plural -owie/-ami/-ach/-om of nouns listed apart
  // (syna, synowi → syn). Not -ów: place names end in it (Chybów is no plural of chybić).
  [/(..[^aeiouyąęó])(?:a|owi|owie|ami|ach|om)$/, '$1'],
];

/**
 * The dictionary lists many case forms whose stem alternates as bare entries of their own, tied
 * to no lemma (chłopca, chłopcem beside chłopiec; sąsiedzie, sąsiedzi beside sąsiad; mięsie,
 * ziem, słów, pól). `bareCaseLemma` undoes the alternations of Polish declension — consonants
 * softened before -ie/-e/-i/-y (c ← t, dz ← d, rz ← r, l ← ł, ść ← st, c ← k, dz ← g), vowels
 * changed in the stem (e ← a: sąsiedzie, wietrze; o ← ó, e ← o, ę ← ą), the fleeting e/ie (chłopc- ← chłopiec,
 * ps- ← pies, lw- ← lew) — and keeps a lemma only when it is an entry with affix flags (a
 * paradigm's lemma), so adverbs and particles the dictionary lists bare stay apart.
 */
const entryOf = (norm: string): readonly DictionaryEntry[] => forms.entries(norm).filter((entry) => entry.lemma);
const flagged = (norm: string): boolean => entryOf(norm).some((entry) => entry.flags.length > 0);
const CASE_ENDINGS = ['ami', 'ach', 'owie', 'owi', 'om', 'ów', 'em', 'ie', 'e', 'a', 'u', 'y', 'i', 'ę', 'ą', ''];
const SOFTENED: readonly [soft: string, hard: string][] = [
  ['ść', 'st'], ['śc', 'st'], ['dz', 'd'], ['dz', 'g'], ['rz', 'r'], ['c', 't'], ['c', 'k'], ['l', 'ł'], ['ś', 's'], ['ź', 'z'], ['ń', 'n'], ['ci', 't'], ['si', 's'],
];
/** Before an ending that begins with a vowel only: a soft stem is spelled with -i- there and
 *  with an accent at the end of the word (gości-om → gość, pieśni-ami → pieśń), and the
 *  vocative -cze of -c nouns (chłopcz-e → chłopiec). */
const SOFT_BEFORE_VOWEL: readonly [soft: string, hard: string][] = [['dzi', 'dź'], ['ci', 'ć'], ['si', 'ś'], ['zi', 'ź'], ['ni', 'ń'], ['cz', 'c']];
const VOWELS_CHANGED: readonly [now: string, lemma: string][] = [['e', 'a'], ['o', 'ó'], ['e', 'o'], ['e', 'ó'], ['ę', 'ą'], ['ą', 'ę'], ['ó', 'o']];
const PL_CONSONANT = /[bcćdfghjklłmnńprsśtwzźż]/;
const LEMMA_ENDINGS = ['', 'a', 'o', 'e', 'ia', 'ę', 'ie'];

/** Stems the lemma may have: the form's stem with a softened consonant, a changed vowel or a
 *  fleeting vowel undone (at most one of each); after the zero ending of a genitive plural also
 *  the fleeting e the ending brought in taken out. */
function lemmaStems(stem: string, ending: string): string[] {
  const consonants = [stem];
  for (const [soft, hard] of SOFTENED) if (stem.endsWith(soft)) consonants.push(stem.slice(0, -soft.length) + hard);
  if (/^[aeiouyąęó]/.test(ending)) for (const [soft, hard] of SOFT_BEFORE_VOWEL) if (stem.endsWith(soft)) consonants.push(stem.slice(0, -soft.length) + hard);
  const out: string[] = [];
  for (const c of consonants) {
    out.push(c);
    for (const [now, lemma] of VOWELS_CHANGED) {
      const at = c.lastIndexOf(now);
      // The last vowel of the stem only (sąsied → sąsiad, stoł → stół).
      if (at > 0 && !/[aeiouyąęó]/.test(c.slice(at + now.length))) out.push(c.slice(0, at) + lemma + c.slice(at + now.length));
    }
    const n = c.length;
    if (n >= 2 && PL_CONSONANT.test(c[n - 1]!) && PL_CONSONANT.test(c[n - 2]!)) out.push(`${c.slice(0, -1)}ie${c[n - 1]}`, `${c.slice(0, -1)}e${c[n - 1]}`);
    // The fleeting e of a zero-ending genitive plural taken out (pięter → piętr-o, luster → lustr-o).
    const fleeting = ending === '' ? /^(.*[bcćdfghjklłmnńprsśtwzźż])i?e([bcćdfghjklłmnńprsśtwzźż])$/.exec(c) : null;
    if (fleeting !== null) out.push(fleeting[1]! + fleeting[2]!);
  }
  return out;
}

function bareCaseLemma(word: string): string {
  if (word.length < 4 || flagged(word) || FUNCTION_WORDS.has(word)) return word;
  for (const ending of CASE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    for (const stem of lemmaStems(word.slice(0, word.length - ending.length), ending)) {
      for (const suffix of LEMMA_ENDINGS) {
        // A zero-ending genitive plural is a lemma's with an ending (pól: pole, not pol).
        if (ending === '' && suffix === '') continue;
        const lemma = stem + suffix;
        // Never a verbal noun (-nie, -cie: a derivation): odniesieni is odniesiony's, not odniesienie's.
        if (lemma !== word && !/[nc]ie$/.test(lemma) && flagged(lemma)) return lemma;
      }
    }
  }
  return word;
}

/**
 * The locative (and feminine dative) -e/-ie with the stem's consonant softened, undone: the
 * lemmas a form like moście, stole, lustrze, psie, rybie is the regular alternated locative of
 * (most, stół, lustr or lustro, pies, ryba) — the consonant hardened (ść ← st, ć ← t, dź ← d,
 * ź ← z, rz ← r, l ← ł, ś ← s, ń ← n, labials spelled -ie; c ← k, dz ← g, sz ← ch of the
 * feminine), then the stem's last vowel changed back (o ← ó, e ← a/o, ę ← ą) or a fleeting e
 * put back (ps → pies, lw → lew), then the lemma's ending (none, -o, -a).
 */
const LOCATIVE_SOFT: readonly [form: string, hard: string][] = [
  ['ście', 'st'], ['ździe', 'zd'], ['cie', 't'], ['dzie', 'd'], ['rze', 'r'], ['śle', 'sł'], ['le', 'ł'], ['śnie', 'sn'], ['nie', 'n'], ['sie', 's'], ['zie', 'z'],
  ['bie', 'b'], ['pie', 'p'], ['wie', 'w'], ['fie', 'f'], ['mie', 'm'], ['ce', 'k'], ['dze', 'g'], ['sze', 'ch'],
];
function alternatedLocativeOf(norm: string): Set<string> {
  const out = new Set<string>();
  for (const [form, hard] of LOCATIVE_SOFT) {
    if (!norm.endsWith(form) || norm.length - form.length < 1) continue;
    const c = norm.slice(0, -form.length) + hard;
    const stems = [c];
    for (const [now, lemma] of [['e', 'a'], ['ie', 'ia'], ['o', 'ó'], ['e', 'o'], ['ę', 'ą']] as const) {
      const at = c.lastIndexOf(now);
      if (at > 0 && !/[aeiouyąęó]/.test(c.slice(at + now.length))) stems.push(c.slice(0, at) + lemma + c.slice(at + now.length));
    }
    const fleeting = /^(.*[bcćdfghjklłmnńprsśtwzźż])([bcćdfghjklłmnńprsśtwzźż]+)$/.exec(c);
    if (fleeting !== null && !/[aeiouyąęó]$/.test(fleeting[1]!.slice(-1))) stems.push(`${fleeting[1]}ie${fleeting[2]}`, `${fleeting[1]}e${fleeting[2]}`);
    const endings = /^(?:ce|dze|sze)$/.test(form) ? ['a'] : ['', 'o', 'a'];
    for (const stem of stems) for (const ending of endings) out.add(stem + ending);
    break;
  }
  return out;
}

// natural's list holds roku (a year's genitive) and możliwe (possible): content words here.
const FUNCTION_WORDS = naturalStopwords('stopwords_pl', '', 'roku możliwe');
const forms = hunspellForms({
  package: 'dictionary-pl',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  noPrefixes: true,
  rules: [...RULES, [/^.+$/, bareCaseLemma]],
  fallback: (_norm, lookup) => {
      return [];
  },
  exceptions: () => formTable(IRREGULAR, fold),
  // A proper noun's entry (Czeka, Lwów, Wiedza) does not make czeka, lwów, wiedza words of their own
  // when a lower-case lemma has them as forms (czekać's present, lew's genitive plural).
  capitalisedEntries: 'unlessForm',
  // Entries' derivation flags too (allFlags): an adjective with an adverb (y) is one of quality.
  entryAllFlags: true,
});

/**
 * Homographs the dictionary reads two ways, where the closest lemma (fewest letters changed) is
 * the rarer reading: the dictionary has no frequencies, so the choice follows the word classes.
 * `preferredLemma` gives the lemma to key a word by, or null to leave the engine's choice:
 *
 * - a noun's dative -owi before the masculine-personal plural of its relational adjective
 *   (zębowi: ząb's, not zębowy's; dziadkowi, gościowi, językowi);
 * - an adjective's masculine-personal plural with an alternated stem (mądry mądrzy, tłusty
 *   tłuści) before the third person of the verb made from that stem, whose infinitive is the
 *   word + -ć (mądrzyć, tłuścić); a plain -y → -i plural leaves the engine's choice (lubi:
 *   lubić's before luby's);
 * - a verb's present or past form before a noun's or adjective's case form, or before an entry
 *   of the dictionary tied to no lemma (stoi: stać's, not stoa's; pił, żył: pić's, żyć's, not
 *   piła's, żyła's; płacze: płakać's, not płacz's; rosła) — except the third person of an
 *   -ić/-yć verb whose infinitive is the word + -ć, as often a noun's genitive plural (pali,
 *   węgli), and a noun whose lemma ends in a consonant and is the verb's infinitive without a
 *   verb-making -ać/-ić/-yć/-eć/-ować (sklepie is sklep's, not sklepać's; kraje kraj's, not
 *   krajać's; but płynie is płynąć's, not płyn's: -nąć makes no verbs from nouns), and the
 *   first person -ę and third person plural -ą beside an -a noun's accusative and instrumental,
 *   as common (duszę, duszą: dusza's before dusić's; burzę: burza's; płacę stays płaca's);
 * - a noun's locative before an imperative plural in -cie (mieście: miasto's, not miesić's);
 * - an adjective's feminine or plural before the case form of a noun made from it, its stem
 *   alone or with -o/-a (piękna: piękny's, not piękno's; gorąca, gorące: gorący's, not gorąc's;
 *   zła: zły's, not zło's).
 * - the imperative of a prefixed -stać by the verb (wstań → wstać, zostańcie → zostać);
 * - a locative -e/-ie with a softened consonant as the one noun it is the regular alternated
 *   locative of (`alternatedLocativeOf`), before a feminine noun reached by a plain ending swap
 *   or a possessive adjective (moście: most's, not mość's; psie, krowie: pies's, krowa's, not
 *   psi's, krowi's); not before an adjective of quality, a masculine's plural -e or a soft
 *   feminine's plural (głupie, węgle, parafie stay).
 * Possessive adjectives then key their -e apart from their other forms (krowie, krowia).
 * Imperatives otherwise leave the engine's choice (spraw, domów are genitive plurals as often).
 * A word that is an entry with inflection flags of its own (gra, kota, stała) stays a lemma, and
 * a word of the exception table keeps the table's lemma.
 */
const VERB_FLAGS = new Set(['F', 'H', 'I', 'J', 'h']);
const IMPERATIVE_FLAGS = new Set(['B', 'k']);
/** Verb flags that make participles and impersonal forms (adjectives as much as verb forms). */
const PARTICIPLE_FLAGS = new Set(['g', 'G', 'v', 'E', 'd', 'e']);
const lowerCase = (word: string): boolean => word.charAt(0) === word.charAt(0).toLowerCase();
let irregular: ReadonlyMap<string, string> | null = null;
let irregularLemmas: Set<string> | null = null;
/** The adjective a feminine adjectival noun (flag K: chora, biała, stała, gruba) is the feminine
 *  of, when the dictionary has it: chory, biały, stały, gruby; polska → polski. */
const adjectiveOfK = (lemma: string): string | null => {
  if (!lemma.endsWith('a')) return null;
  const adjective = `${lemma.slice(0, -1)}${/[gk]a$/.test(lemma) ? 'i' : 'y'}`;
  return entryOf(adjective).some((entry) => lowerCase(entry.word) && entry.flags.includes('x')) ? adjective : null;
};
function preferredLemma(norm: string): string | null {
  if ((irregular ??= formTable(IRREGULAR, fold)).has(norm)) return null;
  // An entry with a paradigm of its own stays a lemma: known before the readings are read —
  // except a feminine adjectival noun (K), which is its adjective's feminine and declines as it.
  const paradigms = forms.entries(norm).filter((entry) => entry.lemma && lowerCase(entry.word) && entry.flags.length > 0);
  const kOnly = paradigms.length > 0 && paradigms.every((entry) => entry.flags.length === 1 && entry.flags[0] === 'K') && adjectiveOfK(norm) !== null;
  if (paradigms.length > 0 && !kOnly) return null;
  // A reading through K is the adjective's (chorych: chory's, not chora's).
  const read = forms.readings(norm);
  const dropped = new Set<string>();
  const all = read.filter((r) => {
    const adjective = r.flags.length === 1 && r.flags[0] === 'K' && lowerCase(r.entry) ? adjectiveOfK(r.lemma) : null;
    if (adjective === null || !read.some((o) => o.lemma === adjective && !o.own)) return true;
    dropped.add(r.lemma);
    return false;
  });
  const chosen = chooseLemma(norm, all);
  if (chosen !== null || dropped.size === 0) return chosen;
  // Nothing else decides: the adjective, where the engine would take the adjectival noun.
  const engine = forms.analyse(norm).key;
  if (!dropped.has(engine)) return null;
  return adjectiveOfK(engine);
}
function chooseLemma(norm: string, all: readonly Reading[]): string | null {
  const own = all.filter((r) => r.own && lowerCase(r.entry));
  if (own.some((r) => r.flags.length > 0)) return null;
  // The imperative of a prefixed -stać (present -stanę), which the dictionary lists bare: wstań,
  // zostań, przestańcie → wstać, zostać, przestać.
  const stand = /^(.+)stań(?:cie|my)?$/.exec(norm);
  if (stand !== null && flagged(`${stand[1]}stać`)) return `${stand[1]}stać`;
  const others = all.filter((r) => !r.own && r.plain && lowerCase(r.entry));
  if (others.length === 0) return null;
  const lemmas = (list: readonly Reading[]): string[] => [...new Set(list.map((r) => r.lemma))].sort();
  const adjectivePlural = others.filter((r) => r.flags.length === 1 && r.flags[0] === 'Y');
  // A locative -e/-ie with its consonant softened: the one noun it is the regular alternated
  // locative of, before a noun reached by a plain ending swap (moście: most's, not mość's; stole:
  // stół's, not stola's) and before a possessive adjective's -e (psie, rybie: pies's, ryba's).
  if (norm.endsWith('e') && !others.some((r) => r.flags.some((f) => VERB_FLAGS.has(f) || IMPERATIVE_FLAGS.has(f) || PARTICIPLE_FLAGS.has(f)))) {
    const regular = alternatedLocativeOf(norm);
    const nouns = lemmas(others.filter((r) => !r.flags.includes('x') && !r.flags.includes('Y')));
    const alternated = nouns.filter((n) => regular.has(n));
    // An adjective of quality (one with an adverb, flag y: głupi głupio, tani tanio) is commoner
    // than a rare noun's locative (głupie, tanie stay głupi's, tani's).
    const quality = others.some((r) => r.flags.includes('x') && entryOf(r.lemma).some((entry) => entry.allFlags?.includes('y') === true));
    // What it wins over: a feminine declension's form (flags A, M: stola's stole, mość's moście) or
    // a possessive adjective's; a masculine soft stem's plural -e is as common (węgle: węgiel's,
    // not węgieł's; teście: teść's).
    const beaten = others.filter((r) => !alternated.includes(r.lemma));
    // Also the plural -anie of an -anin noun (t): kolanie is kolano's, not kolanin's.
    // Nor the plural -e of a soft feminine -a noun (parafie, grusze, skale, lance: parafia's,
    // grusza's, skala's, lanca's as often as rafa's, gruch's, skała's, lanka's locatives).
    const feminineOrAdjective = beaten.every((r) => r.flags.every((f) => f === 'A' || f === 'M' || f === 'x' || f === 't')) && !beaten.some((r) => r.lemma === `${norm.slice(0, -1)}a`);
    if (alternated.length === 1 && !quality && beaten.length > 0 && feminineOrAdjective) return alternated[0]!;
  }
  if (norm.endsWith('owi')) {
    const adjective = adjectivePlural.filter((r) => r.lemma === `${norm.slice(0, -1)}y`);
    const nouns = lemmas(others.filter((r) => !r.flags.includes('Y') && r.lemma.length <= norm.length - 2));
    if (adjective.length > 0 && nouns.length === 1) return nouns[0]!;
  }
  if (others.some((r) => r.lemma === `${norm}ć` && r.flags.includes('I'))) {
    const adjectives = lemmas(adjectivePlural.filter((r) => r.lemma !== `${norm.slice(0, -1)}y`));
    return adjectives.length === 1 ? adjectives[0]! : null;
  }
  const adjectiveForms = lemmas(others.filter((r) => (r.flags.includes('x') || (r.flags.length === 1 && r.flags[0] === 'Y')) && /[yi]$/.test(r.lemma)));
  if (adjectiveForms.length === 1) {
    const adjective = adjectiveForms[0]!;
    const stem = adjective.slice(0, -1);
    const nouns = lemmas(others.filter((r) => r.lemma !== adjective && !r.flags.some((f) => PARTICIPLE_FLAGS.has(f))));
    // The noun made from the adjective: its stem alone or with -o/-a (piękna, zła); for the
    // masculine-personal plural (Y) only an abstract -ie noun's genitive plural (zdrowi: zdrowy's,
    // not zdrowie's), since a personal noun's plural is as common (służbiści: służbista's, obojnacy).
    const plural = others.every((r) => r.lemma !== adjective || !r.flags.includes('x'));
    const made = (n: string): boolean => (plural ? n === `${stem}ie` : n === stem || n === `${stem}o` || n === `${stem}a`);
    if (nouns.length > 0 && nouns.every(made)) return adjective;
  }
  // A relational adjective's masculine-personal plural (Y; relational: no adverb, flag y) after a
  // noun's case form of another stem (mięśni: mięsień's genitive plural, not mięsny's plural).
  if (adjectivePlural.length > 0 && !others.some((r) => r.flags.some((f) => VERB_FLAGS.has(f) || IMPERATIVE_FLAGS.has(f) || PARTICIPLE_FLAGS.has(f)))) {
    const relational = adjectivePlural.every((r) => !entryOf(r.lemma).some((entry) => entry.allFlags?.includes('y') === true));
    const nouns = lemmas(others.filter((r) => !r.flags.includes('Y') && !r.flags.some((f) => VERB_FLAGS.has(f) || IMPERATIVE_FLAGS.has(f) || PARTICIPLE_FLAGS.has(f) || f === 'x')));
    if (relational && nouns.length === 1) return nouns[0]!;
  }
  const verbLemmas = lemmas(others.filter((r) => r.flags.some((f) => VERB_FLAGS.has(f))));
  const rest = others.filter((r) => !r.flags.some((f) => VERB_FLAGS.has(f) || IMPERATIVE_FLAGS.has(f) || PARTICIPLE_FLAGS.has(f)));
  if (verbLemmas.length === 1) {
    const verb = verbLemmas[0]!;
    if (rest.some((r) => PL_CONSONANT.test(r.lemma.slice(-1)) && /^(?:i?ać|ić|yć|eć|ować)$/.test(verb.slice(r.lemma.length)) && verb.startsWith(r.lemma))) return null;
    // An -a noun's accusative or instrumental is as common as the verb's -ę/-ą (duszę: dusza's or dusić's).
    if (/[ęą]$/.test(norm) && rest.some((r) => r.lemma.endsWith('a'))) return null;
    return rest.length > 0 || own.length > 0 ? verb : null;
  }
  if (verbLemmas.length === 0 && norm.endsWith('cie') && others.some((r) => r.flags.some((f) => IMPERATIVE_FLAGS.has(f)))) {
    const nouns = lemmas(rest);
    if (nouns.length === 1) return nouns[0]!;
  }
  return null;
}
/**
 * Which of a homograph's lemmas is in use: dictionary-pl lists rare words beside common ones
 * with the same forms (banka beside bank: bankach; kota beside kot; lustr beside lustro; bazia
 * beside baza; tras beside trasa) and has no frequencies. The word list of @zxcvbn-ts/language-pl
 * (MIT; commonWords, the ~28,000 commonest words of Polish film subtitles, OpenSubtitles via
 * hermitdave/FrequencyWords, as written: forms, not lemmas) says which forms are in use. A lemma
 * is attested when one of its forms that the dictionary gives to no other lemma (its own
 * nominative included) is in that list: bank by banku, kot by kotem, trasa by trasę; banka,
 * kota (kotę, kotą), tras (trasu, trasem) are not. `attestedLemma` moves a word whose engine key
 * is an unattested lemma to the attested rival with the commonest such form, and changes nothing
 * when its lemma is attested or no rival is. Word-class choices (`preferredLemma`) and the
 * exception table stand. The list's Wikipedia sibling (wikipedia.json) is not used: its rare
 * entries are mostly names' forms (Turów, Owców), which made tur of tura and owiec of owca.
 */
const require = createRequire(import.meta.url);
/** Attested forms → their rank in the list (0 the commonest), read on the first homograph. The
 *  list is lower-case already: fold only what is not (a few hundred words). */
const attestedRanks = (): Map<string, number> =>
  commonWordRanks('@zxcvbn-ts/language-pl', (word) => (/^[a-ząćęłńóśźż]+$/.test(word) ? word : fold(word)));
/** dictionary-pl's suffix rule lines by flag (compiled on a flag's first use), to spell a lemma's forms. */
let suffixLines: Map<string, string[]> | null = null;
const suffixRules = new Map<string, readonly { strip: string; add: string; cond: RegExp }[]>();
function suffixesOf(flag: string): readonly { strip: string; add: string; cond: RegExp }[] {
  const done = suffixRules.get(flag);
  if (done !== undefined) return done;
  if (suffixLines === null) {
    suffixLines = new Map();
    const aff = readFileSync(join(dirname(require.resolve('dictionary-pl')), 'index.aff'), 'utf8');
    for (const line of aff.split('\n')) {
      if (!line.startsWith('SFX ')) continue;
      const list = suffixLines.get(line.charAt(4)) ?? [];
      list.push(line);
      suffixLines.set(line.charAt(4), list);
    }
  }
  const rules: { strip: string; add: string; cond: RegExp }[] = [];
  for (const line of suffixLines.get(flag) ?? []) {
    const [, , strip, addRaw, cond] = line.split(/\s+/);
    // The header line (SFX flag Y count) has no condition.
    if (strip === undefined || addRaw === undefined || cond === undefined) continue;
    const add = addRaw.split('/')[0]!;
    rules.push({ strip: strip === '0' ? '' : fold(strip), add: add === '0' ? '' : fold(add), cond: new RegExp(`${cond === '.' ? '' : fold(cond)}$`) });
  }
  suffixRules.set(flag, rules);
  return rules;
}
/** A lemma's forms by its lower-case entries' inflection flags, the lemma itself included. */
const paradigms = new Map<string, Set<string>>();
function paradigmOf(lemma: string): Set<string> {
  const known = paradigms.get(lemma);
  if (known !== undefined) return known;
  const out = new Set([lemma]);
  for (const entry of entryOf(lemma)) {
    if (!lowerCase(entry.word)) continue;
    for (const flag of entry.flags) {
      for (const rule of suffixesOf(flag)) if (lemma.endsWith(rule.strip) && rule.cond.test(lemma)) out.add(lemma.slice(0, lemma.length - rule.strip.length) + rule.add);
    }
  }
  paradigms.set(lemma, out);
  return out;
}
/** A form the dictionary gives to this lemma alone (no other entry or candidate lemma). */
function onlyOf(form: string, lemma: string): boolean {
  // A bare entry listed apart (kotem) is no other lemma; an entry with a paradigm is (kota).
  if (form !== lemma && paradigmLemma(form)) return false;
  return forms.analyse(form).candidates.every((candidate) => candidate === lemma);
}
function attestedLemma(norm: string, chosen: string): string | null {
  // Readings through a participle flag are left out (a participle's forms are an adjective's
  // too), and so are imperatives, as often nouns' nominatives or genitive plurals (złość,
  // pościel, wykop are no imperatives first).
  const rivals = [...new Set(forms.readings(norm).filter((r) => r.plain && lowerCase(r.entry) && (!r.own || r.flags.length > 0) && !r.flags.some((f) => PARTICIPLE_FLAGS.has(f)) && !(r.flags.length > 0 && r.flags.every((f) => IMPERATIVE_FLAGS.has(f)))).map((r) => r.lemma))];
  if (rivals.length < 2 || !rivals.includes(chosen)) return null;
  const ranks = attestedRanks();
  /** The best rank of the lemma's forms that no other lemma of the dictionary has (kotem, not
   *  kota, for kot); Infinity when none is attested. */
  const rank = (lemma: string): number => {
    let best = Infinity;
    for (const form of paradigmOf(lemma)) {
      const r = ranks.get(form);
      if (r !== undefined && r < best && onlyOf(form, lemma)) best = r;
    }
    return best;
  };
  if (rank(chosen) !== Infinity) return null;
  let out: string | null = null;
  let best = Infinity;
  for (const lemma of rivals) {
    const r = lemma === chosen ? Infinity : rank(lemma);
    if (r < best) [out, best] = [lemma, r];
  }
  return out;
}

/** A lower-case entry with inflection flags: a paradigm's lemma. */
const paradigmLemma = (norm: string): boolean => forms.entries(norm).some((entry) => entry.lemma && lowerCase(entry.word) && entry.flags.length > 0);
const key = (norm: string): string => {
  const lemma = preferredLemma(norm);
  // A word-class choice (preferredLemma) stands; so do the exception table's forms and lemmas.
  if (lemma !== null) return forms.wordForm(lemma);
  const base = engineKey(norm);
  if (irregular!.has(norm) || (irregularLemmas ??= new Set(irregular!.values())).has(base)) return base;
  const alternative = attestedLemma(norm, base);
  return alternative !== null && preferredLemma(alternative) === null && engineKey(alternative) === alternative ? alternative : base;
};
const engineKey = (norm: string): string => {
  // A paradigm's lemma that is no other lemma's form keys as itself: the rules for entries
  // listed apart (RULES: syna → syn) are not for it (trasa is no form of the rare tras, poczta
  // none of poczt).
  if (!irregular!.has(norm) && paradigmLemma(norm)) {
    const analysis = forms.analyse(norm);
    if (analysis.candidates.length === 0) return analysis.key;
  }
  return forms.wordForm(norm);
};
export const analyseForms = (word: string): string => JSON.stringify(forms.analyse(word));

export const pl: Language = {
  code: 'pl',
  name: 'Polish',
  iso6393: 'pol',
  segmentation: 'spaces',
  keepDiacritics: KEEP,
  sentences: sentenceRules('np tzw dr prof ul nr ok godz mgr inż św', 'itd itp m.in'),
  wordForm: cached((w) => (PLAIN_WORD.test(w) ? key(w) : w)),
  functionWords: FUNCTION_WORDS,
  functionLemmas: wordSet('być mieć móc musieć zostać'),
  syllables: cached(vowelGroups('aeiouyąęó')),
  readability: null,
  formsNote: 'Hunspell dictionary (dictionary-pl): inflections only (verbal nouns, adverbs, nie- excluded); suppletive and irregular forms listed',
};
