#!/usr/bin/env node
// node bench/site-checks.mjs [articles=20000] [--runs=2] [--keep]
// The cost of the site checks on a generated site: every article links to five others (some with
// #anchors, a few broken), titles and descriptions repeat now and then, each article names a
// primary keyword in front matter and mentions others'. The CLI runs twice on the same files:
// every rule on, then the site rules off (config `rules:`); wall time and peak RSS of each
// (GNU time), best of two runs each (--runs=N). Not part of CI (minutes on a 2-core machine).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20000);
const keep = process.argv.includes('--keep');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = runsArg === undefined ? 2 : Number(runsArg.slice('--runs='.length));
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'seo-site-bench-'));
const content = join(dir, 'content');

const SITE_RULES = [
  'link-text', 'links-internal', 'link-competing', 'link-broken', 'duplicate-title', 'duplicate-meta-description',
  'duplicate-h1', 'orphan-page', 'internal-link-suggestion', 'hreflang', 'canonical', 'html-lang', 'open-graph', 'structured-data',
];
const WORDS = ('muscle calf night stretch water salt mineral sleep pain tight sudden relief doctor sport walk run rest heat cold ' +
  'magnesium potassium sodium hydration fatigue nerve fibre tendon shin foot knee thigh evening morning habit').split(' ');

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

function sentence(words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(WORDS));
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function article(i) {
  const folder = `s${Math.floor(i / 500)}`;
  const topic = `topic ${i}`;
  const title = i % 50 === 0 ? 'Leg cramps: the basics' : `Article ${i} about leg cramps`;
  const description = i % 40 === 0 ? 'A blog about leg cramps.' : `What article ${i} says about ${pick(WORDS)} and cramps.`;
  const links = [];
  for (let k = 0; k < 5; k++) {
    const j = Math.floor(random() * n);
    const target = `../s${Math.floor(j / 500)}/a${j}.md`;
    links.push(k === 0 ? `[${`topic ${j}`}](${target}#section-two)` : `[article ${j}](${target})`);
  }
  if (i % 100 === 7) links.push('[read more](missing-page.md)');
  const lines = [
    '---', `title: "${title}"`, `description: "${description}"`, `keyword: ${topic}`, '---', '',
    `# ${title}`, '', `${sentence(12)} This page is about ${topic}. ${sentence(15)} ${sentence(10)}`, '',
    '## Section one', '', `${sentence(14)} See ${links[0]} and ${links[1]}. ${sentence(18)} ${sentence(12)}`, '',
    '## Section two', '', `${sentence(16)} Also ${links[2]}, ${links[3]} and ${links[4]}${links[5] ? ` or ${links[5]}` : ''}. ${sentence(20)}`, '',
    // A related article's primary keyword, named twice without a link (internal-link-suggestion).
    `${sentence(13)} Readers of topic ${(i + 1) % n} may like this too: topic ${(i + 1) % n} is close. ${sentence(11)}`, '',
  ];
  return { path: join(content, folder, `a${i}.md`), text: lines.join('\n') };
}

console.log(`generating ${n} articles in ${dir}`);
for (let i = 0; i < n; i++) {
  const { path, text } = article(i);
  if (i % 500 === 0) mkdirSync(join(content, `s${Math.floor(i / 500)}`), { recursive: true });
  writeFileSync(path, text);
}
writeFileSync(join(dir, 'on.yaml'), 'site: { contentRoot: content }\n');
writeFileSync(join(dir, 'off.yaml'), `site: { contentRoot: content }\nrules:\n${SITE_RULES.map((id) => `  ${id}: off`).join('\n')}\n`);

function measure(config) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(root, 'bin/seo-audit.js'), 'content', '-c', config, '-f', 'json', '-o', 'report.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const [wall, rssKb] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { code: result.status, wall, rssMb: Math.round(rssKb / 1024) };
}

const rows = {};
for (const [name, config] of [['site rules on', 'on.yaml'], ['site rules off', 'off.yaml']]) {
  const runs = Array.from({ length: RUNS }, () => measure(config));
  rows[name] = { wall: Math.min(...runs.map((r) => r.wall)), rssMb: Math.min(...runs.map((r) => r.rssMb)), codes: runs.map((r) => r.code) };
  console.log(name, JSON.stringify(rows[name]));
}
const on = rows['site rules on'];
const off = rows['site rules off'];
console.log(`cost of the site rules at ${n} articles: wall ×${(on.wall / off.wall).toFixed(3)}, peak RSS ×${(on.rssMb / off.rssMb).toFixed(3)}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
