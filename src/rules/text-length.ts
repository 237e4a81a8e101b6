import type { Rule } from './types.js';
import { clamp01 } from './util.js';

export interface TextLengthOptions {
  min: number;
}

export const textLength: Rule<TextLengthOptions> = {
  id: 'text-length',
  description: 'The text (headings included) has at least `min` words.',
  defaultSeverity: 'warning',
  weight: 2,
  rationale: 'Yoast SEO "text length" assessment: at least 300 words for a regular post or page.',
  options: { min: { type: 'integer', description: 'fewest words', min: 0 } },
  defaults: { min: 300 },
  examples: {
    valid: [{ source: 'One two three four five.\n', options: { min: 5 } }],
    invalid: [{ source: 'One two three.\n', messages: [{ message: 'The text has 3 words; write at least 300.', line: 1, column: 1 }] }],
  },
  check({ document, options }) {
    const count = document.wordCount;
    if (count >= options.min) return { score: 1, messages: [] };
    return {
      score: clamp01(count / options.min),
      messages: [{ message: `The text has ${count} words; write at least ${options.min}.`, offset: null }],
    };
  },
};
