import { CAUSES } from './causes.js';
import { placementRule } from './placement.js';

export const keywordInMetaDescription = placementRule({
  id: 'keyword-in-meta-description',
  description: 'The meta description contains the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in meta description" assessment; Google bolds query words in the snippet, ' +
    'which draws clicks.',
  placement: 'metaDescription',
  miss: ({ document, phrase }) =>
    document.metaDescription === null
      ? {
          message: `There is no meta description to carry the primary keyword "${phrase}"; add one that uses it.`,
          offset: null,
          anchor: document.title?.offset ?? null,
          consequenceOf: [CAUSES.metaDescriptionMissing],
        }
      : {
          message: `The meta description does not contain the primary keyword "${phrase}"; work it into the description.`,
          offset: document.metaDescription.offset,
        },
  examples: {
    valid: [{ source: '---\ndescription: Why leg cramps strike at night.\n---\n\nText.\n', keywords: ['leg cramps'] }],
    invalid: [
      {
        source: '---\ntitle: T\ndescription: Why muscles seize at night.\n---\n\nText.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The meta description does not contain the primary keyword "leg cramps"', line: 3, column: 14 }],
      },
      {
        name: 'no meta description',
        source: 'Text.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'There is no meta description to carry the primary keyword "leg cramps"', line: 1 }],
      },
    ],
  },
});
