import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { fieldLengthResult } from './util.js';

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
  examples: {
    valid: [{ source: '---\ndescription: Why leg cramps strike at night.\n---\n\nText.\n', options: { min: 10, max: 40 } }],
    invalid: [
      { source: 'Text.\n', messages: [{ message: 'There is no meta description; add one of 120–156 characters (front matter `description:`).', line: 1, column: 1 }] },
      {
        source: '---\ndescription: Leg cramps.\n---\n\nText.\n',
        messages: [{ message: 'Meta description is 11 characters long; use 120–156 characters to summarise the page.', line: 2, column: 14 }],
      },
    ],
  },
  check({ document, options }) {
    const range = `${options.min}–${options.max} characters`;
    const where = document.format === 'html' ? '<meta name="description">' : 'front matter `description:`';
    return fieldLengthResult(document.metaDescription, options.min, options.max, {
      missing: `There is no meta description; add one of ${range} (${where}).`,
      missingCause: CAUSES.metaDescriptionMissing,
      tooShort: (length) => `Meta description is ${length} characters long; use ${range} to summarise the page.`,
      tooLong: (length) => `Meta description is ${length} characters long; keep it within ${range} so the snippet is not cut off.`,
    }, document.title?.offset ?? null); // a missing description belongs next to the title (front matter, <head>)
  },
};
