/** The report schema as merge's validator and as the json reporter's key order. */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/json.js';
import { REPORT_SCHEMA } from '../../src/report/schema.js';
import { ordered, SchemaError, validate } from '../../src/report/validate.js';
import { PLAIN, sampleReport } from './fixture.js';

function problem(value: unknown): string {
  try {
    validate(value, REPORT_SCHEMA);
    return 'valid';
  } catch (error) {
    if (error instanceof SchemaError) return error.message;
    throw error;
  }
}

describe('validate', () => {
  const good = JSON.parse(render(sampleReport(), PLAIN));

  it('accepts what the json format writes', () => {
    expect(problem(good)).toBe('valid');
  });

  it('names the first field that does not fit and why', () => {
    const file = good.files[1];
    expect(problem({ ...good, schemaVersion: 2 })).toBe('schemaVersion is 2, expected 1');
    expect(problem({ ...good, summary: { ...good.summary, files: -1 } })).toBe('summary.files must be a whole number of at least 0');
    expect(problem({ ...good, summary: { ...good.summary, coverage: 'high' } })).toBe('summary.coverage must be a number from 0 to 1 or null');
    expect(problem({ ...good, files: [{ ...file, format: 'mdx' }] })).toBe('files[0].format must be markdown, html or null');
    expect(problem({ ...good, files: [{ ...file, extra: 1 }] })).toBe('files[0] has an unknown field "extra"');
    const { slug: _slug, ...noSlug } = file;
    expect(problem({ ...good, files: [noSlug] })).toBe('files[0].slug is missing');
    expect(problem({ ...good, files: [{ ...file, findings: [{ ...file.findings[0], ruleId: 'Not An Id' }] }] })).toBe(
      'files[0].findings[0].ruleId must match ^[a-z0-9]+(-[a-z0-9]+)*$',
    );
    expect(problem({ ...good, files: [{ ...file, status: 'error' }] })).toBe('files[0].error is missing');
    expect(problem({ ...good, files: [{ ...file, status: 'error', error: 'x — y (line 2)', errorPosition: { line: 0, column: null } }] })).toBe(
      'files[0].errorPosition.line must be a whole number of at least 1',
    );
  });
});

describe('ordered', () => {
  it('keeps exactly the schema properties, in schema order', () => {
    const value = { rules: [], crossFile: [], files: [], extra: true, summary: { score: null, files: 0 }, tool: { version: '1', name: 'seo-audit' }, schemaVersion: 1 };
    expect(JSON.stringify(ordered(value, REPORT_SCHEMA))).toBe(
      '{"schemaVersion":1,"tool":{"name":"seo-audit","version":"1"},"summary":{"files":0,"score":null},"files":[],"crossFile":[],"rules":[]}',
    );
  });
});
