/**
 * User data never reaches stderr or a terminal raw (SPEC §2, issue 16): a newline in a file name
 * must not forge a `::error` workflow command line, OSC/CSI escapes in a name must not retitle or
 * clear the terminal, in every format and on stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/hostile.js';
import { escapeControl } from '../../src/io/escape.js';
import { FORMATS } from '../../src/report/index.js';

const FORGED = 'a\n::error file=x.md::forged.md';
const OSC = 'b\u001b]0;pwned\u0007\u001b[2J\u202e.md';
let dir: string;

beforeAll(() => {
  dir = tempDir('escape');
  // Binary: an errored entry, so the name is on stderr too.
  writeFileSync(join(dir, FORGED), '# Leg cramps\n\n\u0000');
  writeFileSync(join(dir, OSC), '# Leg cramps\n\nLeg cramps.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ESC, BEL, CR, the C1 range and bidi overrides: none may be printed raw.
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('escaping user data', () => {
  it('escapeControl turns every control character into a visible \\xNN / \\uNNNN escape', () => {
    expect(escapeControl(FORGED)).toBe('a\\x0A::error file=x.md::forged.md');
    expect(escapeControl(OSC)).toBe('b\\x1B]0;pwned\\x07\\x1B[2J\\u202E.md');
    expect(escapeControl('tab\there\r\u009b')).toBe('tab\\x09here\\x0D\\x9B');
    expect(escapeControl('café — ok \\ 東京')).toBe('café — ok \\ 東京');
  });

  it('stderr: one line per errored file, the newline in its name escaped, no forged command', () => {
    const run = runCli(['.', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toEqual(['seo-audit: a\\x0A::error file=x.md::forged.md: binary file — NUL byte at byte offset 14']);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  }, 60_000);

  it('a missing path with control characters: the usage line is escaped too', () => {
    const run = runCli(['no\u001b[2Jsuch.md', '--no-config', '--keyword', 'x'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('seo-audit: no\\x1B[2Jsuch.md: cannot read file — no such file or directory\n');
  }, 60_000);

  it('no format prints a raw control character from a file name, and github annotations stay one per line', () => {
    for (const format of FORMATS) {
      const run = runCli(['.', '--no-config', '--keyword', 'leg cramps', '-f', format], dir);
      expect(run.code, format).toBe(2);
      // Newlines and tabs are the formats' own; every other control character is escaped.
      expect(run.stdout.replace(/[\n\t]/g, ''), format).not.toMatch(RAW_CONTROL);
      expect(run.stderr, format).not.toMatch(RAW_CONTROL);
      if (format === 'github') {
        for (const line of run.stdout.split('\n').filter((l) => l !== '')) expect(line, line).toMatch(/^::(error|warning|notice)[ :]/);
        expect(run.stdout).not.toMatch(/^::error file=x\.md/m);
      }
    }
  }, 180_000);
});
