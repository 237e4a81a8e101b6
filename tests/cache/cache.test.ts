/**
 * --cache / --cache-location (SPEC §2, README: Caching) with the real CLI on a temporary site.
 * Whether a file's result came from the cache is seen by tampering with its cached report (a
 * title no audit could produce) in every part of its record (tests/cache/format.ts reads and
 * writes the format independently of src/): a reused entry shows the marker, a re-audited one
 * shows what a run without the cache shows. One test per key: content, effective config, keyword
 * set, --keyword phrases, tool build, and the on-disk existence of link targets; then the file
 * itself: damaged records, truncation, an older format, concurrent writers.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, run } from '../helpers/cli.js';
import { FORMATS } from '../../src/report/index.js';
import { readCacheFile, retitledEntry, writeCacheFile } from './format.js';
import type { CacheFile } from './format.js';

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

function readCache(root: string, file = CACHE): CacheFile {
  return readCacheFile(join(root, file));
}

/** Gives every cached record the marker title (summary, json entry, report), so a reused one is recognisable. */
function tamper(root: string, file = CACHE): void {
  const cache = readCache(root, file);
  for (const record of cache.records) {
    record.head.summary.title = MARKER;
    record.entry = retitledEntry(record.entry, MARKER);
    record.report.title = MARKER;
  }
  writeCacheFile(join(root, file), cache);
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
    expect(cache.records.map((record) => record.path)).toEqual([join(root, 'posts/a.md'), join(root, 'posts/b.md')]);
    // The entries really are what the warm run printed: the json entry as stored (a plain json
    // run), and the report as stored (json --quiet and every other format render from it).
    tamper(root);
    const warm = json(root, ['posts', '--cache']);
    expect(warm.report.files.map((file) => file.title)).toEqual([MARKER, MARKER]);
    expect(warm.stderr).toBe('');
    const quiet = json(root, ['posts', '--cache', '--quiet']);
    expect(quiet.report.files.map((file) => file.title)).toEqual([MARKER, MARKER]);
    const sarif = run(['posts', '--cache', '-f', 'sarif'], { cwd: root });
    expect(sarif.stdout).toContain(MARKER);
  });

  it('a warm run prints the same bytes as a run without the cache in every format, --quiet and --baseline too', () => {
    // d's title holds a right-to-left override and a left-to-right isolate: JSON text escapes them
    // (SPEC §2), and the stored entries are copied as bytes, so they must be stored escaped.
    const root = site({ ...FILES, 'posts/d.md': article('Cramps \u202e at night \u2066 again', 'Leg cramps at night.') });
    run(['posts', '--write-baseline', 'baseline.txt'], { cwd: root });
    // Half the findings accepted: --baseline changes both the entries and the summary.
    const lines = readFileSync(join(root, 'baseline.txt'), 'utf8').split('\n');
    writeFileSync(join(root, 'half.txt'), lines.filter((line, i) => line.startsWith('#') || i % 2 === 0).join('\n'));
    const variants = [[], ['--quiet'], ['--baseline', 'half.txt']];
    const plainJson = run(['posts', '-f', 'json'], { cwd: root }).stdout;
    expect(plainJson).toContain('Cramps \\u202e at night \\u2066 again');
    expect(plainJson).not.toMatch(/[\u202e\u2066]/);
    expect(FORMATS.length).toBeGreaterThanOrEqual(8);
    for (const format of FORMATS) {
      // --quiet and --baseline: on json (a prepared hit becomes a rendered one) and two formats that render from reports.
      for (const extra of ['json', 'terminal', 'sarif'].includes(format) ? variants : variants.slice(0, 1)) {
        const args = ['posts', '-f', format, ...extra];
        const plain = run(args, { cwd: root });
        const cold = run([...args, '--cache-location', `c-${format}.json`], { cwd: root });
        const warm = run([...args, '--cache-location', `c-${format}.json`], { cwd: root });
        const what = `${format} ${extra.join(' ')}`;
        expect(plain.stdout.length, what).toBeGreaterThan(0);
        expect(cold.stdout, what).toBe(plain.stdout);
        expect(warm.stdout, what).toBe(plain.stdout);
        expect(warm.stderr, what).toBe(plain.stderr);
        expect([cold.code, warm.code], what).toEqual([plain.code, plain.code]);
      }
    }
  }, 240_000);

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
    expect(cache.header.tool).toMatch(/^\d+\.\d+\.\d+.*\+[0-9a-f]{16}$/);
    cache.header.tool = '0.0.1+0000000000000000';
    writeCacheFile(join(root, CACHE), cache);
    const warm = json(root, ['posts', '--cache']);
    expect(warm.report.files.map((file) => file.title)).not.toContain(MARKER);
    expect(warm.stderr).toBe(json(root, ['posts']).stderr);
    expect(readCache(root).header.tool).not.toBe('0.0.1+0000000000000000');
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
    // The record was renewed with the link's new state: the next run reuses it as stored.
    const linkOf = (cache: CacheFile) => cache.records.find((record) => record.path.endsWith('a.md'))!.checks;
    expect(linkOf(readCache(root))).toContainEqual([expect.any(Number), 1, '/posts/c']);
    tamper(root);
    expect(titleOf(json(root, ['posts/a.md', 'posts/b.md', '--cache']).report, 'posts/a.md')).toBe(MARKER);
    rmSync(join(root, 'posts/c.md'));
    const gone = json(root, ['posts/a.md', 'posts/b.md', '--cache']);
    expect(gone.report.crossFile.filter((finding) => finding.ruleId === 'link-broken')).toHaveLength(1);
    expect(linkOf(readCache(root))).toContainEqual([expect.any(Number), 0, '/posts/c']);
    // Reused as renewed, never re-audited (both still carry the marker): only the link changed back.
    const last = json(root, ['posts/a.md', 'posts/b.md', '--cache']);
    expect(last.report.files.map((file) => file.title)).toEqual([MARKER, MARKER]);
    expect({ ...last.report.files[0], title: null }).toEqual({ ...first.report.files[0], title: null });
    const broken = (report: JsonReport) => report.crossFile.filter((finding) => finding.ruleId === 'link-broken');
    expect(broken(last.report)).toEqual(broken(first.report));
  });

  it('rebuilds a truncated or unreadable cache after one warning line, and leaves no temp file behind', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    json(root, ['posts', '--cache']);
    const good = readFileSync(join(root, CACHE));
    const expectRebuilt = (why: RegExp): void => {
      const broken = json(root, ['posts', '--cache']);
      expect(broken.stdout).toBe(plain.stdout);
      expect(broken.code).toBe(plain.code);
      const lines = broken.stderr.split('\n').filter(Boolean);
      expect(lines[0]).toMatch(/^seo-audit: cache node_modules\/\.cache\/seo-audit\/cache\.json is corrupt — rebuilding it \(/);
      expect(lines[0]).toMatch(why);
      expect(lines.slice(1)).toEqual(plain.stderr.split('\n').filter(Boolean));
      // Rebuilt: the next run reads it without a warning, and its bytes are the first run's.
      expect(readFileSync(join(root, CACHE)).equals(good)).toBe(true);
      expect(json(root, ['posts', '--cache']).stderr).toBe(plain.stderr);
    };
    // Cut in the records, cut in the header, bytes appended, emptied, not a cache at all.
    writeFileSync(join(root, CACHE), good.subarray(0, good.length - 100));
    expectRebuilt(/: truncated or appended to\)$/);
    writeFileSync(join(root, CACHE), good.subarray(0, 40));
    expectRebuilt(/no header line\)$/);
    writeFileSync(join(root, CACHE), Buffer.concat([good, Buffer.from('x')]));
    expectRebuilt(/: truncated or appended to\)$/);
    writeFileSync(join(root, CACHE), '');
    expectRebuilt(/the file is empty\)$/);
    writeFileSync(join(root, CACHE), 'hello\n');
    expectRebuilt(/not a seo-audit cache file\)$/);
    // A well-formed header of the wrong shape is corrupt too.
    const cache = readCache(root);
    writeFileSync(join(root, CACHE), `[${JSON.stringify({ seoAuditCache: 2, tool: cache.header.tool, index: [['x', 3]] })},\n]\n`);
    expectRebuilt(/index entry 1 is malformed\)$/);
    expect(readdirSync(join(root, 'node_modules/.cache/seo-audit'))).toEqual(['cache.json']);
  });

  it('a record whose bytes do not match its checksum is not used: one warning, that file is audited again', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    const plainTerminal = run(['posts'], { cwd: root });
    json(root, ['posts', '--cache']);
    const good = readFileSync(join(root, CACHE));
    // One byte of b's json entry changed (a title letter), the lengths and the index untouched:
    // only the checksum can tell. Then one byte of a's report (read by the terminal format).
    const damage = (path: string, part: 'entry' | 'report', find: string): void => {
      const data = Buffer.from(good);
      const record = readCache(root).records.find((r) => r.path.endsWith(path))!;
      const text = part === 'entry' ? record.entry : JSON.stringify(record.report);
      const at = data.indexOf(text) + text.indexOf(find);
      expect(data.indexOf(text)).toBeGreaterThan(0);
      data[at] = data[at]! ^ 0x20; // "S" <-> "s"
      writeFileSync(join(root, CACHE), data);
    };
    damage('posts/b.md', 'entry', 'Stretching');
    const warm = json(root, ['posts', '--cache']);
    expect(warm.stdout).toBe(plain.stdout);
    const lines = warm.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toBe(
      `seo-audit: cache node_modules/.cache/seo-audit/cache.json is corrupt — rebuilding it (the record of "posts/b.md" does not match its checksum; that file is audited again)`,
    );
    expect(lines.slice(1)).toEqual(plain.stderr.split('\n').filter(Boolean));
    expect(readFileSync(join(root, CACHE)).equals(good)).toBe(true);
    damage('posts/a.md', 'report', 'Leg cramps at night');
    const terminal = run(['posts', '--cache'], { cwd: root });
    expect(terminal.stdout).toBe(plainTerminal.stdout);
    expect(terminal.stderr).toContain('(the record of "posts/a.md" does not match its checksum; that file is audited again)');
    expect(readFileSync(join(root, CACHE)).equals(good)).toBe(true);
  });

  it('replaces a cache of the older format (one JSON object) silently', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    mkdirSync(join(root, 'node_modules/.cache/seo-audit'), { recursive: true });
    const old = { seoAuditCache: 1, tool: 'x', entries: { [join(root, 'posts/a.md')]: { key: 'k', checks: [], report: { path: 'posts/a.md', title: MARKER } } } };
    writeFileSync(join(root, CACHE), JSON.stringify(old));
    const warm = json(root, ['posts', '--cache']);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.stderr).toBe(plain.stderr);
    expect(readCache(root).header.seoAuditCache).toBe(2);
  });

  it('two runs writing the same cache at once both print the right report, and leave a whole cache', async () => {
    const root = site({ ...FILES, 'posts/c.md': article('Calf cramps', 'Leg cramps in the calf. Back to [night cramps](/posts/a).') });
    const plain = json(root, ['posts']);
    const start = (): Promise<{ stdout: string; stderr: string }> =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, [BIN, 'posts', '-f', 'json', '--cache'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', fail);
        child.on('close', () => done({ stdout, stderr }));
      });
    for (let round = 0; round < 3; round++) {
      // Round 0: both cold; then one changed file each round, so both runs write.
      if (round > 0) write(root, 'posts/c.md', article(`Calf cramps ${round}`, 'Leg cramps in the calf.'));
      const expected = round === 0 ? plain : json(root, ['posts']);
      const both = await Promise.all([start(), start()]);
      for (const result of both) {
        expect(result.stdout).toBe(expected.stdout);
        expect(result.stderr).toBe(expected.stderr);
      }
      // Whichever rename came last, the cache is whole and current: no warning, the same bytes.
      const after = json(root, ['posts', '--cache']);
      expect(after.stderr).toBe(expected.stderr);
      expect(after.stdout).toBe(expected.stdout);
      expect(readdirSync(join(root, 'node_modules/.cache/seo-audit'))).toEqual(['cache.json']);
    }
  }, 180_000);

  it('--cache-location takes a directory or a .json file, and refuses a non-regular file (exit 2)', () => {
    const root = site(FILES);
    const plain = json(root, ['posts']);
    expect(json(root, ['posts', '--cache-location', '.cache/seo']).stdout).toBe(plain.stdout);
    expect(readCache(root, '.cache/seo/cache.json').header.seoAuditCache).toBe(2);
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
