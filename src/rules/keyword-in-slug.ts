import { words } from '../text/tokenize.js';
import { placementRule } from './placement.js';

/** Longest suggested slug, in words. */
const MAX_SLUG_WORDS = 8;

/**
 * A slug built from the title and the keyword: the title's words when they contain the keyword,
 * else the keyword's words followed by the title's (at most MAX_SLUG_WORDS, the keyword kept whole).
 */
export function suggestSlug(title: string | null, phrase: string): string {
  const keyword = words(phrase);
  const titleWords = title === null ? [] : words(title);
  let at = -1;
  for (let i = 0; i + keyword.length <= titleWords.length && at === -1; i++) {
    if (keyword.every((w, k) => titleWords[i + k] === w)) at = i;
  }
  let out = at === -1 ? [...keyword, ...titleWords] : titleWords;
  if (out.length > MAX_SLUG_WORDS) {
    const start = at === -1 ? 0 : Math.max(0, Math.min(at, out.length - MAX_SLUG_WORDS));
    out = out.slice(start, Math.max(start + MAX_SLUG_WORDS, start + keyword.length));
  }
  return out.join('-');
}

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
    message: `Slug "${document.slug!.text}" does not contain the primary keyword "${phrase}"; use a slug such as "${suggestSlug(document.title?.text ?? null, phrase)}".`,
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
      {
        name: 'the suggestion is built from the title and the keyword',
        source: '---\ntitle: How to Stop Leg Cramps at Night\nslug: night-pain\n---\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'use a slug such as "how-to-stop-leg-cramps-at-night"', line: 3, column: 7 }],
      },
      {
        name: 'a title without the keyword follows it',
        source: '---\ntitle: Sleeping Well\nslug: night-pain\n---\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'use a slug such as "leg-cramps-sleeping-well"', line: 3, column: 7 }],
      },
    ],
  },
});
