#!/usr/bin/env node
// Side by side: this build against a baseline build of seo-audit (another checkout, built),
// measured in the same run and interleaved (baseline, this, baseline, this, …) so that the
// machine's load hits both alike. Reports the median of each and their ratio (this ÷ baseline;
// below 1 = faster than the baseline).
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

const here = new URL('..', import.meta.url).pathname;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The 1,000 phrases of bench/run.js, from the corpus vocabulary (same code, same phrases). */
export async function keywordFiles(build, dir, root = here) {
  const { parseDocument } = await import(join(build, 'dist/index.js'));
  const mdDir = join(root, 'bench/corpus/md');
  const docs = readdirSync(mdDir).sort().map((name) => parseDocument(readFileSync(join(mdDir, name), 'utf8'), 'markdown', join('bench/corpus/md', name)));
  const vocabulary = [...new Set(docs.flatMap((d) => d.vocabulary.norms.filter((w) => /^[a-z]{3,}$/.test(w))))].sort();
  const phrases = [];
  for (let i = 0; phrases.length < 1000; i++) {
    const a = vocabulary[(i * 7919) % vocabulary.length];
    const b = vocabulary[(i * 104729 + 13) % vocabulary.length];
    const phrase = i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : `how to ${a} ${b}`;
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
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
    const r = spawnSync(process.execPath, [join(dir, 'bin/seo-audit.js'), 'bench/corpus', '--no-config', '-k', 'keywords/leg-cramps.yaml', '-f', 'json', '-o', out], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', SEO_AUDIT_WORKERS: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${dir}: seo-audit exited ${r.status}: ${r.stderr}`);
    return performance.now() - t;
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
  const cases = {
    'CLI whole run, serial': { base: [], cand: [] },
    'audit corpus/md, 1 keyword': { base: [], cand: [] },
    'audit corpus/md, 1,000 keywords': { base: [], cand: [] },
    'analyze, 1,000 keywords': { base: [], cand: [] },
  };
  const loadBefore = loadavg()[0];
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so neither always runs on the warmer disk cache.
    const order = round % 2 === 0 ? ['base', 'cand'] : ['cand', 'base'];
    for (const side of order) cases['CLI whole run, serial'][side].push(cli(side === 'base' ? baseline : candidate));
    for (const side of order) {
      const r = child(side === 'base' ? baseline : candidate);
      cases['audit corpus/md, 1 keyword'][side].push(r.audit1);
      cases['audit corpus/md, 1,000 keywords'][side].push(r.audit1000);
      cases['analyze, 1,000 keywords'][side].push(r.analyze1000);
    }
    log(`  side by side, round ${round + 1}/${rounds} (load ${loadavg()[0].toFixed(1)})\n`);
  }
  rmSync(out, { force: true });
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
  return Object.entries(cases).map(([name, { base, cand }]) => {
    const pairRatios = base.map((b, i) => cand[i] / b);
    return {
      case: `vs baseline: ${name}`,
      baselineMs: +median(base).toFixed(1),
      ms: +median(cand).toFixed(1),
      ratio: +(median(cand) / median(base)).toFixed(2),
      pairRatio: +median(pairRatios).toFixed(2),
      note: `medians of ${rounds} interleaved runs; ${load}`,
      baselineRuns: base.map((v) => +v.toFixed(0)),
      runs: cand.map((v) => +v.toFixed(0)),
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
