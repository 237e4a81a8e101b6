import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { fieldLengthResult } from './util.js';

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
  examples: {
    valid: [{ source: '---\ntitle: Leg cramps at night, their causes and quick relief\n---\n\nText.\n' }],
    invalid: [
      { source: 'Text.\n', messages: [{ message: 'The document has no title; add one of 30–60 characters.', line: 1, column: 1 }] },
      {
        source: '---\ntitle: Leg cramps\n---\n\nText.\n',
        messages: [{ message: 'Title is 10 characters long; use 30–60 characters to describe the page.', line: 2, column: 8 }],
      },
    ],
  },
  check({ document, options }) {
    const range = `${options.min}–${options.max}`;
    return fieldLengthResult(document.title, options.min, options.max, {
      missing: `The document has no title; add one of ${range} characters.`,
      missingCause: CAUSES.titleMissing,
      tooShort: (length) => `Title is ${length} characters long; use ${range} characters to describe the page.`,
      tooLong: (length) => `Title is ${length} characters long; keep it within ${range} so search results do not truncate it.`,
    });
  },
};
