/**
 * --cache / --cache-location (SPEC §2, README: Caching) with the real CLI on a temporary site.
 * Whether a file's result came from the cache is seen by tampering with its cached report (a
 * title no audit could produce): a reused entry shows the marker, a re-audited one shows what a
 * run without the cache shows. One test per key: content, effective config, keyword set,
 * --keyword phrases, tool build, and the on-disk existence of link targets.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'seo-audit-cache-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const MARKER = 'FROM THE CACHE';
const CACHE = 'node_modules/.cache/seo-audit/cache.json';

interface CacheFile {
  seoAuditCache: number;
  tool: string;
  entries: Record<string, { key: string; checks: number[]; report: { path: string; title: string | null } }>;
}

function readCache(root: string, file = CACHE): CacheFile {
  return JSON.parse(readFileSync(join(root, file), 'utf8')) as CacheFile;
}

/** Gives every cached report the marker title, so a reused one is recognisable. */
function tamper(root: string, file = CACHE): void {
  const cache = readCache(root, file);
  for (const entry of Object.values(cache.entries)) entry.report.title = MARKER;
  writeFileSync(join(root, file), JSON.stringify(cache));
}

interface JsonReport {
  summary: Record<string, unknown>;
  files: { path: string; title: string | null; status: string; findings: { ruleId: string; message: string }[] }[];
  crossFile: { ruleId: string; message: string }[];
}

function json(root: string, args: string[]): { report: JsonReport; stdout: string; stderr: string; code: number | null } {
  const result = run([...args, '-f', 'json'], { cwd: root });
  return { report: JSON.parse(result.stdout) as JsonReport, stdout: result.stdout, stderr: result.stderr, code: result.code };
}

const titleOf = (report: JsonReport, path: string): string | null => report.files.find((file) => file.path === path)!.title;

const article = (title: string, body: string): string => `---\ntitle: ${title}\ndescription: A note about ${title.toLowerCase()} for runners and walkers alike.\n---\n\n${body}\n`;

const FILES = {
  'seo-audit.config.yaml': 'keywords: kw.txt\n',
  'kw.txt': 'leg cramps\nmuscle cramps\n',
  'posts/a.md': article('Leg cramps at night', 'Leg cramps wake many people. See [the other post](/posts/b) and [a missing page](/posts/c).\n\n## Why leg cramps happen\n\nMuscle cramps follow long days.'),
  'posts/b.md': article('Stretching for muscle cramps', 'Stretching eases muscle cramps. Back to [night cramps](/posts/a).\n\n## How to stretch\n\nHold each stretch.'),
};

describe('--cache', () => {
  it('a warm run reuses every entry and prints the same bytes as a run without the cache', () => {
    const root = site(FILES);
    for (const format of ['json', 'terminal', 'sarif']) {
      const plain = run(['posts', '-f', format], { cwd: root });
      const cold = run(['posts', '-f', format, '--cache'], { cwd: root });
      const warm = run(['posts', '-f', format, '--cache'], { cwd: root });
      expect(plain.code).toBe(1); // link-broken (error) for /posts/c
      expect(cold.stdout).toBe(plain.stdout);
      expect(warm.stdout).toBe(plain.stdout);
      expect(warm.stderr).toBe(plain.stderr);
      expect([cold.code, warm.code]).toEqual([plain.code, plain.code]);
    }
    const cache = readCache(root);
    expect(Object.keys(cache.entries)).toEqual([join(root, 'posts/a.md'), join(root, 'posts/b.md')]);
    // The entries really are what the warm run printed.
    tamper(root);
    const warm = json(root, ['posts', '--cache']);
    expect(warm.report.files.map((file) => file.title)).toEqual([MARKER, MARKER]);
    expect(warm.stderr).toBe('');
  });

  it('re-audits a file whose content changed, and only that file; cross-file rules see both', () => {
    const root = site(FILES);
    json(root, ['posts', '--cache']);
    tamper(root);
    // b now has a's title: duplicate-title is a cross-file finding between the cached a and the fresh b.
    write(root, 'posts/b.md', readFileSync(join(root, 'posts/b.md'), 'utf8').replace('title: Stretching for muscle cramps', 'title: Leg cramps at night'));
    const warm = json(root, ['posts', '--cache']);
    expect(titleOf(warm.report, 'posts/a.md')).toBe(MARKER);
    expect(titleOf(warm.report, 'posts/b.md')).toBe('Leg cramps at night');
    const plain = json(root, ['posts']);
    expect(warm.report.files[1]).toEqual(plain.report.files[1]);
    const duplicates = plain.report.crossFile.filter((finding) => finding.ruleId === 'duplicate-title');
    expect(duplicates).toHaveLength(1);
    // The cached a has the marker title now, so the duplicate is gone in the tampered run: the
    // cross-file rules ran on the cached summary, not on a re-audit of a.
    expect(warm.report.crossFile.filter((finding) => finding.ruleId === 'duplicate-title')).toEqual([]);
    // Untampered, the warm run equals the plain run byte for byte.
    json(root, ['posts', '--cache', '--cache-location', 'other']);
    const again = json(root, ['posts', '--cache-location', 'other']);
    expect(again.stdout).toBe(plain.stdout);
  });

  it("re-audits the files whose effective config changed (a nearer config for one directory)", () => {
    const root = site({ ...FILES, 'posts/sub/c.md': article('Cramps in the calf', 'Leg cramps in the calf.') });
    json(root, ['posts', '--cache']);
    tamper(root);
    write(root, 'posts/sub/.seo-auditrc.yaml', 'rules: { text-length: off }\n');
    const warm = json(root, ['posts', '--cache']);
    expect(warm.report.files.map((file) => file.title)).toEqual([MARKER, MARKER, 'Cramps in the calf']);
    const plain = json(root, ['posts']);
    expect(warm.report.files[2]).toEqual(plain.report.files[2]);
    expect(plain.report.files[2]!.findings.some((finding) => finding.ruleId === 'text-length')).toBe(false);

    // The root config changes every file's settings.
    tamper(root);
    write(root, 'seo-audit.config.yaml', 'keywords: kw.txt\nrules: { readability: off }\n');
    const changed = json(root, ['posts', '--cache']);
    expect(changed.report.files.map((file) => file.title)).not.toContain(MARKER);
    expect(changed.stdout).toBe(json(root, ['posts']).stdout);
    // A command-line rule setting counts too: --match.
    tamper(root);
    const exact = json(root, ['posts', '--cache', '--match', 'exact']);
    expect(exact.report.files.map((file) => file.title)).not.toContain(MARKER);
  });

  it('re-audits when the keyword set file or the --keyword phrases change', () => {
    const root = site(FILES);
    json(root, ['posts', '--cache']);
    tamper(root);
    write(root, 'kw.txt', 'leg cramps\nnight cramps\n');
    const changed = json(root, ['posts', '--cache']);
    expect(changed.report.files.map((file) => file.title)).not.toContain(MARKER);
    expect(changed.stdout).toBe(json(root, ['posts']).stdout);

    tamper(root);
    const extra = json(root, ['posts', '--cache', '--keyword', 'stretching']);
    expect(extra.report.files.map((file) => file.title)).not.toContain(MARKER);
    expect(extra.stdout).toBe(json(root, ['posts', '--keyword', 'stretching']).stdout);
  });

  it('discards a cache written by another version or build of the tool, without a warning', () => {
    const root = site(FILES);
    json(root, ['posts', '--cache']);
    tamper(root);
    const cache = readCache(root);
    expect(cache.tool).toMatch(/^\d+\.\d+\.\d+.*\+[0-9a-f]{16}$/);
    cache.tool = '0.0.1+0000000000000000';
    writeFileSync(join(root, CACHE), JSON.stringify(cache));
    const warm = json(root, ['posts', '--cache']);
    expect(warm.report.files.map((file) => file.title)).not.toContain(MARKER);
    expect(warm.stderr).toBe(json(root, ['posts']).stderr);
    expect(readCache(root).tool).not.toBe('0.0.1+0000000000000000');
  });

  it('re-checks on every reuse whether a link target exists on disk', () => {
    const root = site(FILES);
    // Only a and b are audited; c is not an input, so link-broken depends on c.md existing.
    const first = json(root, ['posts/a.md', 'posts/b.md', '--cache']);
    expect(first.report.crossFile.filter((finding) => finding.ruleId === 'link-broken')).toHaveLength(1);
    write(root, 'posts/c.md', article('Cramps', 'Leg cramps.'));
    const warm = json(root, ['posts/a.md', 'posts/b.md', '--cache']);
    expect(warm.report.crossFile.filter((finding) => finding.ruleId === 'link-broken')).toEqual([]);
    expect(warm.stdout).toBe(json(root, ['posts/a.md', 'posts/b.md']).stdout);
    rmSync(join(root, 'posts/c.md'));
    const gone = json(root, ['posts/a.md', 'posts/b.md', '--cache']);
    expect(gone.stdout).toBe(first.stdout);
  });

  it('rebuilds a corrupt cache after one warning line, and leaves no temp file behind', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    json(root, ['posts', '--cache']);
    const good = readFileSync(join(root, CACHE), 'utf8');
    writeFileSync(join(root, CACHE), good.slice(0, good.length / 2));
    const broken = json(root, ['posts', '--cache']);
    expect(broken.stdout).toBe(plain.stdout);
    expect(broken.code).toBe(plain.code);
    const lines = broken.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^seo-audit: cache node_modules\/\.cache\/seo-audit\/cache\.json is corrupt — rebuilding it \(not JSON: /);
    expect(lines.slice(1)).toEqual(plain.stderr.split('\n').filter(Boolean));
    // Rebuilt: the next run reads it without a warning and its bytes are the first run's.
    expect(readFileSync(join(root, CACHE), 'utf8')).toBe(good);
    expect(json(root, ['posts', '--cache']).stderr).toBe(plain.stderr);
    // A well-formed JSON file of the wrong shape is corrupt too.
    writeFileSync(join(root, CACHE), '{"seoAuditCache":1,"tool":' + JSON.stringify(readCache(root).tool) + ',"entries":{"x":{"key":3}}}');
    expect(json(root, ['posts', '--cache']).stderr).toMatch(/^seo-audit: cache .* is corrupt — rebuilding it \(entry "x" is malformed\)\n/);
    expect(readdirSync(join(root, 'node_modules/.cache/seo-audit'))).toEqual(['cache.json']);
  });

  it('--cache-location takes a directory or a .json file, and refuses a non-regular file (exit 2)', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    expect(json(root, ['posts', '--cache-location', '.cache/seo']).stdout).toBe(plain.stdout);
    expect(readCache(root, '.cache/seo/cache.json').seoAuditCache).toBe(1);
    expect(json(root, ['posts', '--cache-location', 'seo-cache.json']).stdout).toBe(plain.stdout);
    tamper(root, 'seo-cache.json');
    expect(json(root, ['posts', '--cache-location', 'seo-cache.json']).report.files[0]!.title).toBe(MARKER);
    execFileSync('mkfifo', [join(root, 'fifo')]);
    const fifo = run(['posts', '--cache-location', 'fifo'], { cwd: root });
    expect(fifo.code).toBe(2);
    expect(fifo.stdout).toBe('');
    expect(fifo.stderr).toBe('seo-audit: invalid --cache-location "fifo" — not a regular file or directory\n');
  });
});
