/**
 * Cross-file rules through the real CLI: config severities and options apply to them like to
 * per-file rules (`off` disables, an unknown option is a config error) and `seo-audit rules`
 * lists them. Two articles name the same primary keyword in front matter, so
 * keyword-cannibalization reports exactly one finding about both by default.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { RULES } from '../../src/rules/registry.js';

const PER_FILE_RULE_IDS = RULES.map((rule) => rule.id);

const dir = mkdtempSync(join(tmpdir(), 'seo-cross-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.md'), '---\nkeyword: leg cramps\n---\n\n# Leg cramps\n\nLeg cramps hurt at night.\n');
writeFileSync(join(dir, 'b.md'), '---\nkeyword: Leg Cramp\n---\n\n# A leg cramp\n\nA leg cramp is sudden.\n');

interface Json {
  summary: { warnings: number; errors: number };
  crossFile: { ruleId: string; severity: string; files: string[] }[];
}

function audit(config: string | null): { code: number | null; stderr: string; report: Json | null } {
  const args = ['a.md', 'b.md', '-f', 'json'];
  if (config === null) args.push('--no-config');
  else {
    writeFileSync(join(dir, 'seo-audit.config.yaml'), config);
    args.push('--config', 'seo-audit.config.yaml');
  }
  const result = run(args, { cwd: dir });
  const report = result.stdout ? (JSON.parse(result.stdout) as Json) : null;
  // Only keyword-cannibalization is under test (the two unlinked articles are also orphan pages).
  if (report !== null) report.crossFile = report.crossFile.filter((f) => f.ruleId === 'keyword-cannibalization');
  return { code: result.code, stderr: result.stderr, report };
}

describe('keyword-cannibalization is configured like any rule', () => {
  const base = audit(null);

  it('reports the shared primary keyword by default (warning)', () => {
    expect(base.report!.crossFile).toEqual([expect.objectContaining({ ruleId: 'keyword-cannibalization', severity: 'warning', files: ['a.md', 'b.md'] })]);
  });

  it('is silenced by `off`, which also takes its warning out of the summary', () => {
    const off = audit('rules:\n  keyword-cannibalization: off\n');
    expect(off.code).toBe(base.code);
    expect(off.report!.crossFile).toEqual([]);
    expect(off.report!.summary.warnings).toBe(base.report!.summary.warnings - 1);
  });

  it('takes a configured severity', () => {
    const error = audit('rules:\n  keyword-cannibalization: error\n');
    expect(error.report!.crossFile.map((f) => f.severity)).toEqual(['error']);
    expect(error.report!.summary.errors).toBe(base.report!.summary.errors + 1);
  });

  it('fails the run (exit 1) on a cross-file error even when every file passes on its own', () => {
    // Per-file rules off: both files pass, so only the cross-file error can fail the run.
    const perFileOff = 'rules:\n' + PER_FILE_RULE_IDS.map((id) => `  ${id}: off\n`).join('');
    const passing = audit(`${perFileOff}  keyword-cannibalization: warning\n`);
    expect(passing.code, passing.stderr).toBe(0);
    const failing = audit(`${perFileOff}  keyword-cannibalization: error\n`);
    expect(failing.report!.crossFile.map((f) => f.severity)).toEqual(['error']);
    expect(failing.code, failing.stderr).toBe(1);
  });

  it('validates its options', () => {
    const bad = audit('rules:\n  keyword-cannibalization: [warning, { overlap: 2 }]\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('option "overlap" of rule "keyword-cannibalization" must be at most 1, not 2');
  });
});

describe('merge recomputes cross-file rules with the same config', () => {
  it('keeps keyword-cannibalization off when the config turns it off, and byte-identical to one run', () => {
    writeFileSync(join(dir, 'off.yaml'), 'rules:\n  keyword-cannibalization: off\n');
    const shard = (i: number) => run(['a.md', 'b.md', '-f', 'json', '-c', 'off.yaml', '--shard', `${i}/2`, '-o', `s${i}.json`], { cwd: dir });
    // Both stubs pass: under 150 words their density is not keyword stuffing (SPEC §6).
    expect([shard(1).code, shard(2).code]).toEqual([0, 0]);
    const full = run(['a.md', 'b.md', '-f', 'json', '-c', 'off.yaml'], { cwd: dir });
    const merged = run(['merge', 's1.json', 's2.json', '-c', 'off.yaml'], { cwd: dir });
    expect(merged.stdout).toBe(full.stdout);
    // Only keyword-cannibalization is under test (the two unlinked articles are also orphan pages).
    const cannibalization = (stdout: string) => (JSON.parse(stdout) as Json).crossFile.filter((f) => f.ruleId === 'keyword-cannibalization');
    expect(cannibalization(merged.stdout)).toEqual([]);
    // Without that config the merge applies the defaults: the two shards do cannibalize.
    const defaults = run(['merge', 's1.json', 's2.json', '--no-config'], { cwd: dir });
    expect(cannibalization(defaults.stdout).map((f) => f.files)).toEqual([['a.md', 'b.md']]);
  });
});

describe('seo-audit rules', () => {
  it('lists the cross-file rule with the per-file rules, in id order', () => {
    const result = run(['rules', '--format', 'json']);
    const rules = JSON.parse(result.stdout) as { id: string; weight: number | null }[];
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(rules.find((rule) => rule.id === 'keyword-cannibalization')).toMatchObject({ weight: null });
    expect(rules.find((rule) => rule.id === 'keyword-in-title')).toMatchObject({ weight: 2 });
  });
});
