import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { clamp01, num, percentOf, primaryOf, skip } from './util.js';

export interface KeywordInSubheadingsOptions {
  min: number;
  max: number;
}

export const keywordInSubheadings: Rule<KeywordInSubheadingsOptions> = {
  id: 'keyword-in-subheadings',
  description: 'The primary keyword appears in between `min` and `max` of the H2/H3 subheadings.',
  defaultSeverity: 'warning',
  weight: 1,
  rationale:
    'Yoast SEO "keyphrase in subheading" assessment: 30–75 % of H2/H3 subheadings should reflect ' +
    'the topic; fewer loses the thread, more reads as over-optimised. No subheadings: nothing to check.',
  options: {
    min: { type: 'number', description: 'minimum share of H2/H3 subheadings with the keyword (0–1)', min: 0, max: 1 },
    max: { type: 'number', description: 'maximum share of H2/H3 subheadings with the keyword (0–1)', min: 0, max: 1 },
  },
  defaults: { min: 0.3, max: 0.75 },
  examples: {
    valid: [
      { source: '## Leg cramps: causes\n\nA.\n\n## Cures\n\nB.\n', keywords: ['leg cramps'] },
      { name: 'no subheadings', source: '# Title\n\nText.\n', keywords: ['leg cramps'] },
    ],
    invalid: [
      {
        source: '# Leg cramps\n\n## Causes\n\nA.\n\n## Cures\n\nB.\n',
        keywords: ['leg cramps'],
        messages: [{ message: 'The primary keyword "leg cramps" is in 0 of 2 H2/H3 subheadings (0 %); use it in 30–75 % of them.', line: 3, column: 1 }],
      },
    ],
  },
  check({ document, analysis, keywordSet, options }) {
    const primary = primaryOf(keywordSet, analysis);
    if (primary === null) return skip();
    const { with: hits, of: total } = primary.placements.subheadings;
    if (total === 0) return { score: 1, messages: [] };
    const share = hits / total;
    let score = 1;
    if (share < options.min) score = clamp01(share / options.min);
    else if (share > options.max) score = clamp01(options.max / share);
    if (score === 1) return { score, messages: [] };
    const band = `${num(options.min * 100, 1)}–${num(options.max * 100, 1)} %`;
    const advice =
      share < options.min ? `use it in ${band} of them` : `keep it to ${band} of them so the headings do not read as over-optimised`;
    return {
      score,
      messages: [
        {
          message: `The primary keyword "${primary.phrase}" is in ${hits} of ${total} H2/H3 subheadings (${percentOf(share)}); ${advice}.`,
          offset: null,
          consequenceOf: [CAUSES.primaryMissing],
          // Shown at the first H2/H3, where the subheadings start.
          anchor: document.headings.find((heading) => heading.level === 2 || heading.level === 3)?.start ?? null,
        },
      ],
    };
  },
};
