import { CAUSES } from './causes.js';
import { placementRule } from './placement.js';
import { headingLabel, isEmptyHeading } from './util.js';

export const keywordInH1 = placementRule({
  id: 'keyword-in-h1',
  description: 'The H1 heading contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in H1" assessment: the H1 tells readers and search engines what the page ' +
    'is about and should match the query it targets.',
  placement: 'h1',
  miss({ document, phrase }) {
    const h1 = document.headings.find((h) => h.level === 1 && !isEmptyHeading(h));
    if (h1 === undefined) {
      return {
        message: `There is no H1 heading to carry the primary keyword "${phrase}"; add one that contains it.`,
        offset: null,
        anchor: document.blocks[0]?.start ?? null,
        consequenceOf: [CAUSES.h1Missing],
      };
    }
    return { message: `H1 ${headingLabel(h1)} does not contain the primary keyword "${phrase}"; add it to the H1.`, offset: h1.start };
  },
  examples: {
    valid: [{ source: '# Leg cramps explained\n\nText.\n', keywords: ['leg cramps'] }],
    invalid: [
      {
        source: 'Intro.\n\n# Night pain\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'H1 "Night pain" does not contain the primary keyword "leg cramps"', line: 3, column: 1 }],
      },
      {
        name: 'no H1',
        source: '## Leg cramps\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'There is no H1 heading to carry the primary keyword "leg cramps"', line: 1, column: 1 }],
      },
    ],
  },
});
