#!/usr/bin/env node
// The whole CLI run (bench/side-by-side.mjs's first case: serial, bench/corpus, JSON to a file,
// process start included) for several builds at once, to see which steps of the history cost
// what: rounds interleaved over every build (each round starts at another build and alternates
// direction, so load and disk cache hit all alike), CPU time of the process (user + system, all
// threads, through bench/rss-hook.cjs), medians, ratio to the first build.
//
//   node bench/history.mjs <rounds> <baseline-dir> <build-dir>…   (each a built checkout)
//   e.g. git worktree add /tmp/h1 <rev> && (cd /tmp/h1 && npm ci && npm run build)
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './median.js';

const root = new URL('..', import.meta.url).pathname;
const [roundsArg, ...builds] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 1 || builds.length < 2) {
  console.error('usage: node bench/history.mjs <rounds> <baseline-dir> <build-dir>…');
  process.exit(2);
}
const out = join(tmpdir(), `seo-audit-history-${process.pid}.json`);
const cpu = new Map(builds.map((build) => [build, []]));
const loads = [loadavg()[0]];
for (let round = 0; round < rounds; round++) {
  const order = builds.map((_, i) => builds[(i + round) % builds.length]);
  if (round % 2 === 1) order.reverse();
  for (const build of order) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-r', join(root, 'bench/rss-hook.cjs'), join(build, 'bin/seo-audit.js'), 'bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', SEO_AUDIT_WORKERS: '0' },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${build}: seo-audit exited ${r.status}: ${r.stderr}`);
    const { cpuMs } = JSON.parse(String(r.output[3]).trim().split('\n').pop());
    cpu.get(build).push(cpuMs);
    console.log(`round ${round + 1}  ${build}  ${cpuMs} ms CPU  ${Math.round(performance.now() - t)} ms wall  load ${loadavg()[0].toFixed(1)}`);
  }
  loads.push(loadavg()[0]);
}
const base = median(cpu.get(builds[0]));
for (const build of builds) {
  const m = median(cpu.get(build));
  console.log(`${(m / base).toFixed(2)}  ${m} ms  ${build}  (rounds: ${cpu.get(build).join(', ')})`);
}
console.log(`load average at round starts/end: ${loads.map((l) => l.toFixed(1)).join(' ')}`);
