/**
 * `--format json`: the report (README: Report formats › json) as a plain serialisation. Keys are
 * written in the order of the report schema (schema.ts), so the output never depends on how the
 * pipeline (or `merge`) assembled the report: identical input, byte-identical output. Files are
 * sorted by path, findings by position, cross-file findings and rules in their fixed orders.
 */
import { compareStrings, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { REPORT_SCHEMA } from './schema.js';
import type { FileReport, RenderOptions, Report } from './types.js';
import { ordered } from './validate.js';

export function render(report: Report, options: RenderOptions): string {
  return `${JSON.stringify(toJson(report, options), null, 2)}\n`;
}

/** The plain object that `render` serialises (exported for `merge` and tests). */
export function toJson(report: Report, options: Pick<RenderOptions, 'quiet'>): Record<string, unknown> {
  const sorted: Report = {
    ...report,
    files: filesByPath(report).map((file) => fileJson(file, options.quiet)),
    crossFile: visibleCrossFile(report.crossFile, options.quiet),
    rules: [...report.rules].sort((a, b) => compareStrings(a.id, b.id)),
  };
  return ordered(sorted, REPORT_SCHEMA) as Record<string, unknown>;
}

function fileJson(file: FileReport, quiet: boolean): FileReport {
  const errored = file.status === 'error';
  return {
    ...file,
    error: errored ? (file.error ?? 'unknown error') : undefined,
    errorPosition: errored ? file.errorPosition : undefined,
    findings: visibleFindings(file.findings, quiet),
  };
}
