/** README.md's rule table is the one `npm run docs:rules` generates from the registry. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesTable, withRulesTable } from '../../src/rules/docs.js';
import { ALL_RULES } from '../../src/rules/registry.js';

describe('README rule table', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('matches the registry (run `npm run docs:rules` after changing a rule)', () => {
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('has one row per rule of either kind, in id order', () => {
    const rows = rulesTable().split('\n').slice(2);
    expect(rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1])).toEqual(ALL_RULES.map((rule) => rule.id));
    expect(rows.find((row) => row.startsWith('| `keyword-cannibalization` |'))).toContain('| warning | cross-file | `overlap: 0.6`, `topKeywords: 5` |');
  });
});
