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
  examples: {
    valid: [{ source: 'Text.\n\n![A calf stretch against a wall](stretch.png)\n' }, { name: 'no images', source: 'Text.\n' }],
    invalid: [
      {
        source: 'Text.\n\n![](stretch.png)\n',
        messages: [{ message: 'Image "stretch.png" has an empty alt text; describe what it shows (WCAG 1.1.1).', line: 3, column: 1 }],
      },
      {
        name: 'HTML image without alt',
        format: 'html',
        source: '<html><body>\n<p>Text.</p>\n<img src="stretch.png">\n</body></html>\n',
        messages: [{ message: 'Image "stretch.png" has no alt text', line: 3, column: 1 }],
      },
    ],
  },
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
