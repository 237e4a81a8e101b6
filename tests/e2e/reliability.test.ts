/**
 * Hostile and broken input against the built CLI (SPEC §2, §9; issue 8): exit codes, one clear
 * stderr line per bad file, no stack traces, other files still audited, positions still right.
 * Needs dist/ (npm test builds first). Big inputs are generated here, into temp directories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, PNG_BYTES, ROOT, cleanEnv, chmodBlocksReads, runCli, spawnCli, tempDir, utf16 } from '../helpers/hostile.js';
import type { Run } from '../helpers/hostile.js';

interface FileEntry {
  path: string;
  status: string;
  error?: string;
  stats: { words: number; sentences: number; paragraphs: number; headings: number };
  keywords: { phrase: string; count: number; occurrences: { line: number; column: number; text: string }[] }[];
  headings: { level: number; line: number }[];
}

function stderrLines(result: Run): string[] {
  return result.stderr.split('\n').filter((line) => line !== '');
}

function expectNoStack(result: Run): void {
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|EPIPE|internal error/);
}

function byPath(stdout: string): Map<string, FileEntry> {
  const report = JSON.parse(stdout) as { files: FileEntry[] };
  return new Map(report.files.map((file) => [file.path, file]));
}

/** The exit status as a shell reports it (killed by signal N → 128 + N). */
function shellStatus(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? 128 + osConstants.signals[signal!];
}

function tempFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.seo-audit-tmp-'));
}

let work: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json --noEmitOnError false`');
  work = tempDir('cli');
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// "# Leg cramps" / blank / "Leg cramps hurt." — by hand: 5 words (2 heading + 3 body), 1 heading,
// 1 paragraph, 1 sentence; "leg cramps" at line 1 column 3 and line 3 column 1.
const SMALL = '# Leg cramps\n\nLeg cramps hurt.\n';
const SMALL_OCCURRENCES = [
  { line: 1, column: 3 },
  { line: 3, column: 1 },
];

describe('a mixed directory of broken files, in one run', () => {
  let result: Run;
  let files: Map<string, FileEntry>;
  beforeAll(() => {
    const dir = join(work, 'mixed');
    mkdirSync(join(dir, 'ünï cödé dir'), { recursive: true });
    mkdirSync(join(dir, 'loop'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'blank.md'), '  \n\t\n   \r\n');
    writeFileSync(join(dir, 'png.md'), PNG_BYTES);
    writeFileSync(join(dir, 'nul.md'), Buffer.from('# Leg\n\ncramps\0here\n'));  // "# Leg\n\n" is 7 bytes, "cramps" 6: the NUL is byte 13
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x78, 0x0a])); // "# Caf\xE9\n\nx\n"
    writeFileSync(join(dir, 'lf.md'), SMALL);
    writeFileSync(join(dir, 'crlf.md'), SMALL.replaceAll('\n', '\r\n'));
    writeFileSync(join(dir, 'cr.md'), SMALL.replaceAll('\n', '\r'));
    writeFileSync(join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMALL)]));
    writeFileSync(join(dir, 'utf16le.md'), utf16(SMALL, 'le'));
    writeFileSync(join(dir, 'utf16be.md'), utf16(SMALL, 'be'));
    writeFileSync(join(dir, 'ünï cödé dir', 'my file ü.md'), SMALL);
    // "title: [unclosed" is 16 characters: YAML gives up at the end of that line, column 17 of line 2.
    writeFileSync(join(dir, 'front.md'), '---\ntitle: [unclosed\n---\n# Leg cramps\n');
    // By hand: visible text is "Hello leg cramps." (3 words), "leg" at index 88 (column 89); script/style text is never prose.
    writeFileSync(
      join(dir, 'script.html'),
      '<html><head><title>T</title><script>leg cramps leg cramps</script></head><body><p>Hello leg cramps.</p><script>var a = "leg cramps";</script><style>.leg-cramps{}</style><noscript>leg cramps</noscript></body></html>\n',
    );
    // Unclosed tags: the parser closes them; "leg cramps" at columns 16 and 51 of line 1 (counted by hand).
    writeFileSync(join(dir, 'unclosed.html'), '<html><body><p>leg cramps <b>bold <i>it <div>more leg cramps <p>para\n<table><tr><td>cell');
    symlinkSync('..', join(dir, 'loop', 'up'));
    symlinkSync('.', join(dir, 'loop', 'self'));
    // A file that vanished between listing and reading looks, on disk, like a dangling symlink.
    symlinkSync(join(dir, 'vanished-target.md'), join(dir, 'vanished.md'));
    result = runCli(['mixed', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], work);
    files = byPath(result.stdout);
  });

  it('exits 2, naming each bad file on its own stderr line, without a stack trace', () => {
    expect(result.code, result.stderr).toBe(2);
    expectNoStack(result);
    expect(stderrLines(result)).toEqual([
      'seo-audit: mixed/latin1.md:1: not valid UTF-8 — invalid byte 0xE9 at byte offset 5',
      'seo-audit: mixed/nul.md: binary file — NUL byte at byte offset 13',
      'seo-audit: mixed/png.md: binary file — NUL byte at byte offset 8',
      'seo-audit: mixed/vanished.md: cannot read file — broken symbolic link',
    ]);
  });

  it('reports every file, errored ones with "status": "error", in sorted order, and survives the symlink loop', () => {
    expect([...files.keys()]).toEqual([
      'mixed/blank.md',
      'mixed/bom.md',
      'mixed/cr.md',
      'mixed/crlf.md',
      'mixed/empty.md',
      'mixed/front.md',
      'mixed/latin1.md',
      'mixed/lf.md',
      'mixed/nul.md',
      'mixed/png.md',
      'mixed/script.html',
      'mixed/unclosed.html',
      'mixed/utf16be.md',
      'mixed/utf16le.md',
      'mixed/vanished.md',
      'mixed/ünï cödé dir/my file ü.md',
    ]);
    const errored = [...files.values()].filter((file) => file.status === 'error').map((file) => file.path);
    expect(errored).toEqual(['mixed/latin1.md', 'mixed/nul.md', 'mixed/png.md', 'mixed/vanished.md']);
    // Unreadable front matter is a front-matter warning at its position; the body is still audited (SPEC §5).
    const front = files.get('mixed/front.md')!;
    expect(front.findings.filter((f) => f.ruleId === 'front-matter')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 2,
        column: 17,
        message: expect.stringContaining('YAML front matter cannot be read (Flow sequence in block collection must be sufficiently indented and end with a ])'),
      }),
    ]);
  });

  it('audits empty and whitespace-only files as 0 words', () => {
    for (const name of ['mixed/empty.md', 'mixed/blank.md']) {
      const file = files.get(name)!;
      expect(file.status).not.toBe('error');
      expect(file.stats).toEqual({ words: 0, sentences: 0, paragraphs: 0, headings: 0 });
      expect(file.keywords[0]!.count).toBe(0);
    }
  });

  it('gives BOM, UTF-16, CRLF and lone-CR files the same counts and positions as LF', () => {
    for (const name of ['lf', 'crlf', 'cr', 'bom', 'utf16le', 'utf16be', 'ünï cödé dir/my file ü']) {
      const file = files.get(`mixed/${name}.md`)!;
      expect(file.status, name).not.toBe('error');
      expect(file.stats, name).toEqual({ words: 5, sentences: 1, paragraphs: 1, headings: 1 });
      expect(file.keywords[0]!.count, name).toBe(2);
      expect(file.keywords[0]!.occurrences.map(({ line, column }) => ({ line, column })), name).toEqual(SMALL_OCCURRENCES);
      expect(file.headings, name).toEqual([{ level: 1, text: 'Leg cramps', line: 1, words: 3 }]);
    }
  });

  it('never counts script, style or noscript text, and parses unclosed HTML', () => {
    const script = files.get('mixed/script.html')!;
    expect(script.stats.words).toBe(3);
    expect(script.keywords[0]!.occurrences.map(({ line, column }) => [line, column])).toEqual([[1, 89]]);
    const unclosed = files.get('mixed/unclosed.html')!;
    expect(unclosed.keywords[0]!.occurrences.map(({ line, column }) => [line, column])).toEqual([
      [1, 16],
      [1, 51],
    ]);
  });
});

describe('paths that cannot be read', () => {
  it('an explicit dangling symlink, a symlink loop and a missing file: exit 2, the good file still audited', () => {
    const dir = join(work, 'unreadable');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.md'), SMALL);
    symlinkSync('nowhere.md', join(dir, 'dangling.md'));
    symlinkSync('self.md', join(dir, 'self.md'));
    const result = runCli(['unreadable/self.md', 'unreadable/good.md', 'unreadable/dangling.md', 'unreadable/missing.md', '--no-config', '-f', 'json'], work);
    expect(result.code).toBe(2);
    expectNoStack(result);
    expect(stderrLines(result)).toEqual([
      'seo-audit: unreadable/dangling.md: cannot read file — no such file or directory',
      'seo-audit: unreadable/missing.md: cannot read file — no such file or directory',
      'seo-audit: unreadable/self.md: cannot read file — too many levels of symbolic links',
    ]);
    const files = byPath(result.stdout);
    expect(files.get('unreadable/good.md')!.stats.words).toBe(5);
    expect([...files.values()].filter((f) => f.status === 'error')).toHaveLength(3);
  });

  it('a file with no read permission (or, as root where chmod 000 reads fine, a directory named like a file)', async () => {
    const dir = join(work, 'noperm');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.md'), SMALL);
    const { chmodSync } = await import('node:fs');
    let expected: string;
    if (chmodBlocksReads()) {
      writeFileSync(join(dir, 'locked.md'), SMALL);
      chmodSync(join(dir, 'locked.md'), 0o000);
      expected = 'seo-audit: noperm/locked.md: cannot read file — permission denied';
    } else {
      mkdirSync(join(dir, 'locked.md'));
      expected = 'seo-audit: noperm/locked.md: no files found — the directory has no Markdown or HTML file';
    }
    const result = runCli(['noperm/locked.md', 'noperm/good.md', '--no-config', '-f', 'json'], work);
    expect(result.code).toBe(2);
    expectNoStack(result);
    expect(stderrLines(result)).toEqual([expected]);
    expect(byPath(result.stdout).get('noperm/good.md')!.status).not.toBe('error');
  });
});

describe('big and deeply nested input (completes with the right counts; speed is `npm run bench`)', () => {
  it('a 5 MB single line, 100,000 headings, 10,000-deep blockquotes and 10,000-deep divs', () => {
    const dir = join(work, 'big');
    mkdirSync(dir);
    const UNITS = 238_000; // "leg cramps hurt a lot " is 22 bytes: 5,236,000 bytes on one line
    writeFileSync(join(dir, 'one-line.md'), 'leg cramps hurt a lot '.repeat(UNITS) + '\n');
    const HEADINGS = 100_000;
    let headings = '';
    for (let i = 0; i < HEADINGS; i++) headings += `## Heading ${i} leg cramps\n\n`;
    writeFileSync(join(dir, 'headings.md'), headings);
    writeFileSync(join(dir, 'quotes.md'), '> '.repeat(10_000) + 'deep leg cramps\n');
    writeFileSync(join(dir, 'divs.html'), '<html><body>' + '<div>'.repeat(10_000) + '<p>deep leg cramps</p>' + '</div>'.repeat(10_000) + '</body></html>\n');
    const result = runCli(['big', '--no-config', '--keyword', 'leg cramps', '-f', 'json', '--file-timeout', '900'], work, { SEO_AUDIT_WORKERS: '2' });
    expect(result.code, result.stderr).toBe(1); // audited (not errored): rules fail these texts
    expectNoStack(result);
    const files = byPath(result.stdout);

    // 5 words a unit, one keyword a unit; unit k starts at column 22k + 1.
    const line = files.get('big/one-line.md')!;
    expect(line.stats.words).toBe(UNITS * 5);
    expect(line.keywords[0]!.count).toBe(UNITS);
    expect(line.keywords[0]!.occurrences.at(-1)).toMatchObject({ line: 1, column: 22 * (UNITS - 1) + 1 });

    // 4 words a heading ("Heading", i, "leg", "cramps"); heading k is on line 2k + 1.
    const many = files.get('big/headings.md')!;
    expect(many.stats).toMatchObject({ words: HEADINGS * 4, headings: HEADINGS });
    expect(many.keywords[0]!.count).toBe(HEADINGS);
    expect(many.headings.at(-1)).toMatchObject({ level: 2, line: 2 * (HEADINGS - 1) + 1 });

    // 20,000 characters of "> " then "deep ": "leg" at column 20,006.
    const quotes = files.get('big/quotes.md')!;
    expect(quotes.stats.words).toBe(3);
    expect(quotes.keywords[0]!.occurrences).toEqual([{ line: 1, column: 20_006, text: 'leg cramps', mode: 'exact' }]);

    // "<html><body>" 12 + 50,000 of "<div>" + "<p>" 3 + "deep " 5: "leg" at column 50,021.
    const divs = files.get('big/divs.html')!;
    expect(divs.stats.words).toBe(3);
    expect(divs.keywords[0]!.occurrences).toEqual([{ line: 1, column: 50_021, text: 'leg cramps', mode: 'exact' }]);
  }, 600_000); // ~40 s of parsing on an idle machine, several times that on a loaded one
});

describe('hostile keyword sets', () => {
  it('10,000 keywords and a 200-word phrase: correct counts', () => {
    const dir = join(work, 'kw');
    mkdirSync(dir);
    const lines = ['leg cramps'];
    for (let i = 1; i < 10_000; i++) lines.push(`term${i} night`);
    writeFileSync(join(dir, 'many.txt'), lines.join('\n') + '\n');
    const long = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    writeFileSync(join(dir, 'long.txt'), `${long}\nleg cramps\n`);
    // By hand: "term42 night" once, "leg cramps" once, the 200-word phrase once.
    writeFileSync(join(dir, 'a.md'), `# Leg cramps\n\nA term42 night. ${long}.\n`);
    const many = runCli(['kw/a.md', '--no-config', '-k', 'kw/many.txt', '-f', 'json'], work);
    expect(many.code === 0 || many.code === 1, many.stderr).toBe(true);
    const found = byPath(many.stdout).get('kw/a.md')!.keywords.filter((k) => k.count > 0);
    expect(found.map((k) => [k.phrase, k.count])).toEqual([
      ['leg cramps', 1],
      ['term42 night', 1],
    ]);
    expect(byPath(many.stdout).get('kw/a.md')!.keywords).toHaveLength(10_000);

    const longRun = byPath(runCli(['kw/a.md', '--no-config', '-k', 'kw/long.txt', '-f', 'json'], work).stdout).get('kw/a.md')!;
    expect(longRun.keywords[0]!.count).toBe(1);
    expect(longRun.keywords[0]!.occurrences[0]).toMatchObject({ line: 3, column: 17 });
  });

  it.each([
    // By hand: "(a+)+$" has one word, "a"; the article has it once (column 25).
    ['(a+)+$', 1],
    ['C++ tips', 1],
    ['مرحبا بك', 1],
    ['.*', null],
    ['🙂', null],
  ])('--keyword %j: a result or one clear error, never a hang', (phrase, count) => {
    const dir = join(work, 'meta');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'r.md'), '# T\n\nمرحبا بك في leg cramps (a+)+$ 🙂 C++ tips.\n');
    const result = runCli(['meta/r.md', '--no-config', '--keyword', phrase, '-f', 'json'], work);
    expectNoStack(result);
    if (count === null) {
      expect(result.code).toBe(2);
      expect(stderrLines(result)).toEqual([`seo-audit: --keyword "${phrase}": the phrase has no words`]);
    } else {
      expect(byPath(result.stdout).get('meta/r.md')!.keywords[0]!.count).toBe(count);
    }
  });

  it.each([
    ['dup.txt', 'leg cramps\nLeg Cramps\n', 'seo-audit: kw2/dup.txt:2:1: invalid keyword set — line 2: duplicate phrase "Leg Cramps" (first at line 1)'],
    ['shape.yaml', 'name: x\ngroups:\n  core:\n    keywords: [a, {phrase: 3}]\n', 'seo-audit: kw2/shape.yaml:4:28: invalid keyword set — groups.core.keywords[1].phrase: expected a string, got a number'],
    ['syntax.yaml', 'name: x\nprimary: [\n', 'seo-audit: kw2/syntax.yaml:3:1: invalid keyword set — syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['min.json', '{"name": "x", "groups": {"core": {"keywords": ["a", {"phrase": "b", "min": "x"}]}}}', 'seo-audit: kw2/min.json:1:76: invalid keyword set — groups.core.keywords[1].min: expected a non-negative integer, got a string'],
  ])('invalid keyword set %s: exit 2 with file:line:col', (name, text, line) => {
    mkdirSync(join(work, 'kw2'), { recursive: true });
    writeFileSync(join(work, 'kw2', name), text);
    writeFileSync(join(work, 'kw2', 'a.md'), SMALL);
    const result = runCli(['kw2/a.md', '--no-config', '-k', `kw2/${name}`], work);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([line]);
  });

  it.each([
    ['bogus.yaml', 'keywords: 12\nbogus: 1\n', 'seo-audit: cfg/bogus.yaml:2:1: invalid config — bogus: unknown key (allowed keys: keywords, match, thresholds, rules, ignore, overrides, extends, root, titleAsH1, mdx, templates, language, frontMatter, site)'],
    ['rule.yaml', 'rules: { heading-increment: [error, 5] }\n', 'seo-audit: cfg/rule.yaml:1:37: invalid config — rules.heading-increment[1]: must be a mapping'],
    ['cov.yaml', 'thresholds: { minCoverage: 2 }\n', 'seo-audit: cfg/cov.yaml:1:28: invalid config — thresholds.minCoverage: must be a number between 0 and 1 or a percentage like "80%"'],
  ])('invalid config %s: exit 2 with file:line:col', (name, text, line) => {
    mkdirSync(join(work, 'cfg'), { recursive: true });
    writeFileSync(join(work, 'cfg', name), text);
    writeFileSync(join(work, 'cfg', 'a.md'), SMALL);
    const result = runCli(['cfg/a.md', '-c', `cfg/${name}`], work);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([line]);
  });
});

describe('output', () => {
  it.each([
    ['under a regular file', 'out/file.txt/report.json', 'a parent of the path is not a directory'],
    ['in a missing directory', 'out/missing/report.json', 'the directory does not exist'],
    ['onto a directory', 'out', 'is a directory'],
  ])('--output %s: exit 2, one line, nothing written, no temp file', (_, target, why) => {
    const dir = join(work, 'out');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'file.txt'), 'keep');
    writeFileSync(join(dir, 'a.md'), SMALL);
    const result = runCli(['out/a.md', '--no-config', '-f', 'json', '-o', target], work);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([`seo-audit: ${target}: cannot write output — ${why}`]);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'file.txt']);
  });

  it('SIGINT during a long run with -o: exit status 130, no temp file, no report', async () => {
    const dir = join(work, 'sigint');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    const body = '# Leg cramps\n\n' + 'Leg cramps hurt at night. '.repeat(2000) + '\n';
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, 'articles', `a${String(i).padStart(3, '0')}.md`), body);
    const child = spawnCli(['articles', '--no-config', '-f', 'json', '-o', 'report.json'], dir, { SEO_AUDIT_WORKERS: '0' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const done = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const [code, signal] = await done;
    expect(shellStatus(code, signal), stderr).toBe(130);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(tempFilesUnder(dir)).toEqual([]);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('stdout closed early (| head -1): exits with the audit result, quietly', () => {
    const dir = join(work, 'pipe');
    mkdirSync(dir);
    const body = '# Leg cramps\n\n' + 'Leg cramps hurt at night. '.repeat(300) + '\n';
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `p${i}.md`), body);
    // The JSON report is far larger than a pipe buffer, so the writer sees the reader leave.
    const script = `"${process.execPath}" "${BIN}" pipe --no-config --keyword "leg cramps" -f json | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: work, env: cleanEnv(), encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    // Every article fails its rules (301 of 1,502 words are "leg cramps": stuffing "leg cramps"): exit 1, not a crash (2).
    expect(result.stderr.trim()).toBe('status=1');
  });
});
