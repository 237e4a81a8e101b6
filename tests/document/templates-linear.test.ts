/**
 * Template masking on one long line (issue 12, session 3): every tag used to look up the end of
 * its line (and masked runs the start of theirs) with an unbounded scan, so n tags on one line
 * cost O(n²): 40,000 `{{ a }}` took 11 s, 300,000 would take about 10 minutes. The assertions are
 * on the masked text, never on time; the per-test timeout is what a quadratic regression runs
 * into (as in tests/e2e/superlinear.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { maskTemplates } from '../../src/document/templates.js';

const LONG = 120_000;
const N = 300_000;
const ALL = ['hugo', 'liquid', 'kumascript', 'kramdown'] as const;

/** Masked text keeps the length and only spaces, MASK characters and line breaks replace tags. */
function masked(source: string): string {
  const out = maskTemplates(source, [...ALL]).text;
  expect(out.length).toBe(source.length);
  return out;
}

describe('template masking is linear on one long line', () => {
  it.each([
    ['Liquid/KumaScript output', '{{ a }} '],
    ['kramdown attribute lists', '{: .x} '],
    ['kramdown {:toc}', '{:toc}'],
    ['kramdown comments', '{::comment}x{:/comment} '],
    ['Hugo shortcodes in link destinations', '[a]({{< ref "p" >}}) '],
    ['Nunjucks comments', '{# c #} '],
  ])('%s', (_name, unit) => {
    const out = masked(unit.repeat(N));
    expect(out.includes('{{') || out.includes('{:') || out.includes('{#')).toBe(false);
  }, LONG);

  it('heading-id look-alikes in prose stay text', () => {
    const source = 'a {#id} '.repeat(N);
    expect(maskTemplates(source, ['kramdown']).text).toBe(source);
  }, LONG);

  it('escaped shortcodes without a closer and openers without closers', () => {
    const out = masked('{{</* x '.repeat(N) + '{{< y '.repeat(N));
    expect(out.startsWith('{{</* x ')).toBe(true); // nothing closes them: left as text
  }, LONG);
});
