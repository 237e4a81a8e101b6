import type { Rule, RuleMessage } from './types.js';
import { headingLabel } from './util.js';

export interface SectionLengthOptions {
  max: number;
}

export const sectionLength: Rule<SectionLengthOptions> = {
  id: 'section-length',
  description:
    'Each section\'s own body (up to the next heading of any level; the text before the first heading ' +
    'counts too) has at most `max` words.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale: 'Yoast SEO "subheading distribution" assessment: no more than 300 words without a subheading.',
  options: { max: { type: 'integer', description: 'most words of body text under one heading', min: 1 } },
  defaults: { max: 300 },
  examples: {
    valid: [{ source: '# A\n\nOne two three.\n\n## B\n\nFour five.\n', options: { max: 3 } }],
    invalid: [
      {
        source: '# A\n\nOne two three four.\n',
        options: { max: 3 },
        messages: [{ message: 'Section "A" has 4 words before the next heading; split it with subheadings (at most 3 words each).', line: 1, column: 1 }],
      },
      {
        name: 'text before the first heading',
        source: 'One two three four.\n\n# A\n\nFive.\n',
        options: { max: 3 },
        messages: [{ message: 'The text before the first heading has 4 words', line: 1, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const messages: RuleMessage[] = [];
    let measured = 0;
    for (const section of document.sections) {
      if (section.heading === null && section.words === 0) continue;
      measured++;
      if (section.words <= options.max) continue;
      const advice = `split it with subheadings (at most ${options.max} words each).`;
      if (section.heading === null) {
        const first = document.blocks[section.blocks[0]!]!;
        messages.push({ message: `The text before the first heading has ${section.words} words; ${advice}`, offset: first.start, subject: '' });
      } else {
        const heading = document.headings[section.heading]!;
        messages.push({ message: `Section ${headingLabel(heading)} has ${section.words} words before the next heading; ${advice}`, offset: heading.start, subject: heading.text });
      }
    }
    return { score: measured === 0 ? 1 : 1 - messages.length / measured, messages };
  },
};
