import { words } from '../text/tokenize.js';
import type { Rule } from './types.js';
import { primaryOf, skip } from './util.js';

export type KeywordInSlugOptions = Record<string, never>;

export const keywordInSlug: Rule<KeywordInSlugOptions> = {
  id: 'keyword-in-slug',
  description: 'The slug (front matter `slug`, canonical URL, or file name) contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in slug" assessment; Google Search Central recommends descriptive words in ' +
    'URLs. Skipped when there is no slug at all (stdin without --stdin-filename).',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null || document.slug === null) return skip();
    if (primary.placements.slug) return { score: 1, messages: [] };
    const suggestion = words(primary.phrase).join('-');
    return {
      score: 0,
      messages: [
        {
          message: `Slug "${document.slug.text}" does not contain the primary keyword "${primary.phrase}"; use a slug such as "${suggestion}".`,
          offset: document.slug.offset,
        },
      ],
    };
  },
};
