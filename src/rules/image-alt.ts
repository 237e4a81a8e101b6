import type { Rule, RuleMessage } from './types.js';
import { shorten } from './util.js';

export type ImageAltOptions = Record<string, never>;

export const imageAlt: Rule<ImageAltOptions> = {
  id: 'image-alt',
  description: 'Every image has a non-empty alt text.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'WCAG 1.1.1 (Non-text Content): images need a text alternative for screen readers; Google Search ' +
    'Central uses alt text to understand images. No images: nothing to check (score 1).',
  options: {},
  defaults: {},
  check({ document }) {
    const messages: RuleMessage[] = [];
    for (const image of document.images) {
      if (image.alt !== null && image.alt.trim() !== '') continue;
      const name = image.src === null || image.src === '' ? 'An image' : `Image "${shorten(image.src, 60)}"`;
      const problem = image.alt === null ? 'has no alt text' : 'has an empty alt text';
      messages.push({ message: `${name} ${problem}; describe what it shows (WCAG 1.1.1).`, offset: image.offset, subject: image.src ?? '' });
    }
    const total = document.images.length;
    return { score: total === 0 ? 1 : 1 - messages.length / total, messages };
  },
};
