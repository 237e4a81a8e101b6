/**
 * Polish: word forms from the Hunspell dictionary dictionary-pl (SJP.PL), with the
 * derivation flags left out, an exception table of suppletive and irregular forms and a few
 * rules for forms the dictionary lists as entries of their own. Diacritics are letters of
 * their own here (ą ć ę ł ń ó ś ź ż). No readability formula is established widely enough
 * (Pisarek's is little used), so readability is n/a.
 */
import { cached, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { formTable, hunspellForms, type InflectionRule } from './hunspell.js';
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

const forms = hunspellForms({
  package: 'dictionary-pl',
  normalize: fold,
  derivationFlags: DERIVATIONS,
  noPrefixes: true,
  rules: RULES,
  exceptions: () => formTable(IRREGULAR, fold),
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
  functionWords: naturalStopwords('stopwords_pl'),
  syllables: cached(vowelGroups('aeiouyąęó')),
  readability: null,
  formsNote: 'Hunspell dictionary (dictionary-pl): inflections only (verbal nouns, adverbs, nie- excluded); suppletive and irregular forms listed',
};
