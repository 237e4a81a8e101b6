/**
 * --changed-since <ref> (SPEC §2, README: Changed articles only) with the real CLI in a temporary
 * git repository: committed, staged, unstaged, untracked and deleted changes, the related articles
 * (links to and from, the same own primary keyword, a shared cross-file finding), and exit 2
 * outside a repository or for a bad ref.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const post = (title: string, body: string, keyword?: string): string =>
  `---\ntitle: ${title}\n${keyword === undefined ? '' : `keyword: ${keyword}\n`}---\n\n${body}\n`;

/**
 * a → b (a links to b), e → a, c and d share their own primary "foot cramps", h has a's title
 * (duplicate-title), g is unrelated; the site-wide set gives every other article "leg cramps".
 */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'seo-audit-changed-'));
  roots.push(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  write(root, 'seo-audit.config.yaml', 'keywords: kw.txt\n');
  write(root, 'kw.txt', 'leg cramps\n');
  write(root, 'posts/a.md', post('Night cramps', 'Leg cramps at night. Read [b](/posts/b).'));
  write(root, 'posts/b.md', post('Stretches', 'Leg cramps and stretches.'));
  write(root, 'posts/c.md', post('Foot cramps', 'Foot cramps in runners.', 'foot cramps'));
  write(root, 'posts/d.md', post('Cramped feet', 'Foot cramps in walkers.', 'foot cramps'));
  write(root, 'posts/e.md', post('Index', 'Start with [night cramps](/posts/a).'));
  write(root, 'posts/g.md', post('Unrelated', 'Leg cramps and nothing else.'));
  write(root, 'posts/h.md', post('Night cramps', 'Leg cramps again.'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'site');
  return root;
}

interface JsonReport {
  summary: { files: number; errors: number; warnings: number; passed: number; failed: number };
  files: { path: string; findings: { severity: string }[] }[];
  crossFile: { ruleId: string; severity: string; files: string[] }[];
}

function audit(root: string, args: string[]): { report: JsonReport; code: number | null; stderr: string } {
  const result = run(['posts', '-f', 'json', ...args], { cwd: root });
  return { report: JSON.parse(result.stdout) as JsonReport, code: result.code, stderr: result.stderr };
}

const paths = (report: JsonReport): string[] => report.files.map((file) => file.path);

describe('--changed-since', () => {
  it('reports a changed article and the articles its cross-file findings involve, each as the full run reports it', () => {
    const root = repo();
    expect(paths(audit(root, ['--changed-since', 'main']).report)).toEqual([]);
    appendFileSync(join(root, 'posts/a.md'), '\nOne more line about leg cramps.\n');
    const narrowed = audit(root, ['--changed-since', 'main']);
    // a changed (unstaged); b: a links to it; e: links to a; h: same title (duplicate-title).
    expect(paths(narrowed.report)).toEqual(['posts/a.md', 'posts/b.md', 'posts/e.md', 'posts/h.md']);
    const full = audit(root, []);
    const keep = new Set(paths(narrowed.report));
    expect(narrowed.report.files).toEqual(full.report.files.filter((file) => keep.has(file.path)));
    expect(narrowed.report.crossFile).toEqual(full.report.crossFile.filter((finding) => finding.files.some((path) => keep.has(path))));
    expect(narrowed.report.crossFile.map((finding) => finding.ruleId)).toContain('duplicate-title');
    expect(narrowed.report.summary.files).toBe(4);
    // The summary counts what the narrowed report holds (every finding here is an error or a warning, none baselined).
    const severities = [...narrowed.report.files.flatMap((file) => file.findings), ...narrowed.report.crossFile].map((finding) => finding.severity);
    expect(narrowed.report.summary.errors).toBe(severities.filter((severity) => severity === 'error').length);
    expect(narrowed.report.summary.warnings).toBe(severities.filter((severity) => severity === 'warning').length);
    expect(narrowed.report.summary.warnings).toBeLessThan(full.report.summary.warnings);
  });

  it('counts commits since the ref, staged and untracked files; the same own primary keyword is related', () => {
    const root = repo();
    appendFileSync(join(root, 'posts/c.md'), '\nMore on foot cramps.\n');
    git(root, 'commit', '-q', '-am', 'edit c');
    expect(paths(audit(root, ['--changed-since', 'HEAD']).report)).toEqual([]);
    expect(paths(audit(root, ['--changed-since', 'HEAD~1']).report)).toEqual(['posts/c.md', 'posts/d.md']);
    write(root, 'posts/n.md', post('New', 'Leg cramps, new.'));
    expect(paths(audit(root, ['--changed-since', 'HEAD']).report)).toEqual(['posts/n.md']);
    git(root, 'add', 'posts/n.md');
    appendFileSync(join(root, 'posts/g.md'), '\nStaged.\n');
    git(root, 'add', 'posts/g.md');
    expect(paths(audit(root, ['--changed-since', 'HEAD']).report)).toEqual(['posts/g.md', 'posts/n.md']);
  });

  it("the previous version's relations count: a link it removed, the own primary it gave up", () => {
    const root = repo();
    // a no longer links to b: b is now an orphan, so b is reported although nothing links it to a now.
    write(root, 'posts/a.md', post('Night cramps', 'Leg cramps at night.'));
    const unlinked = audit(root, ['--changed-since', 'main']);
    expect(paths(unlinked.report)).toEqual(['posts/a.md', 'posts/b.md', 'posts/e.md', 'posts/h.md']);
    expect(unlinked.report.crossFile.some((finding) => finding.ruleId === 'orphan-page' && finding.files.includes('posts/b.md'))).toBe(true);
    git(root, 'checkout', '-q', '--', 'posts/a.md');
    // c's own primary moves from "foot cramps" (shared with d) to "calf cramps": d is still related.
    write(root, 'posts/c.md', post('Calf cramps', 'Calf cramps in runners.', 'calf cramps'));
    expect(paths(audit(root, ['--changed-since', 'main']).report)).toEqual(['posts/c.md', 'posts/d.md']);
  });

  it('a deleted article brings the articles that link to it', () => {
    const root = repo();
    git(root, 'rm', '-q', 'posts/b.md');
    const narrowed = audit(root, ['--changed-since', 'HEAD']);
    expect(paths(narrowed.report)).toEqual(['posts/a.md']);
    expect(narrowed.report.crossFile.map((finding) => finding.ruleId)).toContain('link-broken');
  });

  it('gives the same report with --cache, cold and warm', () => {
    const root = repo();
    appendFileSync(join(root, 'posts/a.md'), '\nOne more line.\n');
    const plain = run(['posts', '-f', 'json', '--changed-since', 'main'], { cwd: root });
    expect(run(['posts', '-f', 'json', '--changed-since', 'main', '--cache'], { cwd: root }).stdout).toBe(plain.stdout);
    expect(run(['posts', '-f', 'json', '--changed-since', 'main', '--cache'], { cwd: root }).stdout).toBe(plain.stdout);
  });

  it('is exit 2 with one line outside a git repository, for a bad ref, and with stdin', () => {
    const root = repo();
    const bad = run(['posts', '--changed-since', 'no-such-branch'], { cwd: root });
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', 'seo-audit: invalid --changed-since "no-such-branch" — not a commit in this repository\n']);
    const option = run(['posts', '--changed-since', '--output=x'], { cwd: root });
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('seo-audit: invalid --changed-since "--output=x" — give a git commit, branch or tag\n');
    const outside = mkdtempSync(join(tmpdir(), 'seo-audit-nogit-'));
    roots.push(outside);
    write(outside, 'a.md', post('A', 'Text.'));
    const none = run(['a.md', '--changed-since', 'HEAD'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toBe(`seo-audit: --changed-since HEAD — ${outside} is not inside a git repository\n`);
    const stdin = run(['-', '--changed-since', 'HEAD'], { cwd: root, input: '# x\n' });
    expect([stdin.code, stdin.stderr]).toEqual([2, 'seo-audit: --changed-since cannot be combined with - — an article read from stdin is not in git\n']);
  });
});
