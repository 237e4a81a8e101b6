/**
 * `--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality), the documented
 * subset of the Code Climate spec (https://docs.gitlab.com/ci/testing/code_quality/, "Code
 * Quality report format"): a JSON array of objects with `description`, `check_name`,
 * `fingerprint` (unique), `severity` (info, minor, major, critical, blocker), `location.path`
 * (relative to the repository root, no "./") and `location.lines.begin`.
 * schema/gitlab-codequality.schema.json writes that table down; tests validate real output.
 *
 * Severities: error → major, warning → minor, info → info; a file that could not be audited →
 * critical. A cross-file finding is one entry per file it concerns (GitLab shows one location an
 * entry), each with its own fingerprint derived from the finding's.
 */
import { displayPath, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { fingerprint } from './fingerprint.js';
import { rootRelative } from './repo-root.js';
import type { ActiveSeverity } from '../rules/types.js';
import type { FileReport, RenderOptions, Report } from './types.js';
import { renderStreamed } from './stream.js';
import type { StreamFormat } from './stream.js';

export type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Record<ActiveSeverity, GitLabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitLabSeverity;
  location: { path: string; lines: { begin: number } };
}

export function render(report: Report, options: RenderOptions): string {
  return renderStreamed(stream(options), filesByPath(report), report);
}

/**
 * The report as a stream (src/report/stream.ts): each file's issues are one entry, the cross-file
 * findings' issues trail; the same bytes as `JSON.stringify(toCodeQuality(...), null, 2)`.
 */
export function stream(options: RenderOptions): StreamFormat {
  const text = (issues: readonly CodeQualityIssue[]): string =>
    issues.map((issue) => `  ${JSON.stringify(issue, null, 2).replace(/\n/g, '\n  ')}`).join(',\n');
  return {
    entry: (file) => [text(fileIssues(file, options))],
    jsonText: true,
    layout: (frame) => {
      const trailing = crossFileIssues(frame, options);
      return { head: '[', sections: [{ open: '\n', separator: ',\n', close: '\n', empty: '', trailing: trailing.length === 0 ? [] : [text(trailing)], after: ']\n' }] };
    },
  };
}

export function toCodeQuality(report: Report, options: RenderOptions): CodeQualityIssue[] {
  return [...filesByPath(report).flatMap((file) => fileIssues(file, options)), ...crossFileIssues(report, options)];
}

function issueMaker(options: RenderOptions) {
  const path = (filePath: string): string => {
    const shown = rootRelative(filePath, options.cwd, options.root) ?? displayPath(filePath, options.cwd);
    return shown.replace(/^(\.\/)+/, '');
  };
  return (description: string, checkName: string, print: string, severity: GitLabSeverity, filePath: string, line: number): CodeQualityIssue => ({
    description,
    check_name: checkName,
    fingerprint: print,
    severity,
    location: { path: path(filePath), lines: { begin: line } },
  });
}

/** One file's issues, in report order. */
function fileIssues(file: FileReport, options: RenderOptions): CodeQualityIssue[] {
  const issue = issueMaker(options);
  if (file.status === 'error') {
    const message = file.error ?? 'could not be audited';
    return [issue(`${file.path} could not be audited: ${message}`, 'seo-audit', fingerprint('seo-audit', file.path, 'error'), 'critical', file.path, 1)];
  }
  return visibleFindings(file.findings, options.quiet).map((finding) =>
    issue(finding.message, finding.ruleId, finding.fingerprint, SEVERITY[finding.severity], file.path, finding.line),
  );
}

function crossFileIssues(report: Pick<Report, 'crossFile'>, options: RenderOptions): CodeQualityIssue[] {
  const issue = issueMaker(options);
  const out: CodeQualityIssue[] = [];
  for (const finding of visibleCrossFile(report.crossFile, options.quiet)) {
    for (const location of finding.locations) {
      // One entry per file; GitLab needs each fingerprint unique, so the path is hashed in.
      const print = fingerprint(finding.ruleId, location.path, finding.fingerprint);
      out.push(issue(finding.message, finding.ruleId, print, SEVERITY[finding.severity], location.path, location.line));
    }
  }
  return out;
}
