/**
 * Word-form keys of words as written (README: Matching): a language with `spelling` keys a word
 * by its normalised form and the class of its spelling; the others by the normalised form alone.
 */
import { tokenize } from '../text/tokenize.js';
import type { Language, SpellingContext } from './types.js';

/** The key of one word: `written` as in the text or as typed, `norm` its normalised form. */
export function keyOf(language: Language, written: string, norm: string, where: SpellingContext): string {
  const spelling = language.spelling;
  return spelling === undefined ? language.wordForm(norm) : language.wordForm(norm, spelling(written, norm, where));
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
    const key = language.wordForm(token.norm, spelling);
    keys.push(key);
    const extra = typed ? (language.keywordForms?.(token.norm, spelling) ?? []) : [];
    choices.push(extra.length === 0 ? [key] : [key, ...extra]);
  }
  return { norms, keys, choices };
}
