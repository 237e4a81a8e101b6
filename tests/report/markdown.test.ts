import { describe, expect, it } from 'vitest';
import { cell, render } from '../../src/report/markdown.js';
import { PLAIN, sampleReport } from './fixture.js';

describe('markdown reporter', () => {
  const text = render(sampleReport(), PLAIN);
  const lines = text.split('\n');

  it('starts with a headline of pass/fail counts, mean score and coverage', () => {
    expect(lines[0]).toBe('## seo-audit ❌ failed: 1 passed, 1 failed, 1 errored');
    // mean coverage 0.875 → 88% (rounded), mean score 78.
    expect(lines[2]).toBe('3 files · 2 errors · 2 warnings · mean score **78** · mean coverage **88%**');
  });

  it('has one table row per file, in path order', () => {
    const header = lines.indexOf('| | File | Score | Coverage | Errors | Warnings |');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 2, header + 5)).toEqual([
      '| ✅ | <code>posts/good.md</code> | 94 | 100% (2/2) | 0 | 0 |',
      '| ❌ | <code>posts/leg cramps.md</code> | 62 | 75% (3/4) | 2 | 2 |',
      '| 💥 | <code>posts/missing.md</code> | – | – | – | – |',
    ]);
    expect(lines).toContain('- <code>posts/missing.md</code>: cannot read file — ENOENT: no such file or directory');
  });

  it('details each failed file: findings with escaped pipes and markup, then missing keywords', () => {
    const open = lines.findIndex((line) => line.startsWith('<details>'));
    expect(lines[open]).toBe(
      '<details><summary>❌ <code>posts/leg cramps.md</code> — score 62, coverage 75%, 2 errors, 2 warnings</summary>',
    );
    expect(lines).toContain(
      '| 1:1 | error | Keyword "causes of leg \\| cramps" &lt;missing&gt;: 0 of 1, 100% &amp; more, see: docs\uFFFD | <code>keyword-missing</code> |',
    );
    expect(lines).toContain('| 30:4 | warning | Duplicate heading | <code>heading-duplicate</code> |');
    expect(lines).toContain('**Missing keywords:** <code>causes of leg \\| cramps</code>');
    // Only the failed file gets a <details> block.
    expect(lines.filter((line) => line.startsWith('<details>'))).toHaveLength(1);
    expect(lines.filter((line) => line === '</details>')).toHaveLength(1);
  });

  it('lists cross-file findings with sorted files', () => {
    expect(lines).toContain(
      '| warning | Both target "leg cramps" | <code>posts/good.md</code>, <code>posts/leg cramps.md</code> | <code>keyword-cannibalization</code> |',
    );
  });

  it('leaves non-error findings out when quiet', () => {
    const quiet = render(sampleReport(), { color: false, quiet: true });
    expect(quiet).not.toContain('Duplicate heading');
    expect(quiet).toContain('density 3.5% is above 3%');
    expect(quiet).not.toContain('### Across files');
  });

  it('says passed when nothing failed', () => {
    const report = sampleReport();
    report.files = [report.files[0]!];
    report.crossFile = [];
    report.summary = { files: 1, passed: 1, failed: 0, errored: 0, skipped: 0, errors: 0, warnings: 0, coverage: 1, score: 94 };
    const passed = render(report, PLAIN);
    expect(passed.split('\n')[0]).toBe('## seo-audit ✅ passed: 1 passed, 0 failed');
    expect(passed).not.toContain('<details>');
  });

  it('cell() escapes pipes, markup and line breaks', () => {
    expect(cell('a|b <i>&\r\nc')).toBe('a\\|b &lt;i&gt;&amp; c');
  });
});
