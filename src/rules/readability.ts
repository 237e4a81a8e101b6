import type { Rule } from './types.js';
import { syllables } from './syllables.js';
import { bodySentenceIndexes, clamp01, num, plural } from './util.js';

export interface ReadabilityOptions {
  min: number;
}

/** Flesch (1948): 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. */
export function fleschReadingEase(words: number, sentences: number, syllableCount: number): number {
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllableCount / words);
}

function band(score: number): string {
  if (score >= 90) return 'very easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'plain English';
  if (score >= 50) return 'fairly difficult';
  if (score >= 30) return 'difficult';
  return 'very difficult';
}

export const readability: Rule<ReadabilityOptions> = {
  id: 'readability',
  description:
    'Flesch reading ease of the body text (headings excluded) is at least `min`. English only: for ' +
    'other languages the rule reports an info note and is left out of the score.',
  defaultSeverity: 'info',
  weight: 1,
  rationale:
    'Flesch (1948) reading ease; 60–70 is "plain English", the target of Yoast SEO\'s Flesch ' +
    'assessment. Info by default: the formula is a coarse proxy (medical or technical terms drag ' +
    'it down) and sentence-length already flags the actionable part.',
  options: { min: { type: 'number', description: 'lowest acceptable Flesch reading ease', min: 0, max: 121 } },
  defaults: { min: 60 },
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
    const language = document.language.toLowerCase();
    if (language !== 'en' && !language.startsWith('en-')) {
      return {
        score: 1,
        skipped: true,
        messages: [
          {
            message: `Readability (Flesch reading ease) is measured for English only; the language here is "${document.language}", so it was not scored.`,
            offset: null,
            severity: 'info',
          },
        ],
      };
    }
    const indexes = bodySentenceIndexes(document);
    const { tokens, vocabulary } = document;
    let wordCount = 0;
    let syllableCount = 0;
    for (const i of indexes) {
      const sentence = document.sentences[i]!;
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        syllableCount += syllables(vocabulary.norms[tokens.norm[t]!]!);
      }
      wordCount += sentence.tokenEnd - sentence.tokenStart;
    }
    if (wordCount === 0) return { score: 1, messages: [] };
    const ease = fleschReadingEase(wordCount, indexes.length, syllableCount);
    if (ease >= options.min) return { score: 1, messages: [] };
    return {
      score: options.min <= 0 ? 1 : clamp01(ease / options.min),
      messages: [
        {
          message:
            `Flesch reading ease is ${num(ease, 1)} (${band(ease)}; ${plural(wordCount, 'word')}, ` +
            `${plural(indexes.length, 'sentence')}, ${plural(syllableCount, 'syllable')}); aim for at least ${num(options.min, 1)} with shorter sentences and plainer words.`,
          offset: null,
        },
      ],
    };
  },
};
