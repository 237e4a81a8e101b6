import type { Rule } from './types.js';
import { primaryOf, skip } from './util.js';

export type KeywordInIntroOptions = Record<string, never>;

export const keywordInIntro: Rule<KeywordInIntroOptions> = {
  id: 'keyword-in-intro',
  description: 'The introduction (first paragraph with text, or the first 10 % of words) mentions the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in introduction" assessment: readers and search snippets judge relevance ' +
    'from the opening paragraph.',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    if (primary.placements.intro || document.tokens.count === 0) return { score: 1, messages: [] };
    const first = analysis.intro.tokenStart;
    const offset = first < document.tokens.count ? document.blocks[document.tokens.block[first]!]!.start : null;
    return {
      score: 0,
      messages: [{ message: `The introduction does not mention the primary keyword "${primary.phrase}"; use it in the opening paragraph.`, offset }],
    };
  },
};
