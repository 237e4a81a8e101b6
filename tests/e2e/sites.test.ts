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
    expect(report.summary).toMatchObject({ files: 2, skipped: 1, errored: 0 });
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
  });

  it('jekyll: Liquid and kramdown are not text, lenient YAML (last title wins), permalink and dated slugs, partial skipped', () => {
    const report = audit('jekyll');
    expect(report.summary).toMatchObject({ files: 3, skipped: 1, errored: 0 });
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
  });

  it('docusaurus: MDX (ESM, comments, expressions not text; JSX children and inline code are), admonition title, slug field', () => {
    const report = audit('docusaurus');
    expect(report.summary).toMatchObject({ files: 1, skipped: 0, errored: 0 });
    const doc = byName(report, 'getting-started.mdx');
    expect(doc.stats.words).toBe(24);
    expect(doc.title).toBe('Getting Started');
    expect(doc.slug).toBe('intro');
    expect(headings(doc)).toEqual([[1, 'Getting Started', 2, 'front-matter'], [3, 'Pick a file', 18, null]]);
    // <Image alt="The report"> is an image with alt text: no image-alt finding.
    expect(ruleLines(doc, 'image-alt')).toEqual([]);
  });

  it('html: front matter title and description, header/footer inside <article> are content, redirect skipped', () => {
    const report = audit('html');
    expect(report.summary).toMatchObject({ files: 2, skipped: 1, errored: 0 });
    const guide = byName(report, 'guide.html');
    expect(guide.stats.words).toBe(14);
    expect(guide.title).toBe('Foam Rolling Guide');
    expect(guide.metaDescription).toBe('How to use a foam roller on tight calves.');
    expect(guide.slug).toBe('guide');
    expect(headings(guide)).toEqual([[1, 'Foam Rolling Guide', 10, null]]);
    expect(ruleLines(guide, 'image-alt')).toEqual([12]);
    expect(byName(report, 'old.html')).toMatchObject({ status: 'skipped', skipReason: 'redirect' });
  });

  it('--include-drafts audits the skipped pages', () => {
    const result = run([join('fixtures', 'sites', 'hugo'), '--no-config', '--include-drafts', '-f', 'json'], { cwd: ROOT });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary.skipped).toBe(0);
    expect(byName(report, 'draft-post.md')).toMatchObject({ status: 'passed', stats: expect.objectContaining({ words: 3 }) });
  });
});
