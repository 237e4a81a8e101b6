/**
 * A hand-built report for the reporter tests: three files in path order —
 *   posts/good.md          passed, score 94, coverage 1 (2/2), one info finding
 *   posts/leg cramps.md    failed, score 62, coverage 0.75 (3/4), 2 errors + 2 warnings + 1 info
 *   posts/missing.md       error (unreadable)
 * plus one cross-file warning. Summary worked out by hand: 3 files, 1 passed, 1 failed,
 * 1 errored; errors = 2, warnings = 2 (only leg cramps has them); mean coverage over the two
 * audited files = (1 + 0.75) / 2 = 0.875; mean score = (94 + 62) / 2 = 78.
 * Messages carry the characters every format must escape: | < > & % , : newline and a C0 control.
 */
import type { FileReport, Report, ReportKeyword } from '../../src/report/types.js';
import { crossFileFingerprint, fingerprint } from '../../src/report/fingerprint.js';

const noPlacements = {
  title: false,
  metaDescription: false,
  h1: false,
  subheadings: { with: 0, of: 3 },
  intro: false,
  slug: false,
  imageAlt: false,
  section: null,
};

function keyword(overrides: Partial<ReportKeyword> & Pick<ReportKeyword, 'phrase'>): ReportKeyword {
  return {
    group: 'core',
    primary: false,
    match: 'forms',
    count: 0,
    counts: { exact: 0, forms: 0, sentence: 0 },
    density: 0,
    found: false,
    placements: noPlacements,
    occurrences: [],
    ...overrides,
  };
}

export const LEG_CRAMPS: FileReport = {
  path: 'posts/leg cramps.md',
  format: 'markdown',
  status: 'failed',
  title: 'Leg Cramps: Causes & Prevention',
  metaDescription: null,
  slug: 'leg-cramps',
  language: 'en',
  languageSource: 'keyword-set',
  stats: { words: 400, sentences: 30, paragraphs: 12, headings: 4 },
  score: 62,
  coverage: {
    ratio: 0.75,
    covered: 3,
    total: 4,
    groups: [
      { name: 'core', ratio: 1, covered: 2, total: 2 },
      { name: 'causes', ratio: 0.5, covered: 1, total: 2 },
    ],
  },
  keywords: [
    keyword({
      phrase: 'leg cramps',
      primary: true,
      count: 14,
      counts: { exact: 12, forms: 14, sentence: 15 },
      density: 3.5,
      found: true,
      placements: {
        title: true,
        metaDescription: false,
        h1: true,
        subheadings: { with: 2, of: 3 },
        intro: true,
        slug: true,
        imageAlt: false,
        section: null,
      },
      occurrences: [
        { line: 1, column: 3, text: 'Leg Cramps', mode: 'exact' },
        { line: 5, column: 10, text: 'leg cramp', mode: 'forms' },
      ],
    }),
    keyword({ phrase: 'muscle cramps', count: 2, counts: { exact: 2, forms: 2, sentence: 2 }, density: 0.5, found: true }),
    keyword({
      phrase: 'what causes leg cramps',
      group: 'causes',
      count: 1,
      counts: { exact: 1, forms: 1, sentence: 1 },
      density: 0.25,
      found: true,
      placements: { ...noPlacements, section: true },
    }),
    keyword({ phrase: 'causes of leg | cramps', group: 'causes', placements: { ...noPlacements, section: false } }),
  ],
  headings: [
    { level: 1, text: 'Leg Cramps: Causes & Prevention', line: 1, words: 60 },
    { level: 2, text: 'What causes leg cramps?', line: 9, words: 180 },
    { level: 3, text: 'Dehydration', line: 20, words: 90 },
    { level: 2, text: 'Prevention', line: 30, words: 70 },
  ],
  sections: {
    groups: ['core', 'causes'],
    sections: [
      { heading: 'Leg Cramps: Causes & Prevention', level: 1, line: 1, counts: [5, 0] },
      { heading: 'What causes leg cramps?', level: 2, line: 9, counts: [6, 1] },
      { heading: 'Dehydration', level: 3, line: 20, counts: [3, 0] },
      { heading: 'Prevention', level: 2, line: 30, counts: [2, 0] },
    ],
  },
  // Deliberately out of position order: reporters sort by line, column.
  findings: [
    { ruleId: 'section-length', severity: 'warning', message: 'Section "What causes leg cramps?" has 180 words, over 150', line: 9, column: 1, fingerprint: fingerprint('section-length', 'posts/leg cramps.md', 'What causes leg cramps?') },
    { ruleId: 'keyword-density', severity: 'error', message: 'Primary keyword "leg cramps" density 3.5% is above 3%', line: 1, column: 1, fingerprint: fingerprint('keyword-density', 'posts/leg cramps.md', 'leg cramps') },
    { ruleId: 'keyword-missing', severity: 'error', message: 'Keyword "causes of leg | cramps" <missing>: 0 of 1, 100% & more,\nsee: docs\u0007', line: 1, column: 1, fingerprint: fingerprint('keyword-missing', 'posts/leg cramps.md', 'causes of leg | cramps') },
    { ruleId: 'heading-duplicate', severity: 'warning', message: 'Duplicate heading', line: 30, column: 4, fingerprint: fingerprint('heading-duplicate', 'posts/leg cramps.md', 'Prevention') },
    { ruleId: 'readability', severity: 'info', message: 'Reading ease 58', line: 1, column: 1, fingerprint: fingerprint('readability', 'posts/leg cramps.md', '') },
  ],
};

export const GOOD: FileReport = {
  path: 'posts/good.md',
  format: 'html',
  status: 'passed',
  title: 'Good',
  metaDescription: 'A good article',
  slug: 'good',
  language: 'en-GB',
  languageSource: 'front-matter',
  stats: { words: 800, sentences: 50, paragraphs: 20, headings: 3 },
  score: 94,
  coverage: { ratio: 1, covered: 2, total: 2, groups: [{ name: 'core', ratio: 1, covered: 2, total: 2 }] },
  keywords: [
    keyword({ phrase: 'leg cramps', primary: true, count: 10, counts: { exact: 10, forms: 10, sentence: 10 }, density: 1.25, found: true }),
    keyword({ phrase: 'muscle cramps', count: 3, counts: { exact: 3, forms: 3, sentence: 3 }, density: 0.38, found: true }),
  ],
  headings: [{ level: 1, text: 'Good', line: 1, words: 800 }],
  sections: { groups: ['core'], sections: [{ heading: 'Good', level: 1, line: 1, counts: [13] }] },
  findings: [{ ruleId: 'readability', severity: 'info', message: 'Reading ease 61', line: 1, column: 1, fingerprint: fingerprint('readability', 'posts/good.md', '') }],
};

export const MISSING: FileReport = {
  path: 'posts/missing.md',
  format: null,
  status: 'error',
  error: 'cannot read file — ENOENT: no such file or directory',
  title: null,
  metaDescription: null,
  slug: null,
  language: null,
  languageSource: null,
  stats: { words: 0, sentences: 0, paragraphs: 0, headings: 0 },
  score: 0,
  coverage: null,
  keywords: [],
  headings: [],
  sections: { groups: [], sections: [] },
  findings: [],
};

export function sampleReport(): Report {
  return structuredClone({
    schemaVersion: 1,
    tool: { name: 'seo-audit', version: '0.1.0' },
    summary: { files: 3, passed: 1, failed: 1, errored: 1, skipped: 0, errors: 2, warnings: 2, coverage: 0.875, score: 78 },
    crossFile: [
      {
        ruleId: 'keyword-cannibalization',
        severity: 'warning',
        message: 'Both target "leg cramps"',
        files: ['posts/leg cramps.md', 'posts/good.md'],
        fingerprint: crossFileFingerprint('keyword-cannibalization', ['posts/leg cramps.md', 'posts/good.md'], 'leg cramp'),
        locations: [
          { path: 'posts/leg cramps.md', line: 1, column: 1 },
          { path: 'posts/good.md', line: 1, column: 1 },
        ],
      },
    ],
    files: [GOOD, LEG_CRAMPS, MISSING],
    rules: [
      { id: 'heading-duplicate', description: 'No two headings share a text', defaultSeverity: 'warning' },
      { id: 'keyword-density', description: 'Primary keyword density within the band', defaultSeverity: 'warning' },
      { id: 'keyword-missing', description: 'Every keyword occurs', defaultSeverity: 'error' },
      { id: 'readability', description: 'Flesch reading ease', defaultSeverity: 'info' },
      { id: 'section-length', description: 'Sections are not too long', defaultSeverity: 'warning' },
    ],
  } satisfies Report);
}

export const PLAIN = { color: false, quiet: false } as const;
