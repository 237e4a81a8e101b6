/** Building blocks that several language files share. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Readability, SentenceRules } from './types.js';

// Deep imports on purpose: natural's package root loads dozens of modules.
const require = createRequire(import.meta.url);

/** A natural stemmer module (Snowball/Porter port), loaded on first use. */
export function naturalStemmer(module: string): (word: string) => string {
  let stemmer: { stem(word: string): string } | null = null;
  return (word) => {
    stemmer ??= require(`natural/lib/natural/stemmers/${module}`) as { stem(word: string): string };
    return stemmer.stem(word);
  };
}

/**
 * A set built on first use: every language file is imported at start-up, but only the
 * languages of the articles audited need their lists (loading natural's stop-word modules
 * for all thirteen took ~250 ms of a one-article run).
 */
class LazySet implements ReadonlySet<string> {
  private set: ReadonlySet<string> | null = null;
  constructor(private readonly build: () => ReadonlySet<string>) {}
  private get items(): ReadonlySet<string> {
    return (this.set ??= this.build());
  }
  has(value: string): boolean {
    return this.items.has(value);
  }
  get size(): number {
    return this.items.size;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.items.forEach((value) => fn.call(thisArg, value, value, this));
  }
  entries(): SetIterator<[string, string]> {
    return this.items.entries();
  }
  keys(): SetIterator<string> {
    return this.items.keys();
  }
  values(): SetIterator<string> {
    return this.items.values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.items[Symbol.iterator]();
  }
}

/**
 * natural's stop-word list for a language (util/stopwords_xx), loaded on first use, with the
 * words of `extra` added and those of `without` taken out.
 */
export function naturalStopwords(module: string, extra = '', without = ''): ReadonlySet<string> {
  return new LazySet(() => {
    const { words } = require(`natural/lib/natural/util/${module}`) as { words: string[] };
    const out = new Set(wordSet(words.join(' ') + ' ' + extra));
    for (const word of wordSet(without)) out.delete(word);
    return out;
  });
}

export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** A cache in front of a per-word function (words repeat: a 10 MB text has ~50,000 distinct words). */
export function cached<T>(fn: (word: string) => T, limit = 200_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let out = cache.get(word);
    if (out === undefined) {
      out = fn(word);
      if (cache.size < limit) cache.set(word, out);
    }
    return out;
  };
}

/**
 * A cache of the last `limit` words asked (it starts afresh when full): for rules that ask the
 * dictionary about several relatives of each new word. Results are the same with or without.
 */
export function recentlyCached<T>(fn: (word: string) => T, limit = 20_000): (word: string) => T {
  let kept = new Map<string, T>();
  return (word) => {
    let value = kept.get(word);
    if (value === undefined) {
      if (kept.size >= limit) kept = new Map();
      value = fn(word);
      kept.set(word, value);
    }
    return value;
  };
}

/** Words of this shape are inflected; digits, dotted names and the like are their own form. */
export const PLAIN_WORD = /^[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*$/u;

/**
 * Syllables as vowel groups of a language's vowel letters, plus `hiatus` pairs inside a
 * group that are two syllables (Spanish "ea", "oe"…). The usual estimate for the Flesch
 * adaptations (they were calibrated on hand counts, which vary as much).
 */
export function vowelGroups(vowels: string, hiatus: readonly string[] = []): (norm: string) => number {
  const group = new RegExp(`[${vowels}]+`, 'gu');
  return (norm) => {
    let n = 0;
    for (const match of norm.matchAll(group)) {
      n++;
      const g = match[0];
      for (const pair of hiatus) {
        for (let at = g.indexOf(pair); at !== -1; at = g.indexOf(pair, at + 1)) n++;
      }
    }
    return Math.max(1, n);
  };
}

export function sentenceRules(neverFinal: string, maybeFinal = ''): SentenceRules {
  return { neverFinal: wordSet(neverFinal.toLowerCase()), maybeFinal: wordSet(maybeFinal.toLowerCase()) };
}

/** Flesch's (1948) verbal bands, used by the Flesch adaptations that keep his 0–100 scale. */
export function fleschBand(score: number): string {
  if (score >= 90) return 'very easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairly difficult';
  if (score >= 30) return 'difficult';
  return 'very difficult';
}

/**
 * A Flesch-type formula a − b × words/sentence − c × syllables/word (the adaptations of
 * Kandel & Moles, Amstad, Douma, Oborneva, Fernández-Huerta… differ only in a, b, c).
 */
export function fleschType(name: string, source: string, a: number, b: number, c: number, target = 60): Readability {
  return {
    name,
    source,
    higherIsEasier: true,
    target,
    band: fleschBand,
    score: ({ words, sentences, syllables }) => a - b * (words / sentences) - c * (syllables / words),
  };
}

/** LIX (Björnsson 1968): words/sentence + 100 × long words (> 6 letters)/words; lower is easier. */
export function lix(): Readability {
  return {
    name: 'LIX',
    source: 'Björnsson (1968)',
    higherIsEasier: false,
    target: 45,
    band: (score) =>
      score < 25 ? 'very easy' : score < 35 ? 'easy' : score < 45 ? 'medium' : score < 55 ? 'difficult' : 'very difficult',
    score: ({ words, sentences, longWords }) => words / sentences + (100 * longWords) / words,
  };
}

/**
 * A zxcvbn-ts language package's word list (`src/commonWords.json`: word forms of film subtitles,
 * commonest first) as normalised form → rank of its first spelling (0 the commonest). Read once
 * per package, on first use; throws when the package is not installed.
 */
const wordRankTables = new Map<string, Map<string, number>>();
const packageRequire = createRequire(import.meta.url);
export function commonWordRanks(pkg: string, normalize: (word: string) => string): Map<string, number> {
  const known = wordRankTables.get(pkg);
  if (known !== undefined) return known;
  const dir = dirname(packageRequire.resolve(`${pkg}/package.json`));
  const words = JSON.parse(readFileSync(join(dir, 'src/commonWords.json'), 'utf8')) as string[];
  const out = new Map<string, number>();
  words.forEach((word, rank) => {
    const norm = normalize(word);
    if (!out.has(norm)) out.set(norm, rank);
  });
  wordRankTables.set(pkg, out);
  return out;
}
