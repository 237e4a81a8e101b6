#!/usr/bin/env node
// npm run bench: measures seo-audit against the floor of merely parsing the same
// files (SPEC §9) and prints a table; writes bench/results.json.
// Every ratio compares figures taken in this one run (the machines are noisy).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import rehypeParse from 'rehype-parse';
import { makeCorpus } from './make-corpus.js';
import { scaleCases } from './scale.js';
import { benchPhrases } from './phrases.js';
import { cacheRatio } from './cache-ratio.mjs';
import { auditFile, parseDocument, analyze, loadKeywordSet } from '../dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, 'bench/corpus');
const quick = process.argv.includes('--quick');
const rows = [];
const MB = 1e6;

if (!existsSync(join(corpus, 'md'))) makeCorpus();
const load = (dir) =>
  readdirSync(join(corpus, dir))
    .sort()
    .map((name) => ({ path: join('bench/corpus', dir, name), text: readFileSync(join(corpus, dir, name), 'utf8') }));
const md = load('md');
const html = load('html');
const bytes = (files) => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const htmlParser = unified().use(rehypeParse);

/**
 * Best of `runs` timings (ms) after one unmeasured warm-up run: the first pass
 * pays for JIT compilation and disk cache, and the least disturbed of the
 * others is the figure, as the machine is noisy.
 */
function best(runs, fn, warmUp = true) {
  if (warmUp) fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function record(name, files, size, ms, extra = {}) {
  process.stderr.write(`  ${name}: ${ms.toFixed(0)} ms\n`);
  const row = { case: name, files, mb: +(size / MB).toFixed(3), ms: +ms.toFixed(1), mbPerS: +(size / MB / (ms / 1000)).toFixed(2), ...extra };
  rows.push(row);
  return row;
}

function cli(args, env = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench/rss-hook.cjs'), join(root, 'bin/seo-audit.js'), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  const rss = String(r.output[3] ?? '').trim().split('\n').pop();
  const maxRssKb = rss ? JSON.parse(rss).maxRssKb : null;
  if (r.status !== 0 && r.status !== 1) throw new Error(`seo-audit ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rssMb: maxRssKb === null ? null : Math.round(maxRssKb / 1024) };
}

const runs = quick ? 1 : 3;
const keywordFile = join(root, 'keywords/leg-cramps.yaml');
const set = loadKeywordSet(keywordFile);

// 1. Floor: read + parse only, in process.
const floorMd = best(runs, () => md.forEach((f) => markdownParser.parse(readFileSync(join(root, f.path), 'utf8'))));
const floorHtml = best(runs, () => html.forEach((f) => htmlParser.parse(readFileSync(join(root, f.path), 'utf8'))));
const floorAll = floorMd + floorHtml;
record('floor: parse Markdown', md.length, bytes(md), floorMd, { ratio: 1 });
record('floor: parse HTML', html.length, bytes(html), floorHtml, { ratio: 1 });

// 2. Full audit in process (parse + model + match + rules + report data).
const settings = { keywords: keywordFile, cwd: root };
const auditMd = best(runs, () => md.forEach((f) => auditFile({ path: f.path, source: readFileSync(join(root, f.path), 'utf8'), format: 'markdown' }, settings)));
const auditHtml = best(runs, () => html.forEach((f) => auditFile({ path: f.path, source: readFileSync(join(root, f.path), 'utf8'), format: 'html' }, settings)));
record('audit Markdown (in process)', md.length, bytes(md), auditMd, { ratio: +(auditMd / floorMd).toFixed(2) });
record('audit HTML (in process)', html.length, bytes(html), auditHtml, { ratio: +(auditHtml / floorHtml).toFixed(2) });

// 3. Whole CLI run (process start, workers, JSON report to a file) vs a fresh-process floor.
const out = join(tmpdir(), `seo-audit-bench-${process.pid}.json`);
const all = [...md, ...html];
const cliArgs = ['bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out];
// The CLI starts cold (module loading, unoptimised parser code), so its fair floor is a fresh
// process that only reads and parses the same files.
const coldFloorCode = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import rehypeParse from 'rehype-parse';
const md = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const html = unified().use(rehypeParse);
for (const dir of ['md', 'html']) for (const name of readdirSync(join('bench/corpus', dir)).sort()) (dir === 'md' ? md : html).parse(readFileSync(join('bench/corpus', dir, name), 'utf8'));
`;
const coldStart = performance.now();
const cold = spawnSync(process.execPath, ['--input-type=module', '-e', coldFloorCode], { cwd: root, stdio: 'inherit' });
if (cold.status !== 0) throw new Error('cold floor run failed');
const coldFloor = performance.now() - coldStart;
record('floor: parse all, fresh process', all.length, bytes(all), coldFloor, { ratio: 1 });
const serial = cli(cliArgs, { SEO_AUDIT_WORKERS: '0' });
const parallel = cli(cliArgs);
record('CLI whole run, serial', all.length, bytes(all), serial.ms, { ratio: +(serial.ms / coldFloor).toFixed(2), rssMb: serial.rssMb, note: 'ratio to the fresh-process floor' });
record('CLI whole run, worker threads', all.length, bytes(all), parallel.ms, {
  ratio: +(parallel.ms / coldFloor).toFixed(2),
  rssMb: parallel.rssMb,
  note: `speed-up ${(serial.ms / parallel.ms).toFixed(2)}× over serial`,
});
rmSync(out, { force: true });

// 3b. --cache (issue 15: a re-run of an unchanged site under 10 % of the cold run): a cold run that
// fills an empty cache, then a warm re-run of the unchanged corpus with the same arguments, in
// `runs` rounds (bench/cache-ratio.mjs); medians of wall and CPU time, ratio = warm ÷ cold.
const [cacheRow] = cacheRatio({ rounds: runs });
record('CLI --cache, cold (empty cache)', all.length, bytes(all), cacheRow.cold.ms, {
  rssMb: cacheRow.cold.rssMb,
  cpuMs: cacheRow.cold.cpuMs,
  note: `${(cacheRow.cold.ms / parallel.ms).toFixed(2)}× the run without --cache`,
});
record('CLI --cache, warm re-run (unchanged)', all.length, bytes(all), cacheRow.warm.ms, {
  ratio: +cacheRow.wallRatio.toFixed(3),
  rssMb: cacheRow.warm.rssMb,
  cpuMs: cacheRow.warm.cpuMs,
  note: `warm ÷ cold: wall ${(cacheRow.wallRatio * 100).toFixed(1)} %, CPU ${(cacheRow.cpuRatio * 100).toFixed(1)} %; target < 10 %`,
});

// 4. Keyword count: 1 vs 1,000 keywords on the same pre-parsed documents (matching only,
// and end to end through auditFile).
const docs = md.map((f) => parseDocument(f.text, 'markdown', f.path));
const phrases = benchPhrases(docs);
const dir = join(tmpdir(), `seo-audit-bench-kw-${process.pid}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'one.txt'), 'leg cramps\n');
writeFileSync(join(dir, 'thousand.txt'), phrases.join('\n') + '\n');
const one = loadKeywordSet(join(dir, 'one.txt'));
const thousand = loadKeywordSet(join(dir, 'thousand.txt'));
const analyzeOne = best(runs + 2, () => docs.forEach((d) => analyze(d, one)));
const analyzeThousand = best(runs + 2, () => docs.forEach((d) => analyze(d, thousand)));
record('analyze, 1 keyword', docs.length, bytes(md), analyzeOne, { ratio: 1 });
record('analyze, 1,000 keywords', docs.length, bytes(md), analyzeThousand, { ratio: +(analyzeThousand / analyzeOne).toFixed(2), note: 'ratio to 1 keyword' });
const fullOne = best(runs, () => md.forEach((f) => auditFile({ path: f.path, source: f.text, format: 'markdown' }, { keywords: join(dir, 'one.txt') })));
const fullThousand = best(runs, () => md.forEach((f) => auditFile({ path: f.path, source: f.text, format: 'markdown' }, { keywords: join(dir, 'thousand.txt') })));
record('audit, 1 keyword', md.length, bytes(md), fullOne, { ratio: 1 });
record('audit, 1,000 keywords', md.length, bytes(md), fullThousand, { ratio: +(fullThousand / fullOne).toFixed(2), note: 'ratio to 1 keyword; target < 1.5' });

// 5. Linear in text size: one document from 1 KB to 10 MB. Its floor is the corpus floor
// rate (ms per MB of merely parsing the corpus files): parsing one 10 MB document whole with
// remark-parse takes minutes and gigabytes, which is why seo-audit parses large files in chunks.
const floorMsPerMb = floorMd / (bytes(md) / MB);
const joined = md.map((f) => f.text).join('\n\n');
const sizes = quick ? [1e3, 1e5, 1e6] : [1e3, 1e4, 1e5, 1e6, 1e7];
for (const size of sizes) {
  let text = joined;
  while (text.length < size) text += '\n\n' + joined;
  text = text.slice(0, size);
  const cut = text.lastIndexOf('\n\n');
  if (cut > size / 2) text = text.slice(0, cut);
  const big = size >= 1e7;
  const ms = best(big ? 1 : runs, () => auditFile({ path: 'big.md', source: text, format: 'markdown' }, { keywords: keywordFile }), !big);
  const mb = Buffer.byteLength(text) / MB;
  record(`single document ${size >= 1e6 ? size / 1e6 + ' MB' : size / 1e3 + ' KB'}`, 1, Buffer.byteLength(text), ms, {
    ratio: +(ms / (floorMsPerMb * mb)).toFixed(2),
    note: `${(ms / mb).toFixed(0)} ms/MB (floor ${floorMsPerMb.toFixed(0)} ms/MB)`,
  });
}

// 6. Start-up: --version and one small article end to end (best of 5).
let version = Infinity;
let small = Infinity;
for (let i = 0; i < 5; i++) {
  version = Math.min(version, cli(['--version']).ms);
  small = Math.min(small, cli(['fixtures/leg-cramps.md', '-f', 'json']).ms);
}
record('seo-audit --version', 0, 0, version, { note: 'target < 150 ms' });
record('seo-audit fixtures/leg-cramps.md', 1, readFileSync(join(root, 'fixtures/leg-cramps.md')).length, small, { note: 'target < 400 ms' });

// 7. A 100 MB Markdown file: peak memory (skipped with --quick).
if (!quick) {
  const big = join(dir, 'huge.md');
  let text = joined;
  while (text.length < 100e6) text += '\n\n' + joined;
  writeFileSync(big, text.slice(0, 100e6));
  const r = cli([big, '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', join(dir, 'huge.json')]);
  record('100 MB Markdown file (CLI)', 1, Buffer.byteLength(text.slice(0, 100e6)), r.ms, {
    ratio: +(r.ms / (floorMsPerMb * 100)).toFixed(2),
    rssMb: r.rssMb,
    note: 'target RSS < 1536 MB',
  });
}
// 8. Side by side with a baseline build (another checkout of seo-audit, built), interleaved in
// this run: SEO_AUDIT_BASELINE=<dir> or --baseline <dir>. Ratio = this build ÷ the baseline.
const baselineAt = process.argv.indexOf('--baseline');
const baselineDir = process.env.SEO_AUDIT_BASELINE ?? (baselineAt === -1 ? undefined : process.argv[baselineAt + 1]);
if (baselineDir) {
  const { sideBySide } = await import('./side-by-side.mjs');
  const keywords = { one: join(dir, 'one.txt'), thousand: join(dir, 'thousand.txt') };
  const sideRows = sideBySide({ root, baseline: baselineDir, rounds: quick ? 3 : 5, keywords, log: (s) => process.stderr.write(s) });
  for (const row of sideRows) {
    const cliRow = row.case.includes('CLI');
    const files = cliRow ? all.length : md.length;
    record(row.case, files, cliRow ? bytes(all) : bytes(md), row.ms, {
      ratio: row.ratio,
      note: `ratio of CPU time to the baseline (${row.cpuMs} / ${row.baselineCpuMs} ms; per-round median ${row.pairRatio}); wall ${row.ms} / ${row.baselineMs} ms = ${row.wallRatio}; ${row.note}`,
    });
  }
}
rmSync(dir, { recursive: true, force: true });

// 8. Scale (generated site of small articles, 2k and 20k; 100k with SEO_AUDIT_BENCH_100K=1) and
// the per-article guard's cost (bench/scale.js). --quick: 2k only.
const scaleSizes = quick ? [2000] : [2000, 20000, ...(process.env.SEO_AUDIT_BENCH_100K === '1' ? [100000] : [])];
rows.push(...scaleCases({ sizes: scaleSizes, formats: (process.env.SEO_AUDIT_BENCH_FORMATS ?? 'json').split(','), guardRuns: quick ? 1 : 5 }));

// Table + results.json.
const columns = ['case', 'files', 'mb', 'ms', 'mbPerS', 'ratio', 'rssMb', 'note'];
const titles = ['case', 'files', 'MB', 'ms', 'MB/s', 'ratio to floor', 'peak RSS MB', 'note'];
const widths = columns.map((c, i) => Math.max(titles[i].length, ...rows.map((r) => String(r[c] ?? '').length)));
const line = (cells) => '| ' + cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
console.log(line(titles));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of rows) console.log(line(columns.map((c) => row[c] ?? '')));
writeFileSync(
  join(root, 'bench/results.json'),
  JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, quick, rows }, null, 2) + '\n',
);
console.log(`\nwrote bench/results.json (floor = read + parse only, in process; ratio = case / its floor; in-process rows share the bench process, so peak RSS is shown for CLI runs only)`);
