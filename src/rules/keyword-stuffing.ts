import type { Rule, RuleMessage } from './types.js';
import { clamp01, hasKeywords, num, ordinal, skip } from './util.js';

export interface KeywordStuffingOptions {
  maxDensity: number;
}

export const keywordStuffing: Rule<KeywordStuffingOptions> = {
  id: 'keyword-stuffing',
  description:
    'The primary keyword\'s density does not exceed `maxDensity` %, and no keyword occurs more often ' +
    'than its own `max`.',
  defaultSeverity: 'error',
  weight: 3,
  rationale:
    'Google spam policies list keyword stuffing as a violation that can demote a page. 4 % is well ' +
    "above Yoast SEO's 3 % upper density bound, so crossing it is unambiguous over-optimisation " +
    'rather than a style choice; hence error. Per-keyword `max` comes from the keyword set.',
  options: {
    maxDensity: { type: 'number', description: 'primary keyword density (percent) above which the text is stuffed', min: 0, max: 100 },
  },
  defaults: { maxDensity: 4 },
  check({ analysis, keywordSet, options }) {
    if (!hasKeywords(keywordSet, analysis)) return skip();
    const messages: RuleMessage[] = [];
    let primaryScore = 1;
    const primary = analysis.primary;
    if (primary !== null && analysis.words > 0) {
      const density = (primary.count / analysis.words) * 100;
      if (density > options.maxDensity) {
        primaryScore = clamp01(options.maxDensity / density);
        messages.push({
          message:
            `Primary keyword "${primary.phrase}" density is ${num(density)} % (${primary.count} of ${analysis.words} words), ` +
            `above the ${num(options.maxDensity)} % stuffing limit; replace some occurrences with pronouns or synonyms.`,
          offset: null,
        });
      }
    }
    let bounded = 0;
    let within = 0;
    for (const keyword of analysis.keywords) {
      if (keyword.max === null) continue;
      bounded++;
      if (keyword.count <= keyword.max) {
        within++;
        continue;
      }
      // Point at the first occurrence beyond the maximum: that is where to start trimming.
      const excess = keyword.occurrences[keyword.max];
      messages.push({
        message:
          `Keyword "${keyword.phrase}" appears ${keyword.count} times, more than its maximum of ${keyword.max}; ` +
          `this ${ordinal(keyword.max + 1)} occurrence is one too many.`,
        offset: excess?.offset ?? null,
      });
    }
    const maxScore = bounded === 0 ? 1 : within / bounded;
    return { score: Math.min(primaryScore, maxScore), messages };
  },
};
