/**
 * The real CLI on small sites written in each generator's documented syntax (fixtures/sites/):
 * Hugo (TOML front matter, shortcodes, a page bundle, a draft), Jekyll (Liquid, kramdown IALs,
 * dated posts, lenient YAML, a partial), Docusaurus (MDX, admonitions, JSX components, heading
 * ids) and an HTML site (front matter, header/footer inside <article>, a redirect stub).
 *
 * Words were counted by hand from the rendered pages:
 * - hugo leg-cramps-at-night: "Night leg cramps wake many people." 6 + notice "Stretch your calves
 *   before bed." 5 + heading "Why they happen" 3 + "Tired muscles and low fluids are common
 *   causes." 8 = 22 (the figure shortcode and the highlight body are not text).
 * - jekyll calf-stretches: "Calf stretches loosen tight muscles after a run." 8 + "Hold each
 *   stretch for thirty seconds." 6 = 14 ({% include %}, {: .lead}, {{ page.seconds }} and the
 *   highlight body are not text).
 * - jekyll night-cramps: "Night Cramps Explained" 3 + "Magnesium may help some people." 5 = 8.
 * - docusaurus getting-started: "Install the tool with npm install first." 7 (inline code is
 *   text) + tip title "Quick tip" 2 + "Run it on one file." 5 + "Pick a file" 3 + "Choose any
 *   article." 3 + "The total is files." 4 = 24 (import, the comment and {props.count} are not text).
 * - html guide: "Foam Rolling Guide" 3 + "Roll each calf slowly for one minute." 7 + "Written by a
 *   physio." 4 (the article's footer) = 14; the page header and nav are chrome.
 * - hugo stretching-guide: "Stretching eases leg cramps in most people." 7 + the two {{% tab %}}
 *   bodies "Stretch gently after waking." 4 and "Stretch again before bed." 4 (tab names are
 *   arguments) + setext heading "Calf stretch" 2 + table "Stretch Hold" 2, "Wall push 30 s" 4,
 *   "Towel pull 20 s" 4 + "Press Space to pause the timer." 6 (<kbd> text) + "Breathe out
 *   slowly." 3 (after <br>) + "See the night guide and <URL> for a demo." 9 (a URL is one word)
 *   + "To link a page, write {{< ref "page" >}} in Markdown." 9 (escaped, so visible) = 54.
 * - jekyll 2024-03-15-hydration-tips: the `* TOC` list that {:toc} replaces and the
 *   {::comment} body are not text; "Water helps tired muscles recover." 5 (the footnote mark is
 *   not a word) + the {% if %} body "Our sponsor sells electrolyte tablets." 5 + "What to drink" 3
 *   + task items "Plain water through the day" 5 and "Salty broth after long runs" 5 + "Read the
 *   earlier post or the archive &amp; ask a doctor." 10 + <summary> "Why salt matters" 3 +
 *   "Sodium keeps nerves firing on time." 6 + "To escape Liquid, wrap it:" 5 + the footnote
 *   "About two litres a day for most adults." 8 = 55.
 * - docusaurus install.mdx: "Press Enter to run, or read the introduction." 8 ({' '} is a space,
 *   the export line is not text) + the two <TabItem> bodies "Install it with npm." 4 and "Install
 *   it with Yarn." 4 (labels are attributes) + "Troubleshooting" 1 + "Clear the cache and try
 *   again." 6 + :::warning title "Node version" 2 + "Use Node 20 or later." 5 + "Check the
 *   install" 3 + "Run the version command." 4 (the {/* TODO *\/} comment is not) = 37.
 * - html cramp-relief (a Jekyll page whose <h1> and <title> print {{ page.title }}): "Flex your
 *   foot towards you and hold it." 8 + "Walk a few steps, then rest." 6 ({% include %} gone) = 14.
 * - docusaurus blog/2024-05-01-welcome.mdx: "We write about leg cramps and how to stop them." 10 +
 *   "The full post continues after the fold, with tips for runners." 11 = 21 (the <!-- truncate -->
 *   and inline <!-- … --> comments are not text).
 * - eleventy 2024-04-02-warm-up (Nunjucks, templateEngineOverride njk,md): "Warm muscles cramp less
 *   than cold ones." 7 + "Start with gentle minutes of walking." 6 ({{ site.minutes }} is layout
 *   data) + paired shortcode body "Leg cramps often follow a cold start." 7 + "Three moves" 2 +
 *   "Ankle circles, ten each way." 5 + "Calf raises on a step." 5 + "A slow lunge held for a
 *   breath." 7 ({% image … %} is not text) + "Shortcodes look like this in the source:" 7 = 46;
 *   the {# #} comment and the fenced {% raw %} example are not text.
 * - eleventy cool-down: "Stretch each calf for thirty seconds after a run." 9 ({%- include -%} gone)
 *   + "A foam roller costs between $5 and $10." 8 (prices, not math) = 17.
 * - zola blog/_index (a section page): "Short notes on night cramps and how to prevent them." 10 +
 *   "Start with why cramps strike at night." 7 (a Zola @/ internal link) = 17.
 * - zola night-cramps/index (a page bundle with diagram.svg): "Leg cramps at night wake one adult
 *   in three." 9 + body of {% note() %}…{% end %} "Drink a glass of water before bed." 7 + "Why it
 *   happens" 3 + "Nerves misfire when a muscle stays shortened for hours." 9 + "To embed a
 *   video, write {{ youtube(id="abc") }} in the page." 11 (Zola prints the escaped
 *   {{/* youtube(id="abc") *\/}} literally: youtube, id, abc are visible) = 39; the
 *   {{ youtube(…) }} shortcode and the TOML [taxonomies]/[extra] tables are not text.
 * - starlight guides/install.mdx: "The auditor runs on Node 20 or later." 8 + <Steps> items
 *   "Install the package." 3 and "Run it on your docs folder." 6 + <Aside> body "Audit one folder
 *   first." 4 + :::note body "Results are printed in the terminal." 6 + "Next steps" 2 + "Read the
 *   configuration reference." 4 = 33 (the code blocks inside <TabItem>, the import line and the
 *   attributes label="npm" / title="Large sites" are not text).
 * - starlight index.mdx (splash): the two <Card> bodies "Audits a whole site in seconds." 6 +
 *   "Counts only the words readers see." 6 = 12 (Card titles are attributes; hero is front matter).
 * - starlight reference/config.md (Markdown with a :::tip aside): "The config file is
 *   seo-audit.config.yaml in your project root." 10 (seo + the file name audit.config.yaml) +
 *   "Good default" 2 + "Start with no config at all." 6 + "Options" 1 + table "Option Meaning" 2 +
 *   "rules Turn rules on or off" 6 + "mdx Which files are MDX" 5 = 32.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, run } from '../helpers/cli.js';
import type { FileReport, Report } from '../../src/report/types.js';

function audit(site: string): Report {
  const result = run([join('fixtures', 'sites', site), '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: ROOT });
  expect(result.code, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout) as Report;
}

const byName = (report: Report, name: string): FileReport => report.files.find((f) => f.path.endsWith(name))!;
const headings = (file: FileReport) => file.headings.map((h) => [h.level, h.text, h.line, h.source ?? null]);
const ruleLines = (file: FileReport, ruleId: string) => file.findings.filter((f) => f.ruleId === ruleId).map((f) => f.line);

describe('fixtures/sites', () => {
  it('hugo: TOML front matter, shortcodes (paired inner text kept), page-bundle slug, heading id, draft skipped', () => {
    const report = audit('hugo');
    expect(report.summary).toMatchObject({ files: 3, skipped: 1, errored: 0 });
    const post = byName(report, 'leg-cramps-at-night/index.md');
    expect(post.stats.words).toBe(22);
    expect(post.title).toBe('Leg Cramps at Night');
    expect(post.metaDescription).toBe('Why night leg cramps happen and how to stop them.');
    expect(post.slug).toBe('leg-cramps-at-night');
    expect(headings(post)).toEqual([[1, 'Leg Cramps at Night', 2, 'front-matter'], [2, 'Why they happen', 16, null]]);
    // The front-matter title is the H1 but not body text: one "leg cramps", in the first paragraph.
    expect(post.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ h1: true, title: true, intro: true }) });
    expect(ruleLines(post, 'heading-single-h1')).toEqual([]);
    expect(ruleLines(post, 'front-matter')).toEqual([]);
    const draft = byName(report, 'draft-post.md');
    expect(draft).toMatchObject({ status: 'skipped', skipReason: 'draft' });
    const guide = byName(report, 'stretching-guide.md');
    expect(guide.stats.words).toBe(54);
    expect(guide).toMatchObject({ title: 'A Stretching Guide', slug: 'stretching-for-leg-cramps', metaDescription: 'Three stretches that ease leg cramps.' });
    expect(headings(guide)).toEqual([[1, 'A Stretching Guide', 2, 'front-matter'], [2, 'Calf stretch', 18, null]]);
    expect(guide.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ intro: true, slug: true, h1: false }) });
    // [night guide]({{< ref "leg-cramps-at-night" >}}) is an internal link; the bare URL is outbound.
    expect(guide.links).toEqual({ internal: 1, outbound: 1 });
    expect(ruleLines(guide, 'links-internal')).toEqual([]);
  });

  it('jekyll: Liquid and kramdown are not text, lenient YAML (last title wins), permalink and dated slugs, partial skipped', () => {
    const report = audit('jekyll');
    expect(report.summary).toMatchObject({ files: 5, skipped: 2, errored: 0 });
    const stretches = byName(report, '2024-02-10-calf-stretches.md');
    expect(stretches.stats.words).toBe(14);
    expect(stretches.title).toBe('Calf Stretches for Runners');
    expect(stretches.slug).toBe('calf-stretches-for-runners');
    expect(headings(stretches)).toEqual([[1, 'Calf Stretches for Runners', 5, 'front-matter']]);
    expect(ruleLines(stretches, 'front-matter')).toEqual([]);
    const night = byName(report, '2024-01-05-night-cramps.md');
    expect(night.stats.words).toBe(8);
    expect(night.slug).toBe('night-cramps');
    // The layout prints the title as the H1, so the body "# …" is a second H1.
    expect(headings(night)).toEqual([[1, 'Night Cramps', 2, 'front-matter'], [1, 'Night Cramps Explained', 5, null]]);
    expect(ruleLines(night, 'heading-single-h1')).toEqual([5]);
    expect(byName(report, '_footer.md')).toMatchObject({ status: 'skipped', skipReason: 'partial' });
    // Jekyll publishes _drafts/ only with --drafts.
    expect(byName(report, '_drafts/cramps-and-cold-weather.md')).toMatchObject({ status: 'skipped', skipReason: 'draft' });
    const tips = byName(report, '2024-03-15-hydration-tips.md');
    expect(tips.stats.words).toBe(55);
    expect(tips).toMatchObject({ title: 'Hydration Tips for Leg Cramps', slug: 'hydration-tips' });
    expect(headings(tips)).toEqual([[1, 'Hydration Tips for Leg Cramps', 3, 'front-matter'], [2, 'What to drink', 19, null]]);
    expect(tips.keywords[0]).toMatchObject({ count: 0, placements: expect.objectContaining({ title: true, h1: true }) });
    // {{ site.baseurl }}/archive/ is internal; {% post_url %} names no page seo-audit can resolve.
    expect(tips.links).toEqual({ internal: 1, outbound: 0 });
  });

  it('docusaurus: MDX (ESM, comments, expressions not text; JSX children and inline code are), admonition title, slug field', () => {
    const report = audit('docusaurus');
    expect(report.summary).toMatchObject({ files: 3, skipped: 0, errored: 0 });
    const doc = byName(report, 'getting-started.mdx');
    expect(doc.stats.words).toBe(24);
    expect(doc.title).toBe('Getting Started');
    expect(doc.slug).toBe('intro');
    expect(headings(doc)).toEqual([[1, 'Getting Started', 2, 'front-matter'], [3, 'Pick a file', 18, null]]);
    // <Image alt="The report"> is an image with alt text: no image-alt finding.
    expect(ruleLines(doc, 'image-alt')).toEqual([]);
    const install = byName(report, 'install.mdx');
    expect(install.stats.words).toBe(37);
    expect(install).toMatchObject({ title: 'Install', slug: 'install' });
    // Headings: the page H1 and the one with an id; none swallowed by <Tabs>/<details>.
    expect(headings(install)).toEqual([[1, 'Install', 2, 'front-matter'], [2, 'Check the install', 38, null]]);
    expect(install.links).toEqual({ internal: 1, outbound: 0 });
    // A Docusaurus blog post with the <!-- truncate --> marker: an HTML comment in MDX, which
    // Docusaurus accepts (mdx1Compat.comments), is not text and not a syntax error.
    const post = byName(report, '2024-05-01-welcome.mdx');
    expect(post).toMatchObject({ status: 'passed', title: 'Welcome to the Blog', slug: 'welcome' });
    expect(post.stats.words).toBe(21);
    expect(post.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ intro: true, h1: false }) });
  });

  it('html: front matter title and description, header/footer inside <article> are content, redirect skipped', () => {
    const report = audit('html');
    expect(report.summary).toMatchObject({ files: 3, skipped: 1, errored: 0 });
    const guide = byName(report, 'guide.html');
    expect(guide.stats.words).toBe(14);
    expect(guide.title).toBe('Foam Rolling Guide');
    expect(guide.metaDescription).toBe('How to use a foam roller on tight calves.');
    expect(guide.slug).toBe('guide');
    expect(headings(guide)).toEqual([[1, 'Foam Rolling Guide', 10, null]]);
    expect(ruleLines(guide, 'image-alt')).toEqual([12]);
    expect(byName(report, 'old.html')).toMatchObject({ status: 'skipped', skipReason: 'redirect' });
    // A Jekyll page printing its front matter: <title>{{ page.title }} | Calf Care</title>,
    // <h1>{{ page.title }}</h1>, a description meta of {{ page.description | escape }}.
    const relief = byName(report, 'cramp-relief.html');
    expect(relief).toMatchObject({ title: 'Quick Cramp Relief | Calf Care', metaDescription: 'Three quick ways to ease a leg cramp.', slug: 'cramp-relief' });
    expect(relief.stats.words).toBe(14);
    expect(headings(relief)).toEqual([[1, 'Quick Cramp Relief', 3, 'front-matter']]);
    expect(ruleLines(relief, 'heading-single-h1')).toEqual([]);
    expect(ruleLines(relief, 'heading-empty')).toEqual([]);
  });

  it('eleventy: Nunjucks comments, paired shortcodes (body kept), output tags, permalink slug, excluded-from-collections still audited, draft skipped', () => {
    const report = audit('eleventy');
    expect(report.summary).toMatchObject({ files: 3, skipped: 1, errored: 0 });
    const warmUp = byName(report, '2024-04-02-warm-up.md');
    expect(warmUp.stats.words).toBe(46);
    expect(warmUp.title).toBe('A Warm-Up Routine for Tight Calves');
    expect(warmUp.metaDescription).toBe('Five minutes of warm-up that keeps leg cramps away.');
    expect(warmUp.slug).toBe('warm-up-routine');
    expect(headings(warmUp)).toEqual([[1, 'A Warm-Up Routine for Tight Calves', 2, 'front-matter'], [2, 'Three moves', 20, null]]);
    // "leg cramps" once in the body, inside the {% callout %} body (line 17), not in the intro.
    expect(warmUp.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ title: false, metaDescription: true, intro: false }) });
    expect(ruleLines(warmUp, 'heading-single-h1')).toEqual([]);
    expect(ruleLines(warmUp, 'front-matter')).toEqual([]);
    const coolDown = byName(report, 'cool-down.md');
    expect(coolDown).toMatchObject({ status: 'failed', title: 'Cool-Down Stretches', slug: 'cool-down' });
    expect(coolDown.stats.words).toBe(17);
    expect(headings(coolDown)).toEqual([[1, 'Cool-Down Stretches', 2, 'front-matter']]);
    expect(byName(report, 'next-steps.md')).toMatchObject({ status: 'skipped', skipReason: 'draft' });
  });

  it('zola: TOML with [taxonomies]/[extra], shortcodes with and without body, escaped shortcode literal, _index section and page-bundle slugs, draft skipped', () => {
    const report = audit('zola');
    expect(report.summary).toMatchObject({ files: 3, skipped: 1, errored: 0 });
    const section = byName(report, 'blog/_index.md');
    expect(section).toMatchObject({ title: 'Leg Cramp Notes', slug: 'blog', metaDescription: null });
    expect(section.stats.words).toBe(17);
    // [why cramps strike at night](@/blog/night-cramps/index.md): @/ is the content folder.
    expect(section.links).toEqual({ internal: 1, outbound: 0 });
    expect(headings(section)).toEqual([[1, 'Leg Cramp Notes', 2, 'front-matter']]);
    const post = byName(report, 'night-cramps/index.md');
    expect(post.stats.words).toBe(39);
    expect(post).toMatchObject({ title: 'Why Leg Cramps Strike at Night', slug: 'night-cramps', metaDescription: 'What causes night leg cramps and what helps.' });
    expect(headings(post)).toEqual([[1, 'Why Leg Cramps Strike at Night', 2, 'front-matter'], [2, 'Why it happens', 22, null]]);
    expect(post.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ title: true, h1: true, intro: true, imageAlt: false }) });
    // The page-bundle image ![A calf diagram](diagram.svg) is an image: its alt lacks the keyword.
    expect(ruleLines(post, 'keyword-in-image-alt')).toEqual([26]);
    expect(ruleLines(post, 'front-matter')).toEqual([]);
    expect(byName(report, 'draft-idea.md')).toMatchObject({ status: 'skipped', skipReason: 'draft' });
  });

  it('starlight: MDX with <Steps>, <Tabs>/<TabItem>, <Aside>, :::note asides, import lines; title front matter is the H1', () => {
    const result = run([join('fixtures', 'sites', 'starlight'), '--no-config', '--keyword', 'config file', '-f', 'json'], { cwd: ROOT });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary).toMatchObject({ files: 3, skipped: 0, errored: 0 });
    const install = byName(report, 'guides/install.mdx');
    expect(install.stats.words).toBe(33);
    expect(install).toMatchObject({ title: 'Install the Auditor', slug: 'install' });
    expect(headings(install)).toEqual([[1, 'Install the Auditor', 2, 'front-matter'], [2, 'Next steps', 41, null]]);
    const splash = byName(report, 'docs/index.mdx');
    expect(splash.stats.words).toBe(12);
    expect(splash).toMatchObject({ title: 'SEO Audit Docs', slug: 'docs' });
    const config = byName(report, 'reference/config.md');
    expect(config.stats.words).toBe(32);
    expect(headings(config)).toEqual([[1, 'Configuration Reference', 2, 'front-matter'], [2, 'Options', 12, null]]);
    // "config file" once in the body ("The config file is …"), once in the description.
    expect(config.keywords[0]).toMatchObject({ count: 1, placements: expect.objectContaining({ metaDescription: true, intro: true, title: false }) });
    for (const file of [install, splash, config]) expect(ruleLines(file, 'heading-single-h1')).toEqual([]);
  });

  it('--include-drafts audits the skipped pages', () => {
    const result = run([join('fixtures', 'sites', 'hugo'), '--no-config', '--include-drafts', '-f', 'json'], { cwd: ROOT });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary.skipped).toBe(0);
    expect(byName(report, 'draft-post.md')).toMatchObject({ status: 'passed', stats: expect.objectContaining({ words: 3 }) });
  });
});
