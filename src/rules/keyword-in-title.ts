import type { Rule } from './types.js';
import { primaryOf, shorten, skip } from './util.js';

export type KeywordInTitleOptions = Record<string, never>;

export const keywordInTitle: Rule<KeywordInTitleOptions> = {
  id: 'keyword-in-title',
  description: 'The title (front matter `title` or `<title>`) contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 2,
  rationale:
    'Yoast SEO "keyphrase in SEO title" assessment; the title is the strongest on-page relevance ' +
    'signal and the headline of the search result (Google Search Central, title links).',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    if (primary.placements.title) return { score: 1, messages: [] };
    if (document.title === null) {
      return {
        score: 0,
        messages: [{ message: `The document has no title; add one that contains the primary keyword "${primary.phrase}".`, offset: null }],
      };
    }
    return {
      score: 0,
      messages: [
        {
          message: `Title "${shorten(document.title.text, 70)}" does not contain the primary keyword "${primary.phrase}"; put it in the title, ideally near the start.`,
          offset: document.title.offset,
        },
      ],
    };
  },
};
