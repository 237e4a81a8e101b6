/**
 * Streamed reports (src/report/stream.ts, written by src/pipeline/collect.ts) against the
 * whole-report renderers, for the formats whose entries are rewritten at the end (sarif: the
 * ruleIndex of each result, which depends on the final rules list; junit: the test cases of the
 * run's rules and the totals in the head). The reference is each format's `render` on the
 * whole report. Cases: real CLI reports (cross-file findings, errored files, baselined findings,
 * threshold findings that add rules to the SARIF rules list), files arriving out of order, a
 * merge of shards through the CLI, and a fast-check property over mutated reports (rule ids
 * outside the rules list, extra rules as a merge of shards can bring).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { markBaselined } from '../../src/baseline/index.js';
import { RunCollector } from '../../src/pipeline/index.js';
import { compareStrings } from '../../src/compare.js';
import * as junit from '../../src/report/junit.js';
import * as sarif from '../../src/report/sarif.js';
import type { StreamFormat } from '../../src/report/stream.js';
import type { FileReport, RenderOptions, Report } from '../../src/report/types.js';
import { ROOT, run } from '../helpers/cli.js';
import { chunkText, sortedReport } from '../helpers/report-stream.js';

const FORMATS = { sarif, junit } as const;
type Name = keyof typeof FORMATS;

/** Several CLI runs (or thousands of files) in one test: minutes on a loaded 2-core machine (a limit, not a timed assertion). */
const CLI_TIMEOUT_MS = 600_000;

const work = mkdtempSync(join(tmpdir(), 'seo-audit-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// The site-checks fixture plus the blog (threshold misses) and a file that cannot be read.
const site = join(work, 'site');
cpSync(join(ROOT, 'fixtures', 'sites', 'site-checks'), site, { recursive: true });
cpSync(join(ROOT, 'fixtures', 'blog'), join(site, 'content', 'blog'), { recursive: true });

function cli(args: string[]): { stdout: string; stderr: string; code: number | null } {
  const result = run(args, { cwd: site });
  expect([0, 1, 2], result.stderr).toContain(result.code);
  return result;
}

function jsonReport(args: string[]): Report {
  return JSON.parse(cli([...args, '-f', 'json']).stdout) as Report;
}

/** The report as a run streams it: files handed to a RunCollector one at a time, in the given order. */
async function streamed(format: StreamFormat, files: readonly FileReport[], frame: Omit<Report, 'files'>): Promise<string> {
  const collector = new RunCollector({ keep: 'none', stream: format });
  try {
    for (const file of files) collector.add(structuredClone(file));
    collector.finish(frame.tool.version);
    return await chunkText(collector.chunks(frame));
  } finally {
    collector.close();
  }
}

const options = (quiet: boolean, baseline: boolean): RenderOptions => ({ color: false, quiet, cwd: site, root: site, baseline });

// min-score and a missing file: threshold findings, an errored file.
const thresholds = jsonReport(['content', 'missing.md', '--min-score', '90']);
// Every other finding accepted in a baseline (marked here, as --baseline marks them).
const baselined = (() => {
  const report = jsonReport(['content', '--min-coverage', '80%']);
  const all = [...report.files.flatMap((file) => file.findings), ...report.crossFile].map((finding) => finding.fingerprint).sort(compareStrings);
  markBaselined(report, new Set(all.filter((_, index) => index % 2 === 0)));
  return report;
})();

describe('streamed sarif and junit = the whole-report render', () => {
  it('the reports used are the cases they are meant to be', () => {
    expect(thresholds.files.some((file) => file.status === 'error')).toBe(true);
    expect(thresholds.files.some((file) => file.findings.some((finding) => finding.ruleId === 'min-score'))).toBe(true);
    // min-score is not a rule that ran: it enters the SARIF rules list (shifting later ruleIndex values).
    expect(thresholds.rules.some((rule) => rule.id === 'min-score')).toBe(false);
    expect(thresholds.crossFile.length).toBeGreaterThan(0);
    expect(baselined.files.some((file) => file.findings.some((finding) => finding.baselined === true))).toBe(true);
    expect(baselined.files.some((file) => file.findings.some((finding) => finding.baselined !== true))).toBe(true);
    expect(baselined.crossFile.some((finding) => finding.baselined === true)).toBe(true);
    expect(baselined.files.some((file) => file.findings.some((finding) => finding.ruleId === 'min-coverage'))).toBe(true);
  });

  for (const name of Object.keys(FORMATS) as Name[]) {
    it(`${name}: in path order and reversed, quiet or not, with and without --baseline`, async () => {
      for (const report of [thresholds, baselined]) {
        const { files, ...frame } = report;
        for (const order of [files, [...files].reverse()]) {
          for (const quiet of [false, true]) {
            for (const baseline of [false, true]) {
              const opts = options(quiet, baseline);
              const expected = FORMATS[name].render(sortedReport(frame, files), opts);
              expect(await streamed(FORMATS[name].stream(opts), order, frame)).toBe(expected);
            }
          }
        }
      }
    }, CLI_TIMEOUT_MS);
  }

  it('sarif: every ruleIndex points at its rule, min-score included; errored files are notifications', async () => {
    const { files, ...frame } = thresholds;
    const log = JSON.parse(await streamed(sarif.stream(options(false, false)), files, frame));
    const runLog = log.runs[0];
    const ids: string[] = runLog.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toContain('min-score');
    expect(ids).toEqual([...ids].sort(compareStrings));
    for (const result of runLog.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(runLog.results.some((result: { ruleIndex: number }) => result.ruleIndex > ids.indexOf('min-score'))).toBe(true);
    const errored = files.filter((file) => file.status === 'error').length;
    expect(runLog.invocations[0].toolExecutionNotifications).toHaveLength(errored);
    expect(runLog.invocations[0].executionSuccessful).toBe(false);
  });

  it('empty runs: no file at all, and only errored files', async () => {
    const { files, ...frame } = thresholds;
    const errored = files.filter((file) => file.status === 'error');
    for (const name of Object.keys(FORMATS) as Name[]) {
      for (const list of [[], errored]) {
        const empty = { ...frame, crossFile: [] };
        const opts = options(false, false);
        expect(await streamed(FORMATS[name].stream(opts), list, empty)).toBe(FORMATS[name].render(sortedReport(empty, list), opts));
      }
    }
  });

  it('the CLI: sarif and junit of a merge of 3 shards (given out of order) = the unsharded run = render of its JSON report', () => {
    for (const i of [1, 2, 3]) cli(['content', 'missing.md', '--min-score', '90', '--shard', `${i}/3`, '-f', 'json', '-o', `shard${i}.json`]);
    for (const name of Object.keys(FORMATS) as Name[]) {
      const unsharded = cli(['content', 'missing.md', '--min-score', '90', '-f', name]);
      const merged = cli(['merge', 'shard3.json', 'shard1.json', 'shard2.json', '-f', name]);
      expect(merged.stdout).toBe(unsharded.stdout);
      expect(unsharded.stdout).toBe(FORMATS[name].render(thresholds, options(false, false)));
      // -o writes the same bytes.
      cli(['content', 'missing.md', '--min-score', '90', '-f', name, '-o', `out.${name}`]);
      expect(readFileSync(join(site, `out.${name}`), 'utf8')).toBe(unsharded.stdout);
    }
  }, CLI_TIMEOUT_MS);

  it('property: mutated reports (rule ids outside the rules list, extra rules, any order) stream as they render', async () => {
    const base = thresholds.files;
    const { files: _files, ...frame } = thresholds;
    const ruleIds = ['min-score', 'min-coverage', 'aaa-custom', 'zz-custom', 'keyword-density', 'readability'];
    const severity = fc.constantFrom('error' as const, 'warning' as const, 'info' as const);
    const extraFinding = fc.record({ ruleId: fc.constantFrom(...ruleIds), severity, baselined: fc.boolean(), line: fc.integer({ min: 1, max: 40 }) });
    const fileCase = fc.record({ index: fc.nat({ max: base.length - 1 }), extra: fc.array(extraFinding, { maxLength: 3 }) });
    const extraRule = fc.record({ id: fc.constantFrom('aaa-custom', 'mm-custom', 'zz-custom'), description: fc.constantFrom('a rule', 'another'), defaultSeverity: severity });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fileCase, { selector: (c) => c.index, maxLength: 12 }),
        fc.array(extraRule, { maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        async (cases, extraRules, quiet, baseline) => {
          const files = cases.map(({ index, extra }) => {
            const file = structuredClone(base[index]!);
            if (file.status === 'error') return file;
            for (const [at, finding] of extra.entries()) {
              file.findings.push({
                ruleId: finding.ruleId,
                severity: finding.severity,
                message: `extra ${at} from ${finding.ruleId}`,
                line: finding.line,
                column: 1,
                fingerprint: `fp-${index}-${at}`,
                ...(finding.baselined ? { baselined: true } : {}),
              } as FileReport['findings'][number]);
            }
            return file;
          });
          const rules = [...frame.rules, ...extraRules.filter((rule, at) => extraRules.findIndex((other) => other.id === rule.id) === at)];
          const thisFrame = { ...frame, rules };
          const opts = options(quiet, baseline);
          for (const name of Object.keys(FORMATS) as Name[]) {
            expect(await streamed(FORMATS[name].stream(opts), files, thisFrame)).toBe(FORMATS[name].render(sortedReport(thisFrame, files), opts));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, CLI_TIMEOUT_MS);
});
