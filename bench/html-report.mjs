#!/usr/bin/env node
/**
 * Size and Chromium render time of the HTML report (issue 18), for the README and the notes:
 *   npm run build && nice node bench/html-report.mjs [300 3000 ...]
 * Each corpus is N articles, copies of fixtures/leg-cramps.md and the four fixture-blog posts in
 * turn (~560 words on average), audited against keywords/leg-cramps.yaml into one file and, for
 * comparison, into --output-dir. Render time: Chromium (/usr/bin/chromium or CHROMIUM_PATH)
 * opening the file until the load event, and switching to the last article's view. Timings are
 * noisy on a shared machine; sizes are exact.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [300, 3000];
const sources = [join(root, 'fixtures/leg-cramps.md'), ...readdirSync(join(root, 'fixtures/blog')).filter((f) => f.endsWith('.md')).sort().map((f) => join(root, 'fixtures/blog', f))];
const work = mkdtempSync(join(tmpdir(), 'seo-audit-html-bench-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) total += entry.isDirectory() ? dirSize(join(dir, entry.name)) : statSync(join(dir, entry.name)).size;
  return total;
}

async function renderTimes(file, lastArticle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const start = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 600_000 });
  const load = Date.now() - start;
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].duration);
  const switchStart = Date.now();
  await page.evaluate((id) => { location.hash = id; }, lastArticle);
  await page.waitForFunction((id) => !document.getElementById(id).hidden, lastArticle);
  const switchMs = Date.now() - switchStart;
  await page.close();
  return { load, nav: Math.round(nav), switchMs };
}

console.log('| articles | one file | bytes/article | --output-dir total | index.html | audit+render s | Chromium load ms | switch to last article ms |');
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const n of counts) {
  const dir = join(work, `c${n}`);
  mkdirSync(dir);
  for (let i = 0; i < n; i++) copyFileSync(sources[i % sources.length], join(dir, `a${String(i + 1).padStart(5, '0')}-${basename(sources[i % sources.length])}`));
  const out = join(work, `r${n}.html`);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [join(root, 'bin/seo-audit.js'), dir, '-k', join(root, 'keywords/leg-cramps.yaml'), '--no-config', '-f', 'html', '-o', out], { encoding: 'utf8' });
  const seconds = (Date.now() - t0) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  const siteDir = join(work, `site${n}`);
  spawnSync(process.execPath, [join(root, 'bin/seo-audit.js'), dir, '-k', join(root, 'keywords/leg-cramps.yaml'), '--no-config', '-f', 'html', '--output-dir', siteDir], { encoding: 'utf8' });
  const size = statSync(out).size;
  const times = await renderTimes(out, `a${n}`);
  console.log(`| ${n} | ${size.toLocaleString('en')} | ${Math.round(size / n).toLocaleString('en')} | ${dirSize(siteDir).toLocaleString('en')} | ${statSync(join(siteDir, 'index.html')).size.toLocaleString('en')} | ${seconds.toFixed(1)} | ${times.load} (navigation ${times.nav}) | ${times.switchMs} |`);
}
await browser.close();
rmSync(work, { recursive: true, force: true });
