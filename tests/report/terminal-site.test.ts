/**
 * The terminal format for a site (more than 10 files; README: terminal): grouped by rule and file,
 * readable for 300 files, and --quiet still shows the warnings as counts. Real CLI on a generated
 * 300-article site, output piped (not a TTY, so no colour).
 *
 * The site: p001.md … p300.md. Every 7th (42 files: 7, 14, …, 294) is a stub titled "Post N" with
 * an H1 and one line, no description and no "leg cramps"; the other 258 use "leg cramps" 3 times in
 * 20 words, have an 82-character description and link to p001.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'seo-audit-terminal-site-'));
  mkdirSync(join(root, 'posts'));
  writeFileSync(join(root, 'seo-audit.config.yaml'), 'keywords: kw.txt\n');
  writeFileSync(join(root, 'kw.txt'), 'leg cramps\n');
  for (let i = 1; i <= 300; i++) {
    const n = String(i).padStart(3, '0');
    const text =
      i % 7 === 0
        ? `---\ntitle: Post ${n}\n---\n\n# Post ${n}\n\nText ${n}.\n`
        : `---\ntitle: Leg cramps post ${n} about night pain\ndescription: Leg cramps at night, what they are and how to stop them, number ${n} in the series.\n---\n\n` +
          `Leg cramps are common. This is post ${n}. See [next](/posts/p001).\n\n## Leg cramps causes\n\nMany things cause leg cramps at night.\n`;
    writeFileSync(join(root, 'posts', `p${n}.md`), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const stubs = Array.from({ length: 42 }, (_, k) => `posts/p${String((k + 1) * 7).padStart(3, '0')}.md`);

/** The lines of one rule's block: from its header to the blank line after it. */
function block(lines: string[], header: RegExp): string[] {
  const start = lines.findIndex((line) => header.test(line));
  expect(start, `no line matches ${header}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('terminal output for a 300-file site', () => {
  it('lists the worst files, then every finding grouped by rule and file; warning rules show 10 files', () => {
    const out = run(['posts'], { cwd: root });
    expect(out.code).toBe(1);
    expect(out.stdout).not.toContain('\u001b');
    expect(out.stdout).not.toContain('│'); // no per-file tables
    const lines = out.stdout.split('\n');
    // Readable: far fewer lines than one block per file would take.
    expect(lines.length).toBeLessThan(300);

    expect(lines[0]).toBe('Files, worst first (10 of 300)');
    // The 42 stubs fail (keyword-missing); the first 10 by path are listed, tied on score.
    expect(lines.slice(1, 11)).toEqual(stubs.slice(0, 10).map((path) => expect.stringMatching(new RegExp(`^  ${path}  FAILED  score \\d+  coverage 0% \\(0/1\\)  1 error · \\d+ warnings$`))));
    expect(lines[11]).toBe('  … and 290 more files: 32 failed, 258 passed');

    // Errors in full: one header with the shared message, then all 42 places in path order.
    const missing = block(lines, /^keyword-missing  error  42 findings in 42 files: Primary keyword "leg cramps" /);
    expect(missing.slice(1)).toEqual(stubs.map((path) => `  ${path}:2:8`));

    // A warning rule on every file: 10 listed with their own messages, the rest counted.
    const description = block(lines, /^meta-description-length  warning  300 findings in 300 files$/);
    expect(description).toHaveLength(12);
    expect(description[1]).toBe('  posts/p001.md:3:14  Meta description is 82 characters long; use 120–156 characters to summarise the page.');
    expect(description[7]).toMatch(/^ {2}posts\/p007\.md:2:8 {2}There is no meta description; /);
    expect(description[11]).toBe('  … and 290 more files (-f json lists every finding)');

    // Rules in order: errors first, then by the number of files they fire on.
    const headers = lines.filter((line) => /^[a-z0-9-]+  (error|warning|info)  \d+ findings? in /.test(line)).map((line) => line.split('  ')[0]);
    expect(headers[0]).toBe('keyword-missing');
    expect(headers.slice(1, 3).sort()).toEqual(['meta-description-length', 'text-length']);
    // Cross-file warnings are capped the same way (299 orphans: every page but p001).
    expect(lines).toContain('  … and 289 more orphan-page findings (-f json lists every finding)');
    expect(lines[lines.length - 2]).toMatch(/^300 files · 258 passed · 42 failed · 42 errors · \d+ warnings · /);
  });

  it('--quiet lists the errors only and the warnings as counts per rule', () => {
    const out = run(['posts', '--quiet'], { cwd: root });
    expect(out.code).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines.filter((line) => / {2}warning {2}/.test(line))).toEqual([]);
    expect(block(lines, /^keyword-missing  error  42 findings in 42 files: /).slice(1)).toEqual(stubs.map((path) => `  ${path}:2:8`));
    const counts = block(lines, /^\d+ warnings not listed \(--quiet\):$/);
    const total = Number(/^(\d+)/.exec(counts[0]!)![1]);
    expect(counts).toContain('  meta-description-length  300 in 300 files');
    expect(counts).toContain('  text-length              300 in 300 files');
    expect(counts).toContain('  title-length             42 in 42 files');
    expect(counts).toContain('  orphan-page              299 across files');
    // The counts add up to the summary's warnings.
    const sum = counts.slice(1).reduce((n, line) => n + Number(/ (\d+) (in|across)/.exec(line)![1]), 0);
    expect(sum).toBe(total);
    expect(lines[lines.length - 2]).toContain(`· ${total} warnings ·`);
  });
});
