/**
 * `--format gitlab` against GitLab's documented Code Quality format
 * (schema/gitlab-codequality.schema.json, written from docs.gitlab.com/ci/testing/code_quality/).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/gitlab.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import { run } from '../helpers/cli.js';
import { PLAIN, sampleReport } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/gitlab-codequality.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function check(entries: unknown): void {
  const ok = validate(entries);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  const prints = (entries as { fingerprint: string }[]).map((e) => e.fingerprint);
  expect(new Set(prints).size).toBe(prints.length); // GitLab keys issues by fingerprint
}

describe('gitlab reporter', () => {
  const entries = JSON.parse(render(sampleReport(), PLAIN));

  it('is valid Code Quality JSON with unique fingerprints', () => {
    check(entries);
  });

  it('the schema really checks: a bad severity and a "./" path are rejected', () => {
    const bad = structuredClone(entries);
    bad[0].severity = 'error';
    expect(validate(bad)).toBe(false);
    const dotted = structuredClone(entries);
    dotted[0].location.path = './posts/good.md';
    expect(validate(dotted)).toBe(false);
  });

  it('one entry per finding: description, check_name, the finding fingerprint, mapped severity, path and line', () => {
    // good.md: 1 info; leg cramps.md: 5; missing.md: 1 (errored); cross-file: 2 files → 9.
    expect(entries).toHaveLength(9);
    const density = sampleReport().files[1]!.findings.find((f) => f.ruleId === 'keyword-density')!;
    expect(entries).toContainEqual({
      description: 'Primary keyword "leg cramps" density 3.5% is above 3%',
      check_name: 'keyword-density',
      fingerprint: density.fingerprint,
      severity: 'major',
      location: { path: 'posts/leg cramps.md', lines: { begin: 1 } },
    });
    expect(entries.map((e: { severity: string }) => e.severity).sort()).toEqual(
      ['critical', 'info', 'info', 'major', 'major', 'minor', 'minor', 'minor', 'minor'].sort(),
    );
    const missing = entries.find((e: { location: { path: string } }) => e.location.path === 'posts/missing.md');
    expect(missing).toMatchObject({ check_name: 'seo-audit', severity: 'critical', fingerprint: fingerprint('seo-audit', 'posts/missing.md', 'error') });
    const cross = entries.filter((e: { check_name: string }) => e.check_name === 'keyword-cannibalization');
    expect(cross.map((e: { location: { path: string } }) => e.location.path)).toEqual(['posts/leg cramps.md', 'posts/good.md']);
  });

  it('paths are relative to the repository root', () => {
    const shifted = JSON.parse(render(sampleReport(), { ...PLAIN, cwd: '/repo/site', root: '/repo' }));
    expect(shifted[0].location.path).toBe('site/posts/good.md');
    check(shifted);
  });

  it('the CLI writes it for a real run (blog: threshold misses and cross-file findings)', () => {
    const result = run(['fixtures/blog', '-f', 'gitlab', '--min-score', '95']);
    expect(result.code).toBe(1);
    const real = JSON.parse(result.stdout);
    check(real);
    expect(real.some((e: { check_name: string; severity: string }) => e.check_name === 'min-score' && e.severity === 'major')).toBe(true);
    expect(real.every((e: { location: { path: string } }) => e.location.path.startsWith('fixtures/blog/'))).toBe(true);
  });
});
