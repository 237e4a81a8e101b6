import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, render } from '../../src/report/github.js';
import { PLAIN, sampleReport } from './fixture.js';

describe('github reporter', () => {
  it('prints one workflow command per finding, errored file and cross-file file', () => {
    expect(render(sampleReport(), PLAIN).split('\n')).toEqual([
      '::notice file=posts/good.md,line=1,col=1,title=readability::Reading ease 61',
      '::error file=posts/leg cramps.md,line=1,col=1,title=keyword-density::Primary keyword "leg cramps" density 3.5%25 is above 3%25',
      // % → %25, LF → %0A, the BEL control character → U+FFFD.
      '::error file=posts/leg cramps.md,line=1,col=1,title=keyword-missing::Keyword "causes of leg | cramps" <missing>: 0 of 1, 100%25 & more,%0Asee: docs\uFFFD',
      '::notice file=posts/leg cramps.md,line=1,col=1,title=readability::Reading ease 58',
      '::warning file=posts/leg cramps.md,line=9,col=1,title=section-length::Section "What causes leg cramps?" has 180 words, over 150',
      '::warning file=posts/leg cramps.md,line=30,col=4,title=heading-duplicate::Duplicate heading',
      '::error file=posts/missing.md,title=seo-audit::cannot read file — ENOENT: no such file or directory',
      '::warning file=posts/good.md,title=keyword-cannibalization::Both target "leg cramps"',
      '::warning file=posts/leg cramps.md,title=keyword-cannibalization::Both target "leg cramps"',
      '',
    ]);
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
