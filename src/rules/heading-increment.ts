import type { Rule, RuleMessage } from './types.js';

export type HeadingIncrementOptions = Record<string, never>;

export const headingIncrement: Rule<HeadingIncrementOptions> = {
  id: 'heading-increment',
  description: 'Heading levels go down one step at a time (no H2 → H4).',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'WCAG 1.3.1 (Info and Relationships) via the WAI headings tutorial, and markdownlint MD001: ' +
    'a skipped level breaks the outline screen readers and search engines build.',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: '# A\n\n## B\n\n### C\n\n## D\n' }],
    invalid: [
      {
        source: '# A\n\n### C\n\n## D\n\n#### E\n',
        messages: [
          { message: 'Heading level jumps from H1 to H3; use H2 here.', line: 3, column: 1 },
          { message: 'Heading level jumps from H2 to H4; use H3 here.', line: 7, column: 1 },
        ],
      },
    ],
  },
  check({ document }) {
    const { headings } = document;
    const messages: RuleMessage[] = [];
    for (let i = 1; i < headings.length; i++) {
      const previous = headings[i - 1]!;
      const heading = headings[i]!;
      if (heading.level <= previous.level + 1) continue;
      messages.push({
        message: `Heading level jumps from H${previous.level} to H${heading.level}; use H${previous.level + 1} here.`,
        offset: heading.start,
        subject: heading.text,
      });
    }
    return { score: headings.length === 0 ? 1 : 1 - messages.length / headings.length, messages };
  },
};
