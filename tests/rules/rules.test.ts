/**
 * Every rule on small hand-made documents, run the whole way: parseDocument →
 * analyze → runRules. Positions are counted by hand: a heading's finding
 * points at its "#", a paragraph's at its first character, a front matter
 * field at its value (line 2 column 8 for `title: …`), a file-level finding
 * at 1:1.
 */
import { describe, expect, it } from 'vitest';
import type { RuleSetting } from '../../src/config/types.js';
import { parseDocument } from '../../src/document/index.js';
import type { SourceFormat } from '../../src/document/model.js';
import { adHocKeywordSet, analyze, keywordSetFromText } from '../../src/keywords/index.js';
import type { KeywordSet } from '../../src/keywords/index.js';
import { runRules } from '../../src/rules/run.js';
import type { RunResult } from '../../src/rules/run.js';

interface AuditOptions {
  format?: SourceFormat;
  path?: string;
  keywords?: string[];
  set?: KeywordSet;
  settings?: Record<string, RuleSetting>;
}

function audit(source: string, options: AuditOptions = {}): RunResult {
  const format = options.format ?? 'markdown';
  const document = parseDocument(source, format, options.path ?? (format === 'html' ? 'test.html' : 'test.md'));
  const set = options.set ?? adHocKeywordSet(options.keywords ?? []);
  return runRules(document, analyze(document, set), set, options.settings ?? {});
}

/** `line:column severity message` of one rule's findings. */
function findings(result: RunResult, ruleId: string): string[] {
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);
}

function yamlSet(text: string): KeywordSet {
  return keywordSetFromText(text, 'yaml', 'test.yaml');
}

const FILLER = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'a', 'lazy', 'dog', 'today'];
/** n words with no sentence end and no keyword. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join(' ');
/** A sentence of exactly n words, the first one `first`. */
const sentence = (first: string, n: number): string => `${first} ${filler(n - 1)}.`;

describe('keyword-coverage', () => {
  const keywords = ['alpha beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  it('flags coverage below 80 %', () => {
    // alpha beta and gamma found: 2 of 5 = 40 %; score 0.4 / 0.8.
    const result = audit('Alpha beta and gamma.\n', { keywords });
    expect(findings(result, 'keyword-coverage')).toEqual([
      '1:1 warning Keyword coverage is 40 % (2 of 5 keywords found); cover at least 80 % of the set (see keyword-missing for the gaps).',
    ]);
    expect(result.ruleScores['keyword-coverage']).toBe(0.5);
  });
  it('passes at exactly 80 %, and honours a lower configured minimum', () => {
    expect(findings(audit('Alpha beta, gamma, delta and epsilon.\n', { keywords }), 'keyword-coverage')).toEqual([]);
    const settings = { 'keyword-coverage': { severity: 'error' as const, options: { min: 0.4 } } };
    const result = audit('Alpha beta and gamma.\n', { keywords, settings });
    expect(findings(result, 'keyword-coverage')).toEqual([]);
    expect(result.ruleScores['keyword-coverage']).toBe(1);
  });
});

describe('keyword-missing', () => {
  it('names every keyword below its minimum', () => {
    const result = audit('Alpha beta and gamma.\n', { keywords: ['alpha beta', 'gamma', 'delta', 'epsilon', 'zeta'] });
    expect(findings(result, 'keyword-missing')).toEqual([
      '1:1 warning Keyword "delta" does not appear; use it at least once.',
      '1:1 warning Keyword "epsilon" does not appear; use it at least once.',
      '1:1 warning Keyword "zeta" does not appear; use it at least once.',
    ]);
    expect(result.ruleScores['keyword-missing']).toBe(0.4);
  });
  it('uses the per-keyword min and names the group', () => {
    const set = yamlSet('name: t\nprimary: gamma\ngroups:\n  core:\n    keywords: [{ phrase: gamma, min: 3 }]\n');
    expect(findings(audit('Gamma rays.\n', { set }), 'keyword-missing')).toEqual([
      '1:1 warning Keyword "gamma" (group "core") appears 1 time; use it at least 3 times.',
    ]);
    expect(findings(audit('Gamma rays, gamma knife, gamma function.\n', { set }), 'keyword-missing')).toEqual([]);
  });
});

describe('keyword-density and keyword-stuffing', () => {
  // Five 20-word sentences = 100 words; `cramp` opens `hits` of them.
  const text = (hits: number): string =>
    Array.from({ length: 5 }, (_, i) => sentence(i < hits ? 'cramp' : 'the', 20)).join(' ') + '\n';

  it('passes inside the 0.5–3 % band', () => {
    const result = audit(text(2), { keywords: ['cramp'] }); // 2 of 100 = 2 %
    expect(findings(result, 'keyword-density')).toEqual([]);
    expect(findings(result, 'keyword-stuffing')).toEqual([]);
  });
  it('warns below the band', () => {
    // 1 of 250 words = 0.4 %.
    const sparse = audit(`cramp ${filler(249)}.\n`, { keywords: ['cramp'] });
    expect(findings(sparse, 'keyword-density')).toEqual([
      '1:1 warning Primary keyword "cramp" density is 0.4 % (1 of 250 words); keep it within 0.5–3 %.',
    ]);
    expect(sparse.ruleScores['keyword-density']).toBe(0.8); // 0.4 / 0.5
  });
  it('a primary keyword that never occurs is one keyword-missing error, not also a density finding', () => {
    const result = audit(text(0), { keywords: ['cramp'] });
    expect(findings(result, 'keyword-density')).toEqual([]);
    expect(result.ruleScores['keyword-density']).toBe(0); // still scored
    expect(findings(result, 'keyword-missing')).toEqual([
      '1:1 error Primary keyword "cramp" does not appear in the text; the article cannot rank for it until it is used (in the title, the H1, the introduction and the body).',
    ]);
    // Nothing else about the primary: no placement, distribution or coverage finding.
    expect(result.findings.map((f) => f.ruleId).filter((id) => id.startsWith('keyword-'))).toEqual(['keyword-missing']);
  });
  it('warns above 3 %; stuffing is not judged under 150 words', () => {
    const result = audit(text(5), { keywords: ['cramp'] }); // 5 of 100 = 5 %
    expect(findings(result, 'keyword-density')).toEqual([
      '1:1 warning Primary keyword "cramp" density is 5 % (5 of 100 words); keep it within 0.5–3 %.',
    ]);
    expect(result.ruleScores['keyword-density']).toBe(0.6); // 3 / 5
    expect(findings(result, 'keyword-stuffing')).toEqual([]);
    expect(result.ruleScores['keyword-stuffing']).toBe(1);
  });
  it('above 4 % in 150 words or more: one stuffing error, and density does not repeat the number', () => {
    // Ten of the 20-word sentences, eight opening with `cramp`: 8 of 200 = 4 %... nine: 4.5 %.
    const long = Array.from({ length: 10 }, (_, i) => sentence(i < 9 ? 'cramp' : 'the', 20)).join(' ') + '\n';
    const result = audit(long, { keywords: ['cramp'] });
    expect(findings(result, 'keyword-stuffing')).toEqual([
      '1:1 error Primary keyword "cramp" density is 4.5 % (9 of 200 words), above the 4 % stuffing limit; replace some occurrences with pronouns or synonyms.',
    ]);
    expect(result.ruleScores['keyword-stuffing']).toBe(0.8889); // 4 / 4.5
    expect(findings(result, 'keyword-density')).toEqual([]);
    expect(result.ruleScores['keyword-density']).toBe(0.6667); // 3 / 4.5, still scored
    // With the stuffing rule off, density reports it.
    const off = audit(long, { keywords: ['cramp'], settings: { 'keyword-stuffing': { severity: 'off', options: {} } } });
    expect(findings(off, 'keyword-density')).toEqual([
      '1:1 warning Primary keyword "cramp" density is 4.5 % (9 of 200 words); keep it within 0.5–3 %.',
    ]);
  });
  it('uses the density band of the keyword set', () => {
    const set = yamlSet('name: t\nprimary: cramp\ndensity: { min: 1, max: 6 }\ngroups:\n  core: { keywords: [cramp] }\n');
    expect(findings(audit(text(5), { set }), 'keyword-density')).toEqual([]);
  });

  it('flags a paragraph made of keyword phrases', () => {
    // Line 3: 40 words, "leg cramps" six times = 12 keyword words = 30 % > 25 %; line 5 brings the
    // text to 1 + 40 + 110 = 151 words (stuffing needs 150). The primary ("topic") never occurs,
    // so only the paragraph check fires.
    const stuffed = `${Array.from({ length: 6 }, () => 'leg cramps').join(' ')} ${filler(28)}.`;
    const rest = Array.from({ length: 11 }, () => `${filler(10)}.`).join('\n\n');
    const result = audit(`# Title\n\n${stuffed}\n\n${rest}\n`, { keywords: ['topic', 'leg cramps'] });
    expect(findings(result, 'keyword-stuffing')).toEqual([
      "3:1 error 12 of this paragraph's 40 words (30 %) are keyword phrases; a paragraph above 25 % reads as a keyword list — rewrite it as prose.",
    ]);
    expect(result.ruleScores['keyword-stuffing']).toBe(0); // the only paragraph of >= 40 words
    // The same paragraph alone (41 words) is too short a text to be judged.
    expect(findings(audit(`# Title\n\n${stuffed}\n`, { keywords: ['topic', 'leg cramps'] }), 'keyword-stuffing')).toEqual([]);
  });
  it('allows a paragraph at exactly 25 % and ignores paragraphs under 40 words', () => {
    // 5 × "leg cramps" = 10 of 40 words = 25 %.
    const atLimit = `${Array.from({ length: 5 }, () => 'leg cramps').join(' ')} ${filler(30)}.`;
    expect(findings(audit(`${atLimit}\n`, { keywords: ['topic', 'leg cramps'] }), 'keyword-stuffing')).toEqual([]);
    // 39 words, 12 of them keyword words (31 %): too short to judge.
    const short = `${Array.from({ length: 6 }, () => 'leg cramps').join(' ')} ${filler(27)}.`;
    expect(findings(audit(`${short}\n`, { keywords: ['topic', 'leg cramps'] }), 'keyword-stuffing')).toEqual([]);
  });
  it("points at the first occurrence beyond a keyword's max", () => {
    const set = yamlSet('name: t\nprimary: omega\ngroups:\n  core:\n    keywords: [omega, { phrase: gamma, max: 2 }]\n');
    // "Gamma one. " and "Gamma two. " are 11 characters each: the third Gamma is at column 23.
    const result = audit('Gamma one. Gamma two. Gamma three.\n', { set });
    expect(findings(result, 'keyword-stuffing')).toEqual([
      '1:23 error Keyword "gamma" appears 3 times, more than its maximum of 2; this 3rd occurrence is one too many.',
    ]);
    expect(findings(audit('Gamma one. Gamma two.\n', { set }), 'keyword-stuffing')).toEqual([]);
  });
});

describe('placement rules', () => {
  const keywords = ['cramp'];
  it('keyword-in-title: front matter title without the keyword', () => {
    const source = '---\ntitle: A guide to sleeping well at night\n---\n\n# Cramp guide\n\nCramp text.\n';
    expect(findings(audit(source, { keywords }), 'keyword-in-title')).toEqual([
      '2:8 warning Title "A guide to sleeping well at night" does not contain the primary keyword "cramp"; put it in the title, ideally near the start.',
    ]);
    expect(findings(audit(source.replace('sleeping', 'cramp'), { keywords }), 'keyword-in-title')).toEqual([]);
  });
  it('keyword-in-title: HTML <title>', () => {
    // "<html><head><title>" is 19 characters: the title text starts at column 20.
    const html = '<html><head><title>Sleep well</title></head><body><h1>Cramp</h1><p>Cramp text.</p></body></html>\n';
    expect(findings(audit(html, { keywords, format: 'html' }), 'keyword-in-title')).toEqual([
      '1:20 warning Title "Sleep well" does not contain the primary keyword "cramp"; put it in the title, ideally near the start.',
    ]);
  });
  it('keyword-in-title: no title at all is file-level, and title-length says it once', () => {
    const noTitle = audit('Sleep text.\n\n## Cramp\n\nMore.\n', { keywords });
    expect(findings(noTitle, 'keyword-in-title')).toEqual([]);
    expect(findings(noTitle, 'title-length')).toEqual(['1:1 warning The document has no title; add one of 30–60 characters.']);
    const lengthOff = { 'title-length': { severity: 'off' as const, options: {} } };
    expect(findings(audit('Sleep text.\n\n## Cramp\n\nMore.\n', { keywords, settings: lengthOff }), 'keyword-in-title')).toEqual([
      '1:1 warning The document has no title; add one that contains the primary keyword "cramp".',
    ]);
  });

  it('keyword-in-h1', () => {
    expect(findings(audit('Intro.\n\n# Sleeping well\n\nCramp text.\n', { keywords }), 'keyword-in-h1')).toEqual([
      '3:1 warning H1 "Sleeping well" does not contain the primary keyword "cramp"; add it to the H1.',
    ]);
    // No H1 at all: heading-single-h1's one finding.
    expect(findings(audit('Intro.\n\n## Cramp\n\nText.\n', { keywords }), 'keyword-in-h1')).toEqual([]);
    const h1Off = { 'heading-single-h1': { severity: 'off' as const, options: {} } };
    expect(findings(audit('Intro.\n\n## Cramp\n\nText.\n', { keywords, settings: h1Off }), 'keyword-in-h1')).toEqual([
      '1:1 warning There is no H1 heading to carry the primary keyword "cramp"; add one that contains it.',
    ]);
    expect(findings(audit('# Cramp relief\n\nText.\n', { keywords }), 'keyword-in-h1')).toEqual([]);
  });

  it('keyword-in-intro', () => {
    expect(findings(audit('# Cramp guide\n\nSleep is good.\n\nCramp later.\n', { keywords }), 'keyword-in-intro')).toEqual([
      '3:1 warning The introduction does not mention the primary keyword "cramp"; use it in the opening paragraph.',
    ]);
    expect(findings(audit('# Guide\n\nA cramp hurts.\n', { keywords }), 'keyword-in-intro')).toEqual([]);
  });

  describe('keyword-in-subheadings', () => {
    const doc = (titles: string[]): string => `# Cramp\n\nText.\n\n${titles.map((t) => `## ${t}\n\nText.\n`).join('\n')}`;
    it('too few', () => {
      const result = audit(doc(['One', 'Two', 'Three', 'Four cramp']), { keywords });
      expect(findings(result, 'keyword-in-subheadings')).toEqual([
        // Shown at the first H2 (line 5), where the subheadings start.
        '5:1 warning The primary keyword "cramp" is in 1 of 4 H2/H3 subheadings (25 %); use it in 30–75 % of them.',
      ]);
      expect(result.ruleScores['keyword-in-subheadings']).toBeCloseTo(0.25 / 0.3, 4);
    });
    it('too many', () => {
      const result = audit(doc(['Cramp one', 'Cramp two', 'Cramp three', 'Cramp four']), { keywords });
      expect(findings(result, 'keyword-in-subheadings')).toEqual([
        '5:1 warning The primary keyword "cramp" is in 4 of 4 H2/H3 subheadings (100 %); keep it to 30–75 % of them so the headings do not read as over-optimised.',
      ]);
      expect(result.ruleScores['keyword-in-subheadings']).toBe(0.75);
    });
    it('half is fine; no subheadings is nothing to check', () => {
      expect(findings(audit(doc(['Cramp one', 'Two', 'Cramp three', 'Four']), { keywords }), 'keyword-in-subheadings')).toEqual([]);
      const result = audit('# Cramp\n\nText.\n', { keywords });
      expect(findings(result, 'keyword-in-subheadings')).toEqual([]);
      expect(result.ruleScores['keyword-in-subheadings']).toBe(1);
    });
  });

  it('keyword-in-meta-description', () => {
    // A missing meta description is one finding (meta-description-length's).
    const missing = audit('# Cramp\n\nText.\n', { keywords });
    expect(findings(missing, 'keyword-in-meta-description')).toEqual([]);
    expect(missing.findings.filter((f) => f.message.includes('meta description'))).toHaveLength(1);
    const lengthOff = { 'meta-description-length': { severity: 'off' as const, options: {} } };
    expect(findings(audit('# Cramp\n\nText.\n', { keywords, settings: lengthOff }), 'keyword-in-meta-description')).toEqual([
      '1:3 warning There is no meta description to carry the primary keyword "cramp"; add one that uses it.',
    ]);
    // "description: " is 13 characters: the value starts at 3:14.
    const source = '---\ntitle: Cramp\ndescription: How to sleep well.\n---\n\n# Cramp\n';
    expect(findings(audit(source, { keywords }), 'keyword-in-meta-description')).toEqual([
      '3:14 warning The meta description does not contain the primary keyword "cramp"; work it into the description.',
    ]);
    expect(findings(audit(source.replace('sleep', 'stop a cramp and sleep'), { keywords }), 'keyword-in-meta-description')).toEqual([]);
  });

  it('keyword-in-slug: file name and front matter slug', () => {
    expect(findings(audit('# Leg cramp\n', { keywords: ['leg cramp'], path: 'posts/sleep-guide.md' }), 'keyword-in-slug')).toEqual([
      '1:1 warning Slug "sleep-guide" does not contain the primary keyword "leg cramp"; use a slug such as "leg-cramp".',
    ]);
    expect(findings(audit('# Leg cramp\n', { keywords: ['leg cramp'], path: 'leg-cramps-guide.md' }), 'keyword-in-slug')).toEqual([]);
    // "slug: " is 6 characters: the value starts at 2:7.
    expect(findings(audit('---\nslug: sleep\n---\n\n# Leg cramp\n', { keywords: ['leg cramp'], path: 'leg-cramp.md' }), 'keyword-in-slug')).toEqual([
      '2:7 warning Slug "sleep" does not contain the primary keyword "leg cramp"; use a slug such as "leg-cramp".',
    ]);
  });

  it('keyword-in-image-alt', () => {
    const source = '# Cramp\n\nCramp text.\n\n![a sleeping dog](dog.png)\n';
    expect(findings(audit(source, { keywords }), 'keyword-in-image-alt')).toEqual([
      '5:1 info The image\'s alt text does not contain the primary keyword "cramp"; where it fits, describe an image with it.',
    ]);
    expect(findings(audit(source.replace('sleeping dog', 'calf cramp'), { keywords }), 'keyword-in-image-alt')).toEqual([]);
    const none = audit('# Cramp\n\nCramp text.\n', { keywords });
    expect(findings(none, 'keyword-in-image-alt')).toEqual([]);
    expect(none.ruleScores['keyword-in-image-alt']).toBe(1);
  });
});

describe('keyword-distribution', () => {
  // Six 10-word paragraphs on lines 1, 3, ..., 11 (60 words).
  const doc = (withKeyword: number[]): string =>
    Array.from({ length: 6 }, (_, i) => sentence(withKeyword.includes(i) ? 'Cramp' : 'The', 10)).join('\n\n') + '\n';
  it('flags a keyword-free stretch over 30 % of the text', () => {
    // Keyword only on line 1: lines 3–11 are 50 of 60 words (83.3 %).
    const result = audit(doc([0]), { keywords: ['cramp'] });
    expect(findings(result, 'keyword-distribution')).toEqual([
      '3:1 warning The longest stretch without the primary keyword "cramp" runs 50 of 60 words (83.3 %) from here; mention it again so no stretch exceeds 30 % of the text.',
    ]);
    expect(result.ruleScores['keyword-distribution']).toBeCloseTo((1 - 50 / 60) / 0.7, 4);
  });
  it('passes when the keyword recurs', () => {
    // Keyword on lines 1, 5, 9: the longest gap is one paragraph, 10 of 60 words.
    expect(findings(audit(doc([0, 2, 4]), { keywords: ['cramp'] }), 'keyword-distribution')).toEqual([]);
  });
});

describe('section-keywords', () => {
  const set = yamlSet(
    [
      'name: t',
      'primary: cramp',
      'groups:',
      '  core: { keywords: [cramp] }',
      '  causes: { section: causes, keywords: [dehydration, low potassium] }',
      '  doctor: { section: doctor, keywords: [see a doctor] }',
      '',
    ].join('\n'),
  );
  it('flags a keyword outside its section and a missing section', () => {
    // "low potassium" and "see a doctor" occur, but only in the intro (line 3).
    const source = '# Cramp guide\n\nCramp intro: low potassium, see a doctor.\n\n## Causes\n\nDehydration is common.\n';
    const result = audit(source, { set });
    expect(findings(result, 'section-keywords')).toEqual([
      '1:1 warning Group "doctor" belongs under a heading matching "doctor", but no heading matches; add that section.',
      '5:1 warning Keyword "low potassium" (group "causes") does not occur in its section "Causes"; use it there.',
    ]);
    expect(result.ruleScores['section-keywords']).toBeCloseTo(1 / 3, 4); // dehydration only, of 3
  });
  it('passes when every group keyword sits in its section', () => {
    const source =
      '# Cramp guide\n\nCramp intro.\n\n## Causes\n\nDehydration and low potassium.\n\n## When to see a doctor\n\nSee a doctor soon.\n';
    const result = audit(source, { set });
    expect(findings(result, 'section-keywords')).toEqual([]);
    expect(result.ruleScores['section-keywords']).toBe(1);
  });
});

describe('heading rules', () => {
  it('heading-single-h1', () => {
    const none = audit('## A\n\nText.\n');
    expect(findings(none, 'heading-single-h1')).toEqual(['1:1 warning The text has no H1 heading; add one that names the page.']);
    expect(none.ruleScores['heading-single-h1']).toBe(0);
    const two = audit('# A\n\nText.\n\n# B\n\nText.\n');
    expect(findings(two, 'heading-single-h1')).toEqual([
      '5:1 warning H1 "B" is one of 2 H1 headings (the first is on line 1); use H2 for sections.',
    ]);
    expect(two.ruleScores['heading-single-h1']).toBe(0.5);
    expect(findings(audit('# A\n\nText.\n\n## B\n\nText.\n'), 'heading-single-h1')).toEqual([]);
  });
  it('the front-matter title repeated as the text\'s H1 is one finding (heading-single-h1), not three', () => {
    // Line 2: the front-matter title (the page's H1 under titleAsH1); line 5: the text repeats it.
    const source = '---\ntitle: "Leg cramps: causes"\n---\n\n# Leg Cramps: Causes\n\nText.\n\n## Causes\n\nMore text.\n';
    const result = audit(source);
    const headingFindings = result.findings.filter((f) => f.ruleId.startsWith('heading-')).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(headingFindings).toEqual(['5:1 heading-single-h1']);
    expect(findings(result, 'heading-single-h1')[0]).toContain('repeats the front-matter title (line 2)');
    // The consequences come back when the cause is not reported (its rule off) ...
    const off = audit(source, { settings: { 'heading-single-h1': { severity: 'off' } } });
    expect(off.findings.filter((f) => f.ruleId.startsWith('heading-')).map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '2:8 heading-empty-section',
      '5:1 heading-duplicate',
    ]);
    // ... and a different body H1 is still two H1s, with the front-matter title's empty section.
    const other = audit('---\ntitle: Leg cramps\n---\n\n# Night cramps\n\nText.\n');
    expect(other.findings.filter((f) => f.ruleId.startsWith('heading-')).map((f) => f.ruleId).sort()).toEqual(['heading-empty-section', 'heading-single-h1']);
    expect(findings(other, 'heading-single-h1')[0]).toContain('is one of 2 H1 headings');
  });
  it('heading-increment', () => {
    const result = audit('# A\n\nText.\n\n### C\n\nText.\n');
    expect(findings(result, 'heading-increment')).toEqual(['5:1 warning Heading level jumps from H1 to H3; use H2 here.']);
    expect(result.ruleScores['heading-increment']).toBe(0.5);
    // Going back up any number of levels is fine.
    expect(findings(audit('# A\n\nT.\n\n## B\n\nT.\n\n### C\n\nT.\n\n## D\n\nT.\n\n# E\n\nT.\n'), 'heading-increment')).toEqual([]);
  });
  it('heading-empty-section', () => {
    // A is followed by a subheading (fine); C is followed by a heading of the same rank; E ends the file.
    const result = audit('# A\n\n## B\n\nText.\n\n## C\n\n## D\n\nText.\n\n## E\n');
    expect(findings(result, 'heading-empty-section')).toEqual([
      '7:1 warning Heading "C" has no content under it; add content or remove the heading.',
      '13:1 warning Heading "E" has no content under it; add content or remove the heading.',
    ]);
    expect(result.ruleScores['heading-empty-section']).toBe(0.6); // 3 of 5 headings fine
    expect(findings(audit('# A\n\n## B\n\nText.\n'), 'heading-empty-section')).toEqual([]);
  });
  it('heading-empty-section counts code, tables, images, lists, components and shortcodes as content', () => {
    const sections = [
      '## Code\n\n```js\nrun();\n```\n',
      '## Table\n\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n',
      '## Image\n\n![](calf.png)\n',
      '## List\n\n- 1\n- 2\n',
      '## Component\n\n<YouTube id="x" />\n',
      '## Shortcode\n\n{{< youtube x >}}\n',
      '## Math\n\n$$\nx^2\n$$\n',
      '## Comment only\n\n<!-- todo -->\n',
      '## End\n\nBye.\n',
    ];
    const result = audit(`# Guide\n\nText.\n\n${sections.join('\n')}`);
    // Only the section holding nothing but a comment is empty. Lines: 4 for the H1 part, then
    // 6 + 6 + 4 + 5 + 4 + 4 + 6 for Code … Math (each section's lines plus the blank between): 40.
    expect(findings(result, 'heading-empty-section')).toEqual([
      '40:1 warning Heading "Comment only" has no content under it; add content or remove the heading.',
    ]);
    const html = '<h1>Guide</h1><p>Text.</p><h2>Code</h2><pre>x = 1</pre><h2>Video</h2><video src="a.mp4"></video><h2>Widget</h2><my-widget></my-widget><h2>Nothing</h2><div></div><h2>End</h2><p>Bye.</p>';
    // 14 + 12 + 13 + 16 + 14 + 27 + 15 + 23 = 134 characters before "<h2>Nothing": column 135.
    expect(findings(audit(html, { format: 'html' }), 'heading-empty-section').map((f) => f.replace(/ has.*/, ''))).toEqual([
      '1:135 warning Heading "Nothing"',
    ]);
  });
  it('empty headings are heading-empty findings, never H1s, never empty sections', () => {
    const result = audit('#\n\nIntro.\n\n# Guide\n\nText.\n\n##\n\n## Causes\n\nMore.\n');
    expect(findings(result, 'heading-empty')).toEqual([
      '1:1 warning The H1 heading on line 1 is empty; give it text or remove it.',
      '9:1 warning The H2 heading on line 9 is empty; give it text or remove it.',
    ]);
    expect(findings(result, 'heading-single-h1')).toEqual([]);
    expect(findings(result, 'heading-empty-section')).toEqual([]);
    expect(findings(result, 'heading-duplicate')).toEqual([]);
  });
  it('heading-duplicate keeps symbols that carry meaning', () => {
    const result = audit('# Languages\n\nText.\n\n## C++\n\nA.\n\n## C#\n\nB.\n\n## C\n\nC.\n\n## c++\n\nD.\n');
    expect(findings(result, 'heading-duplicate')).toEqual([
      '17:1 warning Heading "c++" repeats the heading on line 5; make each heading distinct.',
    ]);
  });
  it('heading-duplicate (normalised text) and siblingsOnly', () => {
    const result = audit('# Guide\n\nText.\n\n## Causes\n\nText.\n\n## CAUSES!\n\nText.\n');
    expect(findings(result, 'heading-duplicate')).toEqual([
      '9:1 warning Heading "CAUSES!" repeats the heading on line 5; make each heading distinct.',
    ]);
    const nested = '# A\n\n## X\n\n### Notes\n\nT.\n\n## Y\n\n### Notes\n\nT.\n';
    expect(findings(audit(nested), 'heading-duplicate')).toEqual([
      '11:1 warning Heading "Notes" repeats the heading on line 5; make each heading distinct.',
    ]);
    const siblingsOnly = { 'heading-duplicate': { severity: 'warning' as const, options: { siblingsOnly: true } } };
    expect(findings(audit(nested, { settings: siblingsOnly }), 'heading-duplicate')).toEqual([]);
  });
});

describe('length rules', () => {
  it('section-length', () => {
    const result = audit(`# T\n\n## Long\n\n${filler(301)}.\n`);
    expect(findings(result, 'section-length')).toEqual([
      '3:1 warning Section "Long" has 301 words before the next heading; split it with subheadings (at most 300 words each).',
    ]);
    expect(result.ruleScores['section-length']).toBe(0.5); // the H1 section (0 words) is fine
    // Text before the first heading counts; here it starts on line 2.
    expect(findings(audit(`\n${filler(301)}.\n`), 'section-length')).toEqual([
      '2:1 warning The text before the first heading has 301 words; split it with subheadings (at most 300 words each).',
    ]);
    expect(findings(audit(`# T\n\n## Long\n\n${filler(300)}.\n`), 'section-length')).toEqual([]);
  });
  it('text-length (headings count as words)', () => {
    const result = audit('Short text here.\n');
    expect(findings(result, 'text-length')).toEqual(['1:1 warning The text has 3 words; write at least 300.']);
    expect(result.ruleScores['text-length']).toBe(0.01);
    expect(findings(audit(`# Two words\n\n${filler(298)}.\n`), 'text-length')).toEqual([]);
  });
  it('title-length', () => {
    const short = audit('---\ntitle: Cramps\n---\n\nText.\n');
    expect(findings(short, 'title-length')).toEqual([
      '2:8 warning Title is 6 characters long; use 30–60 characters to describe the page.',
    ]);
    expect(short.ruleScores['title-length']).toBe(0.2);
    const long = audit(`---\ntitle: ${'x'.repeat(61)}\n---\n\nText.\n`);
    expect(findings(long, 'title-length')).toEqual([
      '2:8 warning Title is 61 characters long; keep it within 30–60 so search results do not truncate it.',
    ]);
    expect(findings(audit('Text.\n'), 'title-length')).toEqual(['1:1 warning The document has no title; add one of 30–60 characters.']);
    expect(findings(audit(`---\ntitle: ${'x'.repeat(30)}\n---\n\nText.\n`), 'title-length')).toEqual([]);
    expect(findings(audit(`---\ntitle: ${'x'.repeat(60)}\n---\n\nText.\n`), 'title-length')).toEqual([]);
  });
  it('meta-description-length', () => {
    expect(findings(audit('Text.\n'), 'meta-description-length')).toEqual([
      '1:1 warning There is no meta description; add one of 120–156 characters (front matter `description:`).',
    ]);
    // No title, no H1: shown at the first paragraph (<p> at column 13).
    expect(findings(audit('<html><body><p>Text.</p></body></html>\n', { format: 'html' }), 'meta-description-length')).toEqual([
      '1:13 warning There is no meta description; add one of 120–156 characters (<meta name="description">).',
    ]);
    expect(findings(audit('---\ndescription: Too short.\n---\n\nText.\n'), 'meta-description-length')).toEqual([
      '2:14 warning Meta description is 10 characters long; use 120–156 characters to summarise the page.',
    ]);
    // `<head><meta name="description" content="` is 6 + 6 + 19 + 9 = 40 characters: the value starts at column 41.
    const html = (n: number): string => `<head><meta name="description" content="${'y'.repeat(n)}"></head><p>Text.</p>\n`;
    expect(findings(audit(html(157), { format: 'html' }), 'meta-description-length')).toEqual([
      '1:41 warning Meta description is 157 characters long; keep it within 120–156 characters so the snippet is not cut off.',
    ]);
    expect(findings(audit(html(156), { format: 'html' }), 'meta-description-length')).toEqual([]);
    expect(findings(audit(html(120), { format: 'html' }), 'meta-description-length')).toEqual([]);
  });
  it('paragraph-length', () => {
    const result = audit(`# T\n\n${filler(151)}.\n\n${filler(150)}.\n`);
    expect(findings(result, 'paragraph-length')).toEqual([
      '3:1 warning Paragraph has 151 words; split it into paragraphs of at most 150 words.',
    ]);
    expect(result.ruleScores['paragraph-length']).toBe(0.5);
  });
  it('sentence-length', () => {
    // Four sentences, lines 1–4; two have more than 20 words (21 and 22): 50 %.
    const source = [sentence('The', 10), sentence('The', 21), sentence('The', 22), sentence('The', 5)].join('\n') + '\n';
    const result = audit(source);
    expect(findings(result, 'sentence-length')).toEqual([
      '1:1 warning 50 % of sentences (2 of 4) have more than 20 words; keep that share at or below 25 % (the longest, on line 3, has 22 words).',
    ]);
    expect(result.ruleScores['sentence-length']).toBeCloseTo(0.5 / 0.75, 4);
    // One of four (25 %) is allowed; a 20-word sentence is not long.
    const ok = [sentence('The', 10), sentence('The', 21), sentence('The', 20), sentence('The', 5)].join('\n') + '\n';
    expect(findings(audit(ok), 'sentence-length')).toEqual([]);
  });
});

describe('readability', () => {
  it('passes plain English', () => {
    // 12 one-syllable words in 2 sentences: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.1.
    const result = audit('The cat sat on the mat. The dog ran in the sun.\n');
    expect(findings(result, 'readability')).toEqual([]);
    expect(result.ruleScores['readability']).toBe(1);
  });
  it('flags hard text with the counts it used', () => {
    // e-lec-tro-lyte 4, im-bal-an-ces 4, pre-cip-i-tate 4, in-vol-un-tar-y 5,
    // mus-cu-lo-skel-e-tal 6, con-trac-tions 3 = 26 syllables, 6 words, 1 sentence:
    // 206.835 − 1.015 × 6 − 84.6 × 26 / 6 = −165.855.
    const result = audit('Electrolyte imbalances precipitate involuntary musculoskeletal contractions.\n');
    expect(findings(result, 'readability')).toEqual([
      '1:1 info Flesch reading ease is -165.9 (very difficult; 6 words, 1 sentence, 26 syllables); aim for at least 60 with shorter sentences and plainer words.',
    ]);
    expect(result.ruleScores['readability']).toBe(0);
  });
  it("uses the article language's formula: Amstad for German", () => {
    const html = '<html lang="de"><body><p>Elektrolytungleichgewichte verursachen unwillkürliche Muskelkontraktionen.</p></body></html>\n';
    const result = audit(html, { format: 'html' });
    // E-lek-tro-lyt-un-gleich-ge-wich-te 9, ver-ur-sa-chen 4 (vowel groups: e,u,a,e), un-will-kür-li-che 5,
    // Mus-kel-kon-trak-ti-o-nen: vowel groups u,e,o,a,io,e = 6 → 24 syllables, 4 words, 1 sentence:
    // 180 − 4 − 58.5 × 24 / 4 = −175.
    expect(findings(result, 'readability')).toEqual([
      // Whole-text finding at the first paragraph (<p> at column 23): there is no H1 or title.
      '1:23 info Amstad reading ease is -175 (very difficult; 4 words, 1 sentence, 24 syllables); aim for at least 60 with shorter sentences and plainer words.',
    ]);
    expect(result.ruleScores['readability']).toBe(0);
    expect(findings(audit('---\nlang: en-GB\n---\n\nThe cat sat.\n'), 'readability')).toEqual([]);
  });

  it('is n/a (info, out of the score) for a language without an established formula', () => {
    const result = audit('---\nlang: ja\n---\n\n足がつる原因と予防についての記事です。\n');
    expect(findings(result, 'readability')).toEqual([
      '5:1 info Readability: no established formula for the article\'s language "ja" (Japanese), so it was not scored (n/a).',
    ]);
    expect(result.ruleScores).not.toHaveProperty('readability');
  });

  it('uses LIX for Swedish (lower is easier)', () => {
    // 8 words, 1 sentence, long words (> 6 letters): muskelkramper 13, drabbar 7, vanligen 8,
    // idrottare 9, träning 7 = 5 → 8 + 100 × 5/8 = 70.5 > 45.
    const result = audit('---\nlang: sv\n---\n\nMuskelkramper drabbar vanligen idrottare under och efter träning.\n');
    expect(findings(result, 'readability')).toEqual([
      '5:1 info LIX is 70.5 (very difficult; 8 words, 1 sentence, 5 long words); aim for at most 45 with shorter sentences and plainer words.',
    ]);
  });
});

describe('image-alt', () => {
  it('flags empty and missing alt text at the image', () => {
    const md = audit('# T\n\n![](a.png)\n\n![a calf stretch](b.png)\n');
    expect(findings(md, 'image-alt')).toEqual([
      '3:1 warning Image "a.png" has an empty alt text; describe what it shows (WCAG 1.1.1).',
    ]);
    expect(md.ruleScores['image-alt']).toBe(0.5);
    // "<body><p>x</p>" is 14 characters: the <img> starts at column 15.
    const html = audit('<body><p>x</p><img src="c.jpg"></body>\n', { format: 'html' });
    expect(findings(html, 'image-alt')).toEqual(['1:15 warning Image "c.jpg" has no alt text; describe what it shows (WCAG 1.1.1).']);
  });
  it('passes with alt text, and with no images', () => {
    expect(findings(audit('![a calf stretch](b.png)\n'), 'image-alt')).toEqual([]);
    const none = audit('Text.\n');
    expect(findings(none, 'image-alt')).toEqual([]);
    expect(none.ruleScores['image-alt']).toBe(1);
  });
});
