import { CAUSES } from './causes.js';
import type { Rule } from './types.js';
import { clamp01, hasKeywords, percentOf, skip } from './util.js';

export interface KeywordCoverageOptions {
  min: number;
}

export const keywordCoverage: Rule<KeywordCoverageOptions> = {
  id: 'keyword-coverage',
  description: 'The weighted share of the keyword set found in the text is at least `min`.',
  defaultSeverity: 'warning',
  weight: 3,
  rationale:
    'Topical coverage: an article should answer the queries it targets. 80 % mirrors the ' +
    "project's default --min-coverage threshold (see Configuration) and the usual content-brief practice of " +
    'covering most, not necessarily all, secondary terms.',
  options: { min: { type: 'number', description: 'minimum coverage ratio (0–1)', min: 0, max: 1 } },
  defaults: { min: 0.8 },
  examples: {
    valid: [
      { source: 'Alpha beta, gamma, delta and epsilon.\n', keywords: ['alpha beta', 'gamma', 'delta', 'epsilon', 'zeta'] },
      { name: 'a lower minimum', source: 'Alpha and beta.\n', keywords: ['alpha', 'beta', 'gamma', 'delta'], options: { min: 0.5 } },
    ],
    invalid: [
      {
        source: 'Alpha beta and gamma.\n',
        keywords: ['alpha beta', 'gamma', 'delta', 'epsilon', 'zeta'],
        messages: [{ message: 'Keyword coverage is 40 % (2 of 5 keywords found); cover at least 80 % of the set', line: 1, column: 1 }],
      },
    ],
  },
  check({ analysis, keywordSet, options }) {
    if (!hasKeywords(keywordSet, analysis)) return skip();
    const { ratio, covered, total } = analysis.coverage;
    const score = options.min === 0 ? 1 : clamp01(ratio / options.min);
    if (ratio >= options.min) return { score, messages: [] };
    const uncovered = analysis.keywords.filter((keyword) => !keyword.found);
    const onlyPrimaryMissing = uncovered.length === 1 && uncovered[0]!.primary && uncovered[0]!.count === 0;
    return {
      score,
      messages: [
        {
          message:
            `Keyword coverage is ${percentOf(ratio)} (${covered} of ${total} keywords found); ` +
            `cover at least ${percentOf(options.min)} of the set (see keyword-missing for the gaps).`,
          offset: null,
          // When the only keyword missing is a primary that never occurs, that is the one finding.
          ...(onlyPrimaryMissing ? { consequenceOf: [CAUSES.primaryMissing] } : {}),
        },
      ],
    };
  },
};
