#!/usr/bin/env node
// node bench/changed-since.mjs [--files N]: wall time of `--changed-since` for a one-article change
// in an N-article git repository (default 1,000), with and without --cache, against the full run.
// Articles are the bench corpus's Markdown files cut to their first ~3 KB (cycled, each with its own
// title), in a temporary repository that is removed afterwards. Prints a table; writes nothing else.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './make-corpus.js';

const root = new URL('..', import.meta.url).pathname;
const at = process.argv.indexOf('--files');
const count = at === -1 ? 1000 : Number(process.argv[at + 1]);
const corpus = join(root, 'bench/corpus');
if (!existsSync(join(corpus, 'md'))) makeCorpus();
const sources = readdirSync(join(corpus, 'md')).sort().map((name) => {
  const text = readFileSync(join(corpus, 'md', name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const cut = text.lastIndexOf('\n\n', 3000);
  return cut > 500 ? text.slice(0, cut) : text.slice(0, 3000);
});

const repo = mkdtempSync(join(tmpdir(), 'seo-audit-bench-changed-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'bench@example.com');
git('config', 'user.name', 'bench');
writeFileSync(join(repo, 'seo-audit.config.yaml'), `keywords: ${join(root, 'keywords/leg-cramps.yaml')}\n`);
mkdirSync(join(repo, 'content'));
for (let i = 0; i < count; i++) {
  const name = `post-${String(i).padStart(4, '0')}.md`;
  writeFileSync(join(repo, 'content', name), `---\ntitle: Article ${i}\n---\n\n${sources[i % sources.length]}\n\nSee [the next article](/content/post-${String((i + 1) % count).padStart(4, '0')}).\n`);
}
git('add', '-A');
git('commit', '-q', '-m', 'site');

function cli(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/seo-audit.js'), 'content', '-f', 'json', '-o', join(repo, 'out.json'), ...args], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`seo-audit ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8'));
  return { ms, files: report.files.length };
}

const rows = [];
const record = (name, result, note = '') => {
  rows.push({ name, ms: Math.round(result.ms), files: result.files, note });
  process.stderr.write(`  ${name}: ${Math.round(result.ms)} ms\n`);
};
const full = cli([]);
record('full run, no cache', full);
const fill = cli(['--cache-location', join(repo, '.cache')]);
record('full run, --cache (cold: fills the cache)', fill);
appendFileSync(join(repo, 'content/post-0500.md'), '\nOne more paragraph about leg cramps at night.\n');
const warm = cli(['--changed-since', 'main', '--cache-location', join(repo, '.cache')]);
record('--changed-since main --cache, one article edited', warm, `${(warm.ms / full.ms).toFixed(3)}× the full run`);
const uncached = cli(['--changed-since', 'main']);
record('--changed-since main (no cache), one article edited', uncached, `${(uncached.ms / full.ms).toFixed(3)}× the full run`);
rmSync(repo, { recursive: true, force: true });

console.log(`| case (${count} articles) | ms | files reported | note |`);
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.name} | ${row.ms} | ${row.files} | ${row.note} |`);
