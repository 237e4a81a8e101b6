/**
 * Polish: word forms from the Hunspell dictionary dictionary-pl (SJP.PL), with the
 * derivation flags left out, an exception table of suppletive and irregular forms and a few
 * rules for forms the dictionary lists as entries of their own. Diacritics are letters of
 * their own here (ą ć ę ł ń ó ś ź ż). No readability formula is established widely enough
 * (Pisarek's is little used), so readability is n/a.
 */
import { cached, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { formTable, hunspellForms, type DictionaryEntry, type InflectionRule } from './hunspell.js';
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

/** Suppletive and irregular forms the dictionary lists as words of their own, "form… lemma". */
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
bracia braci braciom braćmi braciach brat
przyjaciele przyjaciół przyjaciołom przyjaciółmi przyjaciołach przyjaciel
oczy oczu oczami oczyma oko
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
 * changed in the stem (ie ← a, o ← ó, e ← o, ę ← ą), the fleeting e/ie (chłopc- ← chłopiec,
 * ps- ← pies, lw- ← lew) — and keeps a lemma only when it is an entry with affix flags (a
 * paradigm's lemma), so adverbs and particles the dictionary lists bare stay apart.
 */
const entryOf = (norm: string): readonly DictionaryEntry[] => forms.entries(norm).filter((entry) => entry.lemma);
const flagged = (norm: string): boolean => entryOf(norm).some((entry) => entry.flags.length > 0);
const CASE_ENDINGS = ['ami', 'ach', 'owie', 'owi', 'om', 'ów', 'em', 'ie', 'e', 'a', 'u', 'y', 'i', 'ę', 'ą', ''];
const SOFTENED: readonly [soft: string, hard: string][] = [['ść', 'st'], ['śc', 'st'], ['dz', 'd'], ['dz', 'g'], ['rz', 'r'], ['c', 't'], ['c', 'k'], ['l', 'ł'], ['ś', 's'], ['ź', 'z'], ['ń', 'n'], ['ci', 't'], ['si', 's']];
const VOWELS_CHANGED: readonly [now: string, lemma: string][] = [['ie', 'a'], ['e', 'a'], ['o', 'ó'], ['e', 'o'], ['e', 'ó'], ['ę', 'ą'], ['ą', 'ę'], ['ó', 'o']];
const PL_CONSONANT = /[bcćdfghjklłmnńprsśtwzźż]/;
const LEMMA_ENDINGS = ['', 'a', 'o', 'e', 'ia', 'ę', 'ie'];

/** Stems the lemma may have: the form's stem with a softened consonant, a changed vowel or a
 *  fleeting vowel undone (at most one of each). */
function lemmaStems(stem: string): string[] {
  const consonants = [stem];
  for (const [soft, hard] of SOFTENED) if (stem.endsWith(soft)) consonants.push(stem.slice(0, -soft.length) + hard);
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
  }
  return out;
}

function bareCaseLemma(word: string): string {
  if (word.length < 4 || flagged(word) || FUNCTION_WORDS.has(word)) return word;
  for (const ending of CASE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    for (const stem of lemmaStems(word.slice(0, word.length - ending.length))) {
      for (const suffix of LEMMA_ENDINGS) {
        const lemma = stem + suffix;
        // Never a verbal noun (-nie, -cie: a derivation): odniesieni is odniesiony's, not odniesienie's.
        if (lemma !== word && !/[nc]ie$/.test(lemma) && flagged(lemma)) return lemma;
      }
    }
  }
  return word;
}

const FUNCTION_WORDS = naturalStopwords('stopwords_pl');
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
});
const key = forms.wordForm;
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
  syllables: cached(vowelGroups('aeiouyąęó')),
  readability: null,
  formsNote: 'Hunspell dictionary (dictionary-pl): inflections only (verbal nouns, adverbs, nie- excluded); suppletive and irregular forms listed',
};
