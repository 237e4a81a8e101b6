/**
 * Word-form keys of words as written (README: Matching): a language with `spelling` keys a word
 * by its normalised form and the class of its spelling; the others by the normalised form alone.
 */
import { tokenize } from '../text/tokenize.js';
import type { Language, SpellingContext } from './types.js';

/**
 * The key a normalised word matches by. A function word keys as itself unless the language reads
 * it as a form of another function word or of a function verb (Language.functionLemmas: sono is
 * essere's, la is lo's): the article, pronoun or conjunction is no form of the content word it
 * is spelt like (Italian dove is no dovere, anche no anca, Swedish bara no bära, Bokmål eller no
 * ell), so a content keyword never counts one. Keyword and text words both key here.
 */
export function wordKey(language: Language, norm: string, spelling?: string): string {
  const key = language.wordForm(norm, spelling);
  if (key === norm || !language.functionWords.has(norm)) return key;
  if (language.functionWords.has(key) || functionLemmaKeys(language).has(key)) return key;
  // A spelling that reads it as another word than its plain spelling does names that word (Spanish
  // dé is dar's, té tea, where de and te are function words).
  return spelling !== undefined && spelling !== '' && language.wordForm(norm) !== key ? key : norm;
}

const lemmaKeys = new WeakMap<Language, ReadonlySet<string>>();
function functionLemmaKeys(language: Language): ReadonlySet<string> {
  let keys = lemmaKeys.get(language);
  if (keys === undefined) {
    keys = new Set([...(language.functionLemmas ?? [])].map((lemma) => language.wordForm(lemma)));
    lemmaKeys.set(language, keys);
  }
  return keys;
}

/** A text word's other readings (Language.otherForms); a function word has none. */
export function wordReadings(language: Language, norm: string, spelling?: string): readonly string[] {
  return language.functionWords.has(norm) ? [] : (language.otherForms?.(norm, spelling) ?? []);
}

/**
 * A keyword word's readings beside its key: the ones it is the dictionary form of
 * (Language.keywordForms), and for a function word the language's key too, since a function
 * word typed as a keyword may mean the content word (Bokmål så, to sow, finds sår and sådde);
 * the text's function words never read so.
 */
export function keywordReadings(language: Language, norm: string, spelling?: string): readonly string[] {
  const forms = language.keywordForms?.(norm, spelling) ?? [];
  if (!language.functionWords.has(norm)) return forms;
  const key = wordKey(language, norm, spelling);
  const own = language.wordForm(norm, spelling);
  if (own === key) return forms;
  return [own, ...forms.filter((form) => form !== own && form !== key)];
}

/** The key of one word: `written` as in the text or as typed, `norm` its normalised form. */
export function keyOf(language: Language, written: string, norm: string, where: SpellingContext): string {
  const spelling = language.spelling;
  return wordKey(language, norm, spelling === undefined ? undefined : spelling(written, norm, where));
}

/**
 * The normalised words of a short string and their keys. `typed`: a keyword phrase, a section
 * name, a slug (every word `typed`); else text (a title, a link's text: the first word `start`).
 * `choices`: each word's keys, its key first and then, for a typed word, the readings it is the
 * dictionary form of (Language.keywordForms); a text word's is its key alone.
 */
export function keyedWords(text: string, language: Language, typed: boolean): { norms: string[]; keys: string[]; choices: (readonly string[])[] } {
  const norms: string[] = [];
  const keys: string[] = [];
  const choices: (readonly string[])[] = [];
  for (const token of tokenize(text, 0, language)) {
    if (token.norm === '') continue;
    norms.push(token.norm);
    const where: SpellingContext = typed ? 'typed' : norms.length === 1 ? 'start' : 'text';
    const spelling = language.spelling?.(token.text, token.norm, where);
    const key = wordKey(language, token.norm, spelling);
    keys.push(key);
    const extra = typed ? keywordReadings(language, token.norm, spelling) : [];
    choices.push(extra.length === 0 ? [key] : [key, ...extra]);
  }
  return { norms, keys, choices };
}
