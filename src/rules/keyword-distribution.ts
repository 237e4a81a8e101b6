import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { clamp01, percentOf, primaryOf, skip } from './util.js';

export interface KeywordDistributionOptions {
  maxGap: number;
}

export const keywordDistribution: Rule<KeywordDistributionOptions> = {
  id: 'keyword-distribution',
  description:
    'The longest run of consecutive sentences (headings included) without the primary keyword is ' +
    'at most `maxGap` of the words.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase distribution" assessment: the topic should be present throughout the ' +
    'text, not bunched in one place. 30 % means no stretch longer than about a third of the article ' +
    'drifts off topic.',
  options: { maxGap: { type: 'number', description: 'largest keyword-free stretch as a share of all words (0–1)', min: 0, max: 1 } },
  defaults: { maxGap: 0.3 },
  examples: {
    valid: [{ source: 'Leg cramps hurt. They strike at night. Leg cramps fade. Stretch first. Leg cramps end.\n', keywords: ['leg cramps'] }],
    invalid: [
      {
        source: 'Leg cramps hurt.\n\nThey strike at night and keep you awake for a long time.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The longest stretch without the primary keyword "leg cramps" runs 12 of 15 words (80 %) from here', line: 3, column: 1 }],
      },
    ],
  },
  check({ document, analysis, keywordSet, options }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    const total = document.wordCount;
    if (total === 0) return { score: 1, messages: [] };
    const withKeyword = new Uint8Array(document.sentences.length);
    for (const occurrence of primary.occurrences) withKeyword[occurrence.sentence] = 1;
    let longest = 0;
    let longestStart = -1;
    let run = 0;
    let runStart = -1;
    for (const sentence of document.sentences) {
      if (withKeyword[sentence.index] === 1) {
        run = 0;
        runStart = -1;
        continue;
      }
      if (runStart === -1) runStart = sentence.index;
      run += sentence.tokenEnd - sentence.tokenStart;
      if (run > longest) {
        longest = run;
        longestStart = runStart;
      }
    }
    const share = longest / total;
    if (share <= options.maxGap) return { score: 1, messages: [] };
    const score = options.maxGap >= 1 ? 1 : clamp01((1 - share) / (1 - options.maxGap));
    return {
      score,
      messages: [
        {
          message:
            `The longest stretch without the primary keyword "${primary.phrase}" runs ${longest} of ${total} words ` +
            `(${percentOf(share)}) from here; mention it again so no stretch exceeds ${percentOf(options.maxGap, 0)} of the text.`,
          offset: document.sentences[longestStart]!.start,
          consequenceOf: [CAUSES.primaryMissing],
        },
      ],
    };
  },
};
