/**
 * Inputs that made our own code superlinear (issue 16), each at a size where the quadratic
 * version took from many minutes to hours (figures in bench/growth.mjs and the notes) and the
 * linear one takes about a second. The assertions are on the results (word and sentence
 * counts, slugs, findings), never on time: the generous per-test timeout is what a
 * quadratic regression runs into. `npm run bench:growth` measures the growth at n, 2n, 4n.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile, loadParsers } from '../../src/index.js';
import { slugWords } from '../../src/keywords/analyze.js';
import { globHazard } from '../../src/io/glob.js';
import { headingSourceText, explicitHeadingId } from '../../src/site/anchors.js';

const LONG = 120_000;

function audit(source: string, format: 'markdown' | 'html' = 'markdown', keyword = 'leg cramps') {
  return auditFile({ path: format === 'html' ? 'a.html' : 'a.md', source, format }, { extraKeywords: [keyword] });
}

beforeAll(async () => {
  await loadParsers(['markdown', 'html']);
});

describe('our code is linear on hostile inputs', () => {
  it('400 KB of dots not followed by a space (sentence terminator regex)', () => {
    const report = audit('Leg cramps ' + '.'.repeat(400_000) + 'x\n');
    expect(report.stats).toMatchObject({ words: 3, sentences: 1 });
  }, LONG);

  it('120,000 <link> tags whose href is not in the source as written (attribute value search)', () => {
    // `href="/&#113;"` is "/q", which the source does not hold: each tag searched the rest of the
    // file (80,000 tags: 155 s under load); now a window after the tag's start (src/document/html.ts).
    const tags = '<link rel="alternate" hreflang="fr" href="/&#113;">\n'.repeat(120_000);
    const report = audit(`<!doctype html><html lang="en"><head>${tags}</head><body><p>Leg cramps.</p></body></html>\n`, 'html');
    expect(report.stats.words).toBe(2);
  }, LONG);

  it('dots that do end sentences are still sentence ends', () => {
    const report = audit('Leg cramps hurt. They pass... Then sleep! ' + '.'.repeat(1000) + 'x\n');
    // "Leg cramps hurt." "They pass..." "Then sleep!" and the dots-then-x remainder.
    expect(report.stats.sentences).toBe(4);
  });

  it('1 MB of "&#97;x a" in HTML (decoded words searched past their segment)', () => {
    const units = 120_000;
    const report = audit('<p>' + '&#97;x a '.repeat(units) + '</p>', 'html');
    expect(report.stats.words).toBe(2 * units);
  }, LONG);

  it('200,000 consecutive "<!--" with no "-->" (directive scan)', () => {
    const report = audit('Leg cramps.\n\n<div>' + '<!--'.repeat(200_000) + '</div>\n');
    expect(report.stats.words).toBe(2);
  }, LONG);

  it('a directive after a run of unclosed comment openers still applies', () => {
    const source = '<!-- seo-audit-disable text-length -->\n\n# Leg cramps\n\nLeg cramps.\n';
    const rules = audit(source).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('text-length');
    expect(audit('# Leg cramps\n\nLeg cramps.\n').findings.map((f) => f.ruleId)).toContain('text-length');
  });

  it('a heading of 400 KB of spaces, dots or brackets before a letter (trailing-run regexes)', () => {
    for (const run of [' ', '.', '[', '_', '{']) {
      const report = audit('# Leg' + run.repeat(400_000) + 'b\n\nText here.\n');
      expect(report.stats.headings).toBe(1);
    }
  }, LONG);

  it('a 400 KB "a-a-a-…" run with a dot (e-mail alternative of the word pattern)', () => {
    const report = audit('x ' + 'a-'.repeat(200_000) + '.x\n');
    expect(report.stats.words).toBe(200_002);
  }, LONG);

  it('e-mail addresses are still one word', () => {
    expect(audit('Write to leg.cramps@example.co.uk today.\n').stats.words).toBe(4);
  });

  it('link text of 400 KB of punctuation, a URL ending in 400,000 ")"', () => {
    expect(audit('x [' + '!'.repeat(400_000) + 'a](https://x.com/)\n').stats.words).toBe(2);
    expect(audit('x https://x.com/' + ')'.repeat(400_000) + '\n').stats.words).toBe(2);
  }, LONG);

  it('slashes in a slug: 1,000,000 "/" then a name', () => {
    expect(slugWords('/'.repeat(1_000_000) + 'leg-cramps')).toBe('leg-cramps');
    expect(slugWords('blog/leg-cramps' + '/'.repeat(1_000_000))).toBe('leg-cramps');
    expect(slugWords('blog/leg-cramps/?x=1#y')).toBe('leg-cramps');
  }, LONG);

  it('a self-overlapping 20,000-word keyword phrase in 40,000 words of the same word', () => {
    const words = 20_000;
    const report = audit('# A\n\n' + Array(2 * words).fill('a').join(' ') + '\n', 'markdown', Array(words).fill('a').join(' '));
    const keyword = report.keywords[0]!;
    expect(keyword.counts.forms).toBe(words + 1);
  }, LONG);

  it('heading ids: closing hashes and {#id} lists are read as before', () => {
    expect(headingSourceText('## Leg cramps ##  ')).toBe('Leg cramps');
    expect(headingSourceText('## C# #')).toBe('C#');
    expect(headingSourceText('## Leg cramps {#cramps .big}')).toBe('Leg cramps');
    expect(explicitHeadingId('## Leg cramps {#cramps .big}')).toBe('cramps');
    expect(explicitHeadingId('## Leg {a} cramps {: #x}')).toBe('x');
    expect(explicitHeadingId('## Leg cramps {#x} more')).toBeNull();
    expect(explicitHeadingId('## a' + ' '.repeat(400_000) + 'b')).toBeNull();
    expect(explicitHeadingId('## a ' + '{'.repeat(400_000) + '}')).toBeNull();
  }, LONG);
});

describe('globs that would backtrack exponentially are refused', () => {
  it('nested repetitions and wildcards inside a repetition', () => {
    expect(globHazard('+(+(a|aa))b.md')).toMatch(/exponential/);
    expect(globHazard('*(*a)b.md')).toMatch(/exponential/);
    expect(globHazard('drafts/+(a|@(b|c))/*.md')).toMatch(/exponential/);
  });

  it('ordinary globs and single-level extglobs are fine', () => {
    for (const glob of ['drafts/**', '**/*.md', '+(a|aa)b.md', '@(draft|wip)-*.md', '!(index).md', '[*+](x).md', '\\*(a*)b.md', '{a,b}/**/*.mdx']) {
      expect(globHazard(glob), glob).toBeNull();
    }
  });
});
