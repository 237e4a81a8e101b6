/**
 * Fingerprints (SPEC §7): a hash of rule, path and subject — not the line, not the message's
 * numbers — so a finding keeps its fingerprint when the article is edited elsewhere.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/index.js';
import { adHocKeywordSet, analyze, loadKeywordSet } from '../../src/keywords/index.js';
import { crossFileFingerprint, fingerprint, fingerprintAll, fingerprintPath } from '../../src/report/fingerprint.js';
import { runRules } from '../../src/rules/run.js';
import { run } from '../helpers/cli.js';

const set = loadKeywordSet('keywords/leg-cramps.yaml');
const article = readFileSync('fixtures/leg-cramps.md', 'utf8');

function findingsOf(source: string, path = 'posts/a.md') {
  const document = parseDocument(source, 'markdown', path);
  return runRules(document, analyze(document, set), set).findings;
}

describe('fingerprint()', () => {
  it('is 32 hex digits, and differs by rule, path and subject', () => {
    const base = fingerprint('heading-duplicate', 'posts/a.md', 'Causes');
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprint('heading-empty-section', 'posts/a.md', 'Causes')).not.toBe(base);
    expect(fingerprint('heading-duplicate', 'posts/b.md', 'Causes')).not.toBe(base);
    expect(fingerprint('heading-duplicate', 'posts/a.md', 'Prevention')).not.toBe(base);
    expect(fingerprint('heading-duplicate', 'posts/a.md', 'Causes', 2)).not.toBe(base);
  });

  it('ignores "./", backslashes, case, Unicode composition and spacing of the subject', () => {
    const base = fingerprint('keyword-missing', 'posts/café.md', 'Leg Cramps');
    expect(fingerprint('keyword-missing', './posts/café.md', 'leg  cramps')).toBe(base);
    expect(fingerprint('keyword-missing', 'posts\\café.md', ' LEG CRAMPS ')).toBe(base);
    expect(fingerprintPath('././a/b.md')).toBe('a/b.md');
    // "é" precomposed (NFC) and decomposed (NFD) are the same subject.
    expect(fingerprint('r', 'a.md', 'caf\u00e9')).toBe(fingerprint('r', 'a.md', 'cafe\u0301'));
  });

  it('numbers repeats of one rule and subject in a file, so every fingerprint of a file is distinct', () => {
    const prints = fingerprintAll('a.md', [
      { ruleId: 'paragraph-length' },
      { ruleId: 'paragraph-length' },
      { ruleId: 'text-length' },
    ]);
    expect(new Set(prints).size).toBe(3);
    expect(prints[0]).toBe(fingerprint('paragraph-length', 'a.md'));
    expect(prints[1]).toBe(fingerprint('paragraph-length', 'a.md', '', 2));
  });

  it('cross-file: the order of the paths does not matter', () => {
    expect(crossFileFingerprint('keyword-cannibalization', ['b.md', 'a.md'], 'leg cramp')).toBe(
      crossFileFingerprint('keyword-cannibalization', ['./a.md', 'b.md'], 'leg cramp'),
    );
  });
});

describe('fingerprints of real findings', () => {
  it('every finding of the fixture has one, all distinct', () => {
    const findings = findingsOf(article);
    expect(findings.length).toBeGreaterThan(10);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });

  it('survive text inserted before them: lines move, fingerprints stay', () => {
    const before = findingsOf(article);
    const edited = article.replace('## What Are Leg Cramps', 'A new short paragraph.\n\nAnd another one.\n\n## What Are Leg Cramps');
    const after = findingsOf(edited);
    const sectionBefore = before.filter((f) => f.ruleId === 'section-keywords');
    const sectionAfter = after.filter((f) => f.ruleId === 'section-keywords');
    expect(sectionAfter.map((f) => f.line)).toEqual(sectionBefore.map((f) => f.line + 4));
    expect(sectionAfter.map((f) => f.fingerprint)).toEqual(sectionBefore.map((f) => f.fingerprint));
  });

  it('survive a changed number in the message (keyword density 3.19 % → another value)', () => {
    const before = findingsOf(article).find((f) => f.ruleId === 'keyword-density')!;
    const after = findingsOf(article.replace('leg cramps', 'leg cramps, leg cramps')).find((f) => f.ruleId === 'keyword-density')!;
    expect(after.message).not.toBe(before.message);
    expect(after.fingerprint).toBe(before.fingerprint);
  });

  it('property: prepending any paragraphs keeps the set of fingerprints of heading findings', () => {
    const source = '# Leg cramps\n\n## Causes\n\n## Causes\n\nText about leg cramps.\n\n#### Deep\n\nMore text.\n';
    const headingRules = new Set(['heading-duplicate', 'heading-empty-section', 'heading-increment']);
    const prints = (text: string): string[] =>
      findingsOf(text)
        .filter((f) => headingRules.has(f.ruleId))
        .map((f) => f.fingerprint)
        .sort();
    const base = prints(source);
    expect(base.length).toBe(3); // one duplicate, one empty section, one jump H2 → H4
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,5}$/), { maxLength: 5 }), (paragraphs) => {
        const prefix = paragraphs.map((p) => `${p}.\n\n`).join('');
        expect(prints(source.replace('## Causes', `${prefix}## Causes`))).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });

  it('the CLI JSON report carries them on file and cross-file findings', () => {
    const result = run(['fixtures/blog', '-f', 'json']);
    const report = JSON.parse(result.stdout);
    for (const file of report.files) {
      const prints = file.findings.map((f: { fingerprint: string }) => f.fingerprint);
      expect(prints.every((p: string) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
      expect(new Set(prints).size).toBe(prints.length);
    }
    // fixtures/blog: the two published "leg cramps" articles share a primary keyword.
    expect(report.crossFile).toHaveLength(1);
    const [shared] = report.crossFile;
    expect(shared.fingerprint).toBe(crossFileFingerprint('keyword-cannibalization', shared.files, 'leg cramp'));
    expect(shared.locations.map((l: { path: string }) => l.path)).toEqual(shared.files);
    // Each location is the article's H1 line, not a bare 1:1 when the H1 is further down.
    for (const location of shared.locations) {
      const file = report.files.find((f: { path: string }) => f.path === location.path);
      const h1 = file.headings.find((h: { level: number }) => h.level === 1);
      expect(location.line).toBe(h1?.line ?? 1);
    }
  });
});
