/** The report schema as merge's validator and as the json reporter's key order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/json.js';
import { REPORT_SCHEMA } from '../../src/report/schema.js';
import { matches, ordered, SchemaError, validate } from '../../src/report/validate.js';
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

describe('matches', () => {
  const good = JSON.parse(render(sampleReport(), PLAIN));
  // Every place in the report (objects' keys, arrays' indices), the root excluded.
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(good, []);
  const edited = (path: (string | number)[], edit: { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra' }): unknown => {
    const copy = structuredClone(good);
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path.at(-1)!;
    if (edit.kind === 'set') parent[last] = edit.value;
    else if (edit.kind === 'delete') delete parent[last];
    else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last].unexpected = 1;
    return copy;
  };
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', 'x', -1, 0, 0.5, 1.5, 101, [], {}, true, 'error')) }),
    fc.constant({ kind: 'delete' as const }),
    fc.constant({ kind: 'extra' as const }),
  );

  it('is true exactly when validate finds no problem (one edit anywhere in a real report)', () => {
    expect(paths.length).toBeGreaterThan(100);
    let invalid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...paths), edit, (path, change) => {
        const value = edited(path, change);
        const valid = problem(value) === 'valid';
        if (!valid) invalid++;
        expect(matches(value, REPORT_SCHEMA)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
    // Both answers occur: most edits break the report, some (an equal value, a nullable field) do not.
    expect(invalid).toBeGreaterThan(100);
    expect(matches(good, REPORT_SCHEMA)).toBe(true);
  });
});
