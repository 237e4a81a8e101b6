#!/usr/bin/env node
// node bench/make-site.js <articles> <dir>: a generated site of small realistic articles for the
// scale cases of `npm run bench` (SPEC §9: 100,000 articles within 1 GB peak RSS). Every article
// has front matter (title, description), an H1, three sections of 60–120 words that use the
// site-wide keyword set's phrases now and then, an image, and links to five other articles (one
// with an #anchor, now and then a broken one). One site-wide keyword set (config `keywords:`) applies
// to every article, as on a real blog. Deterministic: same n, same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'muscle calf night stretch water salt mineral sleep pain tight sudden relief doctor sport walk run rest heat cold ' +
  'magnesium potassium sodium hydration fatigue nerve fibre tendon shin foot knee thigh evening morning habit the a of and ' +
  'to in is that for with it on as be by this are from at or can your when'
).split(' ');
const PHRASES = [
  'leg cramps', 'leg spasms', 'muscle cramps', 'nocturnal leg cramps', 'how to prevent leg cramps',
  'what causes leg cramps', 'how to stop leg cramps', 'treatment for leg cramps', 'leg cramp prevention',
];
const HEADINGS = ['Common causes', 'Prevention at home', 'Treatment options', 'When to see a doctor', 'Stretches that help', 'What the research says'];

export const SITE_CONFIG = 'keywords: keywords/site.yaml\nmatch: forms\nsite: { contentRoot: content }\n';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
}

function article(i, n, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (words) => {
    const out = [];
    for (let k = 0; k < words; k++) out.push(random() < 0.04 ? pick(PHRASES) : pick(WORDS));
    out[0] = out[0][0].toUpperCase() + out[0].slice(1);
    return `${out.join(' ')}.`;
  };
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 14))).join(' ');
  const link = (k) => {
    if (k === 4 && i % 97 === 5) return '[an old page](missing-page.md)';
    const j = Math.floor(random() * n);
    const href = `../s${Math.floor(j / 500)}/a${j}.md${k === 0 ? '#prevention-at-home' : ''}`;
    return `[${pick(PHRASES)} (${j})](${href})`;
  };
  const topic = pick(PHRASES);
  const title = `${topic[0].toUpperCase()}${topic.slice(1)}: notes ${i}`;
  const sections = [HEADINGS[i % HEADINGS.length], 'Prevention at home', HEADINGS[(i + 3) % HEADINGS.length]];
  const lines = [
    '---',
    `title: "${title}"`,
    `description: "What article ${i} says about ${topic} and ${pick(WORDS)} ${pick(WORDS)}, in short."`,
    '---',
    '',
    `# ${title}`,
    '',
    `${paragraph(3)} See ${link(0)}.`,
    '',
    `![${pick(PHRASES)}](/img/a${i}.png)`,
    '',
  ];
  sections.forEach((heading, s) => {
    lines.push(`## ${heading}`, '', `${paragraph(3)} Also ${link(s + 1)}.`, '', paragraph(2 + (i % 3)), '');
  });
  lines.push(`Related: ${link(4)}.`, '');
  return lines.join('\n');
}

/** Writes `n` articles under `<dir>/content` plus the config and the keyword set; returns bytes written. */
export function makeSite(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'keywords'), { recursive: true });
  const random = rng(42);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const folder = join(dir, 'content', `s${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const text = article(i, n, random);
    writeFileSync(join(folder, `a${i}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(
    join(dir, 'keywords/site.yaml'),
    [
      'name: site',
      'primary: leg cramps',
      'groups:',
      '  core: { keywords: [leg cramps, leg spasms, muscle cramps, nocturnal leg cramps] }',
      '  causes: { section: causes, keywords: [what causes leg cramps] }',
      '  prevention: { section: prevention, keywords: [how to prevent leg cramps, leg cramp prevention] }',
      '  treatment: { section: treatment, keywords: [how to stop leg cramps, treatment for leg cramps] }',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'seo-audit.config.yaml'), SITE_CONFIG);
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 2000);
  const dir = process.argv[3] ?? `bench/site-${n}`;
  const bytes = makeSite(n, dir);
  console.log(`${dir}: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB`);
}
