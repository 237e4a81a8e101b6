/**
 * The streaming end of a run (src/pipeline/collect.ts): files reduced as they arrive, the JSON
 * report streamed from a spill file. The reference is the buffered path (buildReport + render),
 * on real reports: the CLI's JSON for fixtures/sites/site-checks (every site rule, including
 * internal-link-suggestion, which reads the spilled prominent phrases) and fixtures/blog.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, RunCollector, Spill } from '../../src/pipeline/index.js';
import { render, stream as jsonStream } from '../../src/report/json.js';
import { render as renderGitlab, stream as gitlabStream } from '../../src/report/gitlab.js';
import { FORMATS, renderReport } from '../../src/report/index.js';
import type { FileReport, Report } from '../../src/report/types.js';
import { ROOT, run } from '../helpers/cli.js';
import { chunkText } from '../helpers/report-stream.js';

const SITE = join(ROOT, 'fixtures', 'sites', 'site-checks');

function cliReport(args: string[], cwd: string): { text: string; report: Report } {
  const result = run([...args, '-f', 'json'], { cwd });
  expect(result.code === 0 || result.code === 1, result.stderr).toBe(true);
  return { text: result.stdout, report: JSON.parse(result.stdout) as Report };
}

/** Feeds files to a collector that streams JSON; returns the streamed text and the result. */
async function streamed(files: readonly FileReport[], quiet: boolean, version: string) {
  const collector = new RunCollector({ keep: 'none', stream: jsonStream({ quiet }) });
  try {
    for (const file of files) collector.add(structuredClone(file));
    const result = collector.finish(version);
    return { text: await chunkText(collector.chunks(result.report)), result };
  } finally {
    collector.close();
  }
}

describe('RunCollector', () => {
  const site = cliReport(['content'], SITE);
  const blog = cliReport(['fixtures/blog'], ROOT);

  it('streams the same bytes as the CLI printed and as render(buildReport(...)), cross-file findings included', async () => {
    const ids = new Set(site.report.crossFile.map((finding) => finding.ruleId));
    // The spilled prominent phrases are read: internal-link-suggestion is among the findings.
    expect(ids.has('internal-link-suggestion')).toBe(true);
    expect(ids.has('link-broken')).toBe(true);
    for (const { text: printed, report } of [site, blog]) {
      const out = await streamed(report.files, false, report.tool.version);
      expect(out.text).toBe(printed);
      expect(out.text).toBe(render(buildReport(report.files, report.tool.version), { color: false, quiet: false }));
      expect(out.result.report.summary).toEqual(report.summary);
      expect(out.result.report.crossFile).toEqual(report.crossFile);
    }
  });

  it('sorts files that arrive out of path order, and --quiet keeps errors only, as render does', async () => {
    const files = [...site.report.files].reverse();
    const buffered = buildReport(files, site.report.tool.version);
    for (const quiet of [false, true]) {
      const out = await streamed(files, quiet, site.report.tool.version);
      expect(out.text).toBe(render(buffered, { color: false, quiet }));
    }
    expect((await streamed(files, false, site.report.tool.version)).text).toBe(site.text);
  });

  it('streams the gitlab format as its render prints it (file issues in path order, cross-file issues last)', async () => {
    for (const quiet of [false, true]) {
      for (const files of [site.report.files, [...site.report.files].reverse(), [], site.report.files.filter((file) => file.findings.length === 0)]) {
        const options = { color: false, quiet, cwd: SITE, root: SITE };
        const collector = new RunCollector({ keep: 'none', stream: gitlabStream(options) });
        for (const file of files) collector.add(structuredClone(file));
        const result = collector.finish(site.report.tool.version);
        const streamedText = await chunkText(collector.chunks(result.report));
        collector.close();
        expect(streamedText).toBe(renderGitlab(buildReport(files, site.report.tool.version), options));
        expect(JSON.parse(streamedText).length).toBe(JSON.parse(renderGitlab(buildReport(files, '1'), options)).length);
      }
    }
  });

  it('writes an empty files list as [] (no spill needed)', async () => {
    const out = await streamed([], false, '1.2.3');
    expect(out.text).toBe(render(buildReport([], '1.2.3'), { color: false, quiet: false }));
    expect(out.text).toContain('"files": [],');
  });

  it('keeps no FileReport when streaming, and for other formats drops only what no such renderer reads', () => {
    const none = new RunCollector({ keep: 'none' });
    const some = new RunCollector({ keep: 'report' });
    const all = new RunCollector({ keep: 'all' });
    for (const file of site.report.files) for (const c of [none, some, all]) c.add(structuredClone(file));
    const [a, b, c] = [none, some, all].map((collector) => collector.finish('1'));
    expect(a!.report.files).toEqual([]);
    expect(c!.report.files).toEqual(site.report.files);
    expect(b!.report.files.map((file) => file.path)).toEqual(site.report.files.map((file) => file.path));
    expect(b!.report.files.every((file) => file.site === null && file.keywords.every((keyword) => keyword.occurrences.length === 0))).toBe(true);
    const withoutBulk = (file: FileReport) => ({ ...file, site: null, keywords: file.keywords.map((k) => ({ ...k, occurrences: [] })) });
    expect(b!.report.files).toEqual(site.report.files.map(withoutBulk));
    // Every format that gets the slimmed reports prints what it prints from the whole ones.
    for (const format of FORMATS.filter((name) => name !== 'json' && name !== 'html')) {
      for (const quiet of [false, true]) {
        const options = { color: format === 'terminal', quiet, cwd: SITE, root: SITE };
        expect(renderReport(format, b!.report, options), format).toBe(renderReport(format, c!.report, options));
      }
    }
    // The same totals and cross-file findings whatever is kept.
    for (const result of [a, b, c]) expect(result!.report.crossFile).toEqual(a!.report.crossFile);
    for (const collector of [none, some, all]) collector.close();
  });

  it('gives the stderr lines in path order and collects fingerprints for --write-baseline', () => {
    const collector = new RunCollector({
      keep: 'none',
      fingerprints: true,
      linesFor: (file) => (file.status === 'failed' ? [`failed ${file.path}`] : []),
    });
    const files = [...site.report.files].reverse();
    for (const file of files) collector.add(structuredClone(file));
    const result = collector.finish(site.report.tool.version);
    const failed = site.report.files.filter((file) => file.status === 'failed').map((file) => `failed ${file.path}`);
    expect(failed.length).toBeGreaterThan(0);
    expect(result.lines).toEqual(failed);
    const expected = new Set([...site.report.files.flatMap((file) => file.findings.map((f) => f.fingerprint)), ...site.report.crossFile.map((f) => f.fingerprint)]);
    expect(result.fingerprints).toEqual(expected);
    collector.close();
  });
});

describe('Spill', () => {
  it('reads records back by span across buffer flushes, multi-byte text intact, streams them in order, and removes its file', async () => {
    const spill = new Spill();
    const records = Array.from({ length: 3000 }, (_, i) => `record ${i} — ${'é'.repeat(i % 7)}${'x'.repeat((i * 37) % 900)}\n`);
    const spans = records.map((record) => spill.append(record));
    expect(spill.bytes).toBe(Buffer.byteLength(records.join('')));
    for (const i of [0, 1, 1234, 2999]) expect(spill.read(spans[i]!)).toBe(records[i]);
    expect(await chunkText(spill.stream())).toBe(records.join(''));
    expect(existsSync(spill.path)).toBe(true);
    spill.close();
    expect(existsSync(spill.path)).toBe(false);
  });

  it('keeps every record whatever its kind and size: text or bytes, a few bytes or more than its 1 MB buffer, read back in between', async () => {
    const spill = new Spill();
    const sizes = [3, 70_000, 400_000, 1_500_000, 0, 349_525, 349_526, 1 << 20, 12];
    const records: (string | Buffer)[] = [];
    const spans = [];
    for (let round = 0; round < 3; round++) {
      for (const [at, size] of sizes.entries()) {
        // Three-byte characters where a text is near the buffer's size, one-byte ones elsewhere.
        const text = (at % 2 === 0 ? '€' : 'a').repeat(size).slice(0, size) + `#${round}.${at}\n`;
        const record = (at + round) % 3 === 0 ? Buffer.from(text, 'utf8') : text;
        records.push(record);
        spans.push(spill.append(record));
        if (at === 4) expect(spill.read(spans[spans.length - 3]!)).toBe(String(records[records.length - 3]));
      }
    }
    const all = Buffer.concat(records.map((record) => (typeof record === 'string' ? Buffer.from(record, 'utf8') : record)));
    expect(spill.bytes).toBe(all.length);
    records.forEach((record, i) => expect(spill.readBytes(spans[i]!).equals(typeof record === 'string' ? Buffer.from(record, 'utf8') : record)).toBe(true));
    expect(Buffer.concat(await streamBytes(spill.stream())).equals(all)).toBe(true);
    spill.close();
  });
});

async function streamBytes(stream: AsyncIterable<Buffer | string>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of stream) out.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return out;
}
