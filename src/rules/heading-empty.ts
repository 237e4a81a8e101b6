import type { Rule, RuleMessage } from './types.js';
import { isEmptyHeading } from './util.js';

export type HeadingEmptyOptions = Record<string, never>;

export const headingEmpty: Rule<HeadingEmptyOptions> = {
  id: 'heading-empty',
  description: 'No heading is empty (`#` alone, `<h2></h2>`); an empty heading is not counted as an H1 either.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'An empty heading is an outline entry with no name: screen readers announce "heading level 2" ' +
    'and nothing else (WCAG 2.4.6 Headings and Labels), and it usually is a formatting slip.',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: '# Leg cramps\n\nText.\n\n## Causes\n\nMore.\n' }],
    invalid: [
      {
        source: '# Leg cramps\n\nText.\n\n##\n\nMore.\n',
        messages: [{ message: 'The H2 heading on line 5 is empty; give it text or remove it.', line: 5, column: 1 }],
      },
      {
        name: 'HTML',
        format: 'html',
        source: '<h1>Leg cramps</h1>\n<p>Text.</p>\n<h2> </h2>\n<p>More.</p>\n',
        messages: [{ message: 'The H2 heading on line 3 is empty', line: 3, column: 1 }],
      },
    ],
  },
  check({ document }) {
    const messages: RuleMessage[] = document.headings
      .filter(isEmptyHeading)
      .map((heading) => ({ message: `The H${heading.level} heading on line ${heading.line} is empty; give it text or remove it.`, offset: heading.start }));
    const total = document.headings.length;
    return { score: total === 0 ? 1 : 1 - messages.length / total, messages };
  },
};
