import type { Rule } from './types.js';
import { bodySentenceIndexes, clamp01, num, plural } from './util.js';

export interface ReadabilityOptions {
  min: number;
  maxLix: number;
}

/** Flesch (1948): 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. */
export function fleschReadingEase(words: number, sentences: number, syllableCount: number): number {
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllableCount / words);
}

/** UTF-16 units of the letters and digits of `word` (`word.replace(/[^\p{L}\p{N}]/gu, '').length`), ASCII counted without the regex. */
export function letterCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word.replace(/[^\p{L}\p{N}]/gu, '').length;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)) count++;
  }
  return count;
}

/** Flesch's bands, with his "plain English" for 60–70 (the report is in English). */
function englishBand(score: number): string {
  return score >= 60 && score < 70 ? 'plain English' : '';
}

export const readability: Rule<ReadabilityOptions> = {
  id: 'readability',
  description:
    "Readability of the body text (headings excluded) by the article language's established formula: " +
    'Flesch reading ease (en), Fernández-Huerta (es), Kandel–Moles (fr), Amstad (de), Flesch–Vacca (it), ' +
    'Flesch adapted by Martins (pt), Douma (nl), Oborneva (ru), LIX (sv, nb). A language without one ' +
    '(pl, ja, zh, th, others) gets an info note and the rule is left out of the score.',
  defaultSeverity: 'info',
  weight: 1,
  rationale:
    'Flesch (1948) reading ease and its adaptations; 60–70 is "plain English", the target of Yoast SEO\'s ' +
    'Flesch assessment, and Yoast uses the same adaptations for its other languages. LIX (Björnsson 1968): ' +
    'under 45 is ordinary prose. Info by default: the formulas are coarse proxies (medical or technical ' +
    'terms drag them down) and sentence-length already flags the actionable part.',
  options: {
    min: { type: 'number', description: 'lowest acceptable reading ease (Flesch-type formulas)', min: 0, max: 250 },
    maxLix: { type: 'number', description: 'highest acceptable LIX (Swedish, Norwegian)', min: 0, max: 100 },
  },
  defaults: { min: 60, maxLix: 45 },
  examples: {
    valid: [{ source: 'The cat sat on the mat. It was warm. We had tea.\n' }],
    invalid: [
      {
        source: 'Comprehensive pharmacological interventions necessitate considerable interdisciplinary deliberation.\n',
        messages: [{ message: 'Flesch reading ease is', line: 1, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const formula = document.lang.readability;
    if (formula === null) {
      return {
        score: 1,
        skipped: true,
        messages: [
          {
            message: `Readability: no established formula for the article's language "${document.language}" (${document.lang.name}), so it was not scored (n/a).`,
            offset: null,
            severity: 'info',
          },
        ],
      };
    }
    const indexes = bodySentenceIndexes(document);
    const { tokens, vocabulary } = document;
    const syllables = document.lang.syllables;
    let words = 0;
    let syllableCount = 0;
    let letters = 0;
    let longWords = 0;
    // Per distinct word, not per token: syllables and letters of each vocabulary entry once.
    const syllablesOf = new Int32Array(vocabulary.norms.length).fill(-1);
    const lettersOf = new Int32Array(vocabulary.norms.length);
    for (const i of indexes) {
      const sentence = document.sentences[i]!;
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const id = tokens.norm[t]!;
        if (syllablesOf[id] === -1) {
          const norm = vocabulary.norms[id]!;
          syllablesOf[id] = syllables(norm);
          lettersOf[id] = letterCount(norm);
        }
        syllableCount += syllablesOf[id]!;
        const length = lettersOf[id]!;
        letters += length;
        if (length > 6) longWords++;
      }
      words += sentence.tokenEnd - sentence.tokenStart;
    }
    if (words === 0) return { score: 1, messages: [] };
    const value = formula.score({ words, sentences: indexes.length, syllables: syllableCount, letters, longWords });
    const bound = formula.higherIsEasier ? options.min : options.maxLix;
    const ok = formula.higherIsEasier ? value >= bound : value <= bound;
    if (ok) return { score: 1, messages: [] };
    const band = (document.lang.code === 'en' && englishBand(value)) || formula.band(value);
    const counts = formula.higherIsEasier
      ? `${plural(words, 'word')}, ${plural(indexes.length, 'sentence')}, ${plural(syllableCount, 'syllable')}`
      : `${plural(words, 'word')}, ${plural(indexes.length, 'sentence')}, ${plural(longWords, 'long word')}`;
    return {
      score: formula.higherIsEasier ? (bound <= 0 ? 1 : clamp01(value / bound)) : clamp01(bound / value),
      messages: [
        {
          message:
            `${formula.name} is ${num(value, 1)} (${band}; ${counts}); aim for ` +
            `${formula.higherIsEasier ? 'at least' : 'at most'} ${num(bound, 1)} with shorter sentences and plainer words.`,
          offset: null,
        },
      ],
    };
  },
};
