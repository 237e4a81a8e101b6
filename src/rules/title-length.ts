import type { Rule } from './types.js';
import { charLength, clamp01 } from './util.js';

export interface TitleLengthOptions {
  min: number;
  max: number;
}

export const titleLength: Rule<TitleLengthOptions> = {
  id: 'title-length',
  description: 'The title is between `min` and `max` characters long; a missing title is a finding.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Google truncates title links at about 600 px, roughly 60 characters (Moz, Yoast SEO title width); ' +
    'under 30 characters a title rarely describes the page.',
  options: {
    min: { type: 'integer', description: 'fewest characters', min: 0 },
    max: { type: 'integer', description: 'most characters', min: 1 },
  },
  defaults: { min: 30, max: 60 },
  check({ document, options }) {
    const title = document.title;
    if (title === null) {
      return {
        score: 0,
        messages: [{ message: `The document has no title; add one of ${options.min}–${options.max} characters.`, offset: null }],
      };
    }
    const length = charLength(title.text.trim());
    if (length >= options.min && length <= options.max) return { score: 1, messages: [] };
    if (length < options.min) {
      return {
        score: options.min === 0 ? 1 : clamp01(length / options.min),
        messages: [{ message: `Title is ${length} characters long; use ${options.min}–${options.max} characters to describe the page.`, offset: title.offset }],
      };
    }
    return {
      score: clamp01(options.max / length),
      messages: [{ message: `Title is ${length} characters long; keep it within ${options.min}–${options.max} so search results do not truncate it.`, offset: title.offset }],
    };
  },
};
