/**
 * The CI gate (SPEC §2, §5, §7): a repository whose config lives in site/ while CI runs at the
 * root. Articles under site/ get that config (per-directory discovery); an article outside it
 * (notes/) has no keyword set, so its coverage is null (n/a, never 0/0 = 100 %), stderr says no
 * config applies, and --min-coverage fails the file. Threshold misses are findings
 * (min-coverage / min-score, error) in every format.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

let repo: string;
const ARTICLE = 'site/content/leg-cramps.md';
const STRAY = 'notes/leg-cramps.md';

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'seo-audit-gate-'));
  mkdirSync(join(repo, 'site', 'content'), { recursive: true });
  mkdirSync(join(repo, 'site', 'keywords'));
  copyFileSync(join(ROOT, 'fixtures', 'leg-cramps.md'), join(repo, ARTICLE));
  mkdirSync(join(repo, 'notes'));
  copyFileSync(join(ROOT, 'fixtures', 'leg-cramps.md'), join(repo, STRAY));
  copyFileSync(join(ROOT, 'keywords', 'leg-cramps.yaml'), join(repo, 'site', 'keywords', 'leg-cramps.yaml'));
  writeFileSync(join(repo, 'site', 'seo-audit.config.yaml'), 'keywords: keywords/leg-cramps.yaml\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Issue-15's wording (src/cli/audit-command.ts), one line.
const NO_CONFIG_LINE = (_cwd: string): string =>
  'seo-audit: no config file applies and no keyword set was given — keyword rules run only for articles that name keywords in front matter (see seo-audit init, -k, --keyword)';

describe('no keyword set applies (config in a subfolder, CI at the root)', () => {
  it('coverage is null, --min-coverage fails the file with "no keyword set applies", stderr says no config was found', () => {
    const result = run([STRAY, '--min-coverage', '80%', '-f', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const [file] = report.files;
    expect(file.coverage).toBeNull();
    expect(report.summary.coverage).toBeNull();
    expect(file.status).toBe('failed');
    const gate = file.findings.filter((f: { ruleId: string }) => f.ruleId === 'min-coverage');
    expect(gate).toHaveLength(1);
    expect(gate[0].severity).toBe('error');
    expect(gate[0].message).toContain('no keyword set applies');
    // Shown at the article's H1 (line 1 of the fixture), as every whole-file finding.
    expect([gate[0].line, gate[0].column]).toEqual([1, 1]);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line === NO_CONFIG_LINE(repo))).toHaveLength(1);
    expect(lines).toContain(`seo-audit: ${STRAY}: ${gate[0].message}`);
  });

  it('the terminal shows n/a, never 100 %', () => {
    const result = run([STRAY, '--no-color'], { cwd: repo });
    expect(result.stdout).toContain('coverage n/a');
    expect(result.stdout).not.toContain('100%');
    // Without a threshold nothing fails on coverage, but the missing config is still said.
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([NO_CONFIG_LINE(repo)]);
  });

  it('the article under site/ gets site/\'s config from the root: coverage is a number', () => {
    const result = run([ARTICLE, '-f', 'json'], { cwd: repo });
    expect(JSON.parse(result.stdout).files[0].coverage.total).toBe(13);
    expect(result.stderr).not.toContain('no config file applies');
  });

  it('with -c the set applies: coverage is a number and no stderr line about configs', () => {
    const result = run([STRAY, '-c', 'site/seo-audit.config.yaml', '-f', 'json'], { cwd: repo });
    const [file] = JSON.parse(result.stdout).files;
    // The fixture covers all 13 keywords of its set (tests/blog.test.ts pins the counts).
    expect([file.coverage.covered, file.coverage.total, file.coverage.ratio]).toEqual([13, 13, 1]);
    expect(result.stderr).not.toContain('no config file applies');
  });

});

describe('threshold misses are error findings in every format', () => {
  // "zebra crossing" is not in the article: coverage 13 of 14 = 92.9 %, below 100 %.
  const args = [ARTICLE, '-c', 'site/seo-audit.config.yaml', '--keyword', 'zebra crossing', '--min-score', '99', '--min-coverage', '1'];

  it('json: min-score and min-coverage findings, severity error', () => {
    const result = run([...args, '-f', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout).files;
    const gates = file.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('min-'));
    expect(gates.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`).sort()).toEqual([
      'min-coverage error',
      'min-score error',
    ]);
    expect(gates.find((f: { ruleId: string }) => f.ruleId === 'min-score').message).toBe(`score ${file.score} is below the minimum 99`);
    expect(gates.find((f: { ruleId: string }) => f.ruleId === 'min-coverage').message).toBe('coverage 92.9% is below the minimum 100%');
  });

  it('sarif: error-level results with a rule descriptor', () => {
    const sarif = JSON.parse(run([...args, '-f', 'sarif'], { cwd: repo }).stdout);
    const [runEntry] = sarif.runs;
    const results = runEntry.results.filter((r: { ruleId: string }) => r.ruleId.startsWith('min-'));
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`).sort()).toEqual(['min-coverage error', 'min-score error']);
    for (const result of results) expect(runEntry.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('junit: failing test cases min-coverage and min-score', () => {
    const xml = run([...args, '-f', 'junit'], { cwd: repo }).stdout;
    expect(xml).toMatch(/<testcase [^>]*name="min-score"[^>]*>\s*<failure message="score \d+ is below the minimum 99"/);
    expect(xml).toMatch(/<testcase [^>]*name="min-coverage"[^>]*>\s*<failure /);
  });

  it('github: ::error annotations titled min-coverage and min-score', () => {
    const out = run([...args, '-f', 'github'], { cwd: repo }).stdout;
    expect(out).toMatch(/^::error file=site\/content\/leg-cramps\.md,line=1,col=1,title=min-score::score \d+ is below the minimum 99$/m);
    expect(out).toMatch(/^::error file=site\/content\/leg-cramps\.md,line=1,col=1,title=min-coverage::coverage /m);
  });

  it('markdown and terminal name them', () => {
    const md = run([...args, '-f', 'markdown'], { cwd: repo }).stdout;
    expect(md).toContain('min-score');
    expect(md).toContain('min-coverage');
    const terminal = run([...args, '--no-color'], { cwd: repo }).stdout;
    expect(terminal).toMatch(/error\s+score \d+ is below the minimum 99\s+min-score/);
  });
});
