import { CAUSES } from './causes.js';
import type { RuleMessage, Rule } from './types.js';
import { clamp01, hasKeywords, plural, skip } from './util.js';

export type KeywordMissingOptions = Record<string, never>;

export const keywordMissing: Rule<KeywordMissingOptions> = {
  id: 'keyword-missing',
  description:
    'Every keyword occurs at least its `min` times (default 1). A primary keyword that never occurs ' +
    'is one error (the placement, density and distribution findings that follow from it are not ' +
    "reported). Counts above a keyword's `max` are reported by keyword-stuffing.",
  defaultSeverity: 'warning',
  weight: 2,
  rationale:
    'Each keyword in the set is a query the article is meant to rank for (see Keyword sets); a query that ' +
    'never appears in the text is rarely matched. The per-keyword `min` comes from the keyword set.',
  options: {},
  defaults: {},
  examples: {
    valid: [{ source: 'Alpha beta and gamma.\n', keywords: ['alpha beta', 'gamma'] }],
    invalid: [
      {
        name: 'a primary keyword that never occurs: one error, nothing about its placements',
        source: '---\ntitle: Alpha beta and gamma\n---\n# Gamma\n\nGamma rays are alpha rays.\n',
        keywords: ['delta wave', 'gamma'],
        messages: [{ message: 'Primary keyword "delta wave" does not appear in the text', line: 2 }],
      },
      {
        source: 'Alpha beta and gamma.\n',
        keywords: ['alpha beta', 'gamma', 'delta'],
        messages: [{ message: 'Keyword "delta" does not appear; use it at least once.', line: 1, column: 1 }],
      },
      {
        name: "a keyword set's per-keyword min",
        source: 'Gamma rays.\n',
        keywordSet: 'name: t\nprimary: gamma\ngroups:\n  core:\n    keywords: [{ phrase: gamma, min: 3 }]\n',
        messages: [{ message: 'Keyword "gamma" (group "core") appears 1 time; use it at least 3 times.', line: 1 }],
      },
    ],
  },
  check({ analysis, keywordSet }) {
    if (!hasKeywords(keywordSet, analysis)) return skip();
    const messages: RuleMessage[] = [];
    let totalWeight = 0;
    let foundWeight = 0;
    for (const keyword of analysis.keywords) {
      totalWeight += keyword.weight;
      if (keyword.count >= keyword.min) {
        foundWeight += keyword.weight;
        continue;
      }
      if (keyword.primary && keyword.count === 0) {
        messages.push({
          message:
            `Primary keyword "${keyword.phrase}" does not appear in the text; the article cannot rank for it ` +
            'until it is used (in the title, the H1, the introduction and the body).',
          offset: null,
          severity: 'error',
          cause: CAUSES.primaryMissing,
          subject: keyword.phrase,
        });
        continue;
      }
      const group = keyword.group === null ? '' : ` (group "${keyword.group}")`;
      const wanted = keyword.min === 1 ? 'at least once' : `at least ${keyword.min} times`;
      const seen = keyword.count === 0 ? 'does not appear' : `appears ${plural(keyword.count, 'time')}`;
      messages.push({ message: `Keyword "${keyword.phrase}"${group} ${seen}; use it ${wanted}.`, offset: null, subject: keyword.phrase });
    }
    return { score: totalWeight === 0 ? 1 : clamp01(foundWeight / totalWeight), messages };
  },
};
