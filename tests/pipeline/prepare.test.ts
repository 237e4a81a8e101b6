/**
 * Files reduced where they are audited (src/pipeline/prepare.ts): in a plain JSON run the pool
 * workers send each file as a PreparedFile, not its FileReport, so the main thread never holds
 * the whole report. The output must be the bytes `RunCollector.add` of the reports gives:
 * checked on the collector (real CLI reports: every site rule, internal-link-suggestion reading
 * the prominent phrases, thresholds), through a real worker pool (dist/, built by `npm test`),
 * and through the CLI (pool run = serial run: stdout, stderr, exit code).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RunCollector } from '../../src/pipeline/index.js';
import { isPrepared, prepareFile, receivePrepared } from '../../src/pipeline/prepare.js';
import { stream as jsonStream } from '../../src/report/json.js';
import type { FileReport, Report } from '../../src/report/types.js';
import type { InputFile } from '../../src/io/inputs.js';
import { ROOT, run } from '../helpers/cli.js';
import { chunkText } from '../helpers/report-stream.js';

const SITE = join(ROOT, 'fixtures', 'sites', 'site-checks');
const out = mkdtempSync(join(tmpdir(), 'seo-audit-prepare-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A JSON run's text, stderr lines and totals, with each file added whole or prepared. */
async function collected(files: readonly FileReport[], version: string, prepared: boolean) {
  const lines = (file: { path: string; status: string; score: number; coverage: { ratio: number } | null }) =>
    file.status === 'failed' ? [`${file.path}: ${file.score} ${file.coverage?.ratio ?? 'null'}`] : [];
  const collector = new RunCollector({ keep: 'none', stream: jsonStream({ quiet: false }), linesFor: lines });
  try {
    for (const file of files) {
      const copy = structuredClone(file);
      const item = prepared ? prepareFile(copy) : null;
      if (item === null) collector.add(copy);
      else {
        expect(collector.acceptsPrepared).toBe(true);
        // Through a structured clone, as a worker's message arrives.
        collector.addPrepared(receivePrepared(structuredClone(item)));
      }
    }
    const result = collector.finish(version);
    return { text: await chunkText(collector.chunks(result.report)), lines: result.lines, summary: result.report.summary, crossFile: result.report.crossFile };
  } finally {
    collector.close();
  }
}

describe('prepared files', () => {
  const cli = (args: string[], cwd: string, env: Record<string, string> = {}) => run([...args, '-f', 'json'], { cwd, env });
  const site = cli(['content'], SITE);
  const blog = cli(['fixtures/blog', 'fixtures/blog/missing.md', '--min-score', '90'], ROOT);

  it('give the collector the bytes, stderr lines, totals and cross-file findings of the whole reports', async () => {
    for (const result of [site, blog]) {
      const report = JSON.parse(result.stdout) as Report;
      const ids = new Set(report.crossFile.map((finding) => finding.ruleId));
      if (result === site) expect(ids.has('internal-link-suggestion')).toBe(true);
      const whole = await collected(report.files, report.tool.version, false);
      expect(whole.text).toBe(result.stdout);
      for (const files of [report.files, [...report.files].reverse()]) {
        const prepared = await collected(files, report.tool.version, true);
        const reference = files === report.files ? whole : await collected(files, report.tool.version, false);
        expect(prepared).toEqual(reference);
      }
    }
    // The blog run has an errored file (sent whole) and files that miss --min-score 90.
    const blogReport = JSON.parse(blog.stdout) as Report;
    expect(blogReport.files.some((file) => file.status === 'error')).toBe(true);
    expect(blogReport.files.some((file) => file.status === 'failed')).toBe(true);
    expect(prepareFile(blogReport.files.find((file) => file.status === 'error')!)).toBeNull();
  });

  it('come back from a real pool worker when the run asks for them (errored files whole)', async () => {
    // dist/: the worker script is compiled JavaScript.
    const { WorkerPool } = (await import(join(ROOT, 'dist', 'pipeline', 'pool.js'))) as typeof import('../../src/pipeline/pool.js');
    const { collectInputs } = (await import(join(ROOT, 'dist', 'io', 'inputs.js'))) as typeof import('../../src/io/inputs.js');
    const { formatFromPath } = (await import(join(ROOT, 'dist', 'document', 'index.js'))) as typeof import('../../src/document/index.js');
    const inputs: InputFile[] = await collectInputs(['fixtures/blog', 'fixtures/blog/missing.md'], { cwd: ROOT, stdinFilename: null, formatFromPath });
    // missing.md is already errored when collected (run.ts audits such inputs in this thread); the
    // pool's own errored reports come from reading it.
    const options = { config: { cwd: ROOT, explicit: null, noConfig: true }, cli: { keywords: join(ROOT, 'keywords', 'leg-cramps.yaml'), match: 'forms' }, extraKeywords: [], minCoverage: null, minScore: null, cwd: ROOT };
    for (const prepared of [true, false]) {
      const pool = new WorkerPool({ ...options, prepared }, 2, { heapMb: 2048, timeoutMs: 60_000, inFlight: 2 });
      try {
        const results = await Promise.all(inputs.map((input) => pool.audit(input)));
        expect(results.length).toBeGreaterThan(2);
        for (const [at, item] of results.entries()) {
          const errored = !isPrepared(item) && item.status === 'error';
          expect(errored).toBe(inputs[at]!.path.endsWith('missing.md'));
          expect(isPrepared(item)).toBe(prepared && !errored);
          const path = isPrepared(item) ? item.head.path : item.path;
          expect(path).toBe(inputs[at]!.path);
          if (isPrepared(item)) {
            expect(Buffer.isBuffer(item.jsonEntry)).toBe(true);
            expect(JSON.parse(item.jsonEntry.toString('utf8'))).toMatchObject({ path });
            expect(item.summary.site?.mentions ?? []).toEqual([]);
          }
        }
      } finally {
        await pool.close();
      }
    }
  });

  it('leave the CLI output as a serial run prints it (pool of 2 = in this thread; stdout, -o, stderr, exit code)', () => {
    for (const [args, cwd] of [
      [['content'], SITE],
      [['fixtures/blog', 'fixtures/blog/missing.md', '--min-score', '90'], ROOT],
    ] as const) {
      const serial = cli([...args], cwd, { SEO_AUDIT_WORKERS: '0' });
      const pool = cli([...args], cwd, { SEO_AUDIT_WORKERS: '2' });
      expect(pool).toEqual(serial);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      const file = join(out, 'report.json');
      const written = cli([...args, '-o', file], cwd, { SEO_AUDIT_WORKERS: '2' });
      expect(written.code).toBe(serial.code);
      expect(written.stderr).toBe(serial.stderr);
      expect(readFileSync(file, 'utf8')).toBe(serial.stdout);
    }
    expect(blog.stderr).toContain('missing.md');
    expect(blog.stderr).toContain('90');
  });
});
