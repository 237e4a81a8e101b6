#!/usr/bin/env node
// Side by side: this build against a baseline build of seo-audit (another checkout, built),
// measured in the same run and interleaved (baseline, this, baseline, this, …) so that the
// machine's load hits both alike. Reports the medians of wall time and of CPU time (user +
// system, all threads: much less disturbed by a loaded machine) and their ratios (this ÷
// baseline; below 1 = faster than the baseline); `ratio` is the CPU-time one.
//
//   node bench/side-by-side.mjs <baseline-dir> [candidate-dir]   (after `npm run build`)
//   SEO_AUDIT_BASELINE=<baseline-dir> npm run bench               (the same rows in the bench table)
//
// Cases: the whole CLI run over bench/corpus (serial, SEO_AUDIT_WORKERS=0, JSON to a file, process
// start included) and, in a fresh process per side (bench/side-child.mjs), the audit of
// bench/corpus/md with 1 and with 1,000 keywords and `analyze` with 1,000 keywords.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchPhrases } from './phrases.js';
import { median } from './median.js';

const here = new URL('..', import.meta.url).pathname;

/** The 1,000 phrases of bench/run.js, from the corpus vocabulary (same code, same phrases). */
export async function keywordFiles(build, dir, root = here) {
  const { parseDocument } = await import(join(build, 'dist/index.js'));
  const mdDir = join(root, 'bench/corpus/md');
  const docs = readdirSync(mdDir).sort().map((name) => parseDocument(readFileSync(join(mdDir, name), 'utf8'), 'markdown', join('bench/corpus/md', name)));
  const phrases = benchPhrases(docs);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'one.txt'), 'leg cramps\n');
  writeFileSync(join(dir, 'thousand.txt'), phrases.join('\n') + '\n');
  return { one: join(dir, 'one.txt'), thousand: join(dir, 'thousand.txt') };
}

/**
 * Rows comparing `candidate` (default: this checkout) with `baseline`, `rounds` interleaved
 * pairs per case; every command runs with cwd = root, on root's bench/corpus.
 */
export function sideBySide({ root = here, baseline, candidate = root, rounds = 5, keywords, log = () => {} }) {
  for (const dir of [baseline, candidate]) {
    if (!existsSync(join(dir, 'dist/index.js')) || !existsSync(join(dir, 'bin/seo-audit.js'))) {
      throw new Error(`${dir}: not a built seo-audit checkout (run npm ci && npm run build there)`);
    }
  }
  const out = join(tmpdir(), `seo-audit-side-${process.pid}.json`);
  const cli = (dir) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-r', join(root, 'bench/rss-hook.cjs'), join(dir, 'bin/seo-audit.js'), 'bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', SEO_AUDIT_WORKERS: '0' },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    });
    const ms = performance.now() - t;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${dir}: seo-audit exited ${r.status}: ${r.stderr}`);
    const usage = JSON.parse(String(r.output[3]).trim().split('\n').pop());
    return { ms, cpuMs: usage.cpuMs };
  };
  const child = (dir) => {
    const r = spawnSync(process.execPath, [join(root, 'bench/side-child.mjs'), dir, keywords.one, keywords.thousand], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`${dir}: bench/side-child.mjs exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const names = ['CLI whole run, serial', 'audit corpus/md, 1 keyword', 'audit corpus/md, 1,000 keywords', 'analyze, 1,000 keywords'];
  const keys = ['cli', 'audit1', 'audit1000', 'analyze1000'];
  const runs = { base: [], cand: [] };
  const loadBefore = loadavg()[0];
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so neither always runs on the warmer disk cache.
    const order = round % 2 === 0 ? ['base', 'cand'] : ['cand', 'base'];
    const got = { base: {}, cand: {} };
    for (const side of order) got[side].cli = cli(side === 'base' ? baseline : candidate);
    for (const side of order) Object.assign(got[side], child(side === 'base' ? baseline : candidate));
    for (const side of order) runs[side].push(got[side]);
    log(`  side by side, round ${round + 1}/${rounds} (load ${loadavg()[0].toFixed(1)})\n`);
  }
  rmSync(out, { force: true });
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
  return names.map((name, i) => {
    const key = keys[i];
    const wall = (side) => runs[side].map((r) => r[key].ms);
    const cpu = (side) => runs[side].map((r) => r[key].cpuMs);
    const cpuRatios = cpu('base').map((b, j) => cpu('cand')[j] / b);
    return {
      case: `vs baseline: ${name}`,
      baselineMs: +median(wall('base')).toFixed(1),
      ms: +median(wall('cand')).toFixed(1),
      wallRatio: +(median(wall('cand')) / median(wall('base'))).toFixed(2),
      baselineCpuMs: +median(cpu('base')).toFixed(1),
      cpuMs: +median(cpu('cand')).toFixed(1),
      // CPU time (user + system, all threads) is far less disturbed by other processes than wall time.
      ratio: +(median(cpu('cand')) / median(cpu('base'))).toFixed(2),
      pairRatio: +median(cpuRatios).toFixed(2),
      note: `medians of ${rounds} interleaved runs; ${load}`,
      baselineRuns: wall('base').map((v) => Math.round(v)),
      runs: wall('cand').map((v) => Math.round(v)),
      baselineCpuRuns: cpu('base').map((v) => Math.round(v)),
      cpuRuns: cpu('cand').map((v) => Math.round(v)),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [baselineArg, candidateArg] = process.argv.slice(2);
  if (baselineArg === undefined) {
    process.stderr.write('usage: node bench/side-by-side.mjs <baseline-dir> [candidate-dir]\n');
    process.exit(2);
  }
  const rounds = Number(process.env.ROUNDS ?? 5);
  const dir = join(tmpdir(), `seo-audit-side-kw-${process.pid}`);
  const candidate = resolve(candidateArg ?? here);
  if (!existsSync(join(here, 'bench/corpus/md'))) (await import('./make-corpus.js')).makeCorpus();
  const keywords = await keywordFiles(candidate, dir);
  const rows = sideBySide({ baseline: resolve(baselineArg), candidate, rounds, keywords, log: (s) => process.stderr.write(s) });
  rmSync(dir, { recursive: true, force: true });
  for (const row of rows) console.log(JSON.stringify(row));
}
