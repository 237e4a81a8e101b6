// One side of the side-by-side bench (bench/side-by-side.mjs): loads the build at argv[2]
// (a repository with dist/index.js), audits bench/corpus/md with the keyword files argv[3]
// (one keyword) and argv[4] (1,000 keywords), and prints the wall and CPU times as one JSON line.
// One unmeasured audit pass first (JIT, caches); the audits are then measured once each, analyze best of 3.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [build, one, thousand] = process.argv.slice(2);
const { auditFile, parseDocument, analyze, loadKeywordSet } = await import(join(build, 'dist/index.js'));
const dir = 'bench/corpus/md';
const md = readdirSync(dir)
  .sort()
  .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));

/** Wall time and CPU time (user + system, all threads) of one call, in ms. */
const time = (fn) => {
  const t = performance.now();
  const c = process.cpuUsage();
  fn();
  const used = process.cpuUsage(c);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
};
const audit = (keywords) => () => md.forEach((f) => auditFile({ path: f.path, source: f.text, format: 'markdown' }, { keywords }));
// One unmeasured pass with 1,000 keywords warms up both audit cases (JIT, keyword-set cache).
audit(thousand)();
const audit1 = time(audit(one));
const audit1000 = time(audit(thousand));
const docs = md.map((f) => parseDocument(f.text, 'markdown', f.path));
const set = loadKeywordSet(thousand);
const analyzeAll = () => docs.forEach((d) => analyze(d, set));
analyzeAll();
// analyze is short: best of three.
const analyze1000 = [time(analyzeAll), time(analyzeAll), time(analyzeAll)].sort((a, b) => a.cpuMs - b.cpuMs)[0];
process.stdout.write(JSON.stringify({ audit1, audit1000, analyze1000 }) + '\n');
