/**
 * Word normalisation shared by documents and keyword phrases, so both sides
 * compare equal: compatibility forms folded (NFKD), case folded, curly
 * apostrophes straightened, and diacritics of Latin, Greek and Cyrillic letters
 * dropped (é = e) except those the language keeps because they carry meaning
 * (`keep`: Spanish ñ, German ä ö ü …). Marks of other scripts (Japanese dakuten,
 * Thai vowels, Devanagari) are part of the letter and stay.
 */
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07]/g;
const FOLDABLE = /(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{M}+/gu;
const HAS_NON_ASCII = /[^\x00-\x7f]/;

const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

function fold(text: string, keep: string): string {
  const lower = text.replace(APOSTROPHES, "'").toLowerCase();
  if (!HAS_NON_ASCII.test(lower)) return lower;
  if (keep === '') return lower.normalize('NFKD').replace(FOLDABLE, '$1').normalize('NFC');
  let out = '';
  for (const ch of lower.normalize('NFC')) {
    out += keep.includes(ch) ? ch : ch.normalize('NFKD').replace(FOLDABLE, '$1').normalize('NFC');
  }
  return out;
}

/**
 * The same as normalizeWord, without its cache: for loading a dictionary's hundreds of
 * thousands of words once (through the cache they would fill it, 200,000 entries, and leave
 * none for the document's words). Words whose non-ASCII letters are all kept are lowercased only.
 */
export function foldWord(word: string, keep = ''): string {
  const lower = word.replace(APOSTROPHES, "'").toLowerCase();
  if (!HAS_NON_ASCII.test(lower)) return lower;
  const nfc = lower.normalize('NFC');
  for (const ch of nfc) {
    if (ch.charCodeAt(0) > 0x7f && !keep.includes(ch) && changes(ch)) return fold(word, keep);
  }
  return nfc;
}

/** Whether compatibility decomposition changes a character (é, ё, ĳ, ﬁ: yes; ж, ł: no). */
const decomposes = new Map<string, boolean>();
function changes(ch: string): boolean {
  let out = decomposes.get(ch);
  if (out === undefined) decomposes.set(ch, (out = ch.normalize('NFKD') !== ch));
  return out;
}

export function normalizeWord(word: string, keep = ''): string {
  let cache = caches.get(keep);
  if (cache === undefined) {
    cache = new Map();
    caches.set(keep, cache);
  }
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = fold(word, keep);
  if (cache.size < CACHE_LIMIT) cache.set(word, out);
  return out;
}

/** Normalise free text for display-independent comparison (headings, section names). */
export function normalizeText(text: string, keep = ''): string {
  return fold(text.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"'), keep)
    .replace(/\s+/g, ' ')
    .trim();
}
