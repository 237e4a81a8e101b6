/** In-process tests of the CLI's small decisions: colour, progress, exit codes, summary, merge. */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { shouldColor } from '../../src/cli/color.js';
import { ProgressBar, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { exitCode, parseMaxWarnings, parseMinCoverage, parseMinScore } from '../../src/cli/audit-command.js';
import { mergeReports, validateReport } from '../../src/cli/merge-command.js';
import { buildReport, erroredFileReport, skippedFileReport, summarize, thresholdFailures } from '../../src/pipeline/index.js';
import { describeError } from '../../src/cli/main.js';
import { InputError, UsageError } from '../../src/errors.js';
import type { FileReport } from '../../src/report/types.js';
import type { Finding } from '../../src/rules/types.js';

function finding(severity: Finding['severity'], line = 1): Finding {
  return { ruleId: 'text-length', severity, message: 'm', line, column: 1 };
}

function fileReport(path: string, status: 'passed' | 'failed', ratio: number, score: number, findings: Finding[]): FileReport {
  return {
    ...erroredFileReport(path, 'markdown', new InputError('x', 'y')),
    // An audited file has no error text (merge validates reports against the schema, which forbids it).
    error: undefined,
    status,
    score,
    coverage: { ratio, covered: 0, total: 0, groups: [] },
    findings,
  } as FileReport;
}

class Sink extends Writable {
  text = '';
  isTTY = true;
  columns = 60;
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

describe('shouldColor', () => {
  it('follows flag > NO_COLOR > FORCE_COLOR > TTY', () => {
    expect(shouldColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(shouldColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(shouldColor(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(shouldColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(shouldColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(shouldColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(shouldColor(undefined, { FORCE_COLOR: '2' }, false)).toBe(true);
    expect(shouldColor(undefined, {}, true)).toBe(true);
    expect(shouldColor(undefined, {}, false)).toBe(false);
  });
});

describe('ProgressBar', () => {
  it('appears only on a TTY, for human/file output, from 20 files', () => {
    const tty = new Sink();
    expect(ProgressBar.maybe(tty, PROGRESS_MIN_FILES, true)).not.toBeNull();
    expect(ProgressBar.maybe(tty, PROGRESS_MIN_FILES - 1, true)).toBeNull();
    expect(ProgressBar.maybe(tty, 100, false)).toBeNull();
    const pipe = new Sink();
    pipe.isTTY = false;
    expect(ProgressBar.maybe(pipe, 100, true)).toBeNull();
  });

  it('draws one line, truncating the path to the terminal width, and clears it', () => {
    const tty = new Sink();
    const bar = ProgressBar.maybe(tty, 40, true)!;
    bar.update(10, 40, 'posts/a-very-long-directory-name/and-an-even-longer-article-name.md');
    // 24-cell bar, 10/40 → 6 filled; head "[######------------------] 10/40 " is 33 chars, 60 columns leave 26.
    const line = tty.text.slice(1, tty.text.indexOf('\x1b[K'));
    expect(line.startsWith('[######------------------] 10/40 …')).toBe(true);
    expect(line.length).toBe(33 + 26);
    bar.clear();
    expect(tty.text.endsWith('\r\x1b[K')).toBe(true);
    expect(tty.text).not.toContain('\n');
  });
});

describe('option values', () => {
  it('accepts ratios and percentages for --min-coverage', () => {
    expect(parseMinCoverage('0.8')).toBe(0.8);
    expect(parseMinCoverage('80%')).toBe(0.8);
    expect(parseMinCoverage('0')).toBe(0);
    for (const bad of ['2', '80', '-0.1', 'abc', '', '0x1', '101%']) expect(() => parseMinCoverage(bad), bad).toThrow(UsageError);
  });

  it('accepts 0–100 for --min-score and whole numbers for --max-warnings', () => {
    expect(parseMinScore('70')).toBe(70);
    expect(parseMinScore('99.5')).toBe(99.5);
    for (const bad of ['101', '-1', '1e2', '', 'x']) expect(() => parseMinScore(bad), bad).toThrow(UsageError);
    expect(parseMaxWarnings('0')).toBe(0);
    for (const bad of ['1.5', '-1', '', 'ten']) expect(() => parseMaxWarnings(bad), bad).toThrow(UsageError);
  });
});

describe('summary and exit codes', () => {
  const a = fileReport('b.md', 'passed', 0.5, 80, [finding('warning'), finding('info')]);
  const b = fileReport('a.md', 'failed', 1 / 3, 71, [finding('error'), finding('warning'), finding('warning', 2)]);
  const c = erroredFileReport('c.md', 'markdown', new InputError('binary file', 'NUL byte at byte offset 0'));
  const d = skippedFileReport({ path: 'd.md', format: 'markdown' }, 'draft');

  it('counts statuses and severities and averages audited files only', () => {
    // coverage (0.5 + 0.3333…) / 2 = 0.41666… → 0.4167; score (80 + 71) / 2 = 75.5; c (errored) and d (skipped) are left out.
    expect(summarize([a, b, c, d])).toEqual({
      files: 4,
      passed: 1,
      failed: 1,
      errored: 1,
      skipped: 1,
      errors: 1,
      warnings: 3,
      coverage: 0.4167,
      score: 75.5,
    });
    expect(summarize([c]).coverage).toBeNull();
    expect(summarize([], [{ ruleId: 'keyword-cannibalization', severity: 'warning', message: 'm', files: ['x', 'y'] }]).warnings).toBe(1);
  });

  it('sorts files by path and keeps the errored entry’s message', () => {
    const report = buildReport([a, b, c], '1.2.3');
    expect(report.files.map((file) => file.path)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(report.files[2]!.error).toBe('binary file — NUL byte at byte offset 0');
    expect(report.tool).toEqual({ name: 'seo-audit', version: '1.2.3' });
  });

  it('exits 2 for any errored file, else 1 for a failure or too many warnings, else 0', () => {
    expect(exitCode(buildReport([a, b, c], 'v'), false)).toBe(2);
    expect(exitCode(buildReport([a, b], 'v'), false)).toBe(1);
    expect(exitCode(buildReport([a], 'v'), true)).toBe(1);
    expect(exitCode(buildReport([a], 'v'), false)).toBe(0);
  });

  it('explains threshold failures', () => {
    expect(thresholdFailures(0.5, 65, { minCoverage: 0.8, minScore: 70 })).toEqual([
      'coverage 50% is below the minimum 80%',
      'score 65 is below the minimum 70',
    ]);
    expect(thresholdFailures(0.8, 70, { minCoverage: 0.8, minScore: 70 })).toEqual([]);
  });
});

describe('merge', () => {
  const a = fileReport('a.md', 'passed', 1, 90, []);
  const b = fileReport('b.md', 'failed', 0.5, 60, [finding('error')]);

  it('equals one run over all files, whatever the shard order, with overlaps counted once', () => {
    const full = buildReport([a, b], '1.0.0');
    const merged = mergeReports([buildReport([b], '1.0.0'), buildReport([a, b], '1.0.0')], ['s2.json', 's1.json']);
    expect(merged).toEqual(full);
  });

  it('refuses reports from different versions, naming the file', () => {
    expect(() => mergeReports([buildReport([a], '1.0.0'), buildReport([b], '1.1.0')], ['x.json', 'y.json'])).toThrow(
      'written by seo-audit 1.1.0, but x.json by 1.0.0',
    );
  });

  it('validates the fields it relies on', () => {
    const good = JSON.parse(JSON.stringify(buildReport([a], '1.0.0')));
    expect(validateReport(good, 'r.json')).toBe(good);
    const cases: [unknown, string][] = [
      [[], 'not a JSON object (expected the output of `seo-audit --format json`)'],
      [{ ...good, schemaVersion: 2 }, 'schemaVersion is 2, expected 1'],
      [{ ...good, files: {} }, 'files must be a list'],
      [{ ...good, files: [{ ...good.files[0], status: 'ok' }] }, 'files[0].status must be passed, failed, error or skipped'],
      [{ ...good, files: [{ ...good.files[0], findings: [{ severity: 'fatal' }] }] }, 'files[0].findings[0].severity must be error, warning or info'],
    ];
    for (const [value, why] of cases) {
      try {
        validateReport(value, 'r.json');
        throw new Error(`accepted: ${why}`);
      } catch (error) {
        expect((error as InputError).describe()).toBe(`r.json: invalid report — ${why}`);
      }
    }
  });
});

describe('describeError', () => {
  it('makes one line of any error', () => {
    expect(describeError(new InputError('invalid config', 'unknown key "rule"', { file: 'c.yaml', line: 3, column: 1 }))).toBe(
      'seo-audit: c.yaml:3:1: invalid config — unknown key "rule"',
    );
    expect(describeError(new UsageError('no input — give files'))).toBe('seo-audit: no input — give files');
    expect(describeError(new TypeError('x is not a function\n    at foo'))).toBe(
      'seo-audit: internal error — x is not a function (run with --debug for details)',
    );
  });
});
