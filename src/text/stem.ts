// Deep import on purpose: natural's package root loads dozens of modules
// (and, in later majors, dotenv which prints to stdout). See DEVELOPERS notes.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');

const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;
const LATIN_WORD = /^[a-z]+(?:'[a-z]+)*$/;

/**
 * Porter stem of an already-normalised word, cached per distinct word.
 * Possessive 's is dropped first (cramp's ~ cramps ~ cramp); words outside
 * the Latin alphabet (digits, other scripts) are their own stem, because the
 * English Porter rules would only mangle them.
 */
export function stem(norm: string): string {
  let out = cache.get(norm);
  if (out !== undefined) return out;
  let word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (word.endsWith("'")) word = word.slice(0, -1);
  out = LATIN_WORD.test(word) ? porter.stem(word) : word;
  if (cache.size < CACHE_LIMIT) cache.set(norm, out);
  return out;
}
