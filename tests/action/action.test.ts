/**
 * The GitHub Action (action.yml, composite): its audit step's script (action/run.sh) run with a
 * fake GITHUB_* environment on a repository whose config lives in site/, checking what it
 * writes: the job summary, annotations, the SARIF file, the step outputs, and the exit code the
 * action fails with.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'seo-audit-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

function repo(): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'site', 'content'), { recursive: true });
  mkdirSync(join(dir, 'site', 'keywords'));
  copyFileSync(join(ROOT, 'fixtures', 'leg-cramps.md'), join(dir, 'site', 'content', 'leg-cramps.md'));
  copyFileSync(join(ROOT, 'keywords', 'leg-cramps.yaml'), join(dir, 'site', 'keywords', 'leg-cramps.yaml'));
  writeFileSync(join(dir, 'site', 'seo-audit.config.yaml'), 'keywords: keywords/leg-cramps.yaml\n');
  return dir;
}

/** Runs action/run.sh as the composite step does: in working-directory, with INPUT_* and GITHUB_* set. */
function runStep(cwd: string, inputs: Record<string, string>) {
  const temp = mkdtempSync(join(work, 'runner-'));
  const files = { summary: join(temp, 'summary.md'), output: join(temp, 'output.txt') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: temp,
  };
  // The same INPUT_* names action.yml maps its inputs to.
  const step = action.runs.steps.find((s: { id?: string }) => s.id === 'audit');
  for (const [name, expression] of Object.entries(step.env as Record<string, string>)) {
    const input = /inputs\.([a-z-]+)/.exec(expression)![1]!;
    env[name] = inputs[input] ?? action.inputs[input].default ?? '';
  }
  const result = spawnSync('bash', [join(ROOT, 'action', 'run.sh')], { cwd, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { ...result, summary: readFileSync(files.summary, 'utf8'), outputs };
}

describe('action.yml', () => {
  it('is a composite action that installs, audits, uploads SARIF when asked and fails by exit code', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps as { name?: string; run?: string; uses?: string; if?: string }[];
    expect(steps.some((s) => s.run?.includes('action/install.sh'))).toBe(true);
    expect(steps.some((s) => s.run?.includes('action/run.sh'))).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    const fail = steps.at(-1)!;
    expect(fail.run).toContain('exit ${{ steps.audit.outputs.exit-code');
    for (const input of ['paths', 'working-directory', 'config', 'keywords', 'min-coverage', 'min-score', 'upload-sarif']) {
      expect(action.inputs).toHaveProperty(input);
    }
  });

  it('in a repository whose config lives in site/: summary, annotations, SARIF and exit code 1', () => {
    const dir = repo();
    const step = runStep(join(dir, 'site'), { paths: 'content', 'min-score': '90', 'upload-sarif': 'true' });
    expect(step.status, step.stderr).toBe(0); // the step itself succeeds; the last step fails the job
    expect(step.outputs['exit-code']).toBe('1'); // score 84 < 90, and keyword-stuffing is an error
    // Job summary: the markdown report, with the threshold miss.
    expect(step.summary).toMatch(/^## seo-audit ❌ failed: 0 passed, 1 failed/);
    expect(step.summary).toContain('min-score');
    // Annotations on stdout, paths from the repository root (GitHub resolves them there).
    expect(step.stdout).toMatch(/^::error file=site\/content\/leg-cramps\.md,line=1,col=1,title=min-score::score 84 is below the minimum 90$/m);
    // SARIF for code scanning, repository-root-relative.
    const sarif = JSON.parse(readFileSync(step.outputs['sarif-file']!, 'utf8'));
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['site/content/leg-cramps.md']));
    expect(JSON.parse(readFileSync(step.outputs['json-file']!, 'utf8')).files[0].coverage.total).toBe(13);
  });

  it('a passing run: exit code 0, no SARIF unless asked, and the summary says passed', () => {
    const dir = repo();
    // Only rules that pass on this article stay on: nothing fails.
    writeFileSync(join(dir, 'site', 'seo-audit.config.yaml'), 'keywords: keywords/leg-cramps.yaml\nrules: { keyword-stuffing: off }\n');
    const step = runStep(join(dir, 'site'), { paths: 'content', args: '--quiet' });
    expect(step.outputs['exit-code']).toBe('0');
    expect(step.outputs['sarif-file']).toBeUndefined();
    expect(step.summary).toMatch(/^## seo-audit ✅ passed: 1 passed, 0 failed/);
  });

  it('a usage error is exit code 2 and one ::error line', () => {
    const dir = repo();
    const step = runStep(join(dir, 'site'), { paths: 'content', 'min-score': 'lots' });
    expect(step.outputs['exit-code']).toBe('2');
    expect(step.stdout).toContain('::error title=seo-audit::seo-audit could not run (exit 2)');
    expect(step.summary).toBe('');
  });
});
