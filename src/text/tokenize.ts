import { normalizeWord } from './normalize.js';
import { en } from '../language/en.js';
import type { Language } from '../language/types.js';

/**
 * Words (README: Matching). A word is a run of Unicode letters and digits (with the combining marks
 * that belong to them); an apostrophe between two runs stays inside the word ("don't");
 * hyphens, dashes and every other character split words. These are one word each: a URL,
 * an e-mail address, a file or dotted name (Node.js, index.html), a version (1.2.3, v2.0),
 * a number with separators (1,000 3.5 10:30) and a dotted abbreviation (e.g. U.S. z.B.).
 * Emoji and symbols are not words: a letter or digit that is part of an emoji sequence
 * (keycap 1️⃣, ℹ️) is skipped. Runs of Chinese, Japanese and Thai script are segmented into
 * words by Intl.Segmenter. Matching runs on the original string, so offsets always slice
 * back to the token's text.
 */
const MARK = '(?:(?![\\u{FE00}-\\u{FE0F}\\u{20E3}])\\p{M})';
const SEGMENTED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\u{30FC}\\u{3005}';
const LETTER = `[[\\p{L}\\p{N}]--[${SEGMENTED}]]`;
const ALNUM = `(?:${LETTER}|${MARK})`;
const SEGMENT_RUN = `[${SEGMENTED}]+`;
const URL = `(?:https?://|ftp://|www\\.)[^\\s<>"'\\u{201C}\\u{201D}\\u{2018}\\u{2019}\\u{FFFC}\\u{3000}-\\u{303F}\\u{FF01}-\\u{FF0F}\\u{FF1A}-\\u{FF1F}]+`;
// Bounded like real addresses (a local part of at most 64 characters, labels of at most 63): an
// unbounded `[…]+` here is retried from every character of a long "a-a-a-…" run that has no "@",
// which made tokenizing quadratic.
const EMAIL = `[\\p{L}\\p{N}_%+\\-]{1,64}(?:\\.[\\p{L}\\p{N}_%+\\-]{1,64}){0,16}@[\\p{L}\\p{N}\\-]{1,63}(?:\\.[\\p{L}\\p{N}\\-]{1,63}){1,16}`;
// A letter may carry combining marks (NFD text: "ÉcU.S." with É as E + U+0301 is one word, as in NFC; npm run fuzz seed 255174328).
const ABBREVIATION = `(?<![\\p{L}\\p{M}\\p{N}.])(?:\\p{L}\\p{M}*){1,3}\\.(?:(?:\\p{L}\\p{M}*){1,3}\\.)+(?![\\p{L}\\p{N}])`;
const NUMBER = `\\p{N}+(?:[.,:]\\p{N}+)+`;
// Combining marks belong to the letters (NFD "aı̈ve" is one word, as NFC "aïve" is).
const DOTTED = `${LETTER}${ALNUM}*(?:\\.[\\p{Ll}\\p{N}]${ALNUM}*)+`;
const PLAIN = `${LETTER}${ALNUM}*(?:['\\u{2019}\\u{02BC}]${ALNUM}+)*`;

export const WORD_PATTERN = new RegExp(
  `(${URL})|${EMAIL}|${ABBREVIATION}|${NUMBER}|${DOTTED}|${PLAIN}|(${SEGMENT_RUN})`,
  'gv',
);

/**
 * Every special word above lies inside one run of non-space characters, so the text is cut
 * into such runs first and only a run holding one of these characters goes through
 * WORD_PATTERN; the others (most of prose: "cramps", "night") take the plain-word pattern,
 * which is the same pattern restricted to what can occur without them.
 */
const CHUNK = /\S+/g;
const SPECIAL_CHUNK = new RegExp(`[.@:,/\\u{FE00}-\\u{FE0F}\\u{20E3}${SEGMENTED}]`, 'u');
/** Punctuation that may close a run ("cramps.", "night,"); counted from the end by trailingLength. */
const TRAILING = new Set(['.', ',', ':', ';', '!', '?', ')', '"', "'", ']', '\u2019', '\u201D']);

/** Length of the closing punctuation at the end of `value` (a loop: a `[…]+$` regex is quadratic on a long run of dots). */
function trailingLength(value: string): number {
  let end = value.length;
  while (end > 0 && TRAILING.has(value[end - 1]!)) end--;
  return value.length - end;
}
const PLAIN_ONLY = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu;

/** Characters that end a URL only when they are its last (a sentence's period, a closing bracket). */
const URL_TRAILER = /[.,;:!?'")\]}>*_~]/;
/** U+FE0F (emoji presentation) or U+20E3 (keycap) right after a one-character word: an emoji. */
const EMOJI_TAIL = /^[\u{FE0E}\u{FE0F}\u{20E3}]/u;

export interface WordToken {
  /** The word as written. */
  text: string;
  /** normalizeWord(text) in the tokenizer's language. */
  norm: string;
  /** Offset of the first UTF-16 code unit, relative to the tokenized string plus `base`. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(run: string, language: Language): Intl.Segmenter {
  const locale = /\p{sc=Thai}/u.test(run)
    ? 'th'
    : /[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(run)
      ? 'ja'
      : language.segmentation === 'segmenter' && language.code !== 'th'
        ? language.code
        : 'zh';
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

const count = (text: string, ch: string): number => text.split(ch).length - 1;

/** The URL without trailing punctuation, keeping a ")" that closes a "(" inside it (Wikipedia links). */
function trimUrl(url: string): string {
  let end = url.length;
  // Bracket balance of url[0, end - 1), kept up to date as `end` moves left (counting again
  // for every trailing ")" was quadratic).
  let open = count(url, '(');
  let close = count(url, ')');
  while (end > 0 && URL_TRAILER.test(url[end - 1]!)) {
    const last = url[end - 1]!;
    if (last === ')') close--;
    else if (last === '(') open--;
    if (last === ')' && open > close) break;
    end--;
  }
  return url.slice(0, end);
}

export function tokenize(text: string, base = 0, language: Language = en): WordToken[] {
  const out: WordToken[] = [];
  scan(text, base, language, out, false);
  return out;
}

/**
 * The tokenizer as specified above, one run of non-space characters at a time through the
 * regular expressions. `tokenize` gives the same tokens (tests/text/tokenize-fast.test.ts
 * checks it on random text); it is kept for that comparison.
 */
export function tokenizeGeneral(text: string, base = 0, language: Language = en): WordToken[] {
  const out: WordToken[] = [];
  for (let at = 0; at < text.length; ) at = generalChunk(text, at, base, language, out);
  return out;
}

// Character codes the fast path tests.
const TAB = 9, CR = 13, SPACE = 32, EXCLAMATION = 33, QUOTE = 34, APOSTROPHE = 39, CLOSE_PAREN = 41, COMMA = 44;
const PERIOD = 46, SLASH = 47, DIGIT_0 = 48, DIGIT_9 = 57, COLON = 58, SEMICOLON = 59, QUESTION = 63, AT = 64;
const UPPER_A = 65, UPPER_Z = 90, CLOSE_BRACKET = 93, LOWER_A = 97, LOWER_Z = 122, NON_ASCII = 128;

const isAlnum = (c: number): boolean =>
  (c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z) || (c >= DIGIT_0 && c <= DIGIT_9);
/** ASCII characters of TRAILING. */
const isTrailing = (c: number): boolean =>
  c === PERIOD || c === COMMA || c === COLON || c === SEMICOLON || c === EXCLAMATION || c === QUESTION ||
  c === CLOSE_PAREN || c === QUOTE || c === APOSTROPHE || c === CLOSE_BRACKET;
/** ASCII characters of SPECIAL_CHUNK. */
const isSpecial = (c: number): boolean => c === PERIOD || c === AT || c === COLON || c === COMMA || c === SLASH;

/**
 * Fast path for the common case, a run of ASCII characters: a character scan that does what
 * CHUNK / TRAILING / SPECIAL_CHUNK / PLAIN_ONLY and normalizeWord do on such a run (ASCII
 * letters only lowercase). A run holding a special character, or any non-ASCII character,
 * goes through the general path. `first`: stop at the first token (hasWords).
 */
function scan(text: string, base: number, language: Language, out: WordToken[], first: boolean): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ASCII white space (JavaScript's \s also has non-ASCII spaces: those take the general path).
    if (c === SPACE || (c >= TAB && c <= CR)) {
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    for (; j < n; j++) {
      c = text.charCodeAt(j);
      if (c === SPACE || (c >= TAB && c <= CR)) break;
      if (c >= NON_ASCII) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      i = generalChunk(text, i, base, language, out);
    } else {
      let e = j;
      while (e > i && isTrailing(text.charCodeAt(e - 1))) e--;
      let special = false;
      for (let k = i; k < e; k++) {
        if (isSpecial(text.charCodeAt(k))) {
          special = true;
          break;
        }
      }
      if (special) {
        tokenizeSpecial(text.slice(i, j), base + i, language, out);
      } else {
        let k = i;
        while (k < j) {
          if (!isAlnum(text.charCodeAt(k))) {
            k++;
            continue;
          }
          const start = k;
          let upper = false;
          for (;;) {
            for (; k < j; k++) {
              c = text.charCodeAt(k);
              if (!isAlnum(c)) break;
              if (c <= UPPER_Z && c >= UPPER_A) upper = true;
            }
            // An apostrophe between two letters or digits stays inside the word.
            if (k + 1 < j && text.charCodeAt(k) === APOSTROPHE && isAlnum(text.charCodeAt(k + 1))) k++;
            else break;
          }
          const word = text.slice(start, k);
          out.push({ text: word, norm: upper ? word.toLowerCase() : word, start: base + start, end: base + k });
        }
      }
      i = j;
    }
    if (first && out.length > 0) return;
  }
}

/** The general path for the run of non-space characters at or after `from`; returns where the run ends. */
function generalChunk(text: string, from: number, base: number, language: Language, out: WordToken[]): number {
  CHUNK.lastIndex = from;
  const chunk = CHUNK.exec(text);
  if (chunk === null) return text.length;
  const value = chunk[0];
  const offset = base + chunk.index;
  const keep = language.keepDiacritics;
  // Punctuation that only closes the run ("cramps.", "night,") makes no special word.
  const end = value.length - trailingLength(value);
  if (SPECIAL_CHUNK.test(end === value.length ? value : value.slice(0, end))) {
    tokenizeSpecial(value, offset, language, out);
  } else {
    PLAIN_ONLY.lastIndex = 0;
    for (let m = PLAIN_ONLY.exec(value); m !== null; m = PLAIN_ONLY.exec(value)) {
      const start = offset + m.index;
      out.push({ text: m[0], norm: normalizeWord(m[0], keep), start, end: start + m[0].length });
    }
  }
  return chunk.index + value.length;
}

function tokenizeSpecial(text: string, base: number, language: Language, out: WordToken[]): void {
  const keep = language.keepDiacritics;
  // exec, not matchAll: matchAll copies the (large) pattern on every call.
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(text); m !== null; m = WORD_PATTERN.exec(text)) {
    let word = m[0];
    const at = m.index;
    if (m[2] !== undefined) {
      for (const part of segmenterFor(word, language).segment(word)) {
        if (!part.isWordLike) continue;
        const start = base + at + part.index;
        out.push({ text: part.segment, norm: normalizeWord(part.segment, keep), start, end: start + part.segment.length });
      }
      continue;
    }
    if (m[1] !== undefined) {
      word = trimUrl(word);
      if (word.length === 0) continue;
    } else if (EMOJI_TAIL.test(text.slice(at + word.length, at + word.length + 1)) && [...word].length === 1) {
      continue;
    }
    const start = base + at;
    out.push({ text: word, norm: normalizeWord(word, keep), start, end: start + word.length });
  }
}

/** Normalised words of a short string (a keyword phrase, a title, a slug). */
export function words(text: string, language: Language = en): string[] {
  return tokenize(text, 0, language).map((t) => t.norm);
}

/** True when the string holds at least one word. */
export function hasWords(text: string): boolean {
  const out: WordToken[] = [];
  scan(text, 0, en, out, true);
  return out.length > 0;
}
