/**
 * What a careful auditor says about fixtures/leg-cramps.md against
 * keywords/leg-cramps.yaml. Counted by hand from the file (line numbers are
 * the file's; list markers "1." and "#" are not words):
 *
 * Words: 908 = 40 heading words (9 + 6 + 7 + 7 + 5 + 5 + 1 on lines 1, 5, 9, 21,
 * 32, 43, 47) + 868 body words (line 3: 77, 7: 69, 11: 23, 13–19: 129,
 * 23: 23, 25–30: 130, 34: 17, 36–41: 119, 45: 68, 49: 70, 51: 143).
 *
 * "leg cramps" (forms, so "leg cramp prevention" counts): lines 1, 3 ×3, 5, 7 ×2,
 * 9, 11, 19, 21, 23, 29, 32, 34, 45 ×2, 49, 51 ×11 = 29 (28 exact + "leg cramp").
 * Density 29 / 908 = 3.1938 % → above the 3 % band (warning), below the 4 %
 * stuffing limit. The stuffing is local: the closing paragraph (line 51, 143
 * words) is a list of the target queries. Its keyword phrases cover
 * 5 + 4 + 2 + 2 + 3 + 2 + 4 + 5 + 5 + 3 + 5 + 4 + 8 = 52 words (36.4 %); the other
 * paragraphs of >= 40 words stay at or below 10.4 % (line 3: 8 of 77).
 *
 * Every keyword occurs (coverage 13/13), but only "causes of leg cramps" (the
 * line 9 heading itself) sits in its intent section: 8 of the 9 sectioned
 * keywords are used only in the intro or the closing keyword list.
 *
 * Title: no front matter, so the H1 (70 characters, text at 1:3). No meta
 * description. Slug "leg-cramps" from the file name. No images.
 * Subheadings: 4 of 6 H2s contain "leg cramps" (66.7 %, inside 30–75 %).
 * Distribution: the longest keyword-free run is lines 36–43 (119 + 5 = 124 of
 * 908 words, 13.7 %). Sections: largest own body 213 words (Conclusion).
 * Sentences (body): 46, of which 17 have more than 20 words (37 %); the longest,
 * 28 words, opens "By understanding" on line 49.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/index.js';
import { analyze, loadKeywordSet } from '../../src/keywords/index.js';
import { runRules } from '../../src/rules/run.js';
import { englishSyllables as syllables } from '../../src/language/en.js';
import { words } from '../../src/text/tokenize.js';

const set = loadKeywordSet('keywords/leg-cramps.yaml');
const source = readFileSync('fixtures/leg-cramps.md', 'utf8');

function auditSource(text: string) {
  const document = parseDocument(text, 'markdown', 'fixtures/leg-cramps.md');
  return { document, result: runRules(document, analyze(document, set), set) };
}

const sectionMiss = (phrase: string, group: string, heading: string): string =>
  `warning section-keywords Keyword "${phrase}" (group "${group}") does not occur in its section "${heading}"; use it there.`;

// Whole-text findings sit at the H1 (1:1); a missing meta description next to the title
// (the H1's text, 1:3), where it would be added.
const EXPECTED = [
  '1:1 warning keyword-density Primary keyword "leg cramps" density is 3.19 % (29 of 908 words); keep it within 0.5–3 %.',
  '1:1 info readability Flesch reading ease is 41.7 (difficult; 868 words, 46 sentences, 1498 syllables); aim for at least 60 with shorter sentences and plainer words.',
  '1:1 warning sentence-length 37 % of sentences (17 of 46) have more than 20 words; keep that share at or below 25 % (the longest, on line 49, has 28 words).',
  '1:3 warning keyword-in-meta-description There is no meta description to carry the primary keyword "leg cramps"; add one that uses it.',
  '1:3 warning meta-description-length There is no meta description; add one of 120–156 characters (front matter `description:`).',
  '1:3 warning title-length Title is 70 characters long; keep it within 30–60 so search results do not truncate it.',
  `9:1 ${sectionMiss('what causes leg cramps', 'causes', 'Common Causes of Leg Cramps and Spasms')}`,
  `9:1 ${sectionMiss('why do leg cramps happen', 'causes', 'Common Causes of Leg Cramps and Spasms')}`,
  `21:1 ${sectionMiss('how to prevent leg cramps', 'prevention', 'Prevention Tips for Leg Cramps and Spasms')}`,
  `21:1 ${sectionMiss('leg cramp prevention', 'prevention', 'Prevention Tips for Leg Cramps and Spasms')}`,
  `32:1 ${sectionMiss('how to relieve leg cramps', 'treatment', 'Treatment Options for Leg Cramps')}`,
  `32:1 ${sectionMiss('how to stop leg cramps', 'treatment', 'Treatment Options for Leg Cramps')}`,
  `32:1 ${sectionMiss('treatment for leg cramps', 'treatment', 'Treatment Options for Leg Cramps')}`,
  `43:1 ${sectionMiss('when to see a doctor for leg cramps', 'doctor', 'When to See a Doctor')}`,
  "51:1 error keyword-stuffing 52 of this paragraph's 143 words (36.4 %) are keyword phrases; a paragraph above 25 % reads as a keyword list — rewrite it as prose.",
];

describe('leg-cramps.md findings', () => {
  const { document, result } = auditSource(source);
  const lines = result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);

  it('pins the full, sorted findings list', () => {
    expect(lines).toEqual(EXPECTED);
  });

  it('has the body word and syllable totals the readability message uses', () => {
    // Independent of the rule: sum syllables over every non-heading block's words.
    let body = 0;
    let syllableTotal = 0;
    for (const block of document.blocks) {
      if (block.kind === 'heading') continue;
      for (const word of words(block.text)) {
        body++;
        syllableTotal += syllables(word);
      }
    }
    expect(body).toBe(868);
    expect(syllableTotal).toBe(1498);
    // 206.835 − 1.015 × 868/46 − 84.6 × 1498/868 = 206.835 − 19.153 − 146.003 = 41.68.
    expect(206.835 - 1.015 * (868 / 46) - 84.6 * (1498 / 868)).toBeCloseTo(41.679, 3);
  });

  it('pins the score and each rule score', () => {
    // Weighted (weights total 34). Rules below 1:
    //   keyword-density 2 × 3/3.1938 = 1.8786   keyword-stuffing 3 × (1 − 1/5 paragraphs) = 2.4
    //   readability 1 × 41.679/60 = 0.6947      section-keywords 2 × 1/9 = 0.2222
    //   sentence-length 1 × (1 − 17/46)/0.75 = 0.8406   title-length 1 × 60/70 = 0.8571
    //   keyword-in-meta-description 1 × 0      meta-description-length 1 × 0
    // The other 17 rules score 1 with weights totalling 22.
    // (22 + 1.8786 + 2.4 + 0.6947 + 0.2222 + 0.8406 + 0.8571) / 34 = 28.8932 / 34 = 0.8498 → 85.
    expect(result.score).toBe(85);
    expect(result.ruleScores).toEqual({
      'heading-duplicate': 1,
      'heading-empty-section': 1,
      'heading-increment': 1,
      'heading-single-h1': 1,
      'image-alt': 1,
      'keyword-coverage': 1,
      'keyword-density': 0.9393,
      'keyword-distribution': 1,
      'keyword-in-h1': 1,
      'keyword-in-image-alt': 1,
      'keyword-in-intro': 1,
      'keyword-in-meta-description': 0,
      'keyword-in-slug': 1,
      'keyword-in-subheadings': 1,
      'keyword-in-title': 1,
      'keyword-missing': 1,
      'keyword-stuffing': 0.8,
      'meta-description-length': 0,
      'paragraph-length': 1,
      'readability': 0.6947,
      'section-keywords': 0.1111,
      'section-length': 1,
      'sentence-length': 0.8406,
      'text-length': 1,
      'title-length': 0.8571,
    });
  });
});

describe('directives on the fixture', () => {
  it('a disable/enable pair around the closing paragraph hides only that finding', () => {
    const closing = source.indexOf('The strategic use');
    const text = `${source.slice(0, closing)}<!-- seo-audit-disable keyword-stuffing -->\n\n${source.slice(closing)}\n<!-- seo-audit-enable keyword-stuffing -->\n`;
    const { result } = auditSource(text);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('keyword-stuffing');
    // Everything else is unchanged (the paragraph moved two lines down, nothing before it).
    const lines = result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    expect(lines).toEqual(EXPECTED.filter((l) => !l.includes('keyword-stuffing')));
    // Directives hide findings; they do not change the score.
    expect(result.score).toBe(85);
  });

  it('a bare disable at the top with no enable silences every rule, file-level findings included', () => {
    const { result } = auditSource(`<!-- seo-audit-disable -->\n${source}`);
    expect(result.findings).toEqual([]);
  });

  it('a disable closed by an enable keeps file-level findings', () => {
    // Rules disabled from line 1 to line 4 only: the file-level findings stay (shown at the
    // H1, now line 2, and next to its text, 2:3), because the rules are enabled again at the end.
    const { result } = auditSource(`<!-- seo-audit-disable -->\n${source.replace('## What Are', '<!-- seo-audit-enable -->\n\n## What Are')}`);
    const ids = result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(ids.slice(0, 5)).toEqual([
      '2:1 keyword-density',
      '2:1 readability',
      '2:1 sentence-length',
      '2:3 keyword-in-meta-description',
      '2:3 meta-description-length',
    ]);
    // The title finding (H1 text, now on line 2) is inside the disabled range.
    expect(ids.some((id) => id.endsWith('title-length'))).toBe(false);
  });
});

describe('leg-cramps.html findings', () => {
  // Same article body as the Markdown (same 908 words and counts; nav, header,
  // script, style and the <aside> h3 on line 64 are not prose). Differences: the
  // <title> text starts at 5:12 (4 spaces + "<title>"), the meta description
  // (line 6, 143 characters, contains "leg cramps") is present, headings and
  // paragraphs are indented 8 spaces (column 9), and the line numbers are the
  // HTML file's (h2s on 25, 36, 46, 56; conclusion paragraphs on 59 and 60).
  const html = readFileSync('fixtures/leg-cramps.html', 'utf8');
  const document = parseDocument(html, 'html', 'fixtures/leg-cramps.html');
  const result = runRules(document, analyze(document, set), set);

  it('pins the findings', () => {
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      // The title finding at <title>; the whole-text findings at the <h1> (21:9).
      EXPECTED[5]!.replace('1:3', '5:12'),
      EXPECTED[0]!.replace(/^1:1/, '21:9'),
      EXPECTED[1]!.replace(/^1:1/, '21:9'),
      EXPECTED[2]!.replace(/^1:1/, '21:9').replace('on line 49', 'on line 59'),
      ...EXPECTED.slice(6, 8).map((l) => l.replace(/^9:1/, '25:9')),
      ...EXPECTED.slice(8, 10).map((l) => l.replace(/^21:1/, '36:9')),
      ...EXPECTED.slice(10, 13).map((l) => l.replace(/^32:1/, '46:9')),
      EXPECTED[13]!.replace(/^43:1/, '56:9'),
      EXPECTED[14]!.replace(/^51:1/, '60:9'),
    ]);
  });
  it('scores 91: the Markdown total plus the two meta-description rules now at 1', () => {
    // (28.8932 + 1 + 1) / 34 = 0.9086 → 91.
    expect(result.score).toBe(91);
  });
});
