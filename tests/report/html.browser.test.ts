/**
 * The HTML report in a real headless browser: Debian's Chromium (/usr/bin/chromium, installed by
 * .ci/run) driven by playwright-core (no browser download). CHROMIUM_PATH points elsewhere.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth, TITLE_LIMIT } from '../../src/report/pixel-width.js';
import { ROOT, run } from '../helpers/cli.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The two leg-cramps fixtures and the fixture blog (cross-file findings for the overview). */
const INPUTS = ['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', 'fixtures/blog'];
/** Screenshots land here (git-ignored) so a CI job can keep them as artifacts. */
export const SHOTS = join(ROOT, 'test-results', 'html-report');

interface JsonKeyword {
  phrase: string;
  match: string;
  count: number;
  counts: Record<string, number>;
}
interface JsonFile {
  path: string;
  status: string;
  keywords: JsonKeyword[];
  sections: { groups: string[]; sections: { heading: string | null; line: number }[] };
  findings: { ruleId: string; line: number }[];
}

let browser: Browser;
let dir: string;
let htmlUrl: string;
let json: { files: JsonFile[] };

/** A page that records console errors, uncaught exceptions and every request it makes. */
async function open(url: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/** Pixel variance of a PNG, decoded by the browser itself (no image library needed). */
async function pixelVariance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let sum = 0;
    let squares = 0;
    const n = pixels.length / 4;
    for (let i = 0; i < pixels.length; i += 4) {
      const grey = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
      sum += grey;
      squares += grey * grey;
    }
    const mean = sum / n;
    return squares / n - mean * mean;
  }, png.toString('base64'));
}

function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH`);
  dir = mkdtempSync(join(tmpdir(), 'seo-audit-html-'));
  const out = join(dir, 'report.html');
  const html = run([...INPUTS, '-f', 'html', '-o', out]);
  expect(html.stderr).not.toMatch(/Error|at .*\.js/);
  const jsonRun = run([...INPUTS, '-f', 'json']);
  json = JSON.parse(jsonRun.stdout) as { files: JsonFile[] };
  htmlUrl = pathToFileURL(out).href;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Index (a1, a2, …) of a file in the report: files are in path order. */
function articleId(path: string): string {
  const paths = json.files.map((f) => f.path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `a${paths.indexOf(path) + 1}`;
}

describe('HTML report in Chromium', () => {
  it('loads with no console errors and makes no request beyond the file itself', async () => {
    const { page, errors, requests } = await open(htmlUrl);
    expect(errors).toEqual([]);
    expect(requests).toEqual([htmlUrl]);
    // The overview is shown, the articles are not (one view at a time).
    expect(await page.isVisible('#overview')).toBe(true);
    expect(await page.isVisible('#a1')).toBe(false);
    expect(await page.locator('#files tbody tr').count()).toBe(json.files.length);
    expect(json.files.length).toBeGreaterThan(2);
    await page.close();
  });

  it('has a heat map with one row per section and one column per keyword group for leg-cramps.md', async () => {
    const file = json.files.find((f) => f.path === 'fixtures/leg-cramps.md')!;
    const id = articleId(file.path);
    const { page, errors } = await open(`${htmlUrl}#${id}`);
    // 7 headings (H1 + 6 H2) and 5 groups (core, causes, prevention, treatment, doctor) in keywords/leg-cramps.yaml.
    expect(file.sections.sections).toHaveLength(7);
    expect(file.sections.groups).toEqual(['core', 'causes', 'prevention', 'treatment', 'doctor']);
    const rows = page.locator(`#${id} table.heat tbody tr`);
    expect(await rows.count()).toBe(7);
    for (let r = 0; r < 7; r++) expect(await rows.nth(r).locator('td').count()).toBe(5);
    expect(await page.locator(`#${id} table.heat thead th`).count()).toBe(1 + 5);
    // Counts are printed in the cells (colour is not the only signal).
    const first = await rows.nth(0).locator('td').allTextContents();
    expect(first.every((cell) => /^\d+/.test(cell))).toBe(true);
    // Groups that name a section (keywords/leg-cramps.yaml: causes, prevention, treatment, doctor)
    // are marked where that section's row has none of their keywords. Hand-checked in the JSON:
    // "Common Causes…" has 1 causes occurrence (not marked); prevention, treatment and doctor
    // have 0 in "Prevention Tips…", "Treatment Options…" and "When to See a Doctor".
    const missing = await page.evaluate((sel) => {
      const table = document.querySelector(sel)!;
      const groups = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.firstChild!.textContent);
      return [...table.querySelectorAll('td.miss')].map((td) => {
        const row = td.parentElement as HTMLTableRowElement;
        return [row.cells[0]!.textContent!.replace(/^H\d /, '').replace(/ line \d+$/, ''), groups[(td as HTMLTableCellElement).cellIndex - 1], td.textContent];
      });
    }, `#${id} table.heat`);
    expect(missing).toEqual([
      ['Prevention Tips for Leg Cramps and Spasms', 'prevention', '0expected here'],
      ['Treatment Options for Leg Cramps', 'treatment', '0expected here'],
      ['When to See a Doctor', 'doctor', '0expected here'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights every occurrence of "leg cramps" that the JSON report counts', async () => {
    const file = json.files.find((f) => f.path === 'fixtures/leg-cramps.md')!;
    const k = file.keywords.findIndex((kw) => kw.phrase === 'leg cramps');
    const keyword = file.keywords[k]!;
    // The own mode is forms: the JSON's forms count (29 when this test was written) is the count.
    expect(keyword.match).toBe('forms');
    expect(keyword.count).toBe(keyword.counts['forms']);
    const id = articleId(file.path);
    const { page } = await open(`${htmlUrl}#${id}`);
    const marks = page.locator(`#${id} .text mark.k${k}:not(.c)`);
    expect(await marks.count()).toBe(keyword.count);
    // Each one says "leg cramp(s)" in some case.
    for (const text of await marks.allTextContents()) expect(text).toMatch(/^leg[ -]cramps?$/i);
    await page.close();
  });

  it('scrolls a finding’s line into view when the finding is clicked (and by keyboard)', async () => {
    const file = json.files.find((f) => f.path === 'fixtures/leg-cramps.md')!;
    const id = articleId(file.path);
    const { page, errors } = await open(`${htmlUrl}#${id}`);
    const links = page.locator(`#${id} a.finding`);
    const last = links.last(); // the finding furthest down the article
    const href = (await last.getAttribute('href'))!;
    const target = `[id="${href.slice(1)}"]`;
    expect(await inViewport(page, target)).toBe(false);
    await last.click();
    await page.waitForFunction((h) => location.hash === h, href);
    expect(await inViewport(page, target)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(href.slice(1));
    // Keyboard: back to the top, focus the first finding link and press Enter.
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstHref = (await links.first().getAttribute('href'))!;
    await links.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, firstHref);
    expect(await inViewport(page, `[id="${firstHref.slice(1)}"]`)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cuts the preview title with an ellipsis at 580 px of 20 px Arial, as the browser measures it', async () => {
    const id = articleId('fixtures/leg-cramps.md');
    const { page } = await open(`${htmlUrl}#${id}`);
    const title = page.locator(`#${id} .serp .t`);
    const text = (await title.textContent())!;
    expect(text.endsWith('…')).toBe(true);
    // Chromium sets the cut title (Arial = Liberation Sans here, metric-compatible) within the limit,
    // and its unkerned width agrees with the width table to a hundredth of a pixel.
    const measured = await page.evaluate((t) => {
      const span = document.createElement('span');
      span.style.cssText = 'font: 20px Arial; font-kerning: none; white-space: pre; position: absolute';
      span.textContent = t;
      document.body.append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    }, text);
    expect(measured).toBeLessThanOrEqual(TITLE_LIMIT.maxPx);
    expect(Math.abs(measured - textWidth(text, 20))).toBeLessThan(0.05);
    await page.close();
  });

  it('writes screenshots of the overview and the leg-cramps article that are not blank', async () => {
    const id = articleId('fixtures/leg-cramps.md');
    for (const [name, hash] of [['overview', ''], ['article-leg-cramps', `#${id}`]] as const) {
      const { page } = await open(`${htmlUrl}${hash}`);
      const path = join(SHOTS, `${name}.png`);
      // The article's shot is taller: summary, preview, heat map, keyword table and the start of
      // the highlighted text with its findings.
      const png = await page.screenshot(hash === '' ? { path } : { path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2400 } });
      expect(readFileSync(path).equals(png)).toBe(true);
      // A blank page has variance 0; text on white is in the thousands.
      expect(await pixelVariance(page, png)).toBeGreaterThan(500);
      await page.close();
    }
  });

  it('has a dark colour scheme, and text meets WCAG AA contrast in both schemes', async () => {
    const id = articleId('fixtures/leg-cramps.md');
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open(`${htmlUrl}#${id}`, { colorScheme: scheme });
      const result = await page.evaluate((sel) => {
        const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]): number => {
          const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        /** The first opaque background at or above the element. */
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const ratio = (el: Element): number => {
          const a = luminance(rgb(getComputedStyle(el).color));
          const b = luminance(background(el));
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        };
        const checked = [...document.querySelectorAll(sel)].filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent!.trim() !== '');
        const worst = checked.map((el) => ({ text: el.textContent!.slice(0, 40), ratio: ratio(el) })).sort((x, y) => x.ratio - y.ratio)[0]!;
        return { checked: checked.length, worst, body: luminance(background(document.body)) };
      }, `#${id} mark, #${id} .heat td, #${id} .heat th, #${id} .muted, #${id} .rid, #${id} [class^="sev-"], #${id} .serp div, #${id} .b, #${id} a`);
      expect(result.checked).toBeGreaterThan(100);
      expect(result.worst.ratio, `${scheme}: "${result.worst.text}"`).toBeGreaterThanOrEqual(4.5);
      if (scheme === 'dark') expect(result.body).toBeLessThan(0.05);
      else expect(result.body).toBeGreaterThan(0.9);
      await page.close();
    }
  });

  it('filters the files table by status and by rule', async () => {
    const { page } = await open(htmlUrl);
    const visibleRows = () => page.locator('#files tbody tr:visible').count();
    expect(await visibleRows()).toBe(json.files.length);
    await page.selectOption('#f-status', 'passed');
    const passed = json.files.filter((f) => f.status === 'passed').length;
    expect(await visibleRows()).toBe(passed);
    await page.selectOption('#f-status', '');
    // keyword-stuffing fires on leg-cramps.md only when its closing keyword list is in the text.
    const withStuffing = json.files.filter((f) => f.findings.some((x) => x.ruleId === 'keyword-stuffing')).length;
    const stuffingFindings = json.files.flatMap((f) => f.findings).filter((x) => x.ruleId === 'keyword-stuffing').length;
    await page.selectOption('#f-rule', { label: `keyword-stuffing (${stuffingFindings})` });
    expect(await visibleRows()).toBe(withStuffing);
    expect(await page.textContent('#f-count')).toBe(`${withStuffing} of ${json.files.length} files shown`);
    await page.close();
  });

  it('shows every view in sequence when script is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${htmlUrl}#a1`);
    expect(await page.isVisible('#overview')).toBe(true);
    for (let i = 1; i <= json.files.length; i++) expect(await page.isVisible(`#a${i}`)).toBe(true);
    await context.close();
  });

  it('prints without the interactive controls', async () => {
    const { page } = await open(htmlUrl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.filters')).toBe(false);
    expect(await page.isVisible('#files')).toBe(true);
    await page.close();
  });
});
