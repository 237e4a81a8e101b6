/**
 * A whole blog audited in one run (issue 6): directory recursion, the blog's own config
 * (ignore + override), per-article front-matter keywords, cross-file cannibalization.
 * Run from fixtures/blog so its seo-audit.config.yaml is the discovered config.
 *
 * Coverage figures were counted by hand with grep over each article's prose (front matter
 * excluded; forms mode, so "leg cramp" also finds "leg cramps"):
 * - leg-cramps-at-night.md vs keywords/leg-cramps.yaml (8 keywords): leg cramps 6 (lines 7, 9,
 *   9, 15, 19, 32), night leg cramps 1, muscle cramps 2, calf cramps 1, how to stop leg cramps 1;
 *   what causes / causes of / leg cramp relief 0 → 5 of 8 = 0.625.
 * - what-causes-leg-cramps.md: leg cramps 6, muscle cramps 1, what causes leg cramps 1,
 *   causes of leg cramps 1; the other four 0 → 4 of 8 = 0.5.
 * - stretching/calf-stretches.html vs the override set keywords/stretching.yaml (6): calf
 *   stretches, stretching routine, tight calves, wall calf stretch, seated calf stretch found;
 *   hamstring stretch absent → 5 of 6 = 0.8333.
 * - hydration-and-electrolytes.md and magnesium-for-muscle-cramps.md use their front-matter
 *   keywords (4 each), all present → 1.
 * Mean coverage = (1 + 0.625 + 1 + 0.8333 + 0.5) / 5 = 0.7917.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, run } from '../helpers/cli.js';

const BLOG = join(ROOT, 'fixtures', 'blog');

interface JsonReport {
  summary: { files: number; passed: number; failed: number; errored: number; coverage: number };
  crossFile: { ruleId: string; files: string[] }[];
  files: { path: string; status: string; coverage: { ratio: number; covered: number; total: number }; keywords: { phrase: string; primary: boolean }[] }[];
}

function auditBlog(args: string[] = []): { code: number | null; report: JsonReport } {
  const result = run(['.', '-f', 'json', ...args], { cwd: BLOG });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

describe('auditing the fixture blog', () => {
  const { code, report } = auditBlog();

  it('audits every article in sorted order and skips the ignored drafts folder', () => {
    expect(code).toBe(0);
    expect(report.files.map((f) => f.path)).toEqual([
      'hydration-and-electrolytes.md',
      'leg-cramps-at-night.md',
      'magnesium-for-muscle-cramps.md',
      'stretching/calf-stretches.html',
      'what-causes-leg-cramps.md',
    ]);
    expect(report.summary).toMatchObject({ files: 5, passed: 5, failed: 0, errored: 0, coverage: 0.7917 });
  });

  it('picks each article’s keyword set: front matter > config override > config keywords', () => {
    const primary = Object.fromEntries(report.files.map((f) => [f.path, f.keywords.find((k) => k.primary)?.phrase]));
    expect(primary).toEqual({
      'hydration-and-electrolytes.md': 'electrolyte drinks',
      'leg-cramps-at-night.md': 'leg cramps',
      'magnesium-for-muscle-cramps.md': 'magnesium for muscle cramps',
      'stretching/calf-stretches.html': 'calf stretches',
      'what-causes-leg-cramps.md': 'leg cramps',
    });
    const coverage = Object.fromEntries(report.files.map((f) => [f.path, [f.coverage.covered, f.coverage.total]]));
    expect(coverage).toEqual({
      'hydration-and-electrolytes.md': [4, 4],
      'leg-cramps-at-night.md': [5, 8],
      'magnesium-for-muscle-cramps.md': [4, 4],
      'stretching/calf-stretches.html': [5, 6],
      'what-causes-leg-cramps.md': [4, 8],
    });
  });

  it('reports no cannibalization: the two "leg cramps" articles get that primary from the blog-wide set, not their own front matter', () => {
    // Both take "leg cramps" from the config's keyword set (keywordSource "keyword-set"): every
    // article on that set has it by design, so it says nothing about competing articles.
    expect(report.files.filter((f) => f.keywordSource === 'keyword-set').map((f) => f.path)).toEqual([
      'leg-cramps-at-night.md',
      'stretching/calf-stretches.html',
      'what-causes-leg-cramps.md',
    ]);
    expect(report.crossFile.filter((f) => f.ruleId === 'keyword-cannibalization')).toEqual([]);
  });

  it('reports every article as an orphan: no article links to another, and the blog has no index page', () => {
    expect(report.crossFile.filter((f) => f.ruleId !== 'keyword-cannibalization').map((f) => [f.ruleId, f.files])).toEqual(
      report.files.map((f) => ['orphan-page', [f.path]]),
    );
  });

  it('fails each file below --min-coverage and exits 1', () => {
    // 0.625 and 0.5 are below 70 %; the other three files meet it.
    const gated = auditBlog(['--min-coverage', '70%']);
    expect(gated.code).toBe(1);
    expect(gated.report.summary).toMatchObject({ passed: 3, failed: 2 });
    expect(gated.report.files.filter((f) => f.status === 'failed').map((f) => f.path)).toEqual([
      'leg-cramps-at-night.md',
      'what-causes-leg-cramps.md',
    ]);
  });
});
