/**
 * The 1,000 keyword phrases of the keyword-count cases (bench/run.js, bench/side-by-side.mjs):
 * drawn from the corpus vocabulary with fixed strides, so the same corpus gives the same phrases.
 */
export function benchPhrases(docs, count = 1000) {
  const vocabulary = [...new Set(docs.flatMap((d) => d.vocabulary.norms.filter((w) => /^[a-z]{3,}$/.test(w))))].sort();
  const phrases = [];
  for (let i = 0; phrases.length < count; i++) {
    const a = vocabulary[(i * 7919) % vocabulary.length];
    const b = vocabulary[(i * 104729 + 13) % vocabulary.length];
    const phrase = i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : `how to ${a} ${b}`;
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}
