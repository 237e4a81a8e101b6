/**
 * English. Word forms by inflection: plural and possessive nouns, verbs in -s, -ed, -ing
 * (e-drop, consonant doubling) and WordNet's irregular forms (child ~ children, run ~ ran).
 * Every suffix rule is gated by WordNet's lemma lists: "news" reduces to "new" only if "new"
 * were a noun or verb, which it is not; no derivational suffix (-er, -ity, -ion, -ous…) is
 * ever removed, so university ≠ universe and commander ≠ command.
 */
import { NOUNS, NOUN_EXCEPTIONS, OTHERS, VERBS, VERB_EXCEPTIONS } from './en-lexicon.js';
import { cached, fleschType, sentenceRules, wordSet } from './common.js';
import type { Language } from './types.js';

interface Lexicon {
  nouns: Words;
  verbs: Words;
  /** Built on first need: only words outside WordNet's nouns and verbs consult it. */
  others(): Words;
  exceptions: ReadonlyMap<string, string>;
}

interface Words {
  has(word: string): boolean;
}

/** Questions a sorted list answers by binary search before it builds a Set (a long run). */
const SEARCHES_BEFORE_SET = 20_000;

/**
 * Membership in one of the lexicon's sorted, space-separated word lists: a binary search over
 * the string itself (no Set of 55,000 words for an article that asks about a few hundred), and
 * a Set once many questions have been asked. Same answers either way.
 */
export class SortedWords implements Words {
  private set: Set<string> | null = null;
  private searches = 0;
  constructor(
    private readonly list: string,
    private readonly extra: readonly string[] = [],
  ) {}

  has(word: string): boolean {
    if (this.set !== null) return this.set.has(word);
    if (++this.searches > SEARCHES_BEFORE_SET) {
      this.set = new Set(this.list.split(' ').concat(this.extra));
      return this.set.has(word);
    }
    if (this.extra.includes(word)) return true;
    const list = this.list;
    // lo and hi are word starts (hi may be the end); the word is among those starting in [lo, hi).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = list.lastIndexOf(' ', mid) + 1;
      let end = list.indexOf(' ', start);
      if (end === -1) end = list.length;
      const found = list.slice(start, end);
      if (found === word) return true;
      if (found < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

let lexicon: Lexicon | null = null;

/** Built on first use: only runs that meet an English article pay for it (the irregular-form map). */
function load(): Lexicon {
  if (lexicon !== null) return lexicon;
  // wink-lexicon leaves out a few two-letter lemmas.
  const nouns = new SortedWords(NOUNS, ['ox']);
  const verbs = new SortedWords(VERBS, ['go', 'be', 'do']);
  const exceptions = new Map<string, string>();
  const verbList = VERB_EXCEPTIONS.split(' ');
  for (let i = 0; i + 1 < verbList.length; i += 2) if (!exceptions.has(verbList[i]!)) exceptions.set(verbList[i]!, verbList[i + 1]!);
  const nounList = NOUN_EXCEPTIONS.split(' ');
  for (let i = 0; i + 1 < nounList.length; i += 2) {
    const form = nounList[i]!;
    // A foreign plural that is an English verb as well is that verb (dive, not diva's plural).
    if (!exceptions.has(form) && !verbs.has(form)) exceptions.set(form, nounList[i + 1]!);
  }
  // A verb.exc form whose -s-less word is a lemma of its own names another spelling of the
  // lemma (programmes → program: programme; caddies → caddy: caddie; swops → swap: swop).
  for (let i = 0; i + 1 < verbList.length; i += 2) {
    const [form, lemma] = [verbList[i]!, verbList[i + 1]!];
    const variant = form.slice(0, -1);
    if (!form.endsWith('s') || form.endsWith('ss') || FUNCTION_WORDS.has(form) || variant === lemma) continue;
    if ((nouns.has(variant) || verbs.has(variant)) && !exceptions.has(variant)) exceptions.set(variant, lemma);
  }
  // Irregular plurals WordNet lists as lemmas of their own rather than as exceptions.
  exceptions.set('people', 'person');
  exceptions.set('bacteria', 'bacterium');
  let others: Words | null = null;
  lexicon = { nouns, verbs, others: () => (others ??= new SortedWords(OTHERS)), exceptions };
  return lexicon;
}

export const FUNCTION_WORDS = wordSet(`a about above after again against all am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no
nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll
they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
what's when when's where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll
you're you've your yours yourself yourselves also may might must shall just via per us yes`);

/**
 * WordNet irregular forms that are, far more often, words of their own (ground ≠ grind,
 * left ≠ leave, media ≠ medium): they are not mapped to the exception's lemma.
 */
const OWN_WORDS = wordSet('ground wound left rose lay bore stole bound led lit spat bit media');

/** Words whose -s/-ing/-ed look is not an inflection of the lemma WordNet would allow. */
const NOT_INFLECTED = wordSet(`news species series means physics mathematics economics politics ethics
statistics genetics linguistics athletics electronics logistics aesthetics acoustics aerobics robotics semantics
dynamics mechanics optics analytics always perhaps evening ceiling nothing something anything everything
morning during lens gas bus plus thus bias chaos canvas atlas alias iris axis basis heading marketing setting meeting
wedding clothing pudding offspring spring string sibling darling`);

const CONSONANT = /[bcdfghjklmnpqrstvz]/;

/** Could the word end in a consonant–vowel–consonant that English doubles (hop → hopping)? */
function doublesFinal(x: string): boolean {
  const n = x.length;
  if (n < 2 || !CONSONANT.test(x[n - 1]!) || /[wxy]/.test(x[n - 1]!)) return false;
  if (!/[aeiou]/.test(x[n - 2]!)) return false;
  if (n >= 3 && /[aeiou]/.test(x[n - 3]!)) return false; // "ea", "oo": rain, cool
  // One vowel group only: stressed-last polysyllables (begin, refer) are irregular anyway.
  return (x.slice(0, n - 1).match(/[aeiouy]+/g)?.length ?? 0) === 1;
}

/**
 * The base of an -ing/-ed word among the words `base` accepts (WordNet's verbs; for a word
 * WordNet lacks, its nouns too: bookmarked, benchmarking).
 */
function verbBase(word: string, suffix: 'ing' | 'ed', base: Words): string | null {
  const x = word.slice(0, -suffix.length);
  const isVerb = (c: string) => c.length >= 2 && base.has(c);
  if (suffix === 'ed') {
    if (x.endsWith('i') && isVerb(x)) return x; // skied, taxied: a verb in -i takes -ed as it is
    if (word.endsWith('ied') && isVerb(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`; // tried
    if (isVerb(word.slice(0, -1))) return word.slice(0, -1); // hoped, used, died
  } else if (word.endsWith('ying') && isVerb(`${word.slice(0, -4)}ie`)) {
    return `${word.slice(0, -4)}ie`; // dying, lying
  }
  const n = x.length;
  if (n >= 2 && x[n - 1] === x[n - 2] && CONSONANT.test(x[n - 1]!)) {
    // Doubled consonant: stop-p-ed, run-n-ing; or the base's own (fall, press).
    if (isVerb(x)) return x;
    if (isVerb(x.slice(0, -1))) return x.slice(0, -1);
    return null;
  }
  // hoping: "hop" would have doubled, so the base is "hope"; caring: "car" is no verb.
  if (suffix === 'ing') {
    if (doublesFinal(x) && isVerb(`${x}e`)) return `${x}e`;
    if (isVerb(x)) return x;
    if (isVerb(`${x}e`)) return `${x}e`;
    return null;
  }
  return isVerb(x) ? x : null;
}

function pluralBase(word: string, lex: Lexicon): string | null {
  const known = (c: string) => lex.nouns.has(c) || lex.verbs.has(c);
  // A plural -s never follows -ss, and follows -us or -is only in the plural of a noun in -u or
  // -i (bureaus, menus, skis) that is no lemma itself (status, analysis, genus ≠ genu).
  if (word.endsWith('ss')) return null;
  if (/(?:us|is)$/.test(word)) return !known(word) && lex.nouns.has(word.slice(0, -1)) ? word.slice(0, -1) : null;
  // A Greek plural in -ses is the -sis noun's rather than a 3rd person of a verb in -se that is
  // only a verb (thromboses, necroses; not bases: base is a noun too).
  if (word.endsWith('ses') && lex.nouns.has(`${word.slice(0, -2)}is`) && lex.verbs.has(word.slice(0, -1)) && !lex.nouns.has(word.slice(0, -1))) {
    return `${word.slice(0, -2)}is`;
  }
  // After a sibilant, -es is the plural's ending before a noun in -e is tried: masses is mass's
  // plural, not masse's (crosses, ashes, marches, annexes); niches, caches have no "nich", "cach".
  const candidates: string[] = /(?:ss|x|zz|sh|ch)es$/.test(word) ? [word.slice(0, -2), word.slice(0, -1)] : [word.slice(0, -1)];
  // -ies before -es: pennies is penny's plural before "penni" (a Finnish coin) is tried.
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('ves')) candidates.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  for (const c of candidates) if (c.length >= 2 && known(c)) return c;
  // Neither the word nor its singular is in WordNet (APIs, utils, Kubernetes): regular
  // -s/-es/-ies rules, never after -ss, -us, -is (class, status, analysis).
  if (isEnglish(word, lex) || /(?:ss|us|is|'s)$/.test(word) || word.length < 4) return null;
  const base = word.endsWith('ies') ? `${word.slice(0, -3)}y` : /(?:[sxz]|ch|sh)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
  return isEnglish(base, lex) || isEnglish(word.slice(0, -1), lex) ? null : unknownKey(base, lex);
}

/** Whether WordNet knows the word (noun, verb, adjective or adverb). */
function isEnglish(word: string, lex: Lexicon): boolean {
  return lex.nouns.has(word) || lex.verbs.has(word) || lex.others().has(word);
}

/**
 * The key of a base WordNet does not know (rebase, tokenize, kubernetes), the same for its
 * -s, -ed and -ing words: a final e after a consonant is dropped, so rebase, rebases, rebased
 * and rebasing all key as "rebas", unless the stem without it is a word WordNet knows (pete ≠ pet)
 * or shorter than four letters: short unknown words are mostly abbreviations and names, which an
 * e-drop would join (pre ~ PR, vite ~ vit).
 */
function unknownKey(base: string, lex: Lexicon): string {
  return base.length >= 5 && /[bcdfghjklmnpqrstvwxz]e$/.test(base) && !isEnglish(base.slice(0, -1), lex) ? base.slice(0, -1) : base;
}

/**
 * An -ing/-ed word no WordNet list has, of a verb WordNet lacks too (refactored, preloading,
 * tokenized, grepped): its stem by the regular rules (undoubled after a single vowel, -ied → -y),
 * keyed as unknownKey keys the base; null when that stem is a word WordNet knows (the -ed or
 * -ing word is then more likely a derivation of it than a form of an unknown verb).
 */
function unknownVerbBase(word: string, suffix: 'ing' | 'ed', lex: Lexicon): string | null {
  let stem = word.slice(0, -suffix.length);
  if (suffix === 'ed' && stem.endsWith('i')) stem = `${stem.slice(0, -1)}y`;
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && CONSONANT.test(stem[n - 1]!) && doublesFinal(stem.slice(0, -1))) stem = stem.slice(0, -1);
  if (stem.length < 3 || !/[aeiouy]/.test(stem) || isEnglish(stem, lex) || isEnglish(`${stem}e`, lex)) return null;
  return stem;
}

/**
 * Plurals WordNet leaves out for compounds and Latin nouns: -men of a -man noun (firemen,
 * chairmen; a -men noun of its own such as omen or specimen is not one) and -ae of an -a noun
 * (algae, vertebrae; the singular at least four letters, so brae stays apart from bra). WordNet
 * lists some -men plurals as lemmas (businessmen, linemen): they are plurals all the same. Left
 * joined, rare: cannae ~ canna, hepaticae ~ hepatica, menurae ~ menura, germen ~ german,
 * dolmen ~ dolman.
 */
function latinOrManPlural(word: string, lex: Lexicon): string | null {
  if (word.length >= 6 && word.endsWith('men')) {
    const singular = `${word.slice(0, -3)}man`;
    if (lex.nouns.has(singular)) return singular;
  }
  if (word.length >= 5 && word.endsWith('ae') && lex.nouns.has(word.slice(0, -1))) {
    // A taxon's name (rosaceae, phasmidae) is a lemma of its own, not its -a noun's plural.
    if (!lex.nouns.has(word) || !/(?:id|ace|e)ae$/.test(word)) return word.slice(0, -1);
  }
  return null;
}

/** The lemma a normalised English word is matched by. */
export function englishForm(norm: string): string {
  let word = norm;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  else if (word.endsWith("s'")) word = word.slice(0, -1);
  // Reflexive plurals, function words among them: yourselves ~ yourself.
  if (word.endsWith('selves') && FUNCTION_WORDS.has(`${word.slice(0, -6)}self`)) return `${word.slice(0, -6)}self`;
  if (!/^[a-z]+$/.test(word) || FUNCTION_WORDS.has(word) || NOT_INFLECTED.has(word)) return word;
  const lex = load();
  const irregular = lex.exceptions.get(word);
  if (irregular !== undefined && !OWN_WORDS.has(word)) return irregular;
  const compound = latinOrManPlural(word, lex);
  if (compound !== null) return compound;
  for (const suffix of ['ing', 'ed'] as const) {
    if (word.length < suffix.length + 2 || !word.endsWith(suffix) || lex.verbs.has(word)) continue;
    const base = verbBase(word, suffix, lex.verbs);
    if (base !== null) return base;
    // Verbs WordNet lacks: nouns used as verbs (bookmarked), new verbs (refactored).
    if (isEnglish(word, lex)) return word;
    return verbBase(word, suffix, lex.nouns) ?? unknownVerbBase(word, suffix, lex) ?? word;
  }
  if (word.length >= 3 && word.endsWith('s')) return pluralBase(word, lex) ?? word;
  return word.endsWith('e') && !isEnglish(word, lex) ? unknownKey(word, lex) : word;
}

/** Spelling class of an acronym's plural as written (APIs, GPUs, KPIs): lowercased, "apis" is a
 * word of its own and "gpus" looks like a Latin -us noun. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;
function englishSpelling(written: string): string {
  return ACRONYM_PLURAL.test(written) ? 'acronym-s' : '';
}
const plainForm = cached(englishForm);
/** The key of a normalised word; an acronym's plural keys as the acronym. */
function englishWordForm(norm: string, spelling = ''): string {
  return spelling === 'acronym-s' ? plainForm(norm.slice(0, -1)) : plainForm(norm);
}

const CONSONANTS = /[bcdfghjklmnpqrstvwxz]/;

/**
 * Syllables for Flesch: vowel groups, minus a silent final e / -es / -ed, plus vowel pairs
 * that are usually two syllables (-ium, -ia, -io not after c/g/s/t, -ua/-uo not after q/g).
 * Good to about ±1 syllable per word, as the formula was calibrated with hand counts.
 */
export function englishSyllables(word: string): number {
  const w = word.replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const letters = w[0] === 'y' ? `_${w.slice(1)}` : w;
  let n = letters.match(/[aeiouy]+/g)?.length ?? 0;
  n += letters.match(/iu/g)?.length ?? 0;
  n += letters.match(/[^cgst]i[ao]/g)?.length ?? 0;
  n += letters.match(/[^qg]u[ao]/g)?.length ?? 0;
  const len = letters.length;
  const last = letters[len - 1]!;
  const beforeLast = letters[len - 2]!;
  if (last === 'e') {
    const syllabicLe = beforeLast === 'l' && CONSONANTS.test(letters[len - 3]!);
    if (!syllabicLe && CONSONANTS.test(beforeLast)) n--;
  } else if (letters.endsWith('es') || letters.endsWith('ed')) {
    const c = letters[len - 3]!;
    const c2 = letters.slice(len - 4, len - 2);
    const syllabic =
      last === 's'
        ? /[sxzcg]/.test(c) || c2 === 'ch' || c2 === 'sh' || (c === 'l' && CONSONANTS.test(letters[len - 4]!))
        : /[td]/.test(c);
    if (!syllabic && CONSONANTS.test(c)) n--;
  }
  return Math.max(1, n);
}

export const en: Language = {
  code: 'en',
  name: 'English',
  iso6393: 'eng',
  segmentation: 'spaces',
  keepDiacritics: '',
  sentences: sentenceRules(
    `mr mrs ms dr prof sr jr st mt ft gen rep sen gov capt col lt sgt rev hon pres e.g i.e cf vs viz fig figs no nos
     vol vols pp approx ca dept est ref refs`,
    `etc inc ltd co corp al a.m p.m u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec min max mg kg oz lb lbs`,
  ),
  wordForm: englishWordForm,
  spelling: englishSpelling,
  functionWords: FUNCTION_WORDS,
  functionLemmas: wordSet('be have do'),
  syllables: cached(englishSyllables, 100_000),
  readability: fleschType('Flesch reading ease', 'Flesch (1948)', 206.835, 1.015, 84.6),
  formsNote: 'inflection by WordNet-gated suffix rules and irregular lists (WordNet via wink-lexicon)',
};
