/**
 * The bounded formats (github, markdown, terminal: src/report/stream.ts ReducedFormat) print
 * exactly what the whole-report renderers printed — below their bounds the whole output, above
 * them the documented bounded output (github: 10 annotations per level plus a totals notice;
 * markdown: at most 65,536 characters with "…and N more"; terminal: more than 10 files grouped by
 * rule, the 10 worst files, 10 files per warning/info rule).
 *
 * The formats' own `render` now goes through their reducer, so comparing the two would only show
 * that arrival order does not matter (tests/report/reduce.test.ts). The oracle here is independent:
 * tests/report/whole/*.ts, the renderers as they were before the reduction (built the text from
 * the whole report). A reduction that drops, reorders or miscounts anything differs from it.
 * Checked through the real CLI and with a fast-check property over reports built from a real one.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStrings } from '../../src/compare.js';
import * as github from '../../src/report/github.js';
import * as markdown from '../../src/report/markdown.js';
import * as terminal from '../../src/report/terminal.js';
import type { ReducedFormat } from '../../src/report/stream.js';
import type { FileReport, RenderOptions, Report } from '../../src/report/types.js';
import { CROSS_FILE_RULES } from '../../src/rules/registry.js';
import * as wholeGithub from './whole/github.js';
import * as wholeMarkdown from './whole/markdown.js';
import * as wholeTerminal from './whole/terminal.js';
import { ROOT, run } from '../helpers/cli.js';
import { reducedText } from '../helpers/report-stream.js';

/** Several CLI runs of hundreds of files on a loaded 2-core machine (a limit, not a timed assertion). */
const CLI_TIMEOUT_MS = 900_000;

type Name = 'github' | 'markdown' | 'terminal';
const crossFileIds = new Set(CROSS_FILE_RULES.map((rule) => rule.id));
const FORMATS: Record<Name, { render: (report: Report, options: RenderOptions) => string; reduced: (options: RenderOptions) => ReducedFormat; whole: (report: Report, options: RenderOptions) => string }> = {
  github: { render: github.render, reduced: github.reduced, whole: wholeGithub.render },
  markdown: { render: markdown.render, reduced: (options) => markdown.reduced(options, markdown.KEEP, crossFileIds), whole: wholeMarkdown.render },
  terminal: { render: terminal.render, reduced: terminal.reduced, whole: wholeTerminal.render },
};
const NAMES = Object.keys(FORMATS) as Name[];

const work = mkdtempSync(join(tmpdir(), 'seo-audit-bounded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A site of the site-checks fixture plus the blog, `copies` times (copy i under c<i>/). */
function makeSite(name: string, copies: number): string {
  const site = join(work, name);
  cpSync(join(ROOT, 'fixtures', 'sites', 'site-checks'), site, { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'blog'), join(site, 'content', 'blog'), { recursive: true });
  for (let i = 1; i < copies; i++) {
    cpSync(join(ROOT, 'fixtures', 'sites', 'site-checks', 'content'), join(site, 'content', `c${i}`), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'blog'), join(site, 'content', `c${i}`, 'blog'), { recursive: true });
  }
  return site;
}

const site = makeSite('site', 1);
const ARGS = ['content', 'missing.md', '--min-score', '85'];
const real = JSON.parse(run([...ARGS, '-f', 'json'], { cwd: site }).stdout) as Report;

/** Is the report above the format's bound (so the documented bounded output applies)? */
function bounded(name: Name, report: Report, text: string): boolean {
  if (name === 'terminal') return report.files.length > terminal.DETAILED_MAX_FILES;
  if (name === 'github') return text.includes('title=seo-audit%3A more findings::');
  return /…and \d+ more/.test(text);
}

/** What the documented bound promises of a bounded text. */
function expectWithinBound(name: Name, report: Report, text: string): void {
  if (name === 'github') {
    const lines = text.trimEnd().split('\n');
    for (const level of ['error', 'warning', 'notice']) expect(lines.filter((line) => line.startsWith(`::${level} `)).length).toBeLessThanOrEqual(github.MAX_PER_LEVEL);
    expect(lines.at(-1)).toMatch(/^::notice title=seo-audit%3A more findings::/);
  } else if (name === 'markdown') {
    expect(text.length).toBeLessThanOrEqual(markdown.MAX_CHARS);
  } else {
    // The grouped layout: no per-file keyword tables (the detailed layout's "Keyword" header).
    expect(report.files.length).toBeGreaterThan(terminal.DETAILED_MAX_FILES);
    expect(text).not.toMatch(/│ Keyword|Keyword\s+│|┌/);
  }
}

describe('bounded formats print what the whole-report renderers printed', () => {
  it('the real report has what the cases need', () => {
    expect(real.files.length).toBeGreaterThan(terminal.DETAILED_MAX_FILES);
    expect(real.files.some((file) => file.status === 'error')).toBe(true);
    expect(real.files.some((file) => file.status === 'failed')).toBe(true);
    expect(real.crossFile.length).toBeGreaterThan(0);
  });

  it('through the CLI: 2 files (below every bound), the site (github and terminal above theirs), 30 copies (markdown above its 65,536 characters too)', () => {
    const big = makeSite('big', 30);
    const cases: { dir: string; args: string[]; above: Name[] }[] = [
      { dir: site, args: ['content/blog/magnesium-for-muscle-cramps.md', 'missing.md', '--min-score', '85'], above: [] },
      { dir: site, args: ARGS, above: ['github', 'terminal'] },
      { dir: big, args: ARGS, above: ['github', 'markdown', 'terminal'] },
    ];
    for (const { dir, args, above } of cases) {
      // The JSON run fills the cache; the format runs reuse it (the same pipeline, RunCollector and reducer).
      const cache = ['--cache', '--cache-location', join(dir, '.cache')];
      const json = run([...args, ...cache, '-f', 'json'], { cwd: dir });
      const report = JSON.parse(json.stdout) as Report;
      if (above.length === 0) expect(report.files.length).toBeLessThanOrEqual(terminal.DETAILED_MAX_FILES);
      for (const name of NAMES) {
        for (const quiet of [false, true]) {
          const cli = run([...args, ...cache, '-f', name, ...(quiet ? ['--quiet'] : [])], { cwd: dir });
          expect(cli.code, cli.stderr).toBe(json.code);
          const expected = FORMATS[name].whole(report, { color: false, quiet, cwd: dir, root: dir });
          expect(cli.stdout, `${name} ${args[0]} quiet=${quiet}`).toBe(expected);
          if (!quiet) {
            expect(bounded(name, report, cli.stdout), `${name} ${args[0]} above its bound`).toBe(above.includes(name));
            if (above.includes(name)) expectWithinBound(name, report, cli.stdout);
          }
        }
      }
    }
  }, CLI_TIMEOUT_MS);

  it('property: any subset and number of copies of the real files, errored and baselined ones, quiet or not, colour, any arrival order', () => {
    const variant = fc.record({
      copies: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 60 })),
      keep: fc.array(fc.boolean(), { minLength: real.files.length, maxLength: real.files.length }),
      errorEvery: fc.integer({ min: 0, max: 9 }),
      baselineEvery: fc.integer({ min: 0, max: 5 }),
      crossFile: fc.boolean(),
      quiet: fc.boolean(),
      color: fc.boolean(),
      order: fc.constantFrom('path', 'reversed', 'shuffled'),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(variant, (v) => {
        const files: FileReport[] = [];
        let n = 0;
        for (let copy = 0; copy < v.copies; copy++) {
          real.files.forEach((file, index) => {
            if (!v.keep[index] && copy === 0) return;
            const clone = structuredClone(file);
            clone.path = copy === 0 ? file.path : `c${copy}/${file.path}`;
            n++;
            if (v.errorEvery > 0 && n % v.errorEvery === 0) Object.assign(clone, { status: 'error', error: `could not read ${n}`, findings: [] });
            if (v.baselineEvery > 0) clone.findings.forEach((finding, i) => { if ((n + i) % v.baselineEvery === 0) finding.baselined = true; });
            files.push(clone);
          });
        }
        files.sort((a, b) => compareStrings(a.path, b.path));
        const report: Report = { ...real, crossFile: v.crossFile ? real.crossFile : [], files };
        const { files: _files, ...frame } = report;
        let order = [...files];
        if (v.order === 'reversed') order.reverse();
        if (v.order === 'shuffled') {
          let seed = v.seed >>> 0;
          order = order.map((file) => ({ file, key: (seed = (seed * 1103515245 + 12345) % 2147483648) })).sort((a, b) => a.key - b.key).map((entry) => entry.file);
        }
        const options = { color: v.color, quiet: v.quiet, cwd: site, root: site };
        for (const name of NAMES) {
          const expected = FORMATS[name].whole(report, options);
          expect(reducedText(FORMATS[name].reduced(options), order, frame), name).toBe(expected);
          expect(FORMATS[name].render(report, options), name).toBe(expected);
          if (bounded(name, report, expected)) expectWithinBound(name, report, expected);
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
  }, CLI_TIMEOUT_MS);

  it('markdown with more failed files than KEEP (500 copies): what the whole report printed', () => {
    const files: FileReport[] = [];
    for (let copy = 0; copy < 500; copy++) for (const file of real.files) files.push({ ...structuredClone(file), path: `c${copy}/${file.path}` });
    files.sort((a, b) => compareStrings(a.path, b.path));
    const report: Report = { ...real, files };
    expect(files.filter((file) => file.status === 'failed').length).toBeGreaterThan(markdown.KEEP);
    const { files: _files, ...frame } = report;
    const options = { color: false, quiet: false, cwd: site, root: site };
    const expected = wholeMarkdown.render(report, options);
    expect(reducedText(FORMATS.markdown.reduced(options), [...files].reverse(), frame)).toBe(expected);
    expectWithinBound('markdown', report, expected);
  }, CLI_TIMEOUT_MS);
});
