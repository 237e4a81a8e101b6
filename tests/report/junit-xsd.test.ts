/**
 * JUnit output against the schemas CI servers read it with (vendored in schema/, origins in
 * schema/README.md), validated by libxml2's xmllint compiled to WebAssembly (xmllint-wasm):
 * - Jenkins xUnit plugin junit-10.xsd: the whole document (<testsuites>, `file` and `time` on
 *   suites and test cases);
 * - Maven Surefire surefire-test-report-3.0.xsd: each <testsuite> as the one-suite file Surefire
 *   writes. Surefire's schema declares no `file` attribute (readers ignore unknown attributes),
 *   so that one attribute is removed before this check — everything else must be valid as is.
 */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/junit.js';
import { run } from '../helpers/cli.js';
import { PLAIN, sampleReport } from './fixture.js';

const jenkins = readFileSync(new URL('../../schema/junit-10.xsd', import.meta.url), 'utf8');
const surefire = readFileSync(new URL('../../schema/surefire-test-report-3.0.xsd', import.meta.url), 'utf8');

async function errors(xml: string, schema: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'schema.xsd', contents: schema }] });
  return result.errors.map((error) => error.rawMessage);
}

/** Each <testsuite> as its own document, without the `file` attribute Surefire does not declare. */
function surefireFiles(xml: string): string[] {
  const suites = xml.match(/<testsuite [\s\S]*?<\/testsuite>/g) ?? [];
  return suites.map((suite) => `<?xml version="1.0" encoding="UTF-8"?>\n${suite.replace(/ file="[^"]*"/g, '')}\n`);
}

describe('junit against Jenkins and Surefire schemas', () => {
  const sample = render(sampleReport(), PLAIN);
  const real = run(['fixtures/blog', 'fixtures/leg-cramps.md', 'missing.md', '--min-score', '95', '-f', 'junit']);

  it('carries time and file on suites and test cases', () => {
    expect(sample).toMatch(/<testsuite name="posts\/good.md" [^>]*time="0" file="posts\/good.md">/);
    expect(sample).toMatch(/<testcase classname="posts\/leg cramps.md" name="keyword-density" file="posts\/leg cramps.md" time="0">/);
    expect(real.code).toBe(2);
    expect(real.stdout).toMatch(/<testcase [^>]*name="min-score" file="fixtures\/leg-cramps.md" time="0">\s*<failure /);
  });

  it('Jenkins junit-10.xsd: valid', async () => {
    expect(await errors(sample, jenkins)).toEqual([]);
    expect(await errors(real.stdout, jenkins)).toEqual([]);
  });

  it('Surefire surefire-test-report-3.0.xsd: every suite valid', async () => {
    const files = [...surefireFiles(sample), ...surefireFiles(real.stdout)];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(await errors(file, surefire)).toEqual([]);
  });

  it('the validators really check: a testcase without time fails Surefire, a bad element fails Jenkins', async () => {
    const [first] = surefireFiles(sample);
    expect(await errors(first!.replace(/ time="0"/g, ''), surefire)).not.toEqual([]);
    expect(await errors(sample.replace('<properties>', '<propertiez>').replace('</properties>', '</propertiez>'), jenkins)).not.toEqual([]);
  });
});
