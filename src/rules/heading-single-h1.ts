import { CAUSES } from './causes.js';
import type { Rule, RuleMessage } from './types.js';
import { headingLabel, isEmptyHeading } from './util.js';
import { repeatedTitleH1 } from './heading-duplicate.js';

export type HeadingSingleH1Options = Record<string, never>;

export const headingSingleH1: Rule<HeadingSingleH1Options> = {
  id: 'heading-single-h1',
  description: 'The text has exactly one H1 heading (empty headings are not counted: heading-empty reports them).',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "single title" assessment and the W3C/WAI heading guidance: one H1 names the page, ' +
    'sections use H2 and below.',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: '# Leg cramps\n\n## Causes\n\nText.\n' }],
    invalid: [
      {
        source: '# Leg cramps\n\nText.\n\n# Causes\n',
        messages: [{ message: 'H1 "Causes" is one of 2 H1 headings (the first is on line 1); use H2 for sections.', line: 5, column: 1 }],
      },
      { name: 'no H1', source: '## Causes\n\nText.\n', messages: [{ message: 'The text has no H1 heading', line: 1, column: 1 }] },
      { name: 'an empty H1 is not an H1', source: '#\n\n## Causes\n\nText.\n', messages: [{ message: 'The text has no H1 heading', line: 1, column: 1 }] },
      {
        name: 'the text repeats the front-matter title as its H1: one finding (not also heading-duplicate and heading-empty-section)',
        source: '---\ntitle: Leg cramps at night\n---\n\n# Leg Cramps at Night\n\nText.\n',
        messages: [
          {
            message: 'H1 "Leg Cramps at Night" repeats the front-matter title (line 2), which is already the page\'s H1 (titleAsH1); remove it from the text, or set titleAsH1: false if the layout does not print the title.',
            line: 5,
            column: 1,
          },
        ],
      },
    ],
  },
  check({ document }) {
    const h1s = document.headings.filter((h) => h.level === 1 && !isEmptyHeading(h));
    if (h1s.length === 1) return { score: 1, messages: [] };
    if (h1s.length === 0) {
      return {
        score: 0,
        messages: [
          {
            message: 'The text has no H1 heading; add one that names the page.',
            offset: null,
            anchor: document.blocks[0]?.start ?? null,
            cause: CAUSES.h1Missing,
          },
        ],
      };
    }
    const first = h1s[0]!;
    const repeated = repeatedTitleH1(document);
    const messages: RuleMessage[] = h1s.slice(1).map((h) =>
      h === repeated
        ? {
            message:
              `H1 ${headingLabel(h)} repeats the front-matter title (line ${first.line}), which is already the page's H1 (titleAsH1); ` +
              'remove it from the text, or set titleAsH1: false if the layout does not print the title.',
            offset: h.start,
            subject: h.text,
            cause: CAUSES.titleRepeatedAsH1,
          }
        : {
            message: `H1 ${headingLabel(h)} is one of ${h1s.length} H1 headings (the first is on line ${first.line}); use H2 for sections.`,
            offset: h.start,
            subject: h.text,
          },
    );
    return { score: 1 / h1s.length, messages };
  },
};
