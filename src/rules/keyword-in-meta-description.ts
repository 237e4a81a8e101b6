import type { Rule } from './types.js';
import { primaryOf, skip } from './util.js';

export type KeywordInMetaDescriptionOptions = Record<string, never>;

export const keywordInMetaDescription: Rule<KeywordInMetaDescriptionOptions> = {
  id: 'keyword-in-meta-description',
  description: 'The meta description contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in meta description" assessment; Google bolds query words in the snippet, ' +
    'which draws clicks.',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    if (primary.placements.metaDescription) return { score: 1, messages: [] };
    if (document.metaDescription === null) {
      return {
        score: 0,
        messages: [{ message: `There is no meta description to carry the primary keyword "${primary.phrase}"; add one that uses it.`, offset: null, anchor: document.title?.offset ?? null }],
      };
    }
    return {
      score: 0,
      messages: [
        {
          message: `The meta description does not contain the primary keyword "${primary.phrase}"; work it into the description.`,
          offset: document.metaDescription.offset,
        },
      ],
    };
  },
};
