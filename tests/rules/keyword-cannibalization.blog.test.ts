/**
 * Cannibalization on the fixture blog, wired the way the pipeline does it:
 * config ignore + overrides, front matter keywords first, analyze, then one
 * entry per file. The CLI tests pin the same finding through `seo-audit`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, isIgnored, resolveFileSettings } from '../../src/config/index.js';
import { parseDocument } from '../../src/document/index.js';
import { analyze, keywordSetFromFrontMatter, loadKeywordSet } from '../../src/keywords/index.js';
import { cannibalizationEntry, findCannibalization } from '../../src/rules/keyword-cannibalization.js';

const BLOG = 'fixtures/blog';

function articles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...articles(path));
    else if (/\.(md|html)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function entries(includeDrafts: boolean) {
  const config = loadConfig(join(BLOG, 'seo-audit.config.yaml'));
  return articles(BLOG)
    .filter((path) => includeDrafts || !isIgnored(config, path))
    .map((path) => {
      const document = parseDocument(readFileSync(path, 'utf8'), path.endsWith('.html') ? 'html' : 'markdown', path);
      const fromFrontMatter = document.frontMatter ? keywordSetFromFrontMatter(document.frontMatter, path) : null;
      const settings = resolveFileSettings(config, path);
      const set = fromFrontMatter ?? loadKeywordSet(settings.keywords!);
      return cannibalizationEntry(path, analyze(document, set).keywords);
    });
}

describe('keyword cannibalization on fixtures/blog', () => {
  it('derives each article’s primary keyword from front matter, overrides or the blog set', () => {
    expect(entries(false).map((e) => [e.path, e.primary])).toEqual([
      ['fixtures/blog/hydration-and-electrolytes.md', 'electrolyte drinks'], // front matter `keyword:`
      ['fixtures/blog/leg-cramps-at-night.md', 'leg cramps'], // config `keywords:`
      ['fixtures/blog/magnesium-for-muscle-cramps.md', 'magnesium for muscle cramps'], // front matter
      ['fixtures/blog/stretching/calf-stretches.html', 'calf stretches'], // override for stretching/**
      ['fixtures/blog/what-causes-leg-cramps.md', 'leg cramps'], // config `keywords:`
    ]);
  });

  it('reports the two published "leg cramps" articles, and nothing else', () => {
    // Only the two articles on the blog's default set share a primary. No overlap pair reaches 0.6:
    // the hydration and stretching sets share no phrase with any other set (Jaccard 0), and the
    // magnesium set shares only "muscle cramps" with the blog set, while each side has at least one
    // other found keyword of its own (its primary), so that Jaccard is at most 1/3.
    expect(findCannibalization(entries(false))).toEqual([
      {
        ruleId: 'keyword-cannibalization',
        severity: 'warning',
        message:
          '2 files target the same primary keyword "leg cramps": fixtures/blog/leg-cramps-at-night.md, ' +
          'fixtures/blog/what-causes-leg-cramps.md — they compete for one query; merge them or give each its own primary keyword',
        files: ['fixtures/blog/leg-cramps-at-night.md', 'fixtures/blog/what-causes-leg-cramps.md'],
        subject: 'leg cramp', // the stems of the shared primary keyword, for the fingerprint
      },
    ]);
  });

  it('would name the draft too if the config did not ignore drafts/**', () => {
    const findings = findCannibalization(entries(true));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.files).toEqual([
      'fixtures/blog/drafts/leg-cramps-draft.md',
      'fixtures/blog/leg-cramps-at-night.md',
      'fixtures/blog/what-causes-leg-cramps.md',
    ]);
  });
});
