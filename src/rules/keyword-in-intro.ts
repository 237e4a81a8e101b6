import { placementRule } from './placement.js';

export const keywordInIntro = placementRule({
  id: 'keyword-in-intro',
  description: 'The introduction (first paragraph with text, or the first 10 % of words) mentions the primary keyword.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in introduction" assessment: readers and search snippets judge relevance ' +
    'from the opening paragraph.',
  placement: 'intro',
  miss({ document, analysis, phrase }) {
    if (document.tokens.count === 0) return null;
    const first = analysis.intro.tokenStart;
    const offset = first < document.tokens.count ? document.blocks[document.tokens.block[first]!]!.start : null;
    return { message: `The introduction does not mention the primary keyword "${phrase}"; use it in the opening paragraph.`, offset };
  },
  examples: {
    valid: [
      { source: '# Title\n\nLeg cramps wake many people.\n\nMore text.\n', keywords: ['leg cramps'] },
      { name: 'no words: nothing to check', source: '', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: 'Many people wake at night.\n\nLeg cramps are why.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The introduction does not mention the primary keyword "leg cramps"', line: 1, column: 1 }],
      },
    ],
  },
});
