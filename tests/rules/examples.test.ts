/**
 * Every registered rule's own examples (src/rules/<id>.ts `examples`): a valid snippet yields no
 * finding of the rule, an invalid one exactly the expected findings (message substring, line,
 * column when given), in report order. A new rule needs no edit here.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/registry.js';
import { runCrossFileExample, runRuleExample } from '../../src/rules/examples.js';
import { isCrossFileRule } from '../../src/rules/types.js';

const label = (name: string | undefined, index: number): string => name ?? `#${index + 1}`;

describe.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has valid and invalid examples', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  if (isCrossFileRule(rule)) {
    rule.examples.valid.forEach((example, i) => {
      it(`valid ${label(example.name, i)}`, () => {
        expect(runCrossFileExample(rule, example).map((f) => f.message)).toEqual([]);
      });
    });
    rule.examples.invalid.forEach((example, i) => {
      it(`invalid ${label(example.name, i)}`, () => {
        const found = runCrossFileExample(rule, example);
        expect(found.map((f) => ({ files: f.files }))).toEqual(example.messages.map((m) => ({ files: [...m.files] })));
        found.forEach((finding, k) => expect(finding.message).toContain(example.messages[k]!.message));
      });
    });
    return;
  }

  rule.examples.valid.forEach((example, i) => {
    it(`valid ${label(example.name, i)}`, () => {
      expect(runRuleExample(rule, example).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
    });
  });
  rule.examples.invalid.forEach((example, i) => {
    it(`invalid ${label(example.name, i)}`, () => {
      const found = runRuleExample(rule, example);
      expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toHaveLength(example.messages.length);
      found.forEach((finding, k) => {
        const expected = example.messages[k]!;
        expect(finding.message).toContain(expected.message);
        expect(finding.line).toBe(expected.line);
        if (expected.column !== undefined) expect(finding.column).toBe(expected.column);
      });
    });
  });
});
