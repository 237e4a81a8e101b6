// One side of the side-by-side bench (bench/side-by-side.mjs): loads the build at argv[2]
// (a repository with dist/index.js), audits bench/corpus/md with the keyword files argv[3]
// (one keyword) and argv[4] (1,000 keywords), and prints the times as one JSON line.
// Each case runs once unmeasured (JIT, caches), then once measured.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [build, one, thousand] = process.argv.slice(2);
const { auditFile, parseDocument, analyze, loadKeywordSet } = await import(join(build, 'dist/index.js'));
const dir = 'bench/corpus/md';
const md = readdirSync(dir)
  .sort()
  .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));

const time = (fn) => {
  fn();
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const audit = (keywords) => () => md.forEach((f) => auditFile({ path: f.path, source: f.text, format: 'markdown' }, { keywords }));
const docs = md.map((f) => parseDocument(f.text, 'markdown', f.path));
const set = loadKeywordSet(thousand);
const out = {
  audit1: time(audit(one)),
  audit1000: time(audit(thousand)),
  analyze1000: time(() => docs.forEach((d) => analyze(d, set))),
};
process.stdout.write(JSON.stringify(out) + '\n');
