/**
 * `--format junit`: one <testsuite> per file, one <testcase> per rule that ran; a rule with
 * error findings fails (all its errors listed with line:col), warnings and infos go to the
 * testcase's <system-out>. A file that could not be audited is a suite with one <error>.
 * Cross-file findings form a last suite named "(cross-file)".
 *
 * Readers: Jenkins (junit and xUnit plugins), GitLab (artifacts:reports:junit) and GitHub test
 * reporters take the `file` attribute of a testcase as the file to link, so every suite and
 * testcase of a file carries `file` (the path relative to the repository root, like SARIF).
 * `time` is required by Surefire's schema and shown by every reader: it is "0" — per-rule times
 * are not measured, and a measured time would make the report differ between identical runs.
 * tests/report/junit.test.ts validates output against Jenkins' junit-10.xsd and Surefire's
 * surefire-test-report-3.0.xsd (schema/).
 */
import type { Finding } from '../rules/types.js';
import { compareStrings, countBySeverity, displayPath, fileRuleIds, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { rootRelative } from './repo-root.js';
import type { StreamFormat } from './stream.js';
import type { FileReport, RenderOptions, Report } from './types.js';

interface Case {
  name: string;
  failure: { message: string; type: string; body: string } | null;
  output: string | null;
}

interface Suite {
  name: string;
  /** The file the suite is about (repository-root-relative), or null (the cross-file suite). */
  file: string | null;
  properties: [string, string][];
  cases: Case[];
  error: { message: string } | null;
  /** A page skipped by default (draft, partial, redirect, noindex): one skipped testcase. */
  skipped?: string;
}

export function render(report: Report, options: RenderOptions): string {
  const shownPath = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  const suites = filesByPath(report).map((file) => fileSuite(file, shownPath(file.path), fileRuleIds(report, file.findings), options.quiet));
  const crossFile = crossFileSuite(report.crossFile, options.quiet);
  if (crossFile !== null) suites.push(crossFile);

  const totals = { tests: 0, failures: 0, errors: 0 };
  for (const suite of suites) {
    const counts = suiteCounts(suite);
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.errors += counts.errors;
  }
  const lines = [XML_DECLARATION, testsuitesOpen(totals)];
  for (const suite of suites) lines.push(...suiteXml(suite, report.tool.version));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function testsuitesOpen(totals: { tests: number; failures: number; errors: number }): string {
  return `<testsuites name="seo-audit" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" time="0">`;
}

/** The last suite, "(cross-file)": one test case per rule with cross-file findings; null when none is shown. */
function crossFileSuite(findings: Report['crossFile'], quiet: boolean): Suite | null {
  const crossFile = visibleCrossFile(findings, quiet);
  if (crossFile.length === 0) return null;
  const byRule = new Map<string, typeof crossFile>();
  for (const finding of crossFile) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  return {
    name: '(cross-file)',
    file: null,
    properties: [],
    error: null,
    cases: [...byRule].map(([ruleId, findings]) => {
      const line = (f: (typeof findings)[number]): string => `${f.severity} ${f.message} (${f.files.join(', ')})`;
      const errors = findings.filter((f) => f.severity === 'error');
      const others = findings.filter((f) => f.severity !== 'error');
      return {
        name: ruleId,
        failure: errors.length > 0 ? { message: errors[0]!.message, type: 'error', body: errors.map(line).join('\n') } : null,
        output: others.length > 0 ? others.map(line).join('\n') : null,
      };
    }),
  };
}

/** A file's suite as a stream stores it until the run's rules and version are known. */
interface StoredSuite {
  /** Suite name and ` file="…"`, as attribute text. */
  name: string;
  file: string;
  properties: [string, string][];
  /** The ids of every finding of the file (a test case each, besides the run's rules), sorted. */
  ids: string[];
  /** The test cases of the ids with shown findings, as XML lines. */
  cases: Record<string, string[]>;
  failures: number;
}

/**
 * `--format junit` as a stream (src/report/stream.ts), the same bytes as `render`. One section:
 * the suites, one per file in path order, then "(cross-file)". A file's suite has one test case
 * per rule of the run (the frame's `rules`, which `merge` makes the union of the shards') and per
 * other rule id among its findings, and carries the report's version: so an errored or skipped
 * file's suite is stored final, and any other as the test cases of its own findings (JSON), made
 * whole by `rewrite`. The totals of the head are counted as the files go by.
 */
export function stream(options: RenderOptions): StreamFormat {
  const shownPath = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  let errored = 0;
  let skipped = 0;
  let audited = 0;
  let failures = 0;
  /** How many audited files' findings name each rule id. */
  const idFiles = new Map<string, number>();
  return {
    entry: (file) => {
      const ids = [...new Set(file.findings.map((finding) => finding.ruleId))].sort(compareStrings);
      const suite = fileSuite(file, shownPath(file.path), ids, options.quiet);
      if (suite.error !== null || suite.skipped !== undefined) {
        if (suite.error !== null) errored++;
        else skipped++;
        return [suiteXml(suite, '').join('\n')];
      }
      audited++;
      for (const id of ids) idFiles.set(id, (idFiles.get(id) ?? 0) + 1);
      const name = attr(suite.name);
      const fileAttr = suite.file === null ? '' : ` file="${attr(suite.file)}"`;
      const cases: Record<string, string[]> = {};
      let failed = 0;
      for (const testCase of suite.cases) {
        if (testCase.failure !== null) failed++;
        if (testCase.failure !== null || testCase.output !== null) cases[testCase.name] = caseXml(name, fileAttr, testCase);
      }
      failures += failed;
      const stored: StoredSuite = { name, file: fileAttr, properties: suite.properties, ids, cases, failures: failed };
      return [JSON.stringify(stored)];
    },
    layout: (frame) => {
      const ruleIds = [...new Set(frame.rules.map((rule) => rule.id))].sort(compareStrings);
      const known = new Set(ruleIds);
      const version = frame.tool.version;
      const crossFile = crossFileSuite(frame.crossFile, options.quiet);
      // Each audited file has a test case per run rule, plus one per other id among its findings.
      let tests = audited * ruleIds.length + errored + skipped;
      for (const [id, files] of idFiles) if (!known.has(id)) tests += files;
      let crossFailures = 0;
      if (crossFile !== null) {
        tests += crossFile.cases.length;
        crossFailures = crossFile.cases.filter((testCase) => testCase.failure !== null).length;
      }
      const head = `${XML_DECLARATION}\n${testsuitesOpen({ tests, failures: failures + crossFailures, errors: errored })}`;
      return {
        head,
        sections: [
          {
            open: '\n',
            separator: '\n',
            close: '\n',
            empty: '\n',
            trailing: crossFile === null ? [] : [suiteXml(crossFile, version).join('\n')],
            after: '</testsuites>\n',
          },
        ],
        rewrite: (entry) => {
          if (!entry.startsWith('{')) return entry;
          const suite = JSON.parse(entry) as StoredSuite;
          const ids = suite.ids.every((id) => known.has(id)) ? ruleIds : [...new Set([...ruleIds, ...suite.ids])].sort(compareStrings);
          const out = [suiteOpen(suite.name, suite.file, { tests: ids.length, failures: suite.failures, errors: 0 }, false), ...propertiesXml(suite.properties, version)];
          for (const id of ids) out.push(...(suite.cases[id] ?? caseXml(suite.name, suite.file, { name: id, failure: null, output: null })));
          out.push('  </testsuite>');
          return out.join('\n');
        },
      };
    },
  };
}

function fileSuite(file: FileReport, shown: string, ruleIds: string[], quiet: boolean): Suite {
  if (file.status === 'error') {
    return { name: file.path, file: shown, properties: [], cases: [], error: { message: file.error ?? 'could not be audited' } };
  }
  if (file.status === 'skipped') {
    return { name: file.path, file: shown, properties: [], cases: [], error: null, skipped: file.skipReason ?? 'draft' };
  }
  const byRule = new Map<string, Finding[]>();
  for (const finding of visibleFindings(file.findings, quiet)) {
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  }
  const cases = ruleIds.map((ruleId): Case => {
    const findings = byRule.get(ruleId) ?? [];
    const errors = findings.filter((finding) => finding.severity === 'error');
    const others = findings.filter((finding) => finding.severity !== 'error');
    const line = (finding: Finding): string => `${finding.line}:${finding.column} ${finding.severity} ${finding.message}`;
    return {
      name: ruleId,
      failure:
        errors.length > 0
          ? {
              message: errors.length === 1 ? errors[0]!.message : `${errors.length} errors; first: ${errors[0]!.message}`,
              type: 'error',
              body: errors.map(line).join('\n'),
            }
          : null,
      output: others.length > 0 ? others.map(line).join('\n') : null,
    };
  });
  const counts = countBySeverity(file.findings);
  return {
    name: file.path,
    file: shown,
    properties: [
      ['status', file.status],
      ['score', String(file.score)],
      ['coverage', file.coverage === null ? 'n/a' : String(file.coverage.ratio)],
      ['warnings', String(counts.warning)],
    ],
    cases,
    error: null,
  };
}

function suiteCounts(suite: Suite): { tests: number; failures: number; errors: number } {
  if (suite.error) return { tests: 1, failures: 0, errors: 1 };
  if (suite.skipped !== undefined) return { tests: 1, failures: 0, errors: 0 };
  return { tests: suite.cases.length, failures: suite.cases.filter((c) => c.failure !== null).length, errors: 0 };
}

function suiteXml(suite: Suite, version: string): string[] {
  const counts = suiteCounts(suite);
  const name = attr(suite.name);
  const file = suite.file === null ? '' : ` file="${attr(suite.file)}"`;
  const out = [suiteOpen(name, file, counts, suite.skipped !== undefined)];
  if (suite.skipped !== undefined) {
    out.push(`    <testcase classname="${name}" name="seo-audit"${file} time="0">`);
    out.push(`      <skipped message="${attr(`skipped: ${suite.skipped} (audit it with --include-drafts)`)}"/>`);
    out.push('    </testcase>');
  }
  out.push(...propertiesXml(suite.properties, version));
  if (suite.error) {
    out.push(`    <testcase classname="${name}" name="seo-audit"${file} time="0">`);
    out.push(`      <error message="${attr(suite.error.message)}" type="InputError">${text(suite.error.message)}</error>`);
    out.push('    </testcase>');
  }
  for (const testCase of suite.cases) out.push(...caseXml(name, file, testCase));
  out.push('  </testsuite>');
  return out;
}

function suiteOpen(name: string, file: string, counts: { tests: number; failures: number; errors: number }, skipped: boolean): string {
  return `  <testsuite name="${name}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${skipped ? 1 : 0}" time="0"${file}>`;
}

function propertiesXml(properties: readonly [string, string][], version: string): string[] {
  if (properties.length === 0) return [];
  const out = ['    <properties>'];
  for (const [key, value] of properties) out.push(`      <property name="${attr(key)}" value="${attr(value)}"/>`);
  out.push(`      <property name="seo-audit.version" value="${attr(version)}"/>`);
  out.push('    </properties>');
  return out;
}

/** One test case; `name` and `file` are already attribute text. */
function caseXml(name: string, file: string, testCase: Case): string[] {
  const open = `    <testcase classname="${name}" name="${attr(testCase.name)}"${file} time="0"`;
  if (!testCase.failure && !testCase.output) return [`${open}/>`];
  const out = [`${open}>`];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    out.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  }
  if (testCase.output) out.push(`      <system-out>${text(testCase.output)}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/**
 * Characters XML 1.0 cannot carry even as references (C0 controls other than tab/LF/CR,
 * U+FFFE/U+FFFF, lone surrogates) become U+FFFD.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text nodes: markup escaped; CR as a reference, since parsers turn a raw CR into LF. */
export function text(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    // DEL, C1 controls and bidi overrides as references: the same text, never raw on a terminal.
    .replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (char) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Attribute values also keep quotes and whitespace (parsers normalise raw tab/CR/LF to spaces). */
export function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
