/**
 * GitHub code scanning's own checks: Microsoft's SARIF Multitool (`@microsoft/sarif-multitool`,
 * a self-contained binary, no .NET runtime needed) with its GitHub and SARIF rule sets,
 * `validate --rule-kind "Gh;Sarif"`, must report 0 errors and 0 warnings on real CLI output:
 * a multi-file run with cross-file findings, threshold misses and an unreadable file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const multitool: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');
const work = mkdtempSync(join(tmpdir(), 'seo-audit-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Issue {
  level: string;
  ruleId: string;
  text: string;
}

function validate(file: string): Issue[] {
  const out = join(work, 'validation.sarif');
  rmSync(out, { force: true });
  const result = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', file, '-o', out], { encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  return log.runs[0].results.map((r: any) => ({ level: r.level ?? 'warning', ruleId: r.ruleId, text: r.message?.text ?? '' }));
}

describe('SARIF Multitool, GitHub rules', () => {
  it('0 errors and 0 warnings on a repository run from a subfolder', () => {
    // A git repository (a .git entry is what marks the root) with the blog under site/.
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'blog'), join(repo, 'site'), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures', 'leg-cramps.md'), join(repo, 'site', 'leg cramps #1.md'));
    const sarifFile = join(work, 'blog.sarif');
    const result = run(['.', 'missing.md', '-k', join(ROOT, 'keywords', 'leg-cramps.yaml'), '--min-score', '95', '-f', 'sarif', '-o', sarifFile], {
      cwd: join(repo, 'site'),
    });
    expect(result.code).toBe(2); // missing.md is an input error; the others are audited
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    const results = sarif.runs[0].results;
    expect(results.some((r: any) => r.ruleId === 'min-score' && r.level === 'error')).toBe(true);
    // A cross-file result is in the log too (and must pass the region rules): the blog's articles
    // link to none of each other, so each is an orphan page. (keyword-cannibalization no longer
    // fires here: the blog's primary keyword comes from a site-wide set.)
    expect(results.some((r: any) => r.ruleId === 'orphan-page')).toBe(true);
    // Root-relative: the run was in site/, the URIs start at the repository root.
    expect(results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('site/'))).toBe(true);
    expect(validate(sarifFile)).toEqual([]);
  });

  it('finds the problems it is there for (the check is real): a rule without help is an error', () => {
    const sarifFile = join(work, 'broken.sarif');
    const ok = run(['fixtures/leg-cramps.md', '-f', 'sarif']).stdout;
    const broken = JSON.parse(ok);
    delete broken.runs[0].tool.driver.rules[0].help;
    delete broken.runs[0].tool.driver.rules[0].fullDescription;
    writeFileSync(sarifFile, JSON.stringify(broken));
    const issues = validate(sarifFile);
    expect(issues.filter((i) => i.level === 'error').map((i) => i.ruleId)).toEqual(['GH2012', 'GH2012']);
  });
});
