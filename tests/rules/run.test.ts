/**
 * The registry, option validation, the runner (settings, skipped rules,
 * score, directives, ordering), the syllable counter and the docs table.
 */
import { fingerprint } from '../../src/report/fingerprint.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/index.js';
import type { SourceFormat } from '../../src/document/model.js';
import { UsageError } from '../../src/errors.js';
import { adHocKeywordSet, analyze } from '../../src/keywords/index.js';
import { RULES, ruleById, validateRuleOptions } from '../../src/rules/registry.js';
import { compareFindings, runRules } from '../../src/rules/run.js';
import { englishSyllables as syllables } from '../../src/language/en.js';
import type { RuleSetting } from '../../src/config/types.js';

const SPEC_RULE_IDS = [
  'keyword-coverage', 'keyword-missing', 'keyword-density', 'keyword-stuffing', 'keyword-in-title',
  'keyword-in-h1', 'keyword-in-intro', 'keyword-in-subheadings', 'keyword-in-meta-description',
  'keyword-in-slug', 'keyword-in-image-alt', 'keyword-distribution', 'section-keywords',
  'heading-single-h1', 'heading-increment', 'heading-empty-section', 'heading-duplicate', 'heading-empty',
  'section-length', 'text-length', 'title-length', 'meta-description-length', 'paragraph-length',
  'sentence-length', 'readability', 'image-alt', 'front-matter', 'link-text', 'links-internal', 'link-competing',
  'html-lang', 'open-graph', 'structured-data',
];

function run(source: string, options: { format?: SourceFormat; keywords?: string[]; settings?: Record<string, RuleSetting> } = {}) {
  const format = options.format ?? 'markdown';
  const document = parseDocument(source, format, format === 'html' ? 'a.html' : 'a.md');
  const set = adHocKeywordSet(options.keywords ?? []);
  return runRules(document, analyze(document, set), set, options.settings ?? {});
}

describe('registry', () => {
  it('has every SPEC §6 rule, sorted by id, each complete', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...SPEC_RULE_IDS].sort());
    for (const rule of RULES) {
      expect(ruleById(rule.id)).toBe(rule);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(Object.keys(rule.defaults).sort()).toEqual(Object.keys(rule.options).sort());
      // Defaults must pass their own validation.
      expect(validateRuleOptions(rule, rule.defaults)).toBeNull();
    }
    expect(ruleById('no-such-rule')).toBeUndefined();
    expect(RULES.reduce((sum, r) => sum + r.weight, 0)).toBe(42);
  });

  it('validateRuleOptions names the option and the problem', () => {
    const sectionLength = ruleById('section-length')!;
    expect(validateRuleOptions(sectionLength, { max: 400 })).toBeNull();
    expect(validateRuleOptions(sectionLength, { maxx: 400 })).toBe('rule "section-length" has no option "maxx" (known options: max)');
    expect(validateRuleOptions(sectionLength, { max: '400' })).toBe('option "max" of rule "section-length" must be a number, not "400"');
    expect(validateRuleOptions(sectionLength, { max: 2.5 })).toBe('option "max" of rule "section-length" must be a whole number, not 2.5');
    expect(validateRuleOptions(sectionLength, { max: 0 })).toBe('option "max" of rule "section-length" must be at least 1, not 0');
    expect(validateRuleOptions(sectionLength, [])).toBe('options of rule "section-length" must be an object');
    expect(validateRuleOptions(ruleById('keyword-coverage')!, { min: 1.5 })).toBe('option "min" of rule "keyword-coverage" must be at most 1, not 1.5');
    expect(validateRuleOptions(ruleById('heading-duplicate')!, { siblingsOnly: 'yes' })).toBe(
      'option "siblingsOnly" of rule "heading-duplicate" must be true or false, not "yes"',
    );
    expect(validateRuleOptions(ruleById('heading-increment')!, { x: 1 })).toBe('rule "heading-increment" has no option "x" (it takes no options)');
    // min/max checked after merging with the defaults (30–60).
    expect(validateRuleOptions(ruleById('title-length')!, { min: 70 })).toBe('options of rule "title-length": min (70) is greater than max (60)');
    expect(validateRuleOptions(ruleById('title-length')!, { min: 70, max: 80 })).toBeNull();
    // Prototype keys are not options.
    expect(validateRuleOptions(sectionLength, JSON.parse('{"__proto__": 1}'))).toBe(
      'rule "section-length" has no option "__proto__" (known options: max)',
    );
  });
  it("every rule's defaults are valid options (the runner takes a file's copy of them without validating it)", () => {
    for (const rule of RULES) expect(validateRuleOptions(rule, { ...(rule.defaults as Record<string, unknown>) }), rule.id).toBeNull();
  });
});

describe('runRules settings', () => {
  const short = '# Title\n\nShort text here.\n';
  it("'off' removes a rule from findings and score; severity and options apply", () => {
    const base = run(short);
    expect(base.findings.some((f) => f.ruleId === 'text-length')).toBe(true);
    const off = run(short, { settings: { 'text-length': { severity: 'off', options: {} } } });
    expect(off.findings.some((f) => f.ruleId === 'text-length')).toBe(false);
    expect(off.ruleScores).not.toHaveProperty('text-length');
    const error = run(short, { settings: { 'text-length': { severity: 'error', options: { min: 5 } } } });
    expect(error.findings.filter((f) => f.ruleId === 'text-length')).toEqual([
      // At the H1 (1:1); one finding per file, so its fingerprint has no subject.
      {
        ruleId: 'text-length',
        severity: 'error',
        message: 'The text has 4 words; write at least 5.',
        line: 1,
        column: 1,
        fingerprint: fingerprint('text-length', 'a.md'),
      },
    ]);
  });
  it('options equal to the defaults but for one value are validated and applied', () => {
    const defaults = ruleById('text-length')!.defaults as Record<string, unknown>;
    expect(() => run(short, { settings: { 'text-length': { severity: 'warning', options: { ...defaults, min: -1 } } } })).toThrow(UsageError);
    const fewer = run(short, { settings: { 'text-length': { severity: 'warning', options: { ...defaults, min: 4 } } } });
    expect(fewer.findings.some((f) => f.ruleId === 'text-length')).toBe(false);
    expect(run(short, { settings: { 'text-length': { severity: 'warning', options: { ...defaults } } } })).toEqual(run(short));
  });
  it('rejects unknown rules and bad options with a UsageError', () => {
    expect(() => run(short, { settings: { 'no-such-rule': { severity: 'warning', options: {} } } })).toThrow(UsageError);
    expect(() => run(short, { settings: { 'text-length': { severity: 'warning', options: { min: -1 } } } })).toThrow(
      'option "min" of rule "text-length" must be at least 0, not -1',
    );
  });
  it('skips keyword rules without keywords, and scores the rest by hand', () => {
    // No keyword set: all 13 keyword rules and link-competing (it needs a primary keyword) are
    // skipped, and the three HTML rules are skipped for Markdown. The other 16 rules (heading-empty
    // and front-matter included) weigh 17
    // (text-length 2). Title 40 characters (the page H1, titleAsH1), description 130, an H2,
    // one 150-word paragraph of 15 ten-word sentences (readability ≈ 86.7), so everything
    // passes except text-length: 151 words / 300 = 0.5033, and links-internal: no links, 0.
    // Score = (14 + 2 × 0.5033 + 0) / 17 = 15.0067 / 17 = 0.8827 → 88.
    const sentences = Array.from({ length: 15 }, () => 'The quick brown fox jumps over a lazy dog today.').join(' ');
    const source = `---\ntitle: ${'t'.repeat(40)}\ndescription: ${'d'.repeat(130)}\n---\n\n## Heading\n\n${sentences}\n`;
    const result = run(source);
    expect(Object.keys(result.ruleScores).filter((id) => id.startsWith('keyword') || id === 'section-keywords')).toEqual([]);
    expect(Object.keys(result.ruleScores)).toHaveLength(16);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['links-internal', 'text-length']);
    expect(result.ruleScores['text-length']).toBe(0.5033);
    expect(result.ruleScores['links-internal']).toBe(0);
    expect(result.score).toBe(88);
  });
  it('a null keyword set behaves like an empty one', () => {
    const document = parseDocument('# T\n\nText.\n', 'markdown', 'a.md');
    const set = adHocKeywordSet([]);
    const withNull = runRules(document, analyze(document, set), null);
    expect(withNull).toEqual(runRules(document, analyze(document, set), set));
  });
  it('every rule off scores 100', () => {
    const settings = Object.fromEntries(RULES.map((r) => [r.id, { severity: 'off' as const, options: {} }]));
    expect(run('', { settings })).toEqual({ findings: [], score: 100, ruleScores: {} });
  });
  it('an empty document does not crash', () => {
    const result = run('', { keywords: ['cramp'] });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.findings.map((f) => f.ruleId)).toContain('text-length');
  });
});

describe('directives', () => {
  // Three duplicate pairs: each "## Same" after the first is a heading-duplicate finding.
  const doc = (between: string[]): string =>
    ['# Top', 'Text.', '## Same', 'Text.', between[0] ?? '', '## Same', 'Text.', between[1] ?? '', '## Same', 'Text.']
      .filter((l) => l !== '')
      .join('\n\n') + '\n';
  const lines = (source: string, format: SourceFormat = 'markdown') =>
    run(source, { format }).findings.filter((f) => f.ruleId === 'heading-duplicate').map((f) => f.line);

  it('without directives both repeats are reported', () => {
    expect(lines(doc([]))).toEqual([9, 13]);
  });
  it('disable … enable hides findings in between only', () => {
    // Lines: 1 # Top, 3 Text, 5 ## Same, 7 Text, 9 disable, 11 ## Same, 13 Text, 15 enable, 17 ## Same.
    expect(lines(doc(['<!-- seo-audit-disable heading-duplicate -->', '<!-- seo-audit-enable heading-duplicate -->']))).toEqual([17]);
  });
  it('a directive for another rule changes nothing', () => {
    expect(lines(doc(['<!-- seo-audit-disable heading-increment -->', '']))).toEqual([11, 15]);
  });
  it('bare disable, then enable of one rule re-enables only that rule', () => {
    const source = doc(['<!-- seo-audit-disable -->', '<!-- seo-audit-enable heading-duplicate -->']);
    expect(lines(source)).toEqual([17]);
    // The title ("Top", 3 characters, at 1:3) comes before the disable, so it stays.
    // text-length, meta-description-length... (file-level) are hidden: every rule but
    // heading-duplicate is still disabled at the end.
    expect(run(source).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['1:3 title-length', '17:1 heading-duplicate']);
  });
  it('a bare enable ends a specific disable', () => {
    expect(lines(doc(['<!-- seo-audit-disable heading-duplicate -->', '<!-- seo-audit-enable -->']))).toEqual([17]);
  });
  it('file-level findings: hidden only when the rule is disabled at the end', () => {
    const short = 'Short text.\n\n<!-- seo-audit-disable text-length -->\n';
    expect(run(short).findings.map((f) => f.ruleId)).not.toContain('text-length');
    const reenabled = 'Short text.\n\n<!-- seo-audit-disable text-length -->\n\n<!-- seo-audit-enable text-length -->\n';
    expect(run(reenabled).findings.map((f) => f.ruleId)).toContain('text-length');
  });
  it('works in HTML comments too', () => {
    const html =
      '<body><h1>Top</h1><p>Text.</p>\n<h2>Same</h2><p>Text.</p>\n<!-- seo-audit-disable heading-duplicate -->\n' +
      '<h2>Same</h2><p>Text.</p>\n<!-- seo-audit-enable heading-duplicate -->\n<h2>Same</h2><p>Text.</p></body>\n';
    expect(lines(html, 'html')).toEqual([6]);
  });
});

describe('finding order', () => {
  it('sorts by line, column, rule id, message', () => {
    const f = (line: number, column: number, ruleId: string, message: string) => ({ ruleId, severity: 'warning' as const, message, line, column });
    const list = [f(2, 1, 'a', 'x'), f(1, 5, 'a', 'x'), f(1, 1, 'b', 'a'), f(1, 1, 'a', 'b'), f(1, 1, 'a', 'a')];
    expect([...list].sort(compareFindings)).toEqual([f(1, 1, 'a', 'a'), f(1, 1, 'a', 'b'), f(1, 1, 'b', 'a'), f(1, 5, 'a', 'x'), f(2, 1, 'a', 'x')]);
  });
});

describe('syllables (English)', () => {
  // Dictionary syllabification, counted by hand.
  const cases: [string, number][] = [
    ['the', 1], ['cramps', 1], ['make', 1], ['times', 1], ['jumped', 1], ['whole', 1], ['free', 1], ['freed', 1],
    ['young', 1], ['table', 2], ['able', 2], ['muscle', 2], ['muscles', 2], ['wanted', 2], ['causes', 2],
    ['boxes', 2], ['changes', 2], ['body', 2], ['language', 2], ['quality', 3], ['period', 3], ['calcium', 3],
    ['nutrition', 3], ['various', 3], ['potassium', 4], ['magnesium', 4], ['usually', 4], ['electrolyte', 4],
    ['dehydration', 4], ['involuntary', 5], ['readability', 5], ['musculoskeletal', 6],
  ];
  it.each(cases)('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });
  it('never returns less than 1, also for digits and other scripts', () => {
    expect(syllables('2024')).toBe(1);
    expect(syllables('日本')).toBe(1);
    expect(syllables('shed')).toBe(1);
  });
});

describe('README rule table', () => {
  it('lists every rule with its default severity, weight and default options', () => {
    const doc = readFileSync('README.md', 'utf8');
    for (const rule of RULES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1]).toBe(rule.defaultSeverity);
      expect(cells[2]).toBe(String(rule.weight));
      const defaults = Object.entries(rule.defaults).map(([k, v]) => `\`${k}: ${String(v)}\``).join(', ') || '—';
      expect(cells[3]).toBe(defaults);
    }
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    '# Leg cramps', '## Causes', '### Deep', '#### Deeper', '', 'Leg cramps hurt.', 'A cramp.', 'Drink water daily.',
    '![](x.png)', '![leg cramps](y.png)', '- leg cramp item', '<!-- seo-audit-disable -->', '<!-- seo-audit-enable -->',
    '<!-- seo-audit-disable keyword-density heading-increment -->', '---', '> quoted leg cramps', '`code`', '| a | b |',
  );
  it('never throws; score is an integer 0–100; findings are sorted and in the file', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(fc.constantFrom('leg cramps', 'causes', 'water', '"a"'), { maxLength: 3 }), (parts, keywords) => {
        // Opening with prose keeps "---" out of front-matter position, so prepending a
        // directive below does not change how the rest parses.
        const source = ['Intro.', ...parts].join('\n\n');
        const result = run(source, { keywords });
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect([...result.findings].sort(compareFindings)).toEqual(result.findings);
        const lineCount = source.split('\n').length;
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lineCount);
        }
        for (const score of Object.values(result.ruleScores)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        // A bare disable in front silences everything and leaves the score alone.
        const withoutEnables = source.replace(/seo-audit-enable/g, 'x');
        const silenced = run(`<!-- seo-audit-disable -->\n\n${withoutEnables}`, { keywords });
        expect(silenced.findings).toEqual([]);
        expect(silenced.score).toBe(run(withoutEnables, { keywords }).score);
      }),
      { numRuns: 150 },
    );
  });
});
