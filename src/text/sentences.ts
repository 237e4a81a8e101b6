import { en } from '../language/en.js';
import type { Language } from '../language/types.js';
import { normalizeWord } from './normalize.js';

/**
 * Sentence boundaries inside one block of prose. A boundary is a run of
 * . ! ? … (plus closing quotes/brackets) followed by whitespace and then
 * something that can start a sentence, or a CJK full stop (。！？), which needs
 * no space. A period does not end a sentence after one of the language's
 * abbreviations (Dr., e.g., z.B.), an initial (J. Smith), a dotted acronym
 * (U.S.) unless a capitalised function word follows ("the U.S. Army" vs "the
 * U.S. Then"), an enumerator ("1. Stay hydrated."), or inside a number (3.5).
 * A single capital after a lowercase content word ends a sentence ("vitamin C.
 * Next"), and so does a word with an apostrophe ("don't. Next"). Inline code
 * right after a terminator starts a new sentence even though it is lowercase
 * (`codeStarts`: offsets in the text where inline code stood).
 */

/**
 * A run of terminators and closers. Latin runs end a sentence only when whitespace or the end
 * follows, checked after the match (terminatorsIn): a lookahead inside the pattern would make
 * the engine retry every suffix of a long run of dots not followed by a space (quadratic).
 */
const TERMINATOR = /[.!?\u2026]+["'\u201D\u2019)\]]*|[\u3002\uFF01\uFF1F]+[\u300D\u300F\uFF09"\u201D]*/gu;
const CJK_TERMINATOR = /^[\u3002\uFF01\uFF1F]/u;
const STARTS_SENTENCE = /^\s+["'\u201C\u2018(\[\u00BF\u00A1]*[\p{Lu}\p{N}\p{Lo}]/u;
const LOWER_START = /^\s+["'\u201C\u2018(\[]*\p{Ll}/u;

/** "1." / "(a)." / "iv." alone at the start of a sentence: an enumerator, not a sentence. */
const ENUMERATOR = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)?$/i;

export interface SentenceRange {
  start: number;
  end: number;
}

/** Where the word ending at `dot` starts. Combining marks belong to the word (NFD text). */
function wordStartBefore(text: string, dot: number): number {
  let i = dot;
  while (i > 0 && /[\p{L}\p{M}\p{N}.'\u2019]/u.test(text[i - 1]!)) i--;
  return i;
}

/** The word before a dot, composed and lowercased: NFD text ("E\u0301") splits into the same sentences as NFC ("\u00C9") (issue 16). */
function wordBefore(text: string, dot: number): string {
  return text.slice(wordStartBefore(text, dot), dot).normalize('NFC').toLowerCase();
}

/** The word before `word` (which starts at `from`), as written. */
function previousWord(text: string, from: number): string {
  const m = /([\p{L}\p{M}\p{N}']+)[^\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, from - 40), from));
  return m === null ? '' : m[1]!.normalize('NFC');
}

/** The word after a boundary, lowercased (quotes and brackets skipped). */
function wordAfter(text: string, from: number): string {
  const m = /^\s+["'\u201C\u2018(\[]*([\p{L}\p{M}\p{N}']+)/u.exec(text.slice(from, from + 40));
  return m === null ? '' : m[1]!.normalize('NFC').toLowerCase();
}

function isBoundary(text: string, match: RegExpMatchArray, language: Language, codeStarts: readonly number[]): boolean {
  const mark = match[0];
  const at = match.index!;
  const markEnd = at + mark.length;
  if (CJK_TERMINATOR.test(mark)) return true;
  const after = text.slice(markEnd, markEnd + 8);
  if (after.length === 0) return true;
  if (codeStarts.length > 0) {
    let next = markEnd;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    // codeStarts is ascending: the first start at or after markEnd decides (binary search,
    // so many terminators and many code spans stay linear).
    const c = firstAtOrAfter(codeStarts, markEnd);
    if (c !== undefined && c <= next) return true;
  }
  if (!mark.startsWith('.') || mark.startsWith('..')) {
    // ! ? and ellipses end a sentence unless the next word is lowercase.
    return !LOWER_START.test(after);
  }
  const word = wordBefore(text, at);
  const { neverFinal, maybeFinal } = language.sentences;
  if (neverFinal.has(word)) return false;
  const capitalNext = STARTS_SENTENCE.test(after);
  const functionWordNext = () => language.functionWords.has(normalizeWord(wordAfter(text, markEnd), language.keepDiacritics));
  // "the U.S. Army" vs "in the U.S. Then": after a dotted acronym only a
  // capitalised function word ("The", "Then", "It") reliably starts a sentence.
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return capitalNext && functionWordNext();
  if (maybeFinal.has(word)) return capitalNext;
  if (/^\p{L}$/u.test(word)) {
    // An initial ("J. Smith", "by J. Smith") does not end a sentence; a single letter after a
    // lowercase content word ("vitamin C. Next", "plan b. Then") does.
    if (!capitalNext) return false;
    if (functionWordNext()) return true;
    const before = previousWord(text, wordStartBefore(text, at));
    return /^\p{Ll}/u.test(before) && !language.functionWords.has(normalizeWord(before, language.keepDiacritics));
  }
  return capitalNext || !LOWER_START.test(after);
}

function firstAtOrAfter(sorted: readonly number[], value: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

const SPACE = /\s/;

/** The terminator runs that may end a sentence: CJK ones, and Latin ones followed by whitespace or the end. */
function* terminatorsIn(text: string): Generator<RegExpMatchArray> {
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index! + match[0].length;
    if (CJK_TERMINATOR.test(match[0]) || end === text.length || SPACE.test(text[end]!)) yield match;
  }
}

export function splitSentences(text: string, language: Language = en, codeStarts: readonly number[] = []): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const sortedCodeStarts = isSorted(codeStarts) ? codeStarts : [...codeStarts].sort((a, b) => a - b);
  for (const match of terminatorsIn(text)) {
    if (!isBoundary(text, match, language, sortedCodeStarts)) continue;
    if (ENUMERATOR.test(text.slice(start, match.index).trim())) continue;
    const end = match.index! + match[0].length;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function isSorted(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
