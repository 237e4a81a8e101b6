import { CAUSES } from './causes.js';
import { placementRule } from './placement.js';
import { shorten } from './util.js';

export const keywordInTitle = placementRule({
  id: 'keyword-in-title',
  description: 'The title (front matter `title` or `<title>`) contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 2,
  rationale:
    'Yoast SEO "keyphrase in SEO title" assessment; the title is the strongest on-page relevance ' +
    'signal and the headline of the search result (Google Search Central, title links).',
  placement: 'title',
  miss: ({ document, phrase }) =>
    document.title === null
      ? {
          message: `The document has no title; add one that contains the primary keyword "${phrase}".`,
          offset: null,
          consequenceOf: [CAUSES.titleMissing],
        }
      : {
          message: `Title "${shorten(document.title.text, 70)}" does not contain the primary keyword "${phrase}"; put it in the title, ideally near the start.`,
          offset: document.title.offset,
        },
  examples: {
    valid: [
      { source: '---\ntitle: Leg cramps at night\n---\n\nText.\n', keywords: ['leg cramps'] },
      { name: 'no keywords: skipped', source: '---\ntitle: Anything\n---\n\nText.\n' },
    ],
    invalid: [
      {
        source: '---\ntitle: Night pain\n---\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'Title "Night pain" does not contain the primary keyword "leg cramps"', line: 2, column: 8 }],
      },
      {
        name: 'no title at all',
        source: 'Text about leg cramps.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The document has no title; add one that contains the primary keyword "leg cramps".', line: 1, column: 1 }],
      },
    ],
  },
});
