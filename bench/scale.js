#!/usr/bin/env node
// Scale cases of `npm run bench` (SPEC §9): a generated site of small realistic articles
// (bench/make-site.js, one site-wide keyword set) audited by the CLI with a JSON report to a
// file, at 2,000 and 20,000 articles, and at 100,000 when SEO_AUDIT_BENCH_100K=1 (about 20 min
// on a busy 2-core machine). Each row: wall time and peak RSS (bench/rss-hook.cjs), plus the
// targets: 100,000 articles within 1 GB, peak RSS at 20k under 3x that at 2k, wall near-linear.
// Then the per-article guard's cost (--file-timeout and the memory cap): a 1,000-article
// site and on the bench corpus (bench/corpus) with the guard on and off (SEO_AUDIT_GUARD=off),
// interleaved runs, in a worker pool and serially in process (SEO_AUDIT_WORKERS=0: the vm
// watchdog per article); the figure is CPU time (all threads); target under 5 %.
//
// Other report formats: --formats=json,sarif,junit (or SEO_AUDIT_BENCH_FORMATS; default json).
//
// Standalone: node bench/scale.js [--sizes=2000,20000] [--formats=json] [--guard-size=1000] [--guard-runs=5] [--no-guard] [--no-scale]
// Guard only, as re-measured idle: node bench/scale.js --no-scale --guard-runs=7
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './make-corpus.js';
import { makeSite } from './make-site.js';
import { median } from './median.js';

const root = new URL('..', import.meta.url).pathname;

function cli(cwd, args, env = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench/rss-hook.cjs'), join(root, 'bin/seo-audit.js'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t;
  const line = String(r.output[3] ?? '').trim().split('\n').pop();
  if (r.status !== 0 && r.status !== 1) throw new Error(`seo-audit ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const usage = line ? JSON.parse(line) : null;
  return { ms, rssMb: usage ? Math.round(usage.maxRssKb / 1024) : null, cpuMs: usage?.cpuMs ?? null };
}

let guardCallCallCost = null;
/** bench/guard-call.js in a child process of its own (a clean heap): µs per guarded call. */
function callCost() {
  const r = spawnSync(process.execPath, [join(root, 'bench/guard-call.js')], { encoding: 'utf8' });
  const m = /([\d.-]+) µs CPU, ([\d.-]+) µs wall/.exec(r.stdout);
  if (m === null) throw new Error(`bench/guard-call.js: ${r.stdout}${r.stderr}`);
  return { cpuUs: Number(m[1]), wallUs: Number(m[2]) };
}

function site(n) {
  const dir = join(tmpdir(), `seo-audit-bench-site-${n}`);
  // Regenerated only when missing (deterministic: same n, same files).
  if (!existsSync(join(dir, 'seo-audit.config.yaml'))) makeSite(n, dir);
  return dir;
}

/** Runs the scale and guard cases; returns rows for bench/run.js's table. */
export function scaleCases({
  sizes,
  formats = ['json'],
  guardSize = 1000,
  guardRuns = 3,
  guard = true,
  scale = true,
  log = (line) => process.stderr.write(`${line}\n`),
}) {
  const rows = [];
  const out = join(tmpdir(), `seo-audit-bench-scale-${process.pid}.json`);
  const args = ['content', '-f', 'json', '-o', out];
  if (scale) {
    // Every format streams or is bounded (README: Scale), so each one's RSS should stay flat too.
    for (const format of formats) {
      let first = null;
      for (const n of sizes) {
        const dir = site(n);
        const r = cli(dir, ['content', '-f', format, '-o', out]);
        log(`  site of ${n} articles, -f ${format}: ${(r.ms / 1000).toFixed(1)} s, ${r.rssMb} MB peak RSS`);
        first ??= { n, ...r };
        const notes = [];
        if (n !== first.n) {
          notes.push(`RSS ${(r.rssMb / first.rssMb).toFixed(2)}x and wall ${(r.ms / first.ms).toFixed(2)}x of ${first.n} for ${n / first.n}x the articles`);
        }
        // 1 GB is 10^9 bytes (953.7 MiB); the table's MB are MiB (KiB / 1,024).
        if (n >= 100_000) notes.push(`${((r.rssMb * 1024 * 1024) / 1e9).toFixed(3)} GB; target < 1 GB (953 MiB)`);
        rows.push({ case: `site of ${n} articles (CLI, ${format} report)`, files: n, ms: +r.ms.toFixed(0), rssMb: r.rssMb, note: notes.join('; ') });
      }
    }
  }
  if (guard) {
    const siteDir = site(guardSize);
    if (!existsSync(join(root, 'bench/corpus/md'))) makeCorpus();
    const corpusArgs = ['bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out];
    for (const { label, dir, files, runArgs, env } of [
      { label: `worker pool, ${guardSize}-article site`, dir: siteDir, files: guardSize, runArgs: args, env: {} },
      { label: 'worker pool, bench corpus', dir: root, files: null, runArgs: corpusArgs, env: {} },
      { label: `in process, ${guardSize}-article site`, dir: siteDir, files: guardSize, runArgs: args, env: { SEO_AUDIT_WORKERS: '0' } },
    ]) {
      // Interleaved in pairs whose order alternates (on/off, off/on, …) so load changes on a
      // shared machine and a warm disk cache hit both alike. The figure is CPU time (all
      // threads), which a busy machine disturbs far less than wall time; the headline is the
      // median of the per-round on/off ratios (each on run against the off run beside it),
      // with their range, since whole-run medians of few runs moved by ±10 % under load.
      const on = [];
      const off = [];
      const loadBefore = loadavg()[0];
      for (let i = 0; i < guardRuns; i++) {
        const guardOff = { ...env, SEO_AUDIT_GUARD: 'off' };
        if (i % 2 === 0) {
          on.push(cli(dir, runArgs, env));
          off.push(cli(dir, runArgs, guardOff));
        } else {
          off.push(cli(dir, runArgs, guardOff));
          on.push(cli(dir, runArgs, env));
        }
      }
      const loadAfter = loadavg()[0];
      const cpuOn = median(on.map((r) => r.cpuMs));
      const cpuOff = median(off.map((r) => r.cpuMs));
      const wallOn = median(on.map((r) => r.ms));
      const wallOff = median(off.map((r) => r.ms));
      const ratios = on.map((r, i) => r.cpuMs / off[i].cpuMs);
      const paired = median(ratios);
      const s = (list, key) => list.map((r) => (r[key] / 1000).toFixed(1)).join('/');
      log(`  guard, ${label}: CPU on ${s(on, 'cpuMs')} s, off ${s(off, 'cpuMs')} s; wall on ${s(on, 'ms')} s, off ${s(off, 'ms')} s; load ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`);
      const notes = [
        `${guardRuns} interleaved rounds: per-round CPU ratio median ${paired.toFixed(3)} (range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}), ` +
          `CPU medians ${cpuOn} ms on vs ${cpuOff} ms off (${((cpuOn / cpuOff - 1) * 100).toFixed(1)} %), wall ${((wallOn / wallOff - 1) * 100).toFixed(1)} %, load average ${loadBefore.toFixed(1)}–${loadAfter.toFixed(1)}`,
      ];
      if (env.SEO_AUDIT_WORKERS === '0' && files !== null) {
        // In this thread the guard's whole cost is one vm watchdog per article: measured per
        // call (bench/guard-call.js) it gives a figure that load hardly moves.
        const call = guardCallCallCost ?? (guardCallCallCost = callCost());
        notes.push(
          `watchdog ${call.cpuUs.toFixed(0)} µs CPU / ${call.wallUs.toFixed(0)} µs wall per article (bench/guard-call.js) = ${((call.cpuUs * files) / 10 / cpuOff).toFixed(2)} % of the off run's CPU`,
        );
      }
      rows.push({
        case: `per-article guard, ${label}`,
        files,
        ms: +wallOn.toFixed(0),
        ratio: +paired.toFixed(3),
        note: `${notes.join('; ')}; target < 5 %`,
      });
    }
  }
  rmSync(out, { force: true });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (arg('sizes') ?? `2000,20000${process.env.SEO_AUDIT_BENCH_100K === '1' ? ',100000' : ''}`).split(',').map(Number);
  const rows = scaleCases({
    sizes,
    formats: (arg('formats') ?? process.env.SEO_AUDIT_BENCH_FORMATS ?? 'json').split(','),
    guardRuns: Number(arg('guard-runs') ?? 5),
    guardSize: Number(arg('guard-size') ?? 1000),
    guard: !process.argv.includes('--no-guard'),
    scale: !process.argv.includes('--no-scale'),
  });
  console.log(JSON.stringify(rows, null, 2));
}
