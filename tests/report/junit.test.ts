import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { attr, render, text } from '../../src/report/junit.js';
import { PLAIN, sampleReport } from './fixture.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true, // decode numeric references such as &#10;
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parse(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit reporter', () => {
  const xml = render(sampleReport(), PLAIN);
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;

  it('is well-formed XML with one suite per file plus the cross-file suite', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(suites.map((s: any) => s.name)).toEqual(['posts/good.md', 'posts/leg cramps.md', 'posts/missing.md', '(cross-file)']);
  });

  it('counts tests, failures and errors', () => {
    // 5 rules ran → 5 cases per audited file; the errored file is 1 case; cross-file 1 case.
    // Failures: keyword-density and keyword-missing on leg cramps.md. Errors: missing.md.
    expect(doc.testsuites).toMatchObject({ tests: '12', failures: '2', errors: '1' });
    expect(suites[0]).toMatchObject({ tests: '5', failures: '0', errors: '0' });
    expect(suites[1]).toMatchObject({ tests: '5', failures: '2', errors: '0' });
    expect(suites[2]).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(suites[3]).toMatchObject({ tests: '1', failures: '0', errors: '0' });
  });

  it('has a testcase per rule that ran, classname = path, failures typed by severity', () => {
    const cases = suites[1].testcase;
    expect(cases.map((c: any) => c.name)).toEqual([
      'heading-duplicate',
      'keyword-density',
      'keyword-missing',
      'readability',
      'section-length',
    ]);
    for (const c of cases) expect(c.classname).toBe('posts/leg cramps.md');
    const density = cases[1];
    expect(density.failure.type).toBe('error');
    expect(density.failure['#text']).toBe('1:1 error Primary keyword "leg cramps" density 3.5% is above 3%');
    expect(cases[0]['system-out']).toBe('30:4 warning Duplicate heading');
    expect(cases[0].failure).toBeUndefined();
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    const missing = suites[1].testcase[2];
    // The BEL (U+0007) becomes U+FFFD; the newline survives in the attribute as &#10;.
    expect(missing.failure.message).toBe('Keyword "causes of leg | cramps" <missing>: 0 of 1, 100% & more,\nsee: docs\uFFFD');
    expect(xml).toContain('&lt;missing&gt;: 0 of 1, 100% &amp; more,&#10;see: docs\uFFFD" type="error">');
    expect(xml).not.toContain('\u0007');
  });

  it('reports the unreadable file as an <error>', () => {
    const errored = suites[2].testcase[0];
    expect(errored.error.message).toBe('cannot read file — ENOENT: no such file or directory');
  });

  it('keeps only failures when quiet', () => {
    const quiet = parse(render(sampleReport(), { color: false, quiet: true }));
    const legCramps = quiet.testsuites.testsuite[1];
    expect(legCramps.failures).toBe('2');
    expect(legCramps.testcase.filter((c: any) => c['system-out'] !== undefined)).toEqual([]);
    expect(quiet.testsuites.testsuite.map((s: any) => s.name)).not.toContain('(cross-file)');
  });
});

describe('xml escaping', () => {
  it('escapes text and attributes', () => {
    expect(text('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(attr(`"q" 'a'\t\r\n`)).toBe('&quot;q&quot; &apos;a&apos;&#9;&#13;&#10;');
  });

  it('replaces C0 controls, U+FFFE/U+FFFF and lone surrogates but keeps emoji', () => {
    expect(text('\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF')).toBe('\uFFFD'.repeat(7));
    expect(text('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(text('leg 🦵 cramps\ttab\nline')).toBe('leg 🦵 cramps\ttab\nline');
  });

  it('any string survives a round trip through an attribute and text node', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const xml = `<r a="${attr(value)}">${text(value)}</r>`;
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = new XMLParser({
          ignoreAttributes: false,
          attributeNamePrefix: '',
          htmlEntities: true,
          trimValues: false,
          parseTagValue: false,
          parseAttributeValue: false,
        }).parse(xml);
        const safe = value.replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        );
        expect(parsed.r?.a ?? '').toBe(safe);
        expect(parsed.r?.['#text'] ?? '').toBe(safe);
      }),
      { numRuns: 300 },
    );
  });
});
