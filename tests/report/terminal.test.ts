import { describe, expect, it } from 'vitest';
import { FORMATS, isReportFormat, renderReport } from '../../src/report/index.js';
import { render, worstFirst } from '../../src/report/terminal.js';
import { PLAIN, sampleReport } from './fixture.js';

const ESC = '\u001b';

describe('terminal reporter without colour', () => {
  const text = render(sampleReport(), PLAIN);
  const lines = text.split('\n');

  it('contains no escape codes at all', () => {
    expect(text).not.toContain(ESC);
  });

  it('lists files worst first: errored, then lowest score', () => {
    const headers = lines.filter((line) => /^posts\//.test(line));
    expect(headers).toEqual([
      'posts/missing.md  ERROR  cannot read file — ENOENT: no such file or directory',
      'posts/leg cramps.md  FAILED  score 62  coverage 75% (3/4)',
      'posts/good.md  PASSED  score 94  coverage 100% (2/2)',
    ]);
  });

  it('has a keyword table with the primary marked and compact placement marks', () => {
    // leg cramps: T, no M, H1, 2 of 3 subheadings, I, S, no A, no group section (null → blank).
    expect(lines).toContain('│ leg cramps *           │ core   │    14 │   3.50% │ T · H1 H2 2/3 I S ·   │');
    // A keyword missing everywhere, its group section checked and missed (· in the § slot).
    expect(lines).toContain('│ causes of leg | cramps │ causes │     0 │   0.00% │ · · ·  H2 0/3 · · · · │');
    expect(lines).toContain('│ what causes leg cramps │ causes │     1 │   0.25% │ · · ·  H2 0/3 · · · § │');
  });

  it('has a section × group table with headings indented by level', () => {
    expect(lines).toContain('│ Section                         │ core │ causes │');
    expect(lines).toContain('│ Leg Cramps: Causes & Prevention │    5 │      0 │');
    expect(lines).toContain('│   What causes leg cramps?       │    6 │      1 │');
    expect(lines).toContain('│     Dehydration                 │    3 │      0 │');
  });

  it('lists findings as aligned line:col severity message rule-id', () => {
    const findings = lines.filter((line) => /^ {2}\d+:\d+ /.test(line));
    expect(findings.slice(0, 5)).toEqual([
      '  1:1   error    Primary keyword "leg cramps" density 3.5% is above 3%                        keyword-density',
      '  1:1   error    Keyword "causes of leg | cramps" <missing>: 0 of 1, 100% & more, see: docs\uFFFD  keyword-missing',
      '  1:1   info     Reading ease 58                                                              readability',
      '  9:1   warning  Section "What causes leg cramps?" has 180 words, over 150                    section-length',
      '  30:4  warning  Duplicate heading                                                            heading-duplicate',
    ]);
  });

  it('ends with cross-file findings and the summary line', () => {
    expect(lines.slice(-5)).toEqual([
      '  warning  Both target "leg cramps"  keyword-cannibalization',
      '      posts/good.md, posts/leg cramps.md',
      '',
      '3 files · 1 passed · 1 failed · 1 errored · 2 errors · 2 warnings · mean score 78 · mean coverage 88%',
      '',
    ]);
  });

  it('quiet: only failed files, only errors, no tables', () => {
    const quiet = render(sampleReport(), { color: false, quiet: true });
    expect(quiet).not.toContain('│');
    expect(quiet).not.toContain('posts/good.md  PASSED');
    expect(quiet).not.toContain('Duplicate heading');
    expect(quiet).toContain('density 3.5% is above 3%');
    expect(quiet).toContain('3 files · 1 passed');
    // The warnings stay visible as counts: the fixture's two file warnings and its cross-file one.
    const counts = quiet.split('\n');
    const at = counts.indexOf('3 warnings not listed (--quiet):');
    expect(counts.slice(at, at + 5)).toEqual([
      '3 warnings not listed (--quiet):',
      '  heading-duplicate        1 in 1 file',
      '  section-length           1 in 1 file',
      '  keyword-cannibalization  1 across files',
      '',
    ]);
  });

  it('strips escape sequences that come from the article text', () => {
    const report = sampleReport();
    report.files[1]!.findings[0]!.message = `heading "${ESC}[31mred${ESC}[0m"`;
    report.files[1]!.keywords[0]!.phrase = `leg${ESC}[2J cramps`;
    expect(render(report, PLAIN)).not.toContain(ESC);
  });
});

describe('terminal reporter, grouped layout (more than 10 files)', () => {
  it('counts the files it does not list, errored ones included', () => {
    const sample = sampleReport();
    const missing = sample.files.find((file) => file.status === 'error')!;
    const good = sample.files.find((file) => file.status === 'passed')!;
    // 11 unreadable files and one that passed: the 10 worst are listed, the other two counted.
    const files = [...Array.from({ length: 11 }, (_, i) => ({ ...missing, path: `posts/missing-${String(i).padStart(2, '0')}.md` })), good];
    const lines = render({ ...sample, files, crossFile: [] }, PLAIN).split('\n');
    expect(lines[0]).toBe('Files, worst first (10 of 12)');
    expect(lines[1]).toBe('  posts/missing-00.md  ERROR  cannot read file — ENOENT: no such file or directory');
    expect(lines[11]).toBe('  … and 2 more files: 1 errored, 1 passed');
  });
});

describe('terminal reporter with colour', () => {
  it('colours the output', () => {
    const text = render(sampleReport(), { color: true, quiet: false });
    expect(text).toContain(`${ESC}[31m`); // red: FAILED / errors
    expect(text).toContain(`${ESC}[32m`); // green: PASSED / found counts
    // Same content once the codes are removed.
    expect(text.replace(/\u001b\[\d+m/g, '')).toBe(render(sampleReport(), PLAIN));
  });
});

describe('worstFirst', () => {
  it('keeps a single file and sorts ties by path', () => {
    const [good, legCramps] = sampleReport().files;
    expect(worstFirst([good!])).toEqual([good]);
    const a = { ...good!, path: 'b.md', score: 50 };
    const b = { ...good!, path: 'a.md', score: 50 };
    expect(worstFirst([good!, a, legCramps!, b]).map((f) => f.path)).toEqual(['a.md', 'b.md', 'posts/leg cramps.md', 'posts/good.md']);
  });
});

describe('renderReport', () => {
  it('knows the formats of SPEC §2 and dispatches to each', () => {
    expect([...FORMATS]).toEqual(['terminal', 'json', 'sarif', 'junit', 'github', 'markdown', 'gitlab', 'html']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('xml')).toBe(false);
    const report = sampleReport();
    expect(renderReport('terminal', report, PLAIN)).toBe(render(report, PLAIN));
    expect(JSON.parse(renderReport('json', report, PLAIN)).schemaVersion).toBe(1);
    expect(JSON.parse(renderReport('sarif', report, PLAIN)).version).toBe('2.1.0');
    expect(renderReport('junit', report, PLAIN)).toMatch(/^<\?xml /);
    expect(renderReport('github', report, PLAIN)).toMatch(/^::error /); // errors first
    expect(renderReport('markdown', report, PLAIN)).toMatch(/^## seo-audit /);
    expect(renderReport('html', report, PLAIN)).toMatch(/^<!doctype html>/);
    expect(JSON.parse(renderReport('gitlab', report, PLAIN))[0].check_name).toBe('readability');
  });

  it('no format but terminal emits colour codes even when colour is on', () => {
    for (const format of FORMATS.filter((f) => f !== 'terminal')) {
      expect(renderReport(format, sampleReport(), { color: true, quiet: false })).not.toContain(ESC);
    }
  });
});
