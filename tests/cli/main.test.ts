/**
 * The built CLI run as a child process, the way users and CI jobs run it.
 * Needs `dist/` (npm test builds first; alone: npx tsc -p tsconfig.json --noEmitOnError false).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { BIN, ROOT, run } from '../helpers/cli.js';
import type { Run } from '../helpers/cli.js';

const ANSI = /\x1b\[/;

/** The error contract: exactly one line on stderr, `seo-audit: …`, no stack trace. */
function expectOneLineError(result: Run, code: number, pattern: RegExp | string): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^seo-audit: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (typeof pattern === 'string') expect(lines[0]).toBe(pattern);
  else expect(lines[0]).toMatch(pattern);
}

let work: string;

/**
 * A short article. Prose words (headings included, front matter not): H1 4, first paragraph
 * 6 + 13, H2 3, second paragraph 14 + 20 + 19 = 79. "leg cramps" occurs twice (H1 and the first
 * sentence): density 2.5 %, below the 4 % stuffing limit. Nothing about magnesium glycinate.
 */
const ARTICLE = `---
title: Leg cramps at night and what helps
description: Why leg cramps strike at night, and simple stretches and habits that make them rarer.
---
# Leg cramps at night

Leg cramps often strike at night. A sudden, painful tightening of the calf can wake you from deep sleep.

## Why they happen

Tired muscles, too little water and long hours of standing all play a part. Stretch your calves before bed,
drink enough during the day and see a doctor when the pain keeps coming back. Gentle massage, a warm
shower and flexing the foot upward usually ease the cramp within a minute or two.
`;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json --noEmitOnError false` (npm test builds first)');
  }
  work = mkdtempSync(join(tmpdir(), 'seo-audit-cli-'));
  writeFileSync(join(work, 'article.md'), ARTICLE);
  // keyword-stuffing (error by default) fires above 4 %: "leg cramps" 2 times in 4 words is 50 %.
  // 150 words (stuffing is judged from 150 words on), a third of them "leg cramps".
  writeFileSync(join(work, 'stuffed.md'), 'Leg cramps hurt. '.repeat(50) + '\n');
  writeFileSync(join(work, 'stub.md'), 'Leg cramps, leg cramps.\n');
  writeFileSync(join(work, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(work, 'bad-keywords.yaml'), 'name: broken\ngroups:\n  core:\n    keywords: 42\n');
  writeFileSync(join(work, 'keywords.txt'), '# one keyword a line, the first is primary\nleg cramps\nmagnesium glycinate\n');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('0 when every file passes its thresholds', () => {
    // Coverage by hand: "leg cramps" found (2×), "magnesium glycinate" absent → 1 of 2 = 0.5.
    const result = run(['article.md', '--no-config', '-k', 'keywords.txt', '--min-coverage', '50%', '--format', 'json'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].coverage).toMatchObject({ ratio: 0.5, covered: 1, total: 2 });
    expect(report.files[0].status).toBe('passed');
    expect(result.stderr).toBe('');
  });

  it('1 when coverage is below --min-coverage, saying why on stderr', () => {
    const result = run(['article.md', '--no-config', '-k', 'keywords.txt', '--min-coverage', '0.6', '--format', 'json'], { cwd: work });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].status).toBe('failed');
    expect(result.stderr).toBe('seo-audit: article.md: coverage 50% is below the minimum 60%\n');
  });

  it('1 when the score is below --min-score (and 0 at exactly the score)', () => {
    const pass = run(['article.md', '--no-config', '-k', 'keywords.txt', '--format', 'json'], { cwd: work });
    const score: number = JSON.parse(pass.stdout).files[0].score;
    expect(run(['article.md', '--no-config', '-k', 'keywords.txt', '--min-score', String(score)], { cwd: work }).code).toBe(0);
    const fail = run(['article.md', '--no-config', '-k', 'keywords.txt', '--min-score', String(score + 1), '-f', 'json'], { cwd: work });
    expect(fail.code).toBe(1);
    expect(fail.stderr).toBe(`seo-audit: article.md: score ${score} is below the minimum ${score + 1}\n`);
  });

  it('1 on an error-severity finding (keyword stuffing)', () => {
    const result = run(['stuffed.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: work });
    expect(result.code).toBe(1);
    const file = JSON.parse(result.stdout).files[0];
    expect(file.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string }) => f.ruleId)).toContain(
      'keyword-stuffing',
    );
    // A 4-word stub with the same density is not stuffing (SPEC §6: 150 words at least).
    const stub = JSON.parse(run(['stub.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: work }).stdout).files[0];
    expect(stub.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('keyword-stuffing');
  });

  it('1 when warnings exceed --max-warnings, 0 when they do not', () => {
    const json = run(['article.md', '--no-config', '-k', 'keywords.txt', '-f', 'json'], { cwd: work });
    const warnings: number = JSON.parse(json.stdout).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    expect(run(['article.md', '--no-config', '-k', 'keywords.txt', '--max-warnings', String(warnings)], { cwd: work }).code).toBe(0);
    const over = run(['article.md', '--no-config', '-k', 'keywords.txt', '--max-warnings', String(warnings - 1), '-f', 'json'], { cwd: work });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`seo-audit: too many warnings — ${warnings} warnings, the maximum is ${warnings - 1}\n`);
  });

  it.each([
    [['--bogus', 'article.md', '--no-config'], /^seo-audit: unknown option '--bogus' — /],
    [['--formt', 'json', 'article.md', '--no-config'], /^seo-audit: unknown option '--formt' — Did you mean --format\?; see seo-audit --help$/],
    [['--min-coverage', '2', 'article.md', '--no-config'], 'seo-audit: invalid --min-coverage "2" — must be a number between 0 and 1 or a percentage like "80%"'],
    [['--min-score', '101', 'article.md', '--no-config'], 'seo-audit: invalid --min-score "101" — must be a number from 0 to 100'],
    [['--max-warnings', '-1', 'article.md', '--no-config'], 'seo-audit: invalid --max-warnings "-1" — must be a whole number, 0 or more'],
    [['--format', 'xml', 'article.md', '--no-config'], 'seo-audit: invalid --format "xml" — must be one of terminal, json, sarif, junit, github, markdown, gitlab, html'],
    [['--match', 'fuzzy', 'article.md', '--no-config'], 'seo-audit: invalid --match "fuzzy" — must be one of exact, forms, sentence'],
    [['--shard', '3/2', 'article.md', '--no-config'], 'seo-audit: invalid --shard "3/2" — i must be between 1 and 2'],
    [['--no-config', '--keywords'], /^seo-audit: option '-k, --keywords <file>' argument missing — /],
    [['--no-config'], 'seo-audit: no input — give files, directories, globs or - for stdin; see seo-audit --help'],
    [['rules', '--format', 'sarif'], 'seo-audit: invalid --format "sarif" — must be one of terminal, json'],
  ])('2 with one line for a usage error: %j', (args, message) => {
    expectOneLineError(run(args, { cwd: work }), 2, message);
  });

  it('2 for a missing file, still auditing the others', () => {
    const result = run(['missing.md', 'article.md', '--no-config', '-f', 'json'], { cwd: work });
    expectOneLineError(result, 2, 'seo-audit: missing.md: cannot read file — no such file or directory');
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['article.md', 'passed'],
      ['missing.md', 'error'],
    ]);
    expect(report.files[1].error).toBe('cannot read file — no such file or directory');
    expect(report.summary).toMatchObject({ files: 2, passed: 1, failed: 0, errored: 1 });
  });

  it('2 for an errored file even when another file fails', () => {
    const result = run(['photo.md', 'stuffed.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: work });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ failed: 1, errored: 1 });
  });

  it('2 for a binary file, naming it', () => {
    expectOneLineError(run(['photo.md', '--no-config'], { cwd: work }), 2, 'seo-audit: photo.md: binary file — NUL byte at byte offset 8');
  });

  it('2 for an invalid keyword file, naming file and line, before any article is read', () => {
    const result = run(['article.md', '--no-config', '-k', 'bad-keywords.yaml', '-f', 'json'], { cwd: work });
    expectOneLineError(result, 2, /^seo-audit: bad-keywords\.yaml:4(:\d+)?: .+ — .+/);
    expect(result.stdout).toBe('');
  });

  it('prints a stack trace only with --debug', () => {
    const plain = run(['article.md', '--no-config', '-k', 'bad-keywords.yaml'], { cwd: work });
    const debug = run(['article.md', '--no-config', '-k', 'bad-keywords.yaml', '--debug'], { cwd: work });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.code).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.split('\n')[0]);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('JSON output', () => {
  it('is valid against the schema and byte-identical across runs', () => {
    const args = ['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', '--format', 'json'];
    const first = run(args);
    const second = run(args);
    expect([0, 1]).toContain(first.code);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.tool).toEqual({ name: 'seo-audit', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version });
    expect(report.files.map((f: { path: string; format: string }) => [f.path, f.format])).toEqual([
      ['fixtures/leg-cramps.html', 'html'],
      ['fixtures/leg-cramps.md', 'markdown'],
    ]);
  });

  it('still parses when the working directory has a .env file (no dotenv banner from natural)', () => {
    const dir = join(work, 'with-env');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.env'), 'SEO_AUDIT_TEST=1\nDOTENV_CONFIG_DEBUG=true\n');
    writeFileSync(join(dir, 'a.md'), ARTICLE);
    const result = run(['a.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stdout.startsWith('{')).toBe(true);
  });
});

describe('inputs', () => {
  it('reads stdin with --stdin-filename choosing the format and the name', () => {
    const html = '<html><head><title>Leg cramps</title></head><body><h1>Leg cramps</h1><p>Leg cramps at night hurt.</p></body></html>';
    const result = run(['-', '--stdin-filename', 'posts/night.html', '--no-config', '--keyword', 'night', '-f', 'json'], { cwd: work, input: html });
    const file = JSON.parse(result.stdout).files[0];
    expect(file).toMatchObject({ path: 'posts/night.html', format: 'html', title: 'Leg cramps' });
    // "night" once in the prose ("Leg cramps at night hurt."), the title and H1 don't have it.
    expect(file.keywords[0]).toMatchObject({ phrase: 'night', count: 1 });
  });

  it('names stdin "<stdin>" and reads it as Markdown by default', () => {
    const result = run(['-', '--no-config', '-f', 'json'], { cwd: work, input: '# Hello\n\nOne two three.\n' });
    const file = JSON.parse(result.stdout).files[0];
    expect(file).toMatchObject({ path: '<stdin>', format: 'markdown' });
    expect(file.stats.words).toBe(4); // Hello + one two three
  });

  it('recurses directories in sorted order and audits empty files as 0 words', () => {
    const blog = join(work, 'blog-sorted');
    for (const name of ['b.md', 'a/z.md', 'a/b.html', 'B.md', 'empty.md', 'node_modules/x.md', '.git/y.md']) {
      mkdirSync(join(blog, name, '..'), { recursive: true });
      writeFileSync(join(blog, name), name === 'empty.md' ? '' : `# ${name}\n\nText.\n`);
    }
    const result = run(['blog-sorted', '--no-config', '-f', 'json'], { cwd: work });
    const files = JSON.parse(result.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual([
      'blog-sorted/B.md',
      'blog-sorted/a/b.html',
      'blog-sorted/a/z.md',
      'blog-sorted/b.md',
      'blog-sorted/empty.md',
    ]);
    expect(files[4].status).not.toBe('error');
    expect(files[4].stats).toEqual({ words: 0, sentences: 0, paragraphs: 0, headings: 0 });
  });
});

describe('keyword set precedence', () => {
  it('front matter keywords beat -k; --keyword phrases are added to the chosen set', () => {
    writeFileSync(
      join(work, 'front.md'),
      '---\ntitle: Calf stretches\nkeywords: [calf stretch, night]\n---\n# Calf stretches\n\nA calf stretch at night helps.\n',
    );
    const result = run(['front.md', '--no-config', '-k', 'keywords.txt', '--keyword', 'helps', '-f', 'json'], { cwd: work });
    const keywords = JSON.parse(result.stdout).files[0].keywords.map((k: { phrase: string; count: number }) => [k.phrase, k.count]);
    // keywords.txt ("leg cramps", "magnesium glycinate") is not used at all.
    // Counts by hand: "calf stretch" in the H1 (forms: stretches ~ stretch) and the paragraph = 2; "night" 1; "helps" 1.
    expect(keywords).toEqual([
      ['calf stretch', 2],
      ['night', 1],
      ['helps', 1],
    ]);
  });

  it('a config override beats -k, which beats the config keywords', () => {
    const dir = join(work, 'precedence');
    mkdirSync(join(dir, 'special'), { recursive: true });
    writeFileSync(join(dir, 'config-set.txt'), 'config keyword\n');
    writeFileSync(join(dir, 'override-set.txt'), 'override keyword\n');
    writeFileSync(join(dir, 'cli-set.txt'), 'cli keyword\n');
    writeFileSync(
      join(dir, 'seo-audit.config.yaml'),
      'keywords: config-set.txt\noverrides:\n  - files: ["special/**"]\n    keywords: override-set.txt\n',
    );
    writeFileSync(join(dir, 'plain.md'), ARTICLE);
    writeFileSync(join(dir, 'special', 'page.md'), ARTICLE);
    const phrases = (args: string[]) =>
      JSON.parse(run([...args, '-f', 'json'], { cwd: dir }).stdout).files.map((f: { path: string; keywords: { phrase: string }[] }) => [
        f.path,
        f.keywords.map((k) => k.phrase).join(','),
      ]);
    expect(phrases(['.'])).toEqual([
      ['plain.md', 'config keyword'],
      ['special/page.md', 'override keyword'],
    ]);
    expect(phrases(['.', '-k', 'cli-set.txt'])).toEqual([
      ['plain.md', 'cli keyword'],
      ['special/page.md', 'override keyword'],
    ]);
  });
});

describe('output file', () => {
  it('writes the report atomically to --output and prints nothing', () => {
    const result = run(['article.md', '--no-config', '-f', 'json', '-o', 'report.json'], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')).summary.files).toBe(1);
    expect(readdirSync(work).filter((name) => name.startsWith('.seo-audit-tmp-'))).toEqual([]);
  });

  it('2 with one line and no file for an unwritable --output path', () => {
    const result = run(['article.md', '--no-config', '-o', 'no/such/dir/report.json'], { cwd: work });
    expectOneLineError(result, 2, 'seo-audit: no/such/dir/report.json: cannot write output — the directory does not exist');
    expect(existsSync(join(work, 'no'))).toBe(false);
  });

  it('leaves neither a partial report nor a temp file when the run fails, and keeps an older report', () => {
    const dir = join(work, 'atomic');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.json'), 'previous\n');
    const result = run([join(work, 'article.md'), '--no-config', '-k', join(work, 'bad-keywords.yaml'), '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('previous\n');
  });

  it('removes its temp file and exits 130 on SIGINT during a write', () => {
    const dir = join(work, 'sigint');
    mkdirSync(dir, { recursive: true });
    // The signal is sent only once the temp file exists, so the cleanup really is exercised.
    const script = `
      import { readdirSync } from 'node:fs';
      import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'dist', 'io', 'write.js'))};
      const dir = ${JSON.stringify(dir)};
      writeFileAtomic(dir + '/report.json', 'x'.repeat(256 * 1024 * 1024)).then(() => console.error('finished'));
      const poll = setInterval(() => {
        if (readdirSync(dir).some((name) => name.startsWith('.seo-audit-tmp-'))) {
          clearInterval(poll);
          console.error('temp file seen');
          process.kill(process.pid, 'SIGINT');
        }
      }, 1);
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('temp file seen\n');
    expect(result.status).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits quietly when stdout is closed early (| head)', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" rules --no-color | head -n 1 >/dev/null; echo "rc=$?"`], {
      encoding: 'utf8',
      cwd: work,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('rc=0\n');
  });
});

describe('shard and merge', () => {
  it('merging every shard equals the unsharded run byte for byte', () => {
    const blog = join(work, 'blog-shards');
    const articles: Record<string, string> = {
      'a.md': ARTICLE,
      'b.md': '# Magnesium glycinate\n\nMagnesium glycinate may help leg cramps. Leg cramps are common.\n',
      'c.html': '<html><head><title>Night cramps</title></head><body><h1>Night cramps</h1><p>Leg cramps at night.</p></body></html>',
      'd.md': 'Leg cramps, leg cramps.\n',
      'e/f.md': '# Stretching\n\nStretch the calf before sleep to prevent leg cramps.\n',
    };
    for (const [name, text] of Object.entries(articles)) {
      mkdirSync(join(blog, name, '..'), { recursive: true });
      writeFileSync(join(blog, name), text);
    }
    writeFileSync(join(blog, 'g.md'), Buffer.from([0, 1, 2, 3])); // errored entries must shard and merge too
    const common = ['blog-shards', '--no-config', '-k', 'keywords.txt', '-f', 'json'];
    const full = run(common, { cwd: work });
    expect(full.code).toBe(2);
    const shardFiles: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const out = `shard-${i}.json`;
      run([...common, '--shard', `${i}/4`, '-o', out], { cwd: work });
      shardFiles.push(out);
    }
    // Six sorted files over four shards: shard 1 gets files 0 and 4, shard 2 files 1 and 5.
    expect(JSON.parse(readFileSync(join(work, 'shard-1.json'), 'utf8')).files.map((f: { path: string }) => f.path)).toEqual([
      'blog-shards/a.md',
      'blog-shards/e/f.md',
    ]);
    const merged = run(['merge', ...shardFiles.reverse()], { cwd: work });
    expect(merged.code).toBe(2);
    expect(merged.stdout).toBe(full.stdout);
  });

  it('rejects a report that is not schemaVersion 1', () => {
    writeFileSync(join(work, 'v2.json'), JSON.stringify({ schemaVersion: 2, files: [] }));
    expectOneLineError(run(['merge', 'v2.json'], { cwd: work }), 2, 'seo-audit: v2.json: invalid report — schemaVersion is 2, expected 1');
    writeFileSync(join(work, 'broken.json'), '{"schemaVersion": 1,');
    expectOneLineError(run(['merge', 'broken.json'], { cwd: work }), 2, /^seo-audit: broken\.json: invalid report — not JSON: /);
  });
});

describe('worker threads', () => {
  it('give byte-identical output to a serial run, errored entries included', () => {
    const blog = join(work, 'blog-workers');
    mkdirSync(join(blog, 'sub'), { recursive: true });
    for (let i = 0; i < 9; i++) writeFileSync(join(blog, i % 2 ? 'sub' : '', `post-${i}.md`), `# Post ${i}\n\nLeg cramps ${'and stretches '.repeat(i)}at night.\n`);
    writeFileSync(join(blog, 'binary.md'), Buffer.from([0, 0, 0]));
    const args = ['blog-workers', '--no-config', '-k', 'keywords.txt', '-f', 'json'];
    const serial = run(args, { cwd: work, env: { SEO_AUDIT_WORKERS: '0' } });
    const parallel = run(args, { cwd: work, env: { SEO_AUDIT_WORKERS: '3' } });
    expect(serial.code).toBe(2);
    expect(parallel.code).toBe(2);
    expect(JSON.parse(serial.stdout).files).toHaveLength(10);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stderr).toBe(serial.stderr);
  });

  it('stop with one line when a worker meets an invalid keyword set (from a config override)', () => {
    const dir = join(work, 'workers-bad-override');
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), 'name: broken\ngroups:\n  core:\n    keywords: 42\n');
    writeFileSync(join(dir, 'seo-audit.config.yaml'), 'overrides:\n  - files: ["posts/**"]\n    keywords: bad.yaml\n');
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, 'posts', `p${i}.md`), ARTICLE);
    const result = run(['posts', '-f', 'json'], { cwd: dir, env: { SEO_AUDIT_WORKERS: '2' } });
    expectOneLineError(result, 2, /^seo-audit: bad\.yaml:4:\d+: invalid keyword set — /);
    expect(result.stdout).toBe('');
  });
});

// init: tests/cli/init.test.ts

describe('colour', () => {
  const args = ['article.md', '--no-config', '-k', 'keywords.txt'];
  it('colours when forced, and never with NO_COLOR or --no-color', () => {
    expect(run(args, { cwd: work, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(run(args, { cwd: work, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(run([...args, '--no-color'], { cwd: work, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(run([...args, '--color'], { cwd: work, env: { NO_COLOR: '1' } }).stdout).toMatch(ANSI);
    // Not a TTY and nothing forced: plain.
    expect(run(args, { cwd: work }).stdout).not.toMatch(ANSI);
  });
});

describe('rules', () => {
  it('lists every rule as JSON with its options', () => {
    const result = run(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const rules = JSON.parse(result.stdout) as { id: string; defaultSeverity: string; weight: number; options: Record<string, { type: string; default: unknown; description: string }> }[];
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ['keyword-coverage', 'keyword-stuffing', 'heading-increment', 'section-length', 'readability', 'image-alt']) {
      expect(ids).toContain(id);
    }
    expect(rules.find((rule) => rule.id === 'keyword-stuffing')).toMatchObject({
      defaultSeverity: 'error',
      options: { maxDensity: { type: 'number', default: 4 } },
    });
  });

  it('prints --version without loading the engine', () => {
    const result = run(['--version']);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(result.code).toBe(0);
  });
});
