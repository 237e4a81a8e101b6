import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { render, toUri } from '../../src/report/sarif.js';
import { PLAIN, sampleReport } from './fixture.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const sarifSchema = JSON.parse(readFileSync(new URL('../../schema/sarif-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

describe('sarif reporter', () => {
  const sarif = JSON.parse(render(sampleReport(), PLAIN));
  const run = sarif.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the vendored schema really checks: a bad level is rejected', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every rule, sorted by id, with SARIF levels', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver.name).toBe('seo-audit');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    // The five rules that ran plus the cross-file rule only seen in a finding.
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'heading-duplicate',
      'keyword-cannibalization',
      'keyword-density',
      'keyword-missing',
      'readability',
      'section-length',
    ]);
    expect(driver.rules[4]).toEqual({
      id: 'readability',
      shortDescription: { text: 'Flesch reading ease' },
      defaultConfiguration: { level: 'note' },
    });
  });

  it('has one result per finding with ruleIndex, level and a relative, encoded location', () => {
    // good.md: 1 info; leg cramps.md: 5 findings; cross-file: 1 → 7 results.
    expect(run.results).toHaveLength(7);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of run.results) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);

    expect(run.results[1]).toEqual({
      ruleId: 'keyword-density',
      ruleIndex: 2,
      level: 'error',
      message: { text: 'Primary keyword "leg cramps" density 3.5% is above 3%' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/leg%20cramps.md' },
            region: { startLine: 1, startColumn: 1 },
          },
        },
      ],
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      'note', // good.md readability
      'error',
      'error',
      'note',
      'warning',
      'warning',
      'warning', // cross-file
    ]);
    expect(run.results[6].locations.map((l: any) => l.physicalLocation.artifactLocation.uri)).toEqual([
      'posts/good.md',
      'posts/leg%20cramps.md',
    ]);
  });

  it('reports the unreadable file as a failed invocation notification, not a result', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'posts/missing.md: cannot read file — ENOENT: no such file or directory' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/missing.md' } } }],
          },
        ],
      },
    ]);
  });

  it('keeps only error results when quiet and stays valid', () => {
    const quiet = JSON.parse(render(sampleReport(), { color: false, quiet: true }));
    expect(validate(quiet)).toBe(true);
    expect(quiet.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['keyword-density', 'keyword-missing']);
  });
});

describe('toUri', () => {
  it.each([
    ['posts/leg cramps.md', undefined, 'posts/leg%20cramps.md'],
    ['a#b?c%d.md', undefined, 'a%23b%3Fc%25d.md'],
    ['crème.md', undefined, 'cr%C3%A8me.md'],
    ['c:notes.md', undefined, 'c%3Anotes.md'],
    ['/repo/posts/x y.md', '/repo', 'posts/x%20y.md'],
    ['/elsewhere/x.md', '/repo', 'file:///elsewhere/x.md'],
  ])('%s (cwd %s) → %s', (input, cwd, expected) => {
    expect(toUri(input, cwd)).toBe(expected);
  });
});
