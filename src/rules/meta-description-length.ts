import type { Rule } from './types.js';
import { charLength, clamp01 } from './util.js';

export interface MetaDescriptionLengthOptions {
  min: number;
  max: number;
}

export const metaDescriptionLength: Rule<MetaDescriptionLengthOptions> = {
  id: 'meta-description-length',
  description: 'The meta description is between `min` and `max` characters long; a missing one is a finding.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "meta description length" assessment (120–156 characters): Google truncates longer ' +
    'snippets, and shorter ones waste the space to persuade.',
  options: {
    min: { type: 'integer', description: 'fewest characters', min: 0 },
    max: { type: 'integer', description: 'most characters', min: 1 },
  },
  defaults: { min: 120, max: 156 },
  check({ document, options }) {
    const meta = document.metaDescription;
    const range = `${options.min}–${options.max} characters`;
    if (meta === null) {
      const where = document.format === 'html' ? '<meta name="description">' : 'front matter `description:`';
      return { score: 0, messages: [{ message: `There is no meta description; add one of ${range} (${where}).`, offset: null }] };
    }
    const length = charLength(meta.text.trim());
    if (length >= options.min && length <= options.max) return { score: 1, messages: [] };
    if (length < options.min) {
      return {
        score: options.min === 0 ? 1 : clamp01(length / options.min),
        messages: [{ message: `Meta description is ${length} characters long; use ${range} to summarise the page.`, offset: meta.offset }],
      };
    }
    return {
      score: clamp01(options.max / length),
      messages: [{ message: `Meta description is ${length} characters long; keep it within ${range} so the snippet is not cut off.`, offset: meta.offset }],
    };
  },
};
