/**
 * The site-checks fixture (fixtures/sites/site-checks/): a Markdown site under content/ with a
 * few built HTML pages, and each site rule's defect planted exactly once; every other page is
 * clean for the site rules. Run through the real CLI from the fixture's folder, so its
 * seo-audit.config.yaml (site.contentRoot: content, site.baseUrl, site.entryPages) applies.
 *
 * Planted (file:line:column, worked out by hand from the files):
 * - link-text: night-cramps.md:14:30 — "[click here](magnesium.md)" ("For a mineral that may help, " is 29 characters).
 * - links-internal: no-links.md (shown at its page H1, the front-matter title at 2:8) — its only link goes to nhs.uk.
 * - link-competing: magnesium.md:10:43 — "[magnesium fact sheet]" on the page whose primary keyword is "magnesium".
 * - html-lang: en/leg-cramps-print.html:3:1 — `<html>` without lang (reported at <head>, line 3).
 * - open-graph: en/cramps-at-work.html:3:1 — no twitter:card (og:title, og:description, og:image present).
 * - structured-data: en/cramps-in-sport.html:12:36 — the Article lacks `author` (the JSON starts after
 *   the 35-character `<script type="application/ld+json">`).
 * - link-broken: hydration.md:13:55 "sodium.md" (no such page or file), hydration.md:14:1
 *   "night-cramps.md#causes" (night-cramps.md has "what-causes-them" and "electrolytes", not "causes").
 * - duplicate-title: en/cramps-in-sport.html and en/cramps-in-pregnancy.html ("Leg cramps: causes and relief").
 *   en/ and fr/leg-cramps.html share "Leg cramps explained" too, but are hreflang translations: not reported.
 * - duplicate-meta-description: night-cramps.md and hydration.md.
 * - duplicate-h1: en/cramps-in-sport.html and en/cramps-at-work.html ("When cramps strike").
 * - orphan-page: orphan.md (index.md is the configured entry page; every other page is linked).
 * - internal-link-suggestion: guides/stretching/index.md line 10 says "hydration" (hydration.md's
 *   primary keyword) without linking to it; every other mention of a primary keyword is linked.
 * - hreflang: en/restless-legs.html:12:46 lists "en-UK" (invalid) and, at 13:43, fr/restless-legs.html,
 *   which lists nothing back (positions: the href attribute's value).
 * - canonical: en/cramps-at-work.html has none; en/cramps-in-pregnancy.html's is relative;
 *   en/leg-cramps-print.html names en/leg-cramps.html while index.md links to the print page.
 *
 * Resolution exercised by the clean links: pretty URLs (guides/stretching/ → its index.md),
 * `magnesium.html` → magnesium.md, site-root `/hydration/` and `/` through site.contentRoot,
 * `https://example.com/night-cramps/` through site.baseUrl, `#what-causes-them` (GitHub slug),
 * `#electrolytes` (explicit {#id}), `#symptoms` (an HTML id).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const SITE = join(ROOT, 'fixtures', 'sites', 'site-checks');

const SITE_RULES = new Set([
  'link-text', 'links-internal', 'link-competing', 'html-lang', 'open-graph', 'structured-data', 'link-broken',
  'duplicate-title', 'duplicate-meta-description', 'duplicate-h1', 'orphan-page', 'internal-link-suggestion',
  'hreflang', 'canonical',
]);

interface JsonReport {
  files: { path: string; links: { internal: number; outbound: number }; findings: { ruleId: string; line: number; column: number; message: string }[] }[];
  crossFile: { ruleId: string; files: string[]; message: string; locations: { path: string; line: number; column: number }[] }[];
}

const c = (path: string): string => `content/${path}`;

describe('the site-checks fixture', () => {
  const result = run(['content', '-f', 'json'], { cwd: SITE });
  const report = JSON.parse(result.stdout) as JsonReport;

  it('exits 1: link-broken is an error', () => {
    expect(result.code, result.stderr).toBe(1);
  });

  it('finds each planted per-file defect, and nothing else of the site rules', () => {
    const found = report.files.flatMap((file) =>
      file.findings.filter((f) => SITE_RULES.has(f.ruleId)).map((f) => `${file.path}:${f.line}:${f.column} ${f.ruleId}`),
    );
    expect(found).toEqual([
      `${c('en/cramps-at-work.html')}:3:1 open-graph`,
      `${c('en/cramps-in-sport.html')}:12:36 structured-data`,
      `${c('en/leg-cramps-print.html')}:3:1 html-lang`,
      `${c('magnesium.md')}:10:43 link-competing`,
      `${c('night-cramps.md')}:14:30 link-text`,
      `${c('no-links.md')}:2:8 links-internal`, // a whole-file finding, shown at the page H1 (the front-matter title)
    ]);
  });

  it('finds each planted cross-file defect, and nothing else of the site rules', () => {
    const site = report.crossFile.filter((f) => SITE_RULES.has(f.ruleId));
    expect(site.map((f) => [f.ruleId, f.files])).toEqual([
      ['canonical', [c('en/cramps-at-work.html')]],
      ['canonical', [c('en/cramps-in-pregnancy.html')]],
      ['canonical', [c('en/leg-cramps-print.html'), c('en/leg-cramps.html'), c('index.md')]],
      ['duplicate-h1', [c('en/cramps-at-work.html'), c('en/cramps-in-sport.html')]],
      ['duplicate-meta-description', [c('hydration.md'), c('night-cramps.md')]],
      ['duplicate-title', [c('en/cramps-in-pregnancy.html'), c('en/cramps-in-sport.html')]],
      ['hreflang', [c('en/restless-legs.html')]],
      ['hreflang', [c('en/restless-legs.html'), c('fr/restless-legs.html')]],
      ['internal-link-suggestion', [c('guides/stretching/index.md'), c('hydration.md')]],
      ['link-broken', [c('hydration.md')]],
      ['link-broken', [c('hydration.md'), c('night-cramps.md')]],
      ['orphan-page', [c('orphan.md')]],
    ]);
    // Where each finding is: the defect's own place (a file without one is shown at its H1 line:
    // for these Markdown pages the front-matter title on line 2, titleAsH1).
    expect(site.map((f) => f.locations.map((l) => `${l.path.slice('content/'.length)}:${l.line}:${l.column}`).join(' '))).toEqual([
      'en/cramps-at-work.html:14:1', // no canonical: shown at the <h1>
      'en/cramps-in-pregnancy.html:7:29', // the relative href
      'en/leg-cramps-print.html:7:29 en/leg-cramps.html:18:1 index.md:2:1',
      'en/cramps-at-work.html:14:1 en/cramps-in-sport.html:16:1', // the two <h1>s
      'hydration.md:3:14 night-cramps.md:3:14', // the two description: values
      'en/cramps-in-pregnancy.html:5:8 en/cramps-in-sport.html:5:8', // the two <title> texts
      'en/restless-legs.html:12:46',
      'en/restless-legs.html:13:43 fr/restless-legs.html:16:1',
      'guides/stretching/index.md:10:6 hydration.md:2:1', // "Good hydration…": the mention
      'hydration.md:13:55',
      'hydration.md:14:1 night-cramps.md:2:1',
      'orphan.md:2:1',
    ]);
    const messages = report.crossFile.map((f) => f.message);
    expect(messages).toContain('hreflang "en-UK" is not a valid BCP 47 language code (Extra language subtag \'uk\' found.)');
    expect(messages).toContain(`link "sodium.md" leads to no page: no audited file and no file under the site root answers to /sodium`);
    expect(messages).toContain(`link "night-cramps.md#causes": ${c('night-cramps.md')} has no heading or element with the id "causes"`);
    expect(messages).toContain(
      `${c('guides/stretching/index.md')} mentions "hydration" (line 10), the primary keyword of ${c('hydration.md')}, without linking to it`,
    );
  });

  it('counts internal and outbound links per file', () => {
    const links = Object.fromEntries(report.files.map((f) => [f.path, f.links]));
    // index.md: 2 + 3 links on lines 9–10, 2 + 2 + 2 + 1 on lines 12–15, all on this site.
    expect(links[c('index.md')]).toEqual({ internal: 12, outbound: 0 });
    // magnesium.md: the NIH fact sheet and the guide; no-links.md: the NHS page only.
    expect(links[c('magnesium.md')]).toEqual({ internal: 1, outbound: 1 });
    expect(links[c('no-links.md')]).toEqual({ internal: 0, outbound: 1 });
    // en/leg-cramps.html: "/" and the French version (its <link rel=alternate> tags are not links).
    expect(links[c('en/leg-cramps.html')]).toEqual({ internal: 2, outbound: 0 });
  });

  it('without the site config, the baseUrl link is outbound and site-root links resolve under the working directory', () => {
    const bare = JSON.parse(run(['content', '-f', 'json', '--no-config'], { cwd: SITE }).stdout) as JsonReport;
    const index = bare.files.find((f) => f.path === c('index.md'))!;
    expect(index.links).toEqual({ internal: 11, outbound: 1 });
    // `/hydration/` and `/` now mean <cwd>/hydration and <cwd>/, which no audited file answers to.
    const broken = bare.crossFile.filter((f) => f.ruleId === 'link-broken').map((f) => f.message);
    expect(broken.some((m) => m.startsWith('link "/hydration/" leads to no page'))).toBe(true);
  });
});
