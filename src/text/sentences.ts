import { isFunctionWord } from './stopwords.js';

/**
 * Sentence boundaries inside one block of prose. A boundary is a run of
 * . ! ? (plus closing quotes/brackets) followed by whitespace and then
 * something that can start a sentence. A period does not end a sentence after
 * a known abbreviation (Dr., e.g.), an initial (J.), a dotted acronym (U.S.)
 * unless a capitalised function word follows ("the U.S. Army" vs "the U.S.
 * Then"), an enumerator ("1. Stay hydrated."), or inside a number (3.5).
 */

/** Abbreviations that never end a sentence: they always precede more words. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'rep', 'sen', 'gov',
  'capt', 'col', 'lt', 'sgt', 'rev', 'hon', 'pres', 'e.g', 'i.e', 'cf', 'vs', 'viz', 'fig',
  'figs', 'no', 'nos', 'vol', 'vols', 'pp', 'approx', 'ca', 'dept', 'est', 'ref', 'refs',
]);
/** Abbreviations that may end a sentence; they do only when a capital follows. */
const MAYBE_FINAL = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'al', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'min', 'max',
  'mg', 'kg', 'oz', 'lb', 'lbs',
]);

const TERMINATOR = /[.!?\u2026]+["'\u201D\u2019)\]]*(?=\s|$)/gu;
const STARTS_SENTENCE = /^\s+["'\u201C\u2018(\[]*[\p{Lu}\p{N}\p{Lo}]/u;
const LOWER_START = /^\s+["'\u201C\u2018(\[]*\p{Ll}/u;

/** "1." / "(a)." / "iv." alone at the start of a sentence: an enumerator, not a sentence. */
const ENUMERATOR = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)?$/i;

export interface SentenceRange {
  start: number;
  end: number;
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

/** The word after a boundary, lowercased (quotes and brackets skipped). */
function wordAfter(text: string, from: number): string {
  const m = /^\s+["'\u201C\u2018(\[]*([\p{L}\p{N}']+)/u.exec(text.slice(from, from + 40));
  return m === null ? '' : m[1]!.toLowerCase();
}

function isBoundary(text: string, match: RegExpMatchArray): boolean {
  const mark = match[0];
  const at = match.index!;
  const after = text.slice(at + mark.length, at + mark.length + 8);
  if (after.length === 0) return true;
  if (!mark.startsWith('.') || mark.startsWith('..')) {
    // ! ? and ellipses end a sentence unless the next word is lowercase.
    return !LOWER_START.test(after);
  }
  const word = wordBefore(text, at);
  if (NEVER_FINAL.has(word)) return false;
  const capitalNext = STARTS_SENTENCE.test(after);
  // "the U.S. Army" vs "in the U.S. Then": after a dotted acronym only a
  // capitalised function word ("The", "Then", "It") reliably starts a sentence.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return capitalNext && isFunctionWord(wordAfter(text, at + mark.length));
  if (MAYBE_FINAL.has(word)) return capitalNext;
  // An initial ("J. Smith") never ends a sentence.
  if (/^\p{L}$/u.test(word)) return false;
  return capitalNext || !LOWER_START.test(after);
}

export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    if (!isBoundary(text, match)) continue;
    if (ENUMERATOR.test(text.slice(start, match.index).trim())) continue;
    const end = match.index! + match[0].length;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
