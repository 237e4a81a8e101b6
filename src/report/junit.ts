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
import { countBySeverity, displayPath, fileRuleIds, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { rootRelative } from './repo-root.js';
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
  const crossFile = visibleCrossFile(report.crossFile, options.quiet);
  if (crossFile.length > 0) {
    const byRule = new Map<string, typeof crossFile>();
    for (const finding of crossFile) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    suites.push({
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
    });
  }

  const totals = { tests: 0, failures: 0, errors: 0 };
  for (const suite of suites) {
    const counts = suiteCounts(suite);
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.errors += counts.errors;
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="seo-audit" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" time="0">`,
  ];
  for (const suite of suites) lines.push(...suiteXml(suite, report.tool.version));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
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
  const out = [
    `  <testsuite name="${name}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${suite.skipped === undefined ? 0 : 1}" time="0"${file}>`,
  ];
  if (suite.skipped !== undefined) {
    out.push(`    <testcase classname="${name}" name="seo-audit"${file} time="0">`);
    out.push(`      <skipped message="${attr(`skipped: ${suite.skipped} (audit it with --include-drafts)`)}"/>`);
    out.push('    </testcase>');
  }
  if (suite.properties.length > 0) {
    out.push('    <properties>');
    for (const [key, value] of suite.properties) out.push(`      <property name="${attr(key)}" value="${attr(value)}"/>`);
    out.push(`      <property name="seo-audit.version" value="${attr(version)}"/>`);
    out.push('    </properties>');
  }
  if (suite.error) {
    out.push(`    <testcase classname="${name}" name="seo-audit"${file} time="0">`);
    out.push(`      <error message="${attr(suite.error.message)}" type="InputError">${text(suite.error.message)}</error>`);
    out.push('    </testcase>');
  }
  for (const testCase of suite.cases) {
    const open = `    <testcase classname="${name}" name="${attr(testCase.name)}"${file} time="0"`;
    if (!testCase.failure && !testCase.output) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    if (testCase.failure) {
      const { message, type, body } = testCase.failure;
      out.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
    }
    if (testCase.output) out.push(`      <system-out>${text(testCase.output)}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
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
