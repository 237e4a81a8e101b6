/**
 * --write-baseline / --baseline (SPEC §2, §7) with the real CLI on a temporary site: a site starts
 * green on its existing findings and fails only on new ones; the baseline file is sorted, one
 * fingerprint a line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/baseline/index.js';
import { InputError } from '../../src/errors.js';
import { run } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'seo-audit-baseline-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  fingerprint: string;
  baselined?: boolean;
}
interface JsonReport {
  summary: { failed: number; passed: number; errors: number; warnings: number };
  files: { path: string; status: string; findings: JsonFinding[] }[];
  crossFile: JsonFinding[];
}

// A primary keyword that never occurs: one error (keyword-missing), plus warnings.
const ARTICLE = '---\ntitle: Sleep well\n---\n# Sleep well\n\nA short note on sleeping.\n';

describe('baseline', () => {
  it('accepts existing findings and fails only on new ones', () => {
    const root = site({ 'seo-audit.config.yaml': 'keywords: kw.txt\n', 'kw.txt': 'leg cramps\n', 'posts/a.md': ARTICLE, 'posts/b.md': ARTICLE });
    const before = run(['posts', '-f', 'json'], { cwd: root });
    expect(before.code).toBe(1);
    const first = JSON.parse(before.stdout) as JsonReport;
    const all = [
      ...first.files.flatMap((file) => file.findings.map((finding) => finding.fingerprint)),
      ...first.crossFile.map((finding) => finding.fingerprint),
    ];
    expect(all.length).toBeGreaterThan(4);

    const written = run(['posts', '--write-baseline', 'seo-baseline.txt'], { cwd: root });
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`wrote seo-baseline.txt (${new Set(all).size} findings)\n`);
    const text = readFileSync(join(root, 'seo-baseline.txt'), 'utf8');
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    // Sorted, unique, one a line: diffs well in review.
    expect(lines).toEqual([...new Set(all)].sort());
    expect(text.endsWith('\n')).toBe(true);
    // Deterministic.
    run(['posts', '--write-baseline', 'again.txt'], { cwd: root });
    expect(readFileSync(join(root, 'again.txt'), 'utf8')).toBe(text);

    const green = run(['posts', '-f', 'json', '--baseline', 'seo-baseline.txt'], { cwd: root });
    expect(green.code).toBe(0);
    const accepted = JSON.parse(green.stdout) as JsonReport;
    expect(accepted.summary).toMatchObject({ failed: 0, passed: 2, errors: 0, warnings: 0 });
    // Every finding the baseline lists is still in the JSON report, marked baselined (SPEC §7).
    const reported = accepted.files.flatMap((file) => file.findings).concat(accepted.crossFile);
    expect([...new Set(reported.map((finding) => finding.fingerprint))].sort()).toEqual(lines);
    for (const finding of reported) expect(finding.baselined).toBe(true);
    // Terminal output shows none of them.
    const terminal = run(['posts', '--baseline', 'seo-baseline.txt'], { cwd: root });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).not.toContain('keyword-missing');

    // A new problem (an empty heading) in one file: that finding alone is new and counts.
    writeFileSync(join(root, 'posts/b.md'), `${ARTICLE}\n##\n\nMore.\n`);
    const regressed = JSON.parse(run(['posts', '-f', 'json', '--baseline', 'seo-baseline.txt'], { cwd: root }).stdout) as JsonReport;
    const fresh = regressed.files.flatMap((file) => file.findings.filter((finding) => !finding.baselined).map((f) => `${file.path} ${f.ruleId}`));
    expect(fresh).toEqual(['posts/b.md heading-empty']);
    expect(regressed.summary).toMatchObject({ warnings: 1, errors: 0 });

    // A new error fails the run even though the file's older error is baselined.
    writeFileSync(join(root, 'posts/c.md'), ARTICLE);
    const failing = run(['posts', '-f', 'json', '--baseline', 'seo-baseline.txt'], { cwd: root });
    expect(failing.code).toBe(1);
    const report = JSON.parse(failing.stdout) as JsonReport;
    expect(report.files.find((file) => file.path === 'posts/c.md')!.status).toBe('failed');
    expect(report.files.find((file) => file.path === 'posts/a.md')!.status).toBe('passed');
  });

  it('SARIF: with --baseline every result has a baselineState; accepted ones are "unchanged" and suppressed', () => {
    const root = site({ 'seo-audit.config.yaml': 'keywords: kw.txt\n', 'kw.txt': 'leg cramps\n', 'posts/a.md': ARTICLE, 'posts/b.md': ARTICLE });
    expect(run(['posts', '--write-baseline', 'base.txt'], { cwd: root }).code).toBe(0);
    const accepted = new Set(readFileSync(join(root, 'base.txt'), 'utf8').split('\n').filter((line) => /^[0-9a-f]{32}$/.test(line)));
    writeFileSync(join(root, 'posts/b.md'), `${ARTICLE}\n##\n\nMore.\n`);
    interface SarifResult { ruleId: string; baselineState?: string; suppressions?: unknown[]; partialFingerprints: Record<string, string> }
    const results = (args: string[]): SarifResult[] =>
      (JSON.parse(run(['posts', '-f', 'sarif', ...args], { cwd: root }).stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
    const withBaseline = results(['--baseline', 'base.txt']);
    const fingerprint = (result: SarifResult): string => Object.values(result.partialFingerprints)[0]!;
    // Every accepted finding is still there, "unchanged" and suppressed; the empty heading is the one "new" result.
    expect(withBaseline.filter((result) => result.baselineState === 'unchanged').map(fingerprint).sort()).toEqual([...accepted].sort());
    for (const result of withBaseline.filter((r) => r.baselineState === 'unchanged')) {
      expect(result.suppressions).toEqual([{ kind: 'external', justification: 'accepted in the --baseline file' }]);
    }
    const fresh = withBaseline.filter((result) => result.baselineState === 'new');
    expect(fresh.map((result) => result.ruleId)).toEqual(['heading-empty']);
    expect(fresh[0]!.suppressions).toBeUndefined();
    expect(withBaseline).toHaveLength(accepted.size + 1);
    // Without --baseline: the same results, no baselineState.
    const plain = results([]);
    expect(plain.map(fingerprint).sort()).toEqual(withBaseline.map(fingerprint).sort());
    for (const result of plain) expect(result.baselineState).toBeUndefined();
  });

  it('rejects a bad baseline file before auditing, naming file and line', () => {
    const root = site({ 'a.md': ARTICLE, 'bad.txt': '# comment\n\n0123456789abcdef0123456789abcdef\nnot-a-fingerprint\n' });
    const bad = run(['a.md', '--keyword', 'x', '--baseline', 'bad.txt'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('seo-audit: bad.txt:4:1: invalid baseline — not a finding fingerprint (32 hex digits): "not-a-fingerprint"\n');
    expect(bad.stdout).toBe('');
    const missing = run(['a.md', '--keyword', 'x', '--baseline', 'nope.txt'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('seo-audit: nope.txt: cannot read baseline — no such file\n');
  });

  it('parses comments, blank lines, CRLF and a BOM', () => {
    const a = 'a'.repeat(32);
    const b = 'b'.repeat(32);
    expect([...parseBaseline(`\ufeff# x\r\n${b}\r\n\r\n  ${a}  \r\n${b}\n`, 'f')]).toEqual([b, a]);
    expect(() => parseBaseline('A'.repeat(32), 'f')).toThrow(InputError);
  });
});
