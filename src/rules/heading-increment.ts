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
