import { linkSuggestions } from '../site/crossfile.js';
import { siteIndexOf } from '../site/pages.js';
import type { CrossFileRule } from './types.js';

export type InternalLinkSuggestionOptions = Record<string, never>;

export const internalLinkSuggestion: CrossFileRule<InternalLinkSuggestionOptions> = {
  kind: 'cross-file',
  id: 'internal-link-suggestion',
  description: "An article that mentions another article's primary keyword links to it.",
  defaultSeverity: 'info',
  rationale:
    'Yoast SEO Premium\'s internal linking suggestions: link related articles where the text already ' +
    'names their topic. A mention is one of the article\'s 64 most prominent 1–4-word phrases (Yoast ranks ' +
    '"prominent words" the same way), compared by word stems; a passing mention in a long article may fall ' +
    'outside them. Suggested once per pair, at the first mention, and only when exactly one audited article ' +
    'has that primary keyword (several are keyword cannibalization).',
  options: {},
  defaults: {},
  examples: {
    valid: [
      {
        files: [
          { path: 'a.md', source: '# Night cramps\n\nMagnesium helps. Read about [magnesium](b.md).\n', keywords: ['night cramps'] },
          { path: 'b.md', source: '# Magnesium\n\nMagnesium is a mineral.\n', keywords: ['magnesium'] },
        ],
      },
    ],
    invalid: [
      {
        files: [
          { path: 'a.md', source: '# Night cramps\n\nSome take magnesium supplements; magnesium may help.\n', keywords: ['night cramps'] },
          { path: 'b.md', source: '# Magnesium\n\nMagnesium is a mineral.\n', keywords: ['magnesium'] },
        ],
        messages: [{ message: 'a.md mentions "magnesium" (line 3), the primary keyword of b.md, without linking to it', files: ['a.md', 'b.md'] }],
      },
    ],
  },
  check({ files }) {
    return linkSuggestions(siteIndexOf(files));
  },
};
