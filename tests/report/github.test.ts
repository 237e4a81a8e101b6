import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, render } from '../../src/report/github.js';
import { PLAIN, sampleReport } from './fixture.js';

describe('github reporter', () => {
  it('prints one workflow command per finding, errored file and cross-file file: errors, then warnings, then notices', () => {
    expect(render(sampleReport(), PLAIN).split('\n')).toEqual([
      '::error file=posts/leg cramps.md,line=1,col=1,title=keyword-density::Primary keyword "leg cramps" density 3.5%25 is above 3%25',
      // % → %25, LF → %0A, the BEL control character → U+FFFD.
      '::error file=posts/leg cramps.md,line=1,col=1,title=keyword-missing::Keyword "causes of leg | cramps" <missing>: 0 of 1, 100%25 & more,%0Asee: docs\uFFFD',
      '::error file=posts/missing.md,title=seo-audit::cannot read file — ENOENT: no such file or directory',
      '::warning file=posts/leg cramps.md,line=9,col=1,title=section-length::Section "What causes leg cramps?" has 180 words, over 150',
      '::warning file=posts/leg cramps.md,line=30,col=4,title=heading-duplicate::Duplicate heading',
      // Cross-file: each file at its location.
      '::warning file=posts/leg cramps.md,line=1,col=1,title=keyword-cannibalization::Both target "leg cramps"',
      '::warning file=posts/good.md,line=1,col=1,title=keyword-cannibalization::Both target "leg cramps"',
      '::notice file=posts/good.md,line=1,col=1,title=readability::Reading ease 61',
      '::notice file=posts/leg cramps.md,line=1,col=1,title=readability::Reading ease 58',
      '',
    ]);
  });

  it('at most 10 annotations per level, then one notice with the totals and where the full report is', () => {
    const report = sampleReport();
    const base = report.files[1]!;
    // 25 errors, 12 warnings and 15 notes in one file.
    base.findings = [
      ...Array.from({ length: 25 }, (_, i) => ({ ...base.findings[1]!, line: i + 1, message: `error ${i}` })),
      ...Array.from({ length: 12 }, (_, i) => ({ ...base.findings[0]!, line: i + 1, message: `warning ${i}` })),
      ...Array.from({ length: 15 }, (_, i) => ({ ...base.findings[4]!, line: i + 1, message: `note ${i}` })),
    ];
    report.files = [base];
    report.crossFile = [];
    report.summary.files = 1;
    const lines = render(report, { ...PLAIN, fullReport: 'the job summary' }).trimEnd().split('\n');
    const count = (level: string): number => lines.filter((line) => line.startsWith(`::${level} `)).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    // The closing notice is the 10th notice, so only 9 finding notices are shown.
    expect(lines.filter((line) => line.includes('title=readability'))).toHaveLength(9);
    expect(lines.at(-1)).toBe(
      '::notice title=seo-audit%3A more findings::25 errors, 12 warnings and 15 notices in 1 file; shown here: 10 errors, 10 warnings, 9 notices (GitHub shows at most 10 of each). Full report: the job summary.',
    );
    // The first ten errors, in position order.
    expect(lines.slice(0, 10).map((line) => line.slice(line.lastIndexOf('::') + 2))).toEqual(Array.from({ length: 10 }, (_, i) => `error ${i}`));
  });

  it('paths are relative to the repository root when run from a subfolder', () => {
    const report = sampleReport();
    report.files = [report.files[0]!];
    report.crossFile = [];
    expect(render(report, { ...PLAIN, cwd: '/repo/site', root: '/repo' })).toBe(
      '::notice file=site/posts/good.md,line=1,col=1,title=readability::Reading ease 61\n',
    );
  });

  it('prints only errors when quiet', () => {
    const lines = render(sampleReport(), { color: false, quiet: true }).trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error', '::error']);
  });

  it('escapes property values, including : and ,', () => {
    const report = sampleReport();
    report.files = [{ ...report.files[1]!, path: 'a,b:c%d.md', findings: [report.files[1]!.findings[3]!] }];
    report.crossFile = [];
    expect(render(report, PLAIN)).toBe(
      '::warning file=a%2Cb%3Ac%25d.md,line=30,col=4,title=heading-duplicate::Duplicate heading\n',
    );
  });

  it('shows absolute paths relative to cwd', () => {
    const report = sampleReport();
    report.files = [{ ...report.files[0]!, path: '/repo/posts/good.md' }];
    report.crossFile = [];
    expect(render(report, { color: false, quiet: false, cwd: '/repo' })).toBe(
      '::notice file=posts/good.md,line=1,col=1,title=readability::Reading ease 61\n',
    );
  });

  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
  });
});
