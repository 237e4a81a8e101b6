import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/json.js';
import { PLAIN, sampleReport } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

/** Reverses the insertion order of every object's keys (and the files array). */
function scramble(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scramble);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, scramble(inner)]));
  }
  return value;
}

describe('json reporter', () => {
  it('validates against schema/report.schema.json', () => {
    const parsed = JSON.parse(render(sampleReport(), PLAIN));
    const ok = validate(parsed);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is byte-identical for identical input, whatever the key or file order', () => {
    const first = render(sampleReport(), PLAIN);
    expect(render(sampleReport(), PLAIN)).toBe(first);
    const scrambled = scramble(sampleReport()) as ReturnType<typeof sampleReport>;
    scrambled.files.reverse();
    expect(render(scrambled, PLAIN)).toBe(first);
  });

  it('uses the SPEC §7 key order, 2-space indent and a trailing newline', () => {
    const text = render(sampleReport(), PLAIN);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "seo-audit",\n    "version": "0.1.0"\n  },\n  "summary": {')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'summary', 'files', 'crossFile', 'rules']);
    expect(Object.keys(parsed.summary)).toEqual(['files', 'passed', 'failed', 'errored', 'skipped', 'errors', 'warnings', 'coverage', 'score']);
    const legCramps = parsed.files[1];
    expect(Object.keys(legCramps)).toEqual([
      'path', 'format', 'status', 'title', 'metaDescription', 'slug', 'language', 'languageSource', 'stats', 'score', 'coverage',
      'keywords', 'headings', 'sections', 'findings',
    ]);
    expect(Object.keys(legCramps.keywords[0])).toEqual([
      'phrase', 'group', 'primary', 'match', 'count', 'counts', 'density', 'found', 'placements', 'occurrences',
    ]);
    expect(Object.keys(legCramps.keywords[0].placements)).toEqual([
      'title', 'metaDescription', 'h1', 'subheadings', 'intro', 'slug', 'imageAlt', 'section',
    ]);
    expect(Object.keys(legCramps.findings[0])).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'fingerprint']);
    // An errored file carries "error" right after "status".
    expect(Object.keys(parsed.files[2]).slice(0, 4)).toEqual(['path', 'format', 'status', 'error']);
  });

  it('sorts files by path and findings by position', () => {
    const parsed = JSON.parse(render(sampleReport(), PLAIN));
    expect(parsed.files.map((file: { path: string }) => file.path)).toEqual([
      'posts/good.md',
      'posts/leg cramps.md',
      'posts/missing.md',
    ]);
    // 1:1 error ×2 (by rule id), 1:1 info, 9:1 warning, 30:4 warning.
    expect(parsed.files[1].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'keyword-density',
      'keyword-missing',
      'readability',
      'section-length',
      'heading-duplicate',
    ]);
  });

  it('keeps only error findings when quiet, and leaves the summary alone', () => {
    const parsed = JSON.parse(render(sampleReport(), { color: false, quiet: true }));
    expect(validate(parsed)).toBe(true);
    expect(parsed.files[0].findings).toEqual([]);
    expect(parsed.files[1].findings.map((f: { severity: string }) => f.severity)).toEqual(['error', 'error']);
    expect(parsed.crossFile).toEqual([]); // the only cross-file finding is a warning
    expect(parsed.summary.warnings).toBe(2);
  });
});

describe('report schema', () => {
  const valid = (): Record<string, any> => JSON.parse(render(sampleReport(), PLAIN));

  it.each([
    ['a missing summary field', (r: Record<string, any>) => delete r.summary.errored],
    ['a missing file field', (r: Record<string, any>) => delete r.files[1].slug],
    ['a bad severity', (r: Record<string, any>) => (r.files[1].findings[0].severity = 'fatal')],
    ['a bad status', (r: Record<string, any>) => (r.files[0].status = 'ok')],
    ['a bad format', (r: Record<string, any>) => (r.files[0].format = 'docx')],
    ['a bad match mode', (r: Record<string, any>) => (r.files[1].keywords[0].match = 'fuzzy')],
    ['an errored file without "error"', (r: Record<string, any>) => delete r.files[2].error],
    ['"error" on a passed file', (r: Record<string, any>) => (r.files[0].error = 'oops')],
    ['a wrong schemaVersion', (r: Record<string, any>) => (r.schemaVersion = 2)],
    ['an unknown top-level field', (r: Record<string, any>) => (r.extra = true)],
    ['a coverage ratio above 1', (r: Record<string, any>) => (r.files[1].coverage.ratio = 1.5)],
    ['a zero line number', (r: Record<string, any>) => (r.files[1].findings[0].line = 0)],
    ['a string score', (r: Record<string, any>) => (r.files[1].score = '62')],
  ])('rejects %s', (_name, breakIt) => {
    const report = valid();
    expect(validate(report)).toBe(true);
    breakIt(report);
    expect(validate(report)).toBe(false);
  });

  it('accepts null means when no file could be audited', () => {
    const report = valid();
    report.summary.coverage = null;
    report.summary.score = null;
    expect(validate(report)).toBe(true);
  });
});
