/** French: Hunspell dictionary (dictionary-fr) word forms, Kandel & Moles (1958) readability. */
import { cached, commonWordRanks, fleschType, naturalStopwords, PLAIN_WORD, sentenceRules, vowelGroups, wordSet } from './common.js';
import { formTable, hunspellForms, readingKeys } from './hunspell.js';
import { foldWord } from '../text/normalize.js';
import type { Language, SpellingContext } from './types.js';

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
 * "form… lemma" lines: the irregular plurals of the grammars (yeux, cieux, aïeux, the -ail → -aux
 * list: baux, not bau's plural, coraux, émaux, vitraux…, and aulx; messieurs,
 * mesdames… whose first part inflects: listed apart from their singular), and the auxiliaries'
 * forms that are also rare nouns or other words (est "east", as "ace", ai "sloth", fut
 * "cask", sommes "sums", suis of suivre; été "summer" since session 11, which the folded
 * "ete" had joined to être and the accented reading keeps apart). Not listed, so keyed as their own words: lit
 * (bed), sort (fate), mets (dish). And the grammars' irregular feminines (blanche, franche,
 * sèche, publique, grecque, favorite, coite, andalouse, tierce, bénigne…): the dictionary lists
 * some of them as words of their own (franche/S., favorite/S.).
 */
const IRREGULAR = `
yeux œil
cieux ciel
aïeux aïeul
baux bail
coraux corail
émaux émail
soupiraux soupirail
travaux travail
vantaux vantail
vitraux vitrail
aulx ail
messieurs monsieur
mesdames madame
mesdemoiselles mademoiselle
bonshommes bonhomme
gentilshommes gentilhomme
suis es est sommes êtes sont fut été être
ai as a avoir
ira aller
blanche blanches blanc
franche franches franc
sèche sèches sec
fraîche fraîches frais
longue longues long
oblongue oblongues oblong
publique publiques public
caduque caduques caduc
turque turques turc
grecque grecques grec
favorite favorites favori
coite coites coi
andalouse andalouses andalou
tierce tierces tiers
bénigne bénignes bénin
maligne malignes malin
`;

/** Common verbs that win when a form has several readings (savons: savoir, not savon; faut:
 *  falloir, not faillir). */
const PREFER = 'être avoir aller faire pouvoir vouloir savoir devoir venir tenir voir dire mettre prendre ouvrir sortir lire falloir';

/** Noun and adjective number/gender flags: their readings win over verb readings (active:
 *  actif before activer; sèche: sec before sécher). */
const NOMINAL = ['S.', 'S=', 'X.', 'A.', 'I.', 'F.', 'F+', 'Fx', 'Fs', 'Fc', 'Fe', 'Gs', 'Gc', 'Ge', 'Go', 'W.', 'Wx'];

const ENGINE = {
  package: 'dictionary-fr',
  derivationFlags: DERIVATIONS,
  preferFlags: NOMINAL,
  // A capitalised entry (Lourdes, Vienne) does not make lourdes, vienne words of their own when
  // a lower-case lemma has them as forms (lourd's feminine plural, venir's subjunctive).
  capitalisedEntries: 'unlessForm',
} as const;

/**
 * Accents as written (Language.spelling). French writes them where they tell words apart —
 * pêche (peach, pêcher "to fish") and péché (sin, pécher), tâche and tache, forêt and foret,
 * côte and cote, jeûne and jeune, répartir and repartir — and running text writes them
 * reliably, so words are keyed by the dictionary read with the accents kept (`frForms`): the
 * key is the lemma as spelled (pêcher, péché). A word whose accents are unknown (a keyword or
 * slug typed without any, a word in capitals) is read as it stands when the accented
 * dictionary knows it so (tache), a capital first vowel also with its accents (Ecole: école);
 * else, and for a text word the accented dictionary does not know (the 1990 spelling connait,
 * a typo), by the folded dictionary (`frFoldedForms`, the reading before session 11, loaded
 * only then), whose lemma is then spelled as the dictionary spells it (gateaux: gâteau).
 */
const ACCENTED = 'àâäéèêëîïôöùûüÿç';
const withAccents = (word: string): string => foldWord(word, ACCENTED);
const UNKNOWN = '?';
const MARKED = /[àâäéèêëîïôöùûüÿçÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇ\u0300-\u0302\u0308\u0327]/u;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

export const frForms = hunspellForms({
  ...ENGINE,
  normalize: withAccents,
  changeLetters: normalize,
  exceptions: () => formTable(IRREGULAR, withAccents),
  preferLemmas: new Set(PREFER.split(' ').map(withAccents)),
});
export const frFoldedForms = hunspellForms({
  ...ENGINE,
  normalize,
  exceptions: () => formTable(IRREGULAR, normalize),
  preferLemmas: new Set(PREFER.split(' ').map(normalize)),
});

/** The accented engine knows the word (an entry, a form of one, or the irregular table's). */
const knows = (word: string): boolean => {
  const analysis = frForms.analyse(word);
  return analysis.lemma || analysis.candidates.length > 0 || frForms.wordForm(word) !== word;
};

/** Capital vowels often lose their accent (Etat, Ecole): the accented first letters to try. */
const FIRST_ACCENTS: Record<string, readonly string[]> = { e: ['é', 'è', 'ê'], a: ['à', 'â'], i: ['î'], o: ['ô'], u: ['û'] };

/**
 * The folded dictionary's key spelled as the accented dictionary spells its lemma (gateaux →
 * gateau → gâteau); a word neither knows is its own key.
 */
function foldedKey(norm: string): string {
  const lemma = frFoldedForms.wordForm(norm);
  const spellings = [...new Set(frFoldedForms.entries(lemma).filter((e) => e.lemma && e.word === e.word.toLowerCase()).map((e) => withAccents(e.word)))].sort();
  if (spellings.length === 0) return lemma;
  // Several entries fold alike (pêche, péché): the one a reading of the word names.
  const named = new Set(frFoldedForms.readings(norm).filter((r) => r.lemma === lemma).map((r) => withAccents(r.entry)));
  const spelled = spellings.find((s) => named.has(s)) ?? spellings[0]!;
  return frForms.wordForm(spelled);
}

/**
 * Present participles the dictionary lists as adjectives (gagnant/F., dansant/F., glissant/F.:
 * the verbal adjective, with its feminine and plural): keyed to their verb, as the participle
 * and gerund of running text are (en gagnant, glissant sur…), when the entry is that verb's
 * -ant form and nothing else: a lemma in -ant whose only entry carries the gender and number
 * flag F. alone. A second entry keeps it apart (montant/S. "amount", pendant the preposition,
 * croissant/S., courant); so does a spelling of its own (fatigant beside fatiguant). The price:
 * agent nouns the dictionary flags alike (étudiant, habitant, commandant) join their verb too.
 */
const participleVerb = cached((key: string): string => {
  if (!key.endsWith('ant')) return key;
  const entries = frForms.entries(key);
  if (entries.length !== 1 || entries[0]!.word !== key || entries[0]!.flags.join(' ') !== 'F.') return key;
  const verb = frForms.readings(key).find((r) => !r.own && r.plain && r.lemma !== key && /(?:er|ir|re)$/.test(r.lemma));
  if (verb === undefined || agentNoun(key)) return key;
  return frForms.wordForm(verb.lemma);
});

/**
 * Word frequencies: the word list of @zxcvbn-ts/language-fr (MIT; src/commonWords.json, the
 * ~28,000 commonest word forms of French film subtitles, OpenSubtitles 2024 via OPUS, ODC-BY,
 * ranked, as written), read on first use: form → rank (0 the commonest).
 */
let commonRanks: Map<string, number> | null = null;
function ranks(): Map<string, number> {
  if (commonRanks !== null) return commonRanks;
  try {
    commonRanks = commonWordRanks('@zxcvbn-ts/language-fr', withAccents);
  } catch {
    // Without the list every word is unattested: the rules that read it change nothing.
    commonRanks = new Map();
  }
  return commonRanks;
}
const rankOf = (word: string): number => ranks().get(word) ?? Infinity;

/**
 * An -ant word used as a noun (étudiant, habitant, dirigeant, militant, commerçant, participant:
 * people and things counted) is commoner in the plural than in the singular; a verbal adjective
 * (dansant, glissant, brillant, important) qualifies a singular noun far more often. A plural
 * ranked above its singular in the frequency list keeps the -ant lemma apart from its verb.
 */
const agentNoun = (key: string): boolean => rankOf(`${key}s`) < rankOf(key);

/**
 * The 1990 spelling's è for é before a syllable with a mute e (évènement, crèmerie, allègement,
 * beside événement, crémerie, allégement): two entries that differ only so, with the same
 * flags, are one word, keyed by the é spelling (the folded dictionary had joined them).
 */
const rectified = cached((key: string): string => {
  if (!key.includes('è')) return key;
  const traditional = key.replace(/è/g, 'é');
  const flags = (word: string) => frForms.entries(word).filter((e) => e.word === word).map((e) => e.flags.join(' ')).sort().join('|');
  const own = flags(key);
  return own !== '' && flags(traditional) === own ? traditional : key;
});

/**
 * Which of a homograph's lemmas is in use: when the key the engine chose is a lemma the
 * frequency list does not have (lançon, peson, planton, émeu, décri: rare nouns whose plural
 * spells lançons, pesons, plantons, émeus, décris, forms of lancer, peser, planter, émouvoir,
 * décrire) and another lemma of the word is listed, the word keys to the listed one (the
 * commonest). A listed lemma stands (coupons, mentons, bouillons stay coupon, menton, bouillon);
 * so does an entry keyed as itself (fondant, liant, commit), the irregular table's words, and
 * a rival that is a name (a capitalised entry only). Subtitles are not web articles: a lemma
 * common in health or technical writing may be missing (tendon: tendons → tendre).
 */
let tableWords: Set<string> | null = null;
function attestedKey(word: string): string {
  const key = frForms.wordForm(word);
  // An entry keyed as itself stands (fondant, liant, brisant: the nouns beside the participles).
  if (key === word || rankOf(key) !== Infinity) return key;
  const candidates = frForms.analyse(word).candidates;
  if (candidates.length < 2 || !candidates.includes(key)) return key;
  if ((tableWords ??= new Set(formTable(IRREGULAR, withAccents).keys())).has(word)) return key;
  let best: string | null = null;
  for (const lemma of candidates) {
    if (lemma === key || rankOf(lemma) === Infinity) continue;
    if (!frForms.entries(lemma).some((e) => e.lemma && e.word === e.word.toLowerCase())) continue;
    if (best === null || rankOf(lemma) < rankOf(best)) best = lemma;
  }
  return best !== null && frForms.wordForm(best) === best ? best : key;
}

function frenchKey(norm: string, spelling: string): string {
  return participleVerb(rectified(spelledKey(norm, spelling)));
}

function spelledKey(norm: string, spelling: string): string {
  if (!PLAIN_WORD.test(norm)) return norm;
  if (spelling !== UNKNOWN) {
    const written = spelling === '' ? norm : spelling;
    if (knows(written)) return attestedKey(written);
    const first = FIRST_ACCENTS[written.charAt(0)];
    const accented = first?.map((a) => a + written.slice(1)).find(knows);
    if (accented !== undefined) return attestedKey(accented);
  } else if (knows(norm)) return attestedKey(norm);
  return foldedKey(norm);
}

/** Spelling class: the word with its accents ('' when it has none), or UNKNOWN. */
function spelling(written: string, norm: string, where: SpellingContext): string {
  if (!MARKED.test(written)) return where === 'typed' || (written.length > 1 && written === written.toUpperCase() && written !== norm) ? UNKNOWN : '';
  if (written.length > 1 && written === written.toUpperCase()) return UNKNOWN;
  const accented = withAccents(written).replace(ELISION, '');
  return accented === norm.replace(ELISION, '') ? '' : accented;
}

const keys = new Map<string, string>();
function wordForm(w: string, spelled = ''): string {
  const id = spelled === '' ? w : `${w}\u0000${spelled}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = frenchKey(w.replace(ELISION, ''), spelled);
    if (keys.size < 200_000) keys.set(id, key);
  }
  return key;
}
/**
 * A homograph's other readings (Language.otherForms): lit, the noun's key, is also lire's
 * form; sort sortir's, cours courir's, coupons couper's beside coupon's plural, sèche sécher's
 * beside sec's feminine. The lemmas the accented dictionary reads the word as written by, and
 * the irregular table's; a word typed or capitalised without its accents (UNKNOWN), a function
 * word or one of the frequency list's 200 commonest forms has none.
 */
const COMMONEST = 200;
let irregularForms: Map<string, string> | null = null;
function otherForms(w: string, spelled = ''): readonly string[] {
  const word = w.replace(ELISION, '');
  // A function word reads as itself first: suis is être's, never suivre's.
  if (spelled === UNKNOWN || !PLAIN_WORD.test(word) || fr.functionWords.has(word)) return [];
  const written = spelled === '' ? word : spelled.replace(ELISION, '');
  // Nor do the commonest forms of the frequency list, grammar words and set phrases above all:
  // plus is plaire's passé simple too, faut faillir's, and a keyword plaire must not count them.
  if (rankOf(written) < COMMONEST) return [];
  const keyOf = (lemma: string): string => wordForm(normalize(lemma), lemma === normalize(lemma) ? '' : lemma);
  return readingKeys(frForms, written, wordForm(w, spelled), keyOf, (irregularForms ??= formTable(IRREGULAR, withAccents)));
}
const groups = vowelGroups('aeiouy');

export const fr: Language = {
  code: 'fr',
  name: 'French',
  iso6393: 'fra',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules('m mm mme mmes mlle dr pr p.ex cf av bd no vol chap env', 'etc'),
  // Elided articles and pronouns (l'eau, d'un, qu'il) are their own word before the apostrophe.
  wordForm,
  otherForms,
  spelling,
  functionWords: naturalStopwords('stopwords_fr', "l' d' j' qu' c' s' n' m' t' est sont été être au aux du des une un"),
  functionLemmas: wordSet('être avoir'),
  // A final mute e (-e, -es) is not a syllable: "crampe" = 1, "muscles" = 2.
  syllables: cached((w) => Math.max(1, groups(w) - (/[^aeiouy]es?$/.test(w) && w.length > 3 ? 1 : 0))),
  readability: fleschType('Kandel–Moles reading ease', 'Kandel & Moles (1958)', 207, 1.015, 73.6),
  formsNote: "Hunspell dictionary-fr lemmas and inflection affixes, read with the accents as written (pêche ≠ péché; a word typed without accents by the folded dictionary; elisions l', d', qu' removed first), -ant adjectives keyed to their verb (-ant nouns apart) and a homograph's unlisted lemma giving way to a listed one, both by the frequency list of @zxcvbn-ts/language-fr, plus a few irregular forms; unknown words match only themselves",
};
