/**
 * Word normalisation shared by documents and keyword phrases, so both sides
 * compare equal: compatibility forms folded (NFKD), diacritics dropped
 * (é = e), case folded, curly apostrophes straightened.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07]/g;

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function normalizeWord(word: string): string {
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .normalize('NFC');
  if (cache.size < CACHE_LIMIT) cache.set(word, out);
  return out;
}

/** Normalise free text for display-independent comparison (headings, section names). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}
