#!/usr/bin/env node
// Issue 15's measurements: findings per file (median, p90) and the share of audited files each rule
// fires on, for the fixture sites (fixtures/sites/*), the leg-cramps blog (fixtures/blog) and
// fixtures/leg-cramps.md, in two scenarios:
//   shipped  — the fixture as it is in the repository (its own config, if any);
//   new user — a copy without any config, `seo-audit init`, then `seo-audit .` (what a team
//              adopting the tool does first).
// Usage: node bench/adoption-stats.mjs [--bin path/to/bin/seo-audit.js] [--json]
// --bin picks the build to measure (e.g. a temporary worktree of an older commit); the fixtures
// always come from this checkout, so two builds are compared on the same files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const at = process.argv.indexOf('--bin');
const bin = at === -1 ? join(root, 'bin/seo-audit.js') : resolve(process.argv[at + 1]);
const asJson = process.argv.includes('--json');

function cli(args, cwd) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return r;
}

/** Median, p90 (nearest rank) and per-rule shares of one JSON report. */
export function stats(report) {
  const files = report.files.filter((file) => file.status === 'passed' || file.status === 'failed');
  const counts = files.map((file) => file.findings.filter((f) => !f.baselined).length).sort((a, b) => a - b);
  const quantile = (q) => (counts.length === 0 ? null : counts[Math.min(counts.length - 1, Math.ceil(q * counts.length) - 1)]);
  const byRule = new Map();
  for (const file of files) for (const rule of new Set(file.findings.map((f) => f.ruleId))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const share = [...byRule.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => [rule, Math.round((n / files.length) * 1000) / 10]);
  return {
    files: files.length,
    failed: files.filter((file) => file.status === 'failed').length,
    findings: counts.reduce((a, b) => a + b, 0),
    median: quantile(0.5),
    p90: quantile(0.9),
    crossFile: (report.crossFile ?? []).length,
    share,
  };
}

const CASES = [
  ...['hugo', 'jekyll', 'docusaurus', 'html', 'site-checks'].map((name) => ({ name: `sites/${name}`, dir: `fixtures/sites/${name}`, args: ['.'] })),
  { name: 'blog', dir: 'fixtures/blog', args: ['.'] },
];

const rows = [];
for (const scenario of ['shipped', 'new user']) {
  for (const c of CASES) {
    const work = mkdtempSync(join(tmpdir(), 'seo-audit-adoption-'));
    cpSync(join(root, c.dir), work, { recursive: true });
    if (scenario === 'new user') {
      rmSync(join(work, 'seo-audit.config.yaml'), { force: true });
      const init = cli(['init'], work);
      if (init.status !== 0) throw new Error(`init in ${c.dir} exited ${init.status}: ${init.stderr}`);
    }
    const r = cli([...c.args, '-f', 'json'], work);
    if (r.status === 2 && !r.stdout) {
      // e.g. an older build that does not know a config key the fixture uses.
      rows.push({ scenario, name: c.name, exit: 2, error: r.stderr.trim().split('\n')[0], share: [] });
      rmSync(work, { recursive: true, force: true });
      continue;
    }
    rows.push({ scenario, name: c.name, exit: r.status, config: existsSync(join(work, 'seo-audit.config.yaml')), ...stats(JSON.parse(r.stdout)) });
    rmSync(work, { recursive: true, force: true });
  }
}
// The single worked example with the bundled keyword set.
{
  const r = cli(['fixtures/leg-cramps.md', '-f', 'json'], root);
  rows.push({ scenario: 'shipped', name: 'leg-cramps.md', exit: r.status, config: true, ...stats(JSON.parse(r.stdout)) });
}

if (asJson) console.log(JSON.stringify(rows, null, 1));
else {
  console.log(`build: ${bin}\n`);
  console.log('| scenario | fixture | files | failed | findings | median | p90 | cross-file | exit | rules firing on ≥ 50 % of files (share) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    if (row.error !== undefined) {
      console.log(`| ${row.scenario} | ${row.name} | | | | | | | 2 | ${row.error.replace(/\|/g, '\\|')} |`);
      continue;
    }
    const top = row.share.filter(([, share]) => share >= 50).map(([rule, share]) => `${rule} ${share}`).join(', ');
    console.log(`| ${row.scenario} | ${row.name} | ${row.files} | ${row.failed} | ${row.findings} | ${row.median} | ${row.p90} | ${row.crossFile} | ${row.exit} | ${top} |`);
  }
}
