import { placementRule } from './placement.js';
import { plural } from './util.js';

export const keywordInImageAlt = placementRule({
  id: 'keyword-in-image-alt',
  description: 'When the text has images, at least one image\'s alt text contains the primary keyword.',
  defaultSeverity: 'info',
  weight: 1,
  rationale:
    'Yoast SEO "image keyphrase" assessment; alt text feeds image search. Info by default because ' +
    'alt text must first describe the image for people (WCAG 1.1.1), not carry keywords. ' +
    'No images: nothing to check (score 1).',
  placement: 'imageAlt',
  miss({ document, phrase }) {
    const count = document.images.length;
    if (count === 0) return null;
    const subject =
      count === 1
        ? `The image's alt text does not contain the primary keyword "${phrase}"`
        : `None of the ${plural(count, 'image')} has the primary keyword "${phrase}" in its alt text`;
    return { message: `${subject}; where it fits, describe an image with it.`, offset: document.images[0]!.offset };
  },
  examples: {
    valid: [
      { source: 'Text.\n\n![Stretching against leg cramps](stretch.png)\n', keywords: ['leg cramps'] },
      { name: 'no images: nothing to check', source: 'Text.\n', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: 'Text.\n\n![A calf stretch](stretch.png)\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The image\'s alt text does not contain the primary keyword "leg cramps"', line: 3, column: 1 }],
      },
      {
        source: 'Text.\n\n![One](a.png) and ![two](b.png)\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'None of the 2 images has the primary keyword "leg cramps" in its alt text', line: 3, column: 1 }],
      },
    ],
  },
});
