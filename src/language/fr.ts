/** French: Hunspell dictionary (dictionary-fr) word forms, Kandel & Moles (1958) readability. */
import { cached, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups } from './common.js';
import { formTable, hunspellForms } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language } from './types.js';

// Uncached: the dictionary's ~60,000–85,000 words must not fill the documents' word cache.
const normalize = (word: string): string => foldWord(word, '');

/**
 * dictionary-fr (Grammalecte's "classique" dictionary) is an inflection dictionary: its
 * suffix flags conjugate verbs and inflect nouns and adjectives, derivations (rapidement,
 * utilisation…) are lemmas of their own. Its PFX flags are the elisions (l', d', qu', j'…,
 * kept) and the SI unit prefixes Um, Ui, U. (kilo-, méga-… on units: derivations, excluded).
 */
const DERIVATIONS = ['Um', 'Ui', 'U.'];

/**
 * Forms the dictionary lists as lemmas of their own, or reads first as another word, as
 * "form… lemma" lines: the irregular plurals of the grammars (yeux, cieux, aïeux; messieurs,
 * mesdames… whose first part inflects: listed apart from their singular), and the auxiliaries'
 * forms that are also rare nouns or other words (est "east", as "ace", ai "sloth", fut
 * "cask", sommes "sums", suis of suivre). Not listed, so keyed as their own words: été
 * (summer), lit (bed), sort (fate), mets (dish), dû (folded: du).
 */
const IRREGULAR = `
yeux œil
cieux ciel
aïeux aïeul
messieurs monsieur
mesdames madame
mesdemoiselles mademoiselle
bonshommes bonhomme
gentilshommes gentilhomme
suis es est sommes êtes sont fut être
ai as a avoir
ira aller
`;

/** Common verbs that win when a form has several readings (savons: savoir, not savon; faut:
 *  falloir, not faillir). */
const PREFER = 'être avoir aller faire pouvoir vouloir savoir devoir venir tenir voir dire mettre prendre ouvrir sortir lire falloir';

/** Noun and adjective number/gender flags: their readings win over verb readings (active:
 *  actif before activer; sèche: sec before sécher). */
const NOMINAL = ['S.', 'S=', 'X.', 'A.', 'I.', 'F.', 'F+', 'Fx', 'Fs', 'Fc', 'Fe', 'Gs', 'Gc', 'Ge', 'Go', 'W.', 'Wx'];

export const frForms = hunspellForms({
  package: 'dictionary-fr',
  normalize,
  derivationFlags: DERIVATIONS,
  exceptions: () => formTable(IRREGULAR, normalize),
  preferLemmas: new Set(PREFER.split(' ').map(normalize)),
  preferFlags: NOMINAL,
  // A capitalised entry (Lourdes, Vienne) does not make lourdes, vienne words of their own when
  // a lower-case lemma has them as forms (lourd's feminine plural, venir's subjunctive).
  capitalisedEntries: 'unlessForm',
});
const groups = vowelGroups('aeiouy');

export const fr: Language = {
  code: 'fr',
  name: 'French',
  iso6393: 'fra',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('m mm mme mmes mlle dr pr p.ex cf av bd no vol chap env', 'etc'),
  // Elided articles and pronouns (l'eau, d'un, qu'il) are their own word before the apostrophe.
  wordForm: cached((w) => {
    const word = w.replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/, '');
    return PLAIN_WORD.test(word) ? frForms.wordForm(word) : word;
  }),
  functionWords: naturalStopwords('stopwords_fr', "l' d' j' qu' c' s' n' m' t' est sont été être au aux du des une un"),
  // A final mute e (-e, -es) is not a syllable: "crampe" = 1, "muscles" = 2.
  syllables: cached((w) => Math.max(1, groups(w) - (/[^aeiouy]es?$/.test(w) && w.length > 3 ? 1 : 0))),
  readability: fleschType('Kandel–Moles reading ease', 'Kandel & Moles (1958)', 207, 1.015, 73.6),
  formsNote: "Hunspell dictionary-fr lemmas and inflection affixes (elisions l', d', qu' removed first), plus a few irregular forms; unknown words match only themselves",
};
