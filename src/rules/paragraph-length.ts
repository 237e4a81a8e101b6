import type { Rule, RuleMessage } from './types.js';
import { blockSubject } from './util.js';

export interface ParagraphLengthOptions {
  max: number;
}

const PROSE_BLOCKS = new Set(['paragraph', 'listItem', 'blockquote']);

export const paragraphLength: Rule<ParagraphLengthOptions> = {
  id: 'paragraph-length',
  description: 'Each paragraph (list items and block quotes included, table cells not) has at most `max` words.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale: 'Yoast SEO "paragraph length" assessment: paragraphs over 150 words are hard to scan, on mobile especially.',
  options: { max: { type: 'integer', description: 'most words in one paragraph', min: 1 } },
  defaults: { max: 150 },
  examples: {
    valid: [{ source: 'One two three.\n\nFour five six.\n', options: { max: 3 } }],
    invalid: [
      {
        source: 'One two three.\n\nFour five six seven.\n',
        options: { max: 3 },
        messages: [{ message: 'Paragraph has 4 words; split it into paragraphs of at most 3 words.', line: 3, column: 1 }],
      },
    ],
  },
  check({ document, options }) {
    const messages: RuleMessage[] = [];
    let measured = 0;
    for (const block of document.blocks) {
      if (!PROSE_BLOCKS.has(block.kind)) continue;
      const count = block.tokenEnd - block.tokenStart;
      if (count === 0) continue;
      measured++;
      if (count <= options.max) continue;
      messages.push({ message: `Paragraph has ${count} words; split it into paragraphs of at most ${options.max} words.`, offset: block.start, subject: blockSubject(block.text) });
    }
    return { score: measured === 0 ? 1 : 1 - messages.length / measured, messages };
  },
};
