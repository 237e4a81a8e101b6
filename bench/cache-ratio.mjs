#!/usr/bin/env node
// The --cache target (issue 15: a re-run of an unchanged site costs under 10 % of the cold run),
// measured on bench/corpus with the command of `npm run bench` (JSON report to a file):
//
//   cold: rm -rf <cache>; seo-audit bench/corpus --no-config -k keywords/leg-cramps.yaml -f json -o <out> --cache-location <cache>
//   warm: the same command again (every entry reused)
//
// For one build or several side by side (e.g. a baseline checkout and this one), in interleaved
// rounds (cold A, warm A, cold B, warm B, …) so that the machine's load hits every build alike.
// Reports per build the medians of wall time and of CPU time (user + system of every thread, from
// bench/rss-hook.cjs), the warm ÷ cold ratio of both medians, peak RSS, and the load average
// before and after (a busy machine inflates wall time much more than CPU time).
//
//   node bench/cache-ratio.mjs [--rounds N] [build-dir …]     (default: this checkout, 3 rounds)
//
// Each build-dir is a built seo-audit checkout (bin/ and dist/); every command runs with cwd =
// this checkout, on its bench/corpus and keywords/.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './make-corpus.js';
import { median } from './median.js';

const root = new URL('..', import.meta.url).pathname;

/** One CLI run: wall ms, CPU ms, peak RSS MB. */
function runOnce(build, args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench/rss-hook.cjs'), join(build, 'bin/seo-audit.js'), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${build}: seo-audit ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (String(r.stderr).includes('cache')) throw new Error(`${build}: unexpected cache warning: ${r.stderr}`);
  const usage = JSON.parse(String(r.output[3] ?? '').trim().split('\n').pop());
  return { ms, cpuMs: usage.cpuMs, rssMb: Math.round(usage.maxRssKb / 1024) };
}

/**
 * Cold and warm medians per build, `rounds` interleaved rounds. Returns one row per build:
 * { build, cold: {ms, cpuMs, rssMb}, warm: {…}, wallRatio, cpuRatio }.
 */
export function cacheRatio({ builds = [root], rounds = 3, log = () => {} } = {}) {
  if (!existsSync(join(root, 'bench/corpus/md'))) makeCorpus();
  for (const build of builds) {
    if (!existsSync(join(build, 'bin/seo-audit.js')) || !existsSync(join(build, 'dist'))) throw new Error(`${build}: not a built seo-audit checkout`);
  }
  const samples = builds.map(() => ({ cold: [], warm: [] }));
  for (let round = 0; round < rounds; round++) {
    builds.forEach((build, b) => {
      const cache = join(tmpdir(), `seo-audit-cache-ratio-${process.pid}-${b}`);
      const out = join(tmpdir(), `seo-audit-cache-ratio-${process.pid}-${b}.json`);
      const args = ['bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out, '--cache-location', cache];
      rmSync(cache, { recursive: true, force: true });
      const cold = runOnce(build, args);
      const warm = runOnce(build, args);
      samples[b].cold.push(cold);
      samples[b].warm.push(warm);
      log(`  round ${round + 1} ${build}: cold ${cold.ms.toFixed(0)} ms (cpu ${cold.cpuMs}), warm ${warm.ms.toFixed(0)} ms (cpu ${warm.cpuMs}), load ${loadavg()[0].toFixed(2)}`);
      rmSync(cache, { recursive: true, force: true });
      rmSync(out, { force: true });
    });
  }
  return builds.map((build, b) => {
    const pick = (runs) => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: median(runs.map((r) => r.rssMb)) });
    const cold = pick(samples[b].cold);
    const warm = pick(samples[b].warm);
    return { build, cold, warm, wallRatio: warm.ms / cold.ms, cpuRatio: warm.cpuMs / cold.cpuMs };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  let rounds = 3;
  const builds = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else builds.push(resolve(argv[i]));
  }
  const before = loadavg();
  const rows = cacheRatio({ builds: builds.length > 0 ? builds : [root], rounds, log: (line) => process.stderr.write(line + '\n') });
  const after = loadavg();
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(`--cache on bench/corpus, ${rounds} interleaved round(s), medians; load average before ${before.map((x) => x.toFixed(2)).join(' ')}, after ${after.map((x) => x.toFixed(2)).join(' ')}`);
  console.log('| build | cold wall | warm wall | warm/cold wall | cold CPU | warm CPU | warm/cold CPU | RSS cold / warm |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.build} | ${(row.cold.ms / 1000).toFixed(2)} s | ${(row.warm.ms / 1000).toFixed(2)} s | **${pct(row.wallRatio)}** | ${(row.cold.cpuMs / 1000).toFixed(2)} s | ${(row.warm.cpuMs / 1000).toFixed(2)} s | **${pct(row.cpuRatio)}** | ${row.cold.rssMb} / ${row.warm.rssMb} MB |`,
    );
  }
}
