/**
 * What a language brings to the auditor (README: Matching). One file per language
 * (src/language/<code>.ts) exports a Language; registry.ts lists them.
 */

/** Counts a readability formula is computed from (body text, headings excluded). */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters (Unicode letters and digits) in the words. */
  letters: number;
  /** Words of more than six letters (LIX). */
  longWords: number;
}

export interface Readability {
  /** Formula name as cited, e.g. "Flesch reading ease". */
  name: string;
  /** Author, year: what the formula and its target come from. */
  source: string;
  score(counts: TextCounts): number;
  /** True for reading-ease scales (higher is easier), false for grade-like scales (LIX). */
  higherIsEasier: boolean;
  /** The acceptable bound: at least this (ease) or at most this (LIX), unless the rule's option says otherwise. */
  target: number;
  /** Verbal band of a score, in English (the report's language). */
  band(score: number): string;
}

export interface SentenceRules {
  /** Lowercase abbreviations (without the final dot) that never end a sentence: "dr", "e.g". */
  neverFinal: ReadonlySet<string>;
  /** Abbreviations that end a sentence only when a capitalised word follows: "etc". */
  maybeFinal: ReadonlySet<string>;
}

/**
 * Where a word stands, for Language.spelling: `text`, a word in running text; `start`, the first
 * word of a sentence, heading, list item or short field (its capital says nothing of the word);
 * `typed`, a word a user typed (keyword phrases, a group's section name) or a slug: case, and
 * perhaps accents, as typed, not as the text would write them.
 */
export type SpellingContext = 'text' | 'start' | 'typed';

export interface Language {
  /** BCP 47 primary subtag: "en". */
  code: string;
  /** English name: "English". */
  name: string;
  /** ISO 639-3 code the detector (franc) reports: "eng". */
  iso6393: string;
  /**
   * `spaces`: words are runs of letters (scripts with spaces); `segmenter`: runs of the
   * language's own script go through Intl.Segmenter (zh, ja, th).
   */
  segmentation: 'spaces' | 'segmenter';
  /**
   * Letters whose diacritics carry meaning in this language (kept when words are normalised:
   * Spanish ñ, German ä ö ü, Polish ą ę ł …); all other diacritics fold (é = e). Lowercase.
   */
  keepDiacritics: string;
  sentences: SentenceRules;
  /**
   * The key a normalised word is matched by in `forms` and `sentence` modes: two words
   * are forms of each other when their keys are equal (inflection, never derivation).
   * `spelling` is the class `spelling()` gave for the word as written; '' or absent: the plain
   * reading (the only one for a language without `spelling`).
   */
  wordForm(norm: string, spelling?: string): string;
  /**
   * Optional: the keys of a homograph's other readings, when the word is also a form of lemmas
   * its key is not (French lit: the noun's key, and lire's; coupons: coupon's plural, couper's
   * present). A word of the text matches a keyword's word by its key or by any of these; a
   * keyword's word is matched by its key alone, so "lire" finds lit while "lit" finds lit and lits,
   * never lisons. Distinct, sorted, without wordForm's key; the same arguments as wordForm, and
   * a result that depends on them only. Absent or empty: one key per word.
   */
  otherForms?(norm: string, spelling?: string): readonly string[];
  /**
   * Optional: the keys a keyword's word finds besides its key, when the word as typed is the
   * dictionary form of a reading its key is not (Dutch spelen: its key is spel's, the noun whose
   * plural it is, and it is also the infinitive of spelen, keyed speel, so the keyword spelen finds
   * speelt). Only readings the word is the lemma of: lit, a form of lire but the lemma of the
   * noun, gets none, so the keyword lit never finds lisons. Distinct, sorted, without wordForm's
   * key; the same arguments as wordForm. Absent or empty: a keyword's word has its key alone.
   */
  keywordForms?(norm: string, spelling?: string): readonly string[];
  /**
   * Optional; a language opts in to word forms that see the word as written, where the
   * normalised word has lost what tells two readings apart (Spanish accents: caminó is
   * caminar's, camino the noun; German capitals: Fragen is Frage's plural, fragen the verb).
   * Returns the word's spelling class: '' for the plain, most common case (wordForm(norm)),
   * else a short string passed to wordForm(norm, spelling). Documents key their words per
   * (norm, class), so a language should return few classes; the result must depend on the
   * arguments only. `written` is the word as in the text (case and diacritics kept), `norm`
   * its normalised form. Languages without it pay nothing: their words are keyed per norm.
   */
  spelling?(written: string, norm: string, where: SpellingContext): string;
  /** Articles, pronouns, prepositions, conjunctions, auxiliaries (normalised forms). */
  functionWords: ReadonlySet<string>;
  /**
   * The auxiliaries and function verbs whose forms the function words include (Italian essere,
   * avere): a function word keys as one of these or as another function word (sono: essere, la:
   * lo), else as itself (dove is no dovere; language/spelling.ts wordKey). Absent: none.
   */
  functionLemmas?: ReadonlySet<string>;
  /** Syllables of one normalised word (≥ 1). */
  syllables(norm: string): number;
  /** The language's established readability formula, or null (the readability rule is then n/a). */
  readability: Readability | null;
  /** One line for the README's languages table: how word forms are found. */
  formsNote: string;
}
