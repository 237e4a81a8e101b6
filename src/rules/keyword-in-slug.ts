import { words } from '../text/tokenize.js';
import { placementRule } from './placement.js';

export const keywordInSlug = placementRule({
  id: 'keyword-in-slug',
  description: 'The slug (front matter `slug`, canonical URL, or file name) contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in slug" assessment; Google Search Central recommends descriptive words in ' +
    'URLs. Skipped when there is no slug at all (stdin without --stdin-filename).',
  placement: 'slug',
  applies: (document) => document.slug !== null,
  miss: ({ document, phrase }) => ({
    message: `Slug "${document.slug!.text}" does not contain the primary keyword "${phrase}"; use a slug such as "${words(phrase).join('-')}".`,
    offset: document.slug!.offset,
  }),
  examples: {
    valid: [
      { source: 'Text.\n', path: 'posts/leg-cramps.md', keywords: ['leg cramps'] },
      { name: 'front matter slug wins over the file name', source: '---\nslug: leg-cramps-at-night\n---\n\nText.\n', path: 'x.md', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: '---\nslug: night-pain\n---\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'Slug "night-pain" does not contain the primary keyword "leg cramps"; use a slug such as "leg-cramps".', line: 2, column: 7 }],
      },
    ],
  },
});
