import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, inline, MAX_CHARS, render } from '../../src/report/markdown.js';
import type { FileReport, Report } from '../../src/report/types.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import { GOOD, LEG_CRAMPS, PLAIN, sampleReport } from './fixture.js';

describe('markdown reporter', () => {
  const text = render(sampleReport(), PLAIN);
  const lines = text.split('\n');

  it('starts with a headline of pass/fail counts, mean score and coverage', () => {
    expect(lines[0]).toBe('## seo-audit ❌ failed: 1 passed, 1 failed, 1 errored');
    // mean coverage 0.875 → 88% (rounded), mean score 78.
    expect(lines[2]).toBe('3 files · 2 errors · 2 warnings · mean score **78** · mean coverage **88%**');
  });

  it('counts findings by rule: errors first, then warnings, then notes', () => {
    const start = lines.indexOf('| Rule | Errors | Warnings | Notes | Files |');
    expect(lines.slice(start + 2, start + 8)).toEqual([
      '| <code>keyword-density</code> | 1 | 0 | 0 | 1 |',
      '| <code>keyword-missing</code> | 1 | 0 | 0 | 1 |',
      '| <code>heading-duplicate</code> | 0 | 1 | 0 | 1 |',
      '| <code>keyword-cannibalization</code> | 0 | 1 | 0 | 2 |',
      '| <code>section-length</code> | 0 | 1 | 0 | 1 |',
      '| <code>readability</code> | 0 | 0 | 2 | 2 |',
    ]);
  });

  it('lists failed and errored files worst first, passed files collapsed', () => {
    const failed = lines.indexOf('### Failed files (worst first)');
    expect(lines.slice(failed + 4, failed + 6)).toEqual([
      '| 💥 | <code>posts/missing.md</code> | – | – | – | – |',
      '| ❌ | <code>posts/leg cramps.md</code> | 62 | 75% (3/4) | 2 | 2 |',
    ]);
    expect(lines).toContain('- <code>posts/missing.md</code>: cannot read file — ENOENT: no such file or directory');
    const passed = lines.indexOf('<details><summary>✅ 1 passed file</summary>');
    expect(passed).toBeGreaterThan(failed);
    expect(lines[passed + 4]).toBe('| ✅ | <code>posts/good.md</code> | 94 | 100% (2/2) | 0 | 0 |');
  });

  it('details each failed file with its findings grouped by rule, markup escaped, then missing keywords', () => {
    expect(lines).toContain('<details><summary>❌ <code>posts/leg cramps.md</code> — score 62, coverage 75%, 2 errors, 2 warnings</summary>');
    expect(lines).toContain(
      '| <code>keyword-missing</code> | 1 | 1:1 | error | Keyword "causes of leg &#124; cramps" &lt;missing&gt;: 0 of 1, 100% &amp; more, see: docs\uFFFD |',
    );
    expect(lines).toContain('| <code>heading-duplicate</code> | 1 | 30:4 | warning | Duplicate heading |');
    expect(lines).toContain('**Missing keywords:** <code>causes of leg &#124; cramps</code>');
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
    expect(passed).not.toContain('❌');
  });
});

describe('article text never renders as markup', () => {
  it('links, images, HTML, emphasis, code, mentions, issue refs and autolinks are neutralised', () => {
    const hostile = '[click](https://evil.example) ![img](x.png) <img src=x> **bold** _it_ `code` @octocat #12 www.evil.example a@b.co | ~~s~~';
    const out = inline(hostile);
    expect(out).not.toMatch(/[[\]()<>*_`|~]/);
    expect(out).not.toContain('://');
    expect(out).not.toMatch(/www\./);
    expect(out).not.toMatch(/(^|[^\u2060])@/);
    expect(out).toContain('&#35;\u206012');
    expect(cell).toBe(inline);
  });

  it('property: no Markdown-active character or link-forming sequence survives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (value) => {
        const out = inline(value).replace(/&(#\d+|amp|lt|gt);/g, '');
        expect(out).not.toMatch(/[[\]()<>!*_`~\\|#$&\n\r]/);
        expect(out).not.toContain('://');
        expect(out).not.toMatch(/www\./i);
        expect(out).not.toMatch(/(^|[^\u2060])@/);
      }),
      { numRuns: 300 },
    );
  });
});

/** A report of n files: one in three failed with many findings, the rest passed. */
export function bigReport(n: number): Report {
  const files: FileReport[] = [];
  let passed = 0;
  for (let i = 0; i < n; i++) {
    const path = `content/section-${i % 17}/article-${String(i).padStart(5, '0')}.md`;
    if (i % 3 === 0) {
      const findings = Array.from({ length: 40 }, (_, k) => ({
        ruleId: ['paragraph-length', 'section-keywords', 'keyword-missing', 'image-alt'][k % 4]!,
        severity: (k % 5 === 0 ? 'error' : 'warning') as 'error' | 'warning',
        message: `Finding ${k} of [article ${i}](https://example.com/${i}) with **text** that is long enough to matter in a table cell`,
        line: k + 1,
        column: 1,
        fingerprint: fingerprint('r', path, String(k)),
      }));
      files.push({ ...structuredClone(LEG_CRAMPS), path, findings, score: 40 + (i % 50) });
    } else {
      passed++;
      files.push({ ...structuredClone(GOOD), path });
    }
  }
  const failed = n - passed;
  return {
    schemaVersion: 1,
    tool: { name: 'seo-audit', version: '0.1.0' },
    summary: { files: n, passed, failed, errored: 0, errors: failed * 8, warnings: failed * 32, coverage: 0.9, score: 80 },
    crossFile: [],
    files,
    rules: [],
  };
}

describe('size', () => {
  it.each([10, 300, 3000])('a %i-file run stays within 65,536 characters', (n) => {
    const out = render(bigReport(n), PLAIN);
    expect(out.length).toBeLessThanOrEqual(MAX_CHARS);
    if (n >= 300) {
      expect(out).toMatch(/…and \d+ more/);
      expect(out).toContain('The full report is longer than fits here');
    }
    // Worst first: the lowest-scoring failed file leads the failed table.
    const rows = out.split('\n').filter((line) => line.startsWith('| ❌ |'));
    const scores = rows.map((row) => Number(row.split('|')[3]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
