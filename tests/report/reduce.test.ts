/**
 * Bounded formats (src/report/stream.ts ReducedFormat: github, markdown, terminal): a run hands
 * each file to the format and drops it; the text at the end must be the format's `render` of the
 * whole report, whatever order the files arrive in (a merge hands them over shard by shard).
 * `render` goes through the same reducer, so what these tests pin is that the kept part is enough:
 * the first annotations / rows / files of each list in their printed order, found among files
 * that arrive in any order, and the counts of the rest. Sizes cross each format's limits
 * (10 files for terminal's detailed layout, 10 annotations per level, markdown's 65,536
 * characters: 11,500 files with 4,500 failed, more than markdown's KEEP in one list).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareStrings } from '../../src/compare.js';
import * as github from '../../src/report/github.js';
import * as markdown from '../../src/report/markdown.js';
import * as terminal from '../../src/report/terminal.js';
import type { ReducedFormat } from '../../src/report/stream.js';
import type { FileReport, RenderOptions, Report } from '../../src/report/types.js';
import { CROSS_FILE_RULES } from '../../src/rules/registry.js';
import { ROOT, run } from '../helpers/cli.js';
import { reducedText } from '../helpers/report-stream.js';

/** Several CLI runs (or thousands of files) in one test: minutes on a loaded 2-core machine (a limit, not a timed assertion). */
const CLI_TIMEOUT_MS = 600_000;

const work = mkdtempSync(join(tmpdir(), 'seo-audit-reduce-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = join(work, 'site');
cpSync(join(ROOT, 'fixtures', 'sites', 'site-checks'), site, { recursive: true });
cpSync(join(ROOT, 'fixtures', 'blog'), join(site, 'content', 'blog'), { recursive: true });
const result = run(['content', 'missing.md', '--min-score', '85', '-f', 'json'], { cwd: site });
const real = JSON.parse(result.stdout) as Report;

const crossFileIds = new Set(CROSS_FILE_RULES.map((rule) => rule.id));
const FORMATS: Record<string, { render: (report: Report, options: RenderOptions) => string; reduced: (options: RenderOptions) => ReducedFormat }> = {
  github,
  markdown: { render: markdown.render, reduced: (options) => markdown.reduced(options, markdown.KEEP, crossFileIds) },
  terminal,
};

/** `copies` copies of the real files under p0/, p1/, … (every 7th of a copy errored); sorted by path. */
function scaled(copies: number): Report {
  const files: FileReport[] = [];
  for (let copy = 0; copy < copies; copy++) {
    real.files.forEach((file, index) => {
      const clone = structuredClone(file);
      clone.path = `p${copy}/${file.path}`;
      if ((copy * real.files.length + index) % 7 === 3) Object.assign(clone, { status: 'error', error: `could not read ${copy}`, findings: [] });
      files.push(clone);
    });
  }
  return { ...real, files: files.sort((a, b) => compareStrings(a.path, b.path)) };
}

/** A deterministic shuffle (a shard order, not path order). */
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('bounded formats print from what they kept what render prints from the whole report', () => {
  it('the real report has what the cases need', () => {
    expect(real.files.length).toBeGreaterThan(10);
    expect(real.files.some((file) => file.status === 'error')).toBe(true);
    expect(real.files.some((file) => file.status === 'failed')).toBe(true);
    expect(real.crossFile.length).toBeGreaterThan(0);
  });

  for (const [name, format] of Object.entries(FORMATS)) {
    it(`${name}: 1, 5, all and 150 copies of the files, in path, reversed and shuffled order, quiet or not`, () => {
      for (const report of [{ ...real, files: real.files.slice(0, 1) }, { ...real, files: real.files.slice(0, 5) }, real, scaled(150)]) {
        const { files, ...frame } = report;
        for (const quiet of [false, true]) {
          const options = { color: name === 'terminal', quiet, cwd: site, root: site };
          const expected = format.render(report, options);
          for (const order of [files, [...files].reverse(), shuffled(files)]) expect(reducedText(format.reduced(options), order, frame)).toBe(expected);
        }
      }
    }, CLI_TIMEOUT_MS);
  }

  it('markdown with more failed files than KEEP (500 copies): the kept part is enough, and the limits are reached', () => {
    const report = scaled(500);
    const failed = report.files.filter((file) => file.status === 'failed').length;
    expect(failed).toBeGreaterThan(markdown.KEEP);
    const { files, ...frame } = report;
    const options = { color: false, quiet: false, cwd: site, root: site };
    const text = markdown.render(report, options);
    expect(reducedText(FORMATS['markdown']!.reduced(options), shuffled(files), frame)).toBe(text);
    expect(text.length).toBeLessThanOrEqual(markdown.MAX_CHARS);
    expect(text).toContain('more failed files');
    const lines = github.render(report, { color: false, quiet: false, cwd: site, root: site }).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(github.MAX_PER_LEVEL);
    expect(lines.at(-1)).toMatch(/^::notice title=seo-audit%3A more findings::/);
  }, CLI_TIMEOUT_MS);

  it('the CLI merge of shards prints what the unsharded run prints', () => {
    for (const i of [1, 2, 3]) run(['content', 'missing.md', '--min-score', '85', '--shard', `${i}/3`, '-f', 'json', '-o', `shard${i}.json`], { cwd: site });
    for (const name of Object.keys(FORMATS)) {
      const whole = run(['content', 'missing.md', '--min-score', '85', '-f', name], { cwd: site });
      const merged = run(['merge', 'shard2.json', 'shard3.json', 'shard1.json', '-f', name], { cwd: site });
      expect(whole.code).toBe(2);
      expect(merged.stdout, name).toBe(whole.stdout);
      expect(whole.stdout).toBe(FORMATS[name]!.render(real, { color: false, quiet: false, cwd: site, root: site }));
    }
  }, CLI_TIMEOUT_MS);
});
