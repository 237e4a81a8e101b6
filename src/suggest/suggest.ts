/**
 * `seo-audit suggest`: candidate keywords taken from an article's own text.
 * Candidates are 1–4-word n-grams inside one sentence (natural's n-grams),
 * grouped by stem sequence, ranked by TF-IDF (natural's TfIdf) against the
 * other documents given, or against a built-in English background when the
 * article is alone.
 */
import { compareStrings } from '../compare.js';
import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Document } from '../document/model.js';
import type { KeywordSet } from '../keywords/types.js';
import { keyedWords } from '../language/spelling.js';
import { en } from '../language/en.js';
import type { Language } from '../language/types.js';
import { normalizeWord } from '../text/normalize.js';
import { UsageError } from '../errors.js';
import { BACKGROUND_WORDS, zipfFrequency } from './background.js';

// Deep imports on purpose: natural's package root loads dozens of modules.
const require = createRequire(import.meta.url);
const { ngrams } = require('natural/lib/natural/ngrams/ngrams') as {
  ngrams<T>(sequence: T[], n: number): T[][];
};
/** The part of natural's TfIdf used here; a term document may be a prebuilt term → count map. */
interface NaturalTfIdf {
  addDocument(document: Record<string, number>): void;
  tfidf(terms: string[], documentIndex: number): number;
  idf(term: string): number;
}
const TfIdf = require('natural/lib/natural/tfidf/tfidf') as new () => NaturalTfIdf;

export interface Suggestion {
  /** Most common surface form in the target, lowercased and normalised. */
  phrase: string;
  /** Number of words in the phrase. */
  words: number;
  /** Occurrences (by stems) in the target document. */
  count: number;
  /** TF-IDF score with a multi-word bonus, rounded to 4 decimals. */
  score: number;
  /** True when a keyword of the set has the same stem sequence. */
  inSet: boolean;
}

export interface SuggestOptions {
  keywordSet?: KeywordSet | null;
  /** Number of suggestions returned (default 20). */
  limit?: number;
  /** Longest phrase in words, 1–4 (default 4). */
  maxWords?: number;
}

export const DEFAULT_LIMIT = 20;
export const DEFAULT_MAX_WORDS = 4;
const MAX_WORDS_LIMIT = 4;

/**
 * Each extra word adds 25 % to a phrase's score: "muscle cramps" is a more
 * useful keyword than "muscle", but a rarer phrase should not beat a word
 * that is far more frequent in the article.
 */
export const PHRASE_BONUS_PER_WORD = 0.25;

/**
 * The background corpus is treated as BACKGROUND_DOCUMENTS pseudo documents of
 * BACKGROUND_DOCUMENT_WORDS words each. A word of relative frequency f then
 * appears in a share 1 − e^(−f·L) of them (Poisson), which gives its pseudo
 * document frequency; a word missing from the list is taken to be half as
 * frequent as the rarest listed word.
 */
export const BACKGROUND_DOCUMENTS = 10_000;
export const BACKGROUND_DOCUMENT_WORDS = 1_000;
const UNKNOWN_FREQUENCY = zipfFrequency(BACKGROUND_WORDS.length) / 2;

let backgroundByStem: Map<string, number> | null = null;

/** Relative frequency per stem: forms sharing a stem pool their frequencies. */
function backgroundFrequencies(): Map<string, number> {
  if (backgroundByStem) return backgroundByStem;
  const map = new Map<string, number>();
  BACKGROUND_WORDS.forEach((word, index) => {
    const key = en.wordForm(normalizeWord(word));
    map.set(key, (map.get(key) ?? 0) + zipfFrequency(index));
  });
  backgroundByStem = map;
  return map;
}

/**
 * idf = log(N / (1 + df)) of one stem against the background, never below 0. The background
 * is an English frequency list: for other languages every word is "unknown" (equal idf), so
 * candidates rank by their frequency in the text.
 */
export function backgroundIdf(stemKey: string, language: Language = en): number {
  const frequency = (language === en ? backgroundFrequencies().get(stemKey) : undefined) ?? UNKNOWN_FREQUENCY;
  const share = 1 - Math.exp(-frequency * BACKGROUND_DOCUMENT_WORDS);
  const df = BACKGROUND_DOCUMENTS * share;
  return Math.max(0, Math.log(BACKGROUND_DOCUMENTS / (1 + df)));
}

const DIGITS = /^\p{N}+$/u;

interface Candidate {
  key: string;
  stems: string[];
  count: number;
  /** Surface form → occurrences. */
  forms: Map<string, number>;
}

function isFiller(norm: string, language: Language): boolean {
  return language.functionWords.has(norm) || DIGITS.test(norm);
}

/**
 * Function words that may sit inside a keyword ("causes of leg cramps",
 * "cramps and spasms"). Any other function word inside (an auxiliary, a
 * pronoun: "cramps can help", "spasms are common") means the n-gram spans a
 * clause, not a noun phrase, so it is no keyword.
 */
const JOINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'with', 'at', 'by', 'from',
  'your', 'my', 'our', 'their', 'his', 'her', 'its',
]);

/**
 * Calls `visit` with each n-gram (as token indices) of 1..maxWords words that
 * lies within one sentence.
 */
function forEachNgram(document: Document, maxWords: number, visit: (gram: number[]) => void): void {
  for (const sentence of document.sentences) {
    const sequence: number[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) sequence.push(t);
    for (let n = 1; n <= Math.min(maxWords, sequence.length); n++) {
      for (const gram of ngrams(sequence, n)) visit(gram);
    }
  }
}

function stemKeyOf(document: Document, gram: number[]): string {
  const { tokens, vocabulary } = document;
  return gram.map((t) => vocabulary.stems[tokens.stem[t]!]!).join(' ');
}

/**
 * Phrases worth proposing: no function word or number at either end (which
 * also rules out filler-only phrases), and only joiners among inner function words.
 */
function isCandidate(document: Document, gram: number[]): boolean {
  const { tokens, vocabulary } = document;
  const language = vocabulary.language;
  // The joiner list is English; other languages allow any inner function word.
  const joiners = language === en ? JOINERS : language.functionWords;
  const last = gram.length - 1;
  for (let i = 0; i <= last; i++) {
    const norm = vocabulary.norms[tokens.norm[gram[i]!]!]!;
    if (i === 0 || i === last) {
      if (isFiller(norm, language)) return false;
    } else if (language.functionWords.has(norm) && !joiners.has(norm)) {
      return false;
    }
  }
  return true;
}

function collectCandidates(document: Document, maxWords: number): Map<string, Candidate> {
  const { tokens, vocabulary } = document;
  const candidates = new Map<string, Candidate>();
  forEachNgram(document, maxWords, (gram) => {
    if (!isCandidate(document, gram)) return;
    const key = stemKeyOf(document, gram);
    let candidate = candidates.get(key);
    if (!candidate) {
      candidate = { key, stems: key.split(' '), count: 0, forms: new Map() };
      candidates.set(key, candidate);
    }
    candidate.count++;
    const form = gram.map((t) => vocabulary.norms[tokens.norm[t]!]!).join(' ');
    candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
  });
  // A phrase seen once is an accident of wording, not a topic.
  for (const [key, candidate] of candidates) {
    if (candidate.stems.length > 1 && candidate.count < 2) candidates.delete(key);
  }
  return candidates;
}

/** Stem keys (present in `wanted`) that occur in another document. */
function presentKeys(document: Document, maxWords: number, wanted: Map<string, Candidate>): Record<string, number> {
  const present: Record<string, number> = Object.create(null) as Record<string, number>;
  forEachNgram(document, maxWords, (gram) => {
    const key = stemKeyOf(document, gram);
    if (wanted.has(key)) present[key] = (present[key] ?? 0) + 1;
  });
  return present;
}

function mostCommonForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function keywordStemKeys(set: KeywordSet | null | undefined, language: Language): Set<string> {
  const keys = new Set<string>();
  for (const keyword of set?.keywords ?? []) {
    // Keys as the matcher gives a typed phrase's words (Language.spelling `typed`).
    const key = keyedWords(keyword.phrase, language, true).keys.join(' ');
    if (key) keys.add(key);
  }
  return keys;
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`suggest: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

export function suggestKeywords(documents: Document[], target: number, options: SuggestOptions = {}): Suggestion[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  checkInteger('limit', limit, 1, Number.MAX_SAFE_INTEGER);
  checkInteger('maxWords', maxWords, 1, MAX_WORDS_LIMIT);
  if (!Number.isInteger(target) || target < 0 || target >= documents.length) {
    throw new UsageError(`suggest: no document at index ${String(target)} (${documents.length} given)`);
  }

  const candidates = collectCandidates(documents[target]!, maxWords);
  const language = documents[target]!.vocabulary.language;
  const tfidf = new TfIdf();
  for (let d = 0; d < documents.length; d++) {
    const terms: Record<string, number> = Object.create(null) as Record<string, number>;
    if (d === target) {
      for (const candidate of candidates.values()) terms[candidate.key] = candidate.count;
    } else {
      Object.assign(terms, presentKeys(documents[d]!, maxWords, candidates));
    }
    tfidf.addDocument(terms);
  }
  if (documents.length === 1) {
    // A phrase is in no more documents than its rarest word, so its pseudo
    // document frequency is that word's, and its idf the largest of its words'.
    tfidf.idf = (term: string) => {
      let idf = 0;
      for (const part of term.split(' ')) idf = Math.max(idf, backgroundIdf(part, language));
      return idf;
    };
  }

  const inSet = keywordStemKeys(options.keywordSet, language);
  const suggestions: Suggestion[] = [];
  for (const candidate of candidates.values()) {
    const n = candidate.stems.length;
    const raw = tfidf.tfidf([candidate.key], target) * (1 + PHRASE_BONUS_PER_WORD * (n - 1));
    suggestions.push({
      phrase: mostCommonForm(candidate.forms),
      words: n,
      count: candidate.count,
      score: round4(raw),
      inSet: inSet.has(candidate.key),
    });
  }
  return sortSuggestions(suggestions).slice(0, limit);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function sortSuggestions(suggestions: Suggestion[]): Suggestion[] {
  return [...suggestions].sort(
    (a, b) => b.score - a.score || compareStrings(a.phrase, b.phrase),
  );
}

export type SuggestFormat = 'terminal' | 'json';

export function renderSuggestions(suggestions: Suggestion[], format: SuggestFormat, color: boolean): string {
  const sorted = sortSuggestions(suggestions);
  if (format === 'json') {
    const plain = sorted.map((s) => ({ phrase: s.phrase, words: s.words, count: s.count, score: s.score, inSet: s.inSet }));
    return JSON.stringify(plain, null, 2) + '\n';
  }
  if (sorted.length === 0) return 'No candidate keywords found.\n';
  const paint = new Chalk({ level: color ? 1 : 0 });
  const table = new Table({
    head: ['#', 'phrase', 'words', 'count', 'score', 'in set'].map((h) => paint.bold(h)),
    style: { head: [], border: [] },
    colAligns: ['right', 'left', 'right', 'right', 'right', 'left'],
  });
  sorted.forEach((s, i) => {
    table.push([
      String(i + 1),
      s.inSet ? paint.green(s.phrase) : s.phrase,
      String(s.words),
      String(s.count),
      s.score.toFixed(4),
      s.inSet ? 'yes' : '',
    ]);
  });
  return table.toString() + '\n';
}
