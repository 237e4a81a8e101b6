import { words } from '../text/tokenize.js';
import type { Rule, RuleMessage } from './types.js';
import { headingLabel } from './util.js';

export interface HeadingDuplicateOptions {
  siblingsOnly: boolean;
}

export const headingDuplicate: Rule<HeadingDuplicateOptions> = {
  id: 'heading-duplicate',
  description:
    'No two headings have the same text (compared by normalised words; with `siblingsOnly`, only ' +
    'headings under the same parent are compared).',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'markdownlint MD024 (no duplicate headings): duplicate headings make the outline and in-page ' +
    'anchors ambiguous and compete for the same query.',
  options: { siblingsOnly: { type: 'boolean', description: 'only compare headings that share a parent section' } },
  defaults: { siblingsOnly: false },
  examples: {
    valid: [
      { source: '# Leg cramps\n\nText.\n\n## Causes\n\nMore.\n' },
      {
        name: 'siblingsOnly: the same heading under different parents',
        source: '## Causes\n\n### Tips\n\nA.\n\n## Cures\n\n### Tips\n\nB.\n',
        options: { siblingsOnly: true },
      },
    ],
    invalid: [
      {
        source: '# Causes\n\nText.\n\n## Causes\n\nMore.\n',
        messages: [{ message: 'Heading "Causes" repeats the heading on line 1; make each heading distinct.', line: 5, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const seen = new Map<string, number>();
    const messages: RuleMessage[] = [];
    for (const heading of document.headings) {
      const text = words(heading.text).join(' ');
      if (text === '') continue;
      const scope = options.siblingsOnly ? `${document.sections[heading.section]!.parent}:` : '';
      const key = scope + text;
      const firstLine = seen.get(key);
      if (firstLine === undefined) {
        seen.set(key, heading.line);
        continue;
      }
      messages.push({ message: `Heading ${headingLabel(heading)} repeats the heading on line ${firstLine}; make each heading distinct.`, offset: heading.start, subject: heading.text });
    }
    const total = document.headings.length;
    return { score: total === 0 ? 1 : 1 - messages.length / total, messages };
  },
};
