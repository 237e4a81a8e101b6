/**
 * English syllable estimate for Flesch reading ease: vowel groups, minus a
 * silent final e / -es / -ed, plus vowel pairs that are usually two
 * syllables (-ium, -ia, -io not after c/g/s/t, -ua/-uo not after q/g).
 * English only; good to about ±1 syllable per word, which is what the
 * Flesch formula was calibrated with (hand counts vary as much).
 */
const cache = new Map<string, number>();
const CACHE_LIMIT = 100_000;

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

export function syllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = count(word);
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}

function count(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  // Digits and non-Latin words: one "syllable" per word keeps them neutral.
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  // A leading y is a consonant (yes, young); elsewhere it is a vowel (body, rhythm).
  const letters = w[0] === 'y' ? `_${w.slice(1)}` : w;
  let n = letters.match(/[aeiouy]+/g)?.length ?? 0;

  // Vowel pairs that are two syllables.
  n += letters.match(/iu/g)?.length ?? 0; // potassium, stadium
  n += letters.match(/[^cgst]i[ao]/g)?.length ?? 0; // period, piano; not -tion, -cial, -gion
  n += letters.match(/[^qg]u[ao]/g)?.length ?? 0; // actual, usually; not quality, language

  const len = letters.length;
  const last = letters[len - 1]!;
  const beforeLast = letters[len - 2]!;
  if (last === 'e') {
    // -le after a consonant is a syllable (table, muscle); -ee, -ie, -ye are not silent.
    const syllabicLe = beforeLast === 'l' && CONSONANT.test(letters[len - 3]!);
    if (!syllabicLe && CONSONANT.test(beforeLast)) n--;
  } else if (letters.endsWith('es') || letters.endsWith('ed')) {
    const c = letters[len - 3]!;
    const c2 = letters.slice(len - 4, len - 2);
    const syllabic =
      last === 's'
        ? /[sxzcg]/.test(c) || c2 === 'ch' || c2 === 'sh' || (c === 'l' && CONSONANT.test(letters[len - 4]!))
        : /[td]/.test(c);
    if (!syllabic && CONSONANT.test(c)) n--;
  }
  return Math.max(1, n);
}
