#!/usr/bin/env node
// What the in-thread guard (src/pipeline/guard.ts: the audit as the body of a vm script with a
// `timeout`) costs per call, apart from the audit itself: `runWithin(work)` against `work()`
// for a small job, in blocks that alternate, CPU time of the whole process (the watchdog is a
// thread of its own) and wall time per call, medians of the blocks. A figure per call does
// not drift with the machine's load the way two whole runs do; bench/scale.js multiplies it
// by the articles of a run.
//
// Standalone: node bench/guard-call.js [calls per block, default 4000] [blocks, default 5]
import { performance } from 'node:perf_hooks';
import { median } from './median.js';

const root = new URL('..', import.meta.url).pathname;

/** { cpuUs, wallUs }: the guard's own cost per call (guarded minus direct), medians over `blocks`. */
export async function guardCallCost(calls = 4000, blocks = 5) {
  const { runWithin } = await import(`${root}dist/pipeline/guard.js`);
  // ~10 µs of work: the job's own time cancels out; only the call's overhead remains.
  const work = () => {
    let s = 0;
    for (let i = 0; i < 4000; i++) s += Math.sqrt(i);
    return s;
  };
  const measure = (fn) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const c = process.cpuUsage(c0);
    return { cpu: ((c.user + c.system) / calls), wall: ((performance.now() - t0) * 1000) / calls };
  };
  const guarded = () => runWithin(work, 60_000, 'bench');
  measure(guarded);
  measure(work);
  const cpu = [];
  const wall = [];
  for (let b = 0; b < blocks; b++) {
    const first = b % 2 === 0;
    const a = measure(first ? guarded : work);
    const d = measure(first ? work : guarded);
    const on = first ? a : d;
    const off = first ? d : a;
    cpu.push(on.cpu - off.cpu);
    wall.push(on.wall - off.wall);
  }
  return { cpuUs: median(cpu), wallUs: median(wall) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await guardCallCost(Number(process.argv[2] ?? 4000), Number(process.argv[3] ?? 5));
  console.log(`guard per call: ${r.cpuUs.toFixed(1)} µs CPU, ${r.wallUs.toFixed(1)} µs wall`);
}
