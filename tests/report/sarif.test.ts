import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { render, toUri } from '../../src/report/sarif.js';
import { ruleById } from '../../src/rules/registry.js';
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
    const readability = driver.rules[4];
    expect(readability.id).toBe('readability');
    expect(readability.shortDescription).toEqual({ text: 'Flesch reading ease' });
    expect(readability.defaultConfiguration).toEqual({ level: 'note' });
    // GitHub requires fullDescription and help; they come from the registered rule itself.
    const rule = ruleById('readability')!;
    expect(readability.fullDescription.text).toBe(`${rule.description} ${rule.rationale}`);
    expect(readability.help.text).toContain(`Why: ${rule.rationale}`);
    expect(readability.help.markdown).toContain(`**Why:** ${rule.rationale}`);
    expect(readability.help.markdown).toContain('**Reported for:**');
    expect(readability.helpUri).toBe('https://www.npmjs.com/package/seo-audit#rules');
  });

  it('has one result per finding with ruleIndex, level and a relative, encoded location', () => {
    // good.md: 1 info; leg cramps.md: 5 findings; cross-file: 1 → 7 results.
    expect(run.results).toHaveLength(7);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of run.results) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);

    const density = sampleReport().files[1]!.findings.find((f) => f.ruleId === 'keyword-density')!;
    expect(run.results[1]).toEqual({
      ruleId: 'keyword-density',
      ruleIndex: 2,
      level: 'error',
      message: { text: 'Primary keyword "leg cramps" density 3.5% is above 3%' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/leg%20cramps.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1 },
          },
        },
      ],
      partialFingerprints: { 'seoAuditFingerprint/v1': density.fingerprint },
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
    // Every result has a region, cross-file ones too, and a partial fingerprint.
    for (const result of run.results) {
      for (const location of result.locations) expect(location.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['seoAuditFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(run.results[6].partialFingerprints['seoAuditFingerprint/v1']).toBe(sampleReport().crossFile[0]!.fingerprint);
  });

  it('reports the unreadable file as a failed invocation notification, not a result', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'posts/missing.md: cannot read file — ENOENT: no such file or directory' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/missing.md', uriBaseId: '%SRCROOT%' } } }],
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

describe('paths relative to the repository root (%SRCROOT%)', () => {
  it('a run in a subfolder gives root-relative URIs and names the root', () => {
    const report = sampleReport();
    const sarif = JSON.parse(render(report, { ...PLAIN, cwd: '/repo/site', root: '/repo' }));
    const [run] = sarif.runs;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'site/posts/good.md', uriBaseId: '%SRCROOT%' });
    expect(validate(sarif)).toBe(true);
  });
  it('a file outside the root stays an absolute file:// URI without a base', () => {
    const report = sampleReport();
    report.files[0]!.path = '/elsewhere/good.md';
    const sarif = JSON.parse(render(report, { ...PLAIN, cwd: '/repo', root: '/repo' }));
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'file:///elsewhere/good.md' });
  });
});
