import type { Rule } from './types.js';
import { headingLabel, primaryOf, skip } from './util.js';

export type KeywordInH1Options = Record<string, never>;

export const keywordInH1: Rule<KeywordInH1Options> = {
  id: 'keyword-in-h1',
  description: 'The H1 heading contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in H1" assessment: the H1 tells readers and search engines what the page ' +
    'is about and should match the query it targets.',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    if (primary.placements.h1) return { score: 1, messages: [] };
    const h1 = document.headings.find((h) => h.level === 1);
    if (h1 === undefined) {
      return {
        score: 0,
        messages: [{ message: `There is no H1 heading to carry the primary keyword "${primary.phrase}"; add one that contains it.`, offset: null }],
      };
    }
    return {
      score: 0,
      messages: [{ message: `H1 ${headingLabel(h1)} does not contain the primary keyword "${primary.phrase}"; add it to the H1.`, offset: h1.start }],
    };
  },
};
