import { normalizeWord } from './normalize.js';

/**
 * A word is a run of Unicode letters, combining marks and digits; an
 * apostrophe between two such runs stays inside the word ("don't"), while
 * hyphens, dashes and every other character split words. Matching runs on the
 * original string, so offsets always slice back to the token's text.
 */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}\p{N}]+)*/gu;

export interface WordToken {
  /** The word as written. */
  text: string;
  /** normalizeWord(text). */
  norm: string;
  /** Offset of the first UTF-16 code unit, relative to the tokenized string plus `base`. */
  start: number;
  end: number;
}

export function tokenize(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  WORD_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(WORD_PATTERN)) {
    const start = m.index + base;
    out.push({ text: m[0], norm: normalizeWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** Normalised words of a short string (a keyword phrase, a title, a slug). */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/** True when the string holds at least one word. */
export function hasWords(text: string): boolean {
  WORD_PATTERN.lastIndex = 0;
  const found = WORD_PATTERN.test(text);
  WORD_PATTERN.lastIndex = 0;
  return found;
}
