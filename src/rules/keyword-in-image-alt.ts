import type { Rule } from './types.js';
import { plural, primaryOf, skip } from './util.js';

export type KeywordInImageAltOptions = Record<string, never>;

export const keywordInImageAlt: Rule<KeywordInImageAltOptions> = {
  id: 'keyword-in-image-alt',
  description: 'When the text has images, at least one image\'s alt text contains the primary keyword.',
  defaultSeverity: 'info',
  weight: 1,
  rationale:
    'Yoast SEO "image keyphrase" assessment; alt text feeds image search. Info by default because ' +
    'alt text must first describe the image for people (WCAG 1.1.1), not carry keywords. ' +
    'No images: nothing to check (score 1).',
  options: {},
  defaults: {},
  check({ document, analysis, keywordSet }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    if (document.images.length === 0 || primary.placements.imageAlt) return { score: 1, messages: [] };
    const count = document.images.length;
    const subject =
      count === 1
        ? `The image's alt text does not contain the primary keyword "${primary.phrase}"`
        : `None of the ${plural(count, 'image')} has the primary keyword "${primary.phrase}" in its alt text`;
    return {
      score: 0,
      messages: [
        {
          message: `${subject}; where it fits, describe an image with it.`,
          offset: document.images[0]!.offset,
        },
      ],
    };
  },
};
