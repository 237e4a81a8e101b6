/**
 * The streamed html report (src/report/html.ts `stream`, written by src/pipeline/collect.ts)
 * against the whole-report `render`, and the streamed --output-dir pages (`siteStream`, cut
 * into pages by src/cli/html-site.ts) against `renderSite`. The articles are spilled as their reports arrive with
 * placeholders for their number and neighbour links; the overview is rebuilt at the end from a
 * few facts kept per article. Cases: real reports with their article views from the audit
 * pipeline (an errored file, a skipped draft, cross-file findings, baselined findings marked as
 * they arrive, --quiet), files arriving in reverse, the CLI's own output (stdout, -o,
 * --output-dir) against `render` / `renderSite` of the same run, a merge of shards through the CLI, and a fast-check property over
 * mutated reports (paths, statuses, scores, group ratios, findings, arrival order).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markBaselined } from '../../src/baseline/index.js';
import { compareStrings } from '../../src/compare.js';
import { configResolver, isIgnored, runRuleSettings } from '../../src/config/index.js';
import { formatFromPath } from '../../src/document/index.js';
import { collectInputs } from '../../src/io/inputs.js';
import { auditInOrder, buildReport, RunCollector } from '../../src/pipeline/index.js';
import { htmlSitePages } from '../../src/cli/html-site.js';
import * as html from '../../src/report/html.js';
import type { HtmlOptions, HtmlPage } from '../../src/report/html.js';
import type { FileReport, Report } from '../../src/report/types.js';
import { ROOT, run } from '../helpers/cli.js';
import { chunkText, sortedReport } from '../helpers/report-stream.js';

/** Several CLI runs and audits in one test: minutes on a loaded 2-core machine (a limit, not a timed assertion). */
const TIMEOUT_MS = 600_000;

const work = mkdtempSync(join(tmpdir(), 'seo-audit-html-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// The site-checks fixture plus the blog and a draft (skipped); missing.md cannot be read.
const site = join(work, 'site');
cpSync(join(ROOT, 'fixtures', 'sites', 'site-checks'), site, { recursive: true });
cpSync(join(ROOT, 'fixtures', 'blog'), join(site, 'content', 'blog'), { recursive: true });
writeFileSync(join(site, 'content', 'blog', 'zz-draft.md'), '---\ntitle: Next Steps\ndraft: true\n---\n\nComing soon.\n');
const ARGS = ['content', 'missing.md'];

function cli(args: string[]): { stdout: string; stderr: string; code: number | null } {
  const result = run(args, { cwd: site });
  expect([0, 1, 2], result.stderr).toContain(result.code);
  return result;
}

/** The run the CLI makes of ARGS, through the library, with every file's article view. */
async function audit(): Promise<Report> {
  const source = { cwd: site, explicit: null, noConfig: false };
  const configs = configResolver(source, true);
  const inputs = await collectInputs(ARGS, { cwd: site, stdinFilename: null, formatFromPath, isIgnored: (absolute) => isIgnored(configs.forFile(absolute), absolute) });
  const files: FileReport[] = [];
  const options = {
    config: source,
    cli: { keywords: null, match: null },
    extraKeywords: [],
    minCoverage: null,
    minScore: null,
    cwd: site,
    articleView: true,
    readStdin: async () => Buffer.alloc(0),
    env: { SEO_AUDIT_WORKERS: '0' },
  };
  await auditInOrder(inputs, options, (file) => files.push(file));
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  return buildReport(files, version, runRuleSettings(configs.forDirectory(site), options.cli));
}

/** The report as a run streams it: files handed to a RunCollector one at a time, in the given order. */
async function streamed(options: HtmlOptions, files: readonly FileReport[], frame: Omit<Report, 'files'>, baseline: ReadonlySet<string> | null = null): Promise<string> {
  const collector = new RunCollector({ keep: 'none', stream: html.stream(options), baseline });
  try {
    for (const file of files) collector.add(structuredClone(file));
    collector.finish(frame.tool.version);
    return await chunkText(collector.chunks(frame));
  } finally {
    collector.close();
  }
}

/** --output-dir's pages as a run streams them (siteStream), cut at the page breaks as the CLI cuts them. */
async function streamedSite(options: HtmlOptions, files: readonly FileReport[], frame: Omit<Report, 'files'>): Promise<HtmlPage[]> {
  const format = html.siteStream(options);
  const collector = new RunCollector({ keep: 'none', stream: format });
  try {
    for (const file of files) collector.add(structuredClone(file));
    collector.finish(frame.tool.version);
    const pages: HtmlPage[] = [];
    for await (const page of htmlSitePages(collector.chunks(frame), format.pageNames())) pages.push(page);
    return pages;
  } finally {
    collector.close();
  }
}

const options = (quiet: boolean): HtmlOptions => ({ color: false, quiet, cwd: site, root: site, baseUrl: 'https://example.com/blog/' });

let report: Report;
beforeAll(async () => {
  report = await audit();
}, TIMEOUT_MS);

describe('streamed html = the whole-report render', () => {
  it('the report used is the case it is meant to be', () => {
    const statuses = new Set(report.files.map((file) => file.status));
    expect([...statuses].sort()).toEqual(['error', 'failed', 'passed', 'skipped']);
    expect(report.crossFile.length).toBeGreaterThan(0);
    expect(report.files.filter((file) => file.view !== undefined).length).toBeGreaterThan(10);
    // Some article has a finding on a line that a block shows: its finding links to the line.
    expect(html.render(report, options(false))).toMatch(/<a class="finding" href="#a\d+-L\d+">/);
  });

  it('in path order and reversed, quiet or not', async () => {
    const { files, ...frame } = report;
    for (const order of [files, [...files].reverse()]) {
      for (const quiet of [false, true]) {
        expect(await streamed(options(quiet), order, frame)).toBe(html.render(sortedReport(frame, files), options(quiet)));
        expect(await streamedSite(options(quiet), order, frame)).toEqual(html.renderSite(sortedReport(frame, files), options(quiet)));
      }
    }
  }, TIMEOUT_MS);

  it('with --baseline: findings marked as each file arrives, as the whole report is marked', async () => {
    const all = [...report.files.flatMap((file) => file.findings), ...report.crossFile].map((finding) => finding.fingerprint).sort(compareStrings);
    const accepted = new Set(all.filter((_, index) => index % 2 === 0));
    const marked = structuredClone(report);
    markBaselined(marked, accepted);
    expect(marked.files.some((file) => file.findings.some((finding) => finding.baselined === true))).toBe(true);
    const { files, ...frame } = marked;
    const expected = html.render(marked, options(false));
    // Baselined findings are not shown: the marked report renders differently from the unmarked one.
    expect(expected).not.toBe(html.render(report, options(false)));
    const { files: unmarked } = report;
    expect(await streamed(options(false), [...unmarked].reverse(), frame, accepted)).toBe(expected);
    expect(files.length).toBe(unmarked.length);
  }, TIMEOUT_MS);

  it('numbers JSON cannot hold (a NaN score or ratio, an infinite word count) render as render shows them', async () => {
    const { files, ...frame } = report;
    const odd = files.map((file, at) => {
      if (file.status !== 'passed' && file.status !== 'failed') return file;
      const copy = structuredClone(file);
      if (at % 3 === 0) copy.score = Number.NaN;
      if (at % 3 === 1 && copy.coverage !== null && copy.coverage.groups.length > 0) copy.coverage.groups[0]!.ratio = Number.NaN;
      if (at % 3 === 2) copy.stats.words = Number.POSITIVE_INFINITY;
      return copy;
    });
    const expected = html.render(sortedReport(frame, odd), options(false));
    expect(expected).toContain('<td>NaN</td>');
    expect(await streamed(options(false), [...odd].reverse(), frame)).toBe(expected);
  });

  it('empty runs: no file at all, and only the errored and skipped files', async () => {
    const { files, ...frame } = report;
    for (const list of [[], files.filter((file) => file.status === 'error' || file.status === 'skipped')]) {
      const empty = { ...frame, crossFile: [] };
      expect(await streamed(options(false), list, empty)).toBe(html.render(sortedReport(empty, list), options(false)));
      expect(await streamedSite(options(false), list, empty)).toEqual(html.renderSite(sortedReport(empty, list), options(false)));
    }
  });

  it('the CLI: -f html (stdout, -o, --output-dir) = render / renderSite of the same run; a merge of 3 shards given out of order = render of the JSON report', () => {
    const out = cli([...ARGS, '-f', 'html']);
    expect(out.code).toBe(2);
    // The fixture's config names site.baseUrl; the CLI's preview URLs start with it.
    expect(out.stdout).toBe(html.render(report, { ...options(false), baseUrl: 'https://example.com' }));
    expect(out.stdout).toContain('<div class="url">https://example.com/');
    cli([...ARGS, '-f', 'html', '-o', 'out.html']);
    expect(readFileSync(join(site, 'out.html'), 'utf8')).toBe(out.stdout);

    // --output-dir: the pages of renderSite, each in its file.
    cli([...ARGS, '-f', 'html', '--output-dir', 'pages']);
    const pages = html.renderSite(report, { ...options(false), baseUrl: 'https://example.com' });
    expect(pages.length).toBe(report.files.length + 1);
    for (const page of pages) expect(readFileSync(join(site, 'pages', page.name), 'utf8')).toBe(page.text);

    for (const i of [1, 2, 3]) cli([...ARGS, '--shard', `${i}/3`, '-f', 'json', '-o', `shard${i}.json`]);
    const json = JSON.parse(cli([...ARGS, '-f', 'json']).stdout) as Report;
    const merged = cli(['merge', 'shard3.json', 'shard1.json', 'shard2.json', '-f', 'html']);
    // merge reads no config: no base URL.
    expect(merged.stdout).toBe(html.render(json, { ...options(false), baseUrl: undefined }));
    expect(merged.stdout).toContain('The article text is not available');
    expect(cli(['merge', 'shard1.json', 'shard2.json', 'shard3.json', '-f', 'html']).stdout).toBe(merged.stdout);
  }, TIMEOUT_MS);

  it('--output-dir refuses to write a page over an audited input, before writing any page (exit 2, one line)', () => {
    const dir = join(work, 'own');
    mkdirSync(dir);
    const source = '<!doctype html><html lang="en"><head><title>An index page of its own</title></head><body><h1>Index</h1><p>Some text.</p></body></html>\n';
    writeFileSync(join(dir, 'index.html'), source);
    const result = run(['own', '--no-config', '-f', 'html', '--output-dir', 'own'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('seo-audit: own: cannot write the HTML report — index.html in own is one of the audited inputs\n');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(source);
    expect(existsSync(join(dir, 'articles'))).toBe(false);
  }, TIMEOUT_MS);

  it('property: mutated reports (paths, statuses, scores, group ratios, findings, any order) stream as they render', async () => {
    const base = report.files.filter((file) => file.status === 'passed' || file.status === 'failed');
    const { files: _files, ...frame } = report;
    const paths = ['a.md', 'b/<x> & "y".md', 'b/é.md', 'B.md', 'z/ß.md', 'content/index.md', 'content/guides/one.md'];
    const ratio = fc.constantFrom(0, 0.1, 0.2, 1 / 3, 0.7, 2 / 3, 1);
    const finding = fc.record({
      ruleId: fc.constantFrom('keyword-density', 'zz-custom', 'aaa-custom', 'readability'),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      baselined: fc.boolean(),
      line: fc.integer({ min: 1, max: 60 }),
    });
    const fileCase = fc.record({
      index: fc.nat({ max: base.length - 1 }),
      path: fc.option(fc.constantFrom(...paths), { nil: undefined }),
      status: fc.constantFrom('keep', 'error', 'skipped'),
      score: fc.option(fc.constantFrom(0, 12.5, 50, 73.25, 99.9, 100), { nil: undefined }),
      ratios: fc.array(ratio, { maxLength: 3 }),
      extra: fc.array(finding, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fileCase, { maxLength: 10 }), fc.boolean(), fc.boolean(), async (cases, quiet, withCrossFile) => {
        const files = cases.map((c, at) => {
          const file = structuredClone(base[c.index]!);
          if (c.path !== undefined) file.path = c.path;
          if (c.score !== undefined) file.score = c.score;
          if (file.coverage !== null) c.ratios.forEach((r, g) => { if (file.coverage!.groups[g]) file.coverage!.groups[g]!.ratio = r; });
          for (const [n, extra] of c.extra.entries()) {
            file.findings.push({ ...extra, message: `extra <${n}> & more`, column: 1, fingerprint: `fp-${at}-${n}` } as FileReport['findings'][number]);
          }
          if (c.status === 'error') return { ...file, status: 'error' as const, error: `cannot read <${at}>`, view: undefined };
          if (c.status === 'skipped') return { ...file, status: 'skipped' as const, skipReason: 'draft: true' } as FileReport;
          return file;
        });
        const thisFrame = { ...frame, crossFile: withCrossFile ? frame.crossFile : [] };
        expect(await streamed(options(quiet), files, thisFrame)).toBe(html.render(sortedReport(thisFrame, files), options(quiet)));
        expect(await streamedSite(options(quiet), files, thisFrame)).toEqual(html.renderSite(sortedReport(thisFrame, files), options(quiet)));
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT_MS);
});
