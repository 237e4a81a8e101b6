#!/usr/bin/env node
// npm run bench:growth — time of auditing each hostile input at n, 2n and 4n (issue 16).
//
// Linear code takes about 2× and 4× the time at 2n and 4n; quadratic code about 4× and 16×.
// Each measurement runs in its own child process (fresh heap, no JIT state shared between
// cases) through the library API (dist/index.js: loadParsers + auditFile, or the glob matcher),
// so the figure is the audit itself without CLI start-up. A measurement still running after
// the cap (GROWTH_CAP_S, default 60 s) is killed and shown as "> cap".
//
//   node bench/growth.mjs                 every case
//   node bench/growth.mjs dots entities   only those cases
//   GROWTH_SCALE=0.25 node bench/growth.mjs   smaller n (quick look)
//
// Prints a table (case, n, time at n / 2n / 4n, ratios 2n/n and 4n/n) and writes
// bench/growth-results.json. Ratios are what matter: the machines are noisy and shared.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SCALE = Number(process.env.GROWTH_SCALE ?? '1') || 1;
const CAP_S = Number(process.env.GROWTH_CAP_S ?? '60') || 60;
/** GROWTH_ROOT=/path/to/other/checkout measures that build instead (e.g. main, for "before" figures). */
const ROOT = new URL(process.env.GROWTH_ROOT ? `file://${process.env.GROWTH_ROOT.replace(/\/?$/, '/')}` : '../', import.meta.url);

/**
 * Each case: `n` (base size, in the case's unit) and `build(n)` run in the child, returning
 * what to audit. `kind` 'audit' runs auditFile; 'glob' runs the config ignore matcher.
 */
export const CASES = {
  // 160 KB of dots took 39 s: TERMINATOR's lookahead made the engine retry every suffix of the run.
  dots: { n: 20_000, unit: 'bytes', build: `'Leg cramps ' + '.'.repeat(n) + 'x\\n'` },
  // Entities whose decoded words are not in the source: each word was searched to the end of the file.
  entities: { n: 40_000, unit: 'bytes', format: 'html', build: `'<p>' + '&#97;x a '.repeat(n / 9) + '</p>'` },
  'entities md': { n: 40_000, unit: 'bytes', build: `'&#97;x a '.repeat(n / 9) + '\\n'` },
  // Runs of "<!--" with no "-->": every start rescanned to the end.
  'comment opens': { n: 40_000, unit: 'bytes', build: `'Leg cramps.\\n\\n<div>' + '<!--'.repeat(n / 4) + '</div>\\n'` },
  // <link> tags whose href value is not in the source as written: each searched the rest of the file.
  'attribute values': { n: 20_000, unit: 'tags', format: 'html', build: `'<!doctype html><html lang="en"><head>' + '<link rel="alternate" hreflang="fr" href="/&#113;">\\n'.repeat(n) + '</head><body><p>Leg cramps.</p></body></html>\\n'` },
  // Slashes in a slug (slugWords' /\\/+$/).
  'slug slashes': { n: 20_000, unit: 'bytes', build: `'---\\nslug: "' + '/'.repeat(n) + 'x/"\\n---\\n\\n# Leg cramps\\n\\nText.\\n'` },
  // Trailing-run regexes on headings, tokens, link text, URLs.
  'heading spaces': { n: 20_000, unit: 'bytes', build: `'# Leg' + ' '.repeat(n) + 'b\\n\\ntext\\n'` },
  'heading dots': { n: 20_000, unit: 'bytes', build: `'# Leg' + '.'.repeat(n) + 'b\\n\\ntext\\n'` },
  'hyphen run': { n: 20_000, unit: 'bytes', build: `'x ' + 'a-'.repeat(n / 2) + '.x\\n'` },
  'link text punctuation': { n: 20_000, unit: 'bytes', build: `'x [' + '!'.repeat(n) + 'a](https://x.com/)\\n'` },
  'url parens': { n: 20_000, unit: 'bytes', build: `'x https://x.com/' + ')'.repeat(n) + '\\n'` },
  // A keyword phrase of n words that overlaps itself ("a a … a") against 2n words "a".
  'overlapping phrase': { n: 5_000, unit: 'words', keyword: `Array(n).fill('a').join(' ')`, build: `'# A\\n\\n' + Array(2 * n).fill('a').join(' ') + '\\n'` },
  // Parser-level (micromark): not our code; bounded by --file-timeout (errored entry), see the README.
  'setext headings': { n: 12_000, unit: 'bytes', build: `'a\\n=\\n'.repeat(n / 4)` },
  'nested links': { n: 12_000, unit: 'bytes', build: `'['.repeat(n / 2) + ']'.repeat(n / 2) + '(x)\\n'` },
  'backtick ladder': { n: 60_000, unit: 'bytes', build: `(() => { let s = ''; for (let i = 1; s.length < n; i++) s += '\`'.repeat(i) + ' a '; return s; })()` },
  'mdx comment opens': { n: 10_000, unit: 'bytes', build: `'# A\\n\\ntext\\n\\n## B\\n\\n' + '{/*'.repeat(n / 3) + '\\n'` },
  // Globs: config ignore "+(+(a|aa))b.md" against a name of n a's (sizes n, n+2, n+4: exponential).
  'nested extglob': { n: 16, unit: 'chars', kind: 'glob', pattern: '+(+(a|aa))b.md', build: `'a'.repeat(n) + '.md'` },
};

function child(name, spec, n) {
  const format = spec.format ?? 'markdown';
  const path = format === 'html' ? 'article.html' : 'article.md';
  const body =
    spec.kind === 'glob'
      ? `
        const { isIgnored } = await import(${JSON.stringify(new URL('dist/config/index.js', ROOT).href)});
        const name = ${spec.build};
        const config = { ignore: [{ kind: 'glob', pattern: ${JSON.stringify(spec.pattern)}, base: '/x', source: '/x/seo-audit.config.yaml' }] };
        const { globHazard } = await import(${JSON.stringify(new URL('dist/io/glob.js', ROOT).href)}).catch(() => ({ globHazard: () => null }));
        const hazard = globHazard(${JSON.stringify(spec.pattern)});
        const t0 = performance.now();
        let hit;
        // The config loader refuses such a glob (a config error); the matcher is timed only without that check.
        if (hazard !== null) hit = 'refused: ' + hazard;
        else try { hit = isIgnored(config, '/x/' + name); } catch (e) { hit = 'error: ' + e.message; }
        const ms = performance.now() - t0;
        process.stdout.write(JSON.stringify({ ms, note: String(hit) }));`
      : `
        const lib = await import(${JSON.stringify(new URL('dist/index.js', ROOT).href)});
        const source = ${spec.build};
        const keyword = ${spec.keyword ?? "'leg cramps'"};
        await lib.loadParsers([${JSON.stringify(format)}]);
        // Warm-up on a small input, so the figure is not JIT start-up.
        lib.auditFile({ path: ${JSON.stringify(path)}, source: 'warm up. Text.\\n', format: ${JSON.stringify(format)} }, { extraKeywords: ['warm'] });
        const t0 = performance.now();
        const report = lib.auditFile({ path: ${JSON.stringify(path)}, source, format: ${JSON.stringify(format)} }, { extraKeywords: [keyword] });
        const ms = performance.now() - t0;
        process.stdout.write(JSON.stringify({ ms, note: report.status + ' words=' + report.stats.words + ' sentences=' + report.stats.sentences }));`;
  const script = `const n = ${n};\n${body}`;
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: CAP_S * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') return { ms: null, note: `> ${CAP_S} s (killed)`, wall: Date.now() - started };
  if (result.status !== 0) return { ms: null, note: `failed: ${(result.stderr || '').split('\n').find((l) => l.trim()) ?? result.status}` };
  return JSON.parse(result.stdout);
}

const only = process.argv.slice(2);
const rows = [];
for (const [name, spec] of Object.entries(CASES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const n = spec.unit === 'chars' ? spec.n : Math.max(8, Math.round(spec.n * SCALE));
  const sizes = spec.unit === 'chars' ? [n, n + 2, n + 4] : [n, 2 * n, 4 * n];
  const times = sizes.map((size) => child(name, spec, size));
  const [a, b, c] = times.map((t) => t.ms);
  const ratio = (x) => (a && x ? (x / a).toFixed(1) : '-');
  const row = { case: name, unit: spec.unit, sizes, ms: times.map((t) => (t.ms === null ? null : Math.round(t.ms))), ratios: [ratio(b), ratio(c)], notes: times.map((t) => t.note) };
  rows.push(row);
  const fmt = (t) => (t.ms === null ? t.note : `${Math.round(t.ms)} ms`);
  console.log(`${name.padEnd(22)} n=${String(sizes[0]).padEnd(7)} ${times.map(fmt).map((s) => s.padEnd(12)).join(' ')} 2n/n=${row.ratios[0]} 4n/n=${row.ratios[1]}  (${times[2].note})`);
}
writeFileSync(new URL(process.env.GROWTH_ROOT ? 'growth-results-other.json' : 'growth-results.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), root: ROOT.pathname, scale: SCALE, capSeconds: CAP_S, rows }, null, 2) + '\n');
void here;
