import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { clamp01, num, primaryOf, skip } from './util.js';

export type KeywordDensityOptions = Record<string, never>;

export const keywordDensity: Rule<KeywordDensityOptions> = {
  id: 'keyword-density',
  description:
    "The primary keyword's density (count / words × 100) lies within the keyword set's `density` band " +
    '(default 0.5–3 %).',
  defaultSeverity: 'warning',
  weight: 2,
  rationale:
    'Yoast SEO keyphrase density assessment (0.5–3 %): below it the topic is unclear to search ' +
    'engines, above it the text reads as written for them. The band is set per keyword set (see Keyword sets).',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: `Leg cramps ${'strike at night and '.repeat(12)}fade.\n`, keywords: ['leg cramps'] }],
    invalid: [
      {
        name: 'too dense',
        source: 'Leg cramps hurt. Leg cramps again.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'Primary keyword "leg cramps" density is 33.33 % (2 of 6 words); keep it within 0.5–3 %.', line: 1, column: 1 }],
      },
      {
        name: 'too sparse',
        source: `Leg cramps ${'strike at night and '.repeat(60)}fade.\n`,
        keywords: ['leg cramps'],
        messages: [{ message: 'Primary keyword "leg cramps" density is 0.41 % (1 of 243 words)', line: 1 }],
      },
    ],
  },
  check({ analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null || analysis.words === 0) return skip();
    const { min, max } = keywordSet.density;
    const density = (primary.count / analysis.words) * 100;
    let score = 1;
    if (density < min) score = min === 0 ? 1 : clamp01(density / min);
    else if (density > max) score = clamp01(max / density);
    if (score === 1) return { score, messages: [] };
    return {
      score,
      messages: [
        {
          message:
            `Primary keyword "${primary.phrase}" density is ${num(density)} % (${primary.count} of ${analysis.words} words); ` +
            `keep it within ${num(min)}–${num(max)} %.`,
          offset: null,
          // Never occurring is keyword-missing's finding; above the stuffing limit, keyword-stuffing's.
          consequenceOf: [density < min ? CAUSES.primaryMissing : CAUSES.primaryStuffed],
        },
      ],
    };
  },
};
