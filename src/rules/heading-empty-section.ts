import type { Rule, RuleMessage } from './types.js';
import { headingLabel } from './util.js';

export type HeadingEmptySectionOptions = Record<string, never>;

export const headingEmptySection: Rule<HeadingEmptySectionOptions> = {
  id: 'heading-empty-section',
  description:
    'Every heading has text before the next heading of the same or a higher rank (a heading directly ' +
    'followed by a subheading is fine).',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'A heading promises content; an empty section is a leftover or a stub, and search engines and ' +
    'screen-reader users land on nothing (WAI headings tutorial).',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: '# Leg cramps\n\nText.\n\n## Causes\n\nMore.\n' }],
    invalid: [
      {
        source: '# Leg cramps\n\nText.\n\n## Empty\n\n## Full\n\nMore.\n',
        messages: [{ message: 'Heading "Empty" has no text under it; add content or remove the heading.', line: 5, column: 1 }],
      },
    ],
  },
  check({ document }) {
    const messages: RuleMessage[] = [];
    for (const heading of document.headings) {
      if (document.sections[heading.section]!.totalWords > 0) continue;
      messages.push({ message: `Heading ${headingLabel(heading)} has no text under it; add content or remove the heading.`, offset: heading.start, subject: heading.text });
    }
    const total = document.headings.length;
    return { score: total === 0 ? 1 : 1 - messages.length / total, messages };
  },
};
