import type { Rule } from './types.js';
import { bodySentenceIndexes, clamp01, percentOf } from './util.js';

export interface SentenceLengthOptions {
  maxWords: number;
  maxShare: number;
}

export const sentenceLength: Rule<SentenceLengthOptions> = {
  id: 'sentence-length',
  description: 'At most `maxShare` of the sentences (headings excluded) are longer than `maxWords` words.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "sentence length" readability assessment: no more than 25 % of sentences over 20 words. ' +
    'Long sentences are the single biggest, easiest-to-fix readability problem; hence warning.',
  options: {
    maxWords: { type: 'integer', description: 'words above which a sentence is long', min: 1 },
    maxShare: { type: 'number', description: 'largest acceptable share of long sentences (0–1)', min: 0, max: 1 },
  },
  defaults: { maxWords: 20, maxShare: 0.25 },
  examples: {
    valid: [{ source: 'Short one. Another short one. A third.\n' }],
    invalid: [
      {
        source: 'One two.\n\nOne two three four five.\n',
        options: { maxWords: 3, maxShare: 0 },
        messages: [{ message: '50 % of sentences (1 of 2) have more than 3 words; keep that share at or below 0 % (the longest, on line 3, has 5 words).', line: 1, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const indexes = bodySentenceIndexes(document);
    if (indexes.length === 0) return { score: 1, messages: [] };
    let long = 0;
    let longest = -1;
    let longestWords = 0;
    for (const i of indexes) {
      const sentence = document.sentences[i]!;
      const count = sentence.tokenEnd - sentence.tokenStart;
      if (count > options.maxWords) long++;
      if (count > longestWords) {
        longestWords = count;
        longest = i;
      }
    }
    const share = long / indexes.length;
    if (share <= options.maxShare) return { score: 1, messages: [] };
    const score = options.maxShare >= 1 ? 1 : clamp01((1 - share) / (1 - options.maxShare));
    const line = document.point(document.sentences[longest]!.start).line;
    return {
      score,
      messages: [
        {
          message:
            `${percentOf(share)} of sentences (${long} of ${indexes.length}) have more than ${options.maxWords} words; ` +
            `keep that share at or below ${percentOf(options.maxShare, 0)} (the longest, on line ${line}, has ${longestWords} words).`,
          offset: null,
        },
      ],
    };
  },
};
