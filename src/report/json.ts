/**
 * `--format json`: the report (README: Report formats › json) as a plain serialisation. Keys are
 * written in the order of the report schema (schema.ts), so the output never depends on how the
 * pipeline (or `merge`) assembled the report: identical input, byte-identical output. Files are
 * sorted by path, findings by position, cross-file findings and rules in their fixed orders.
 *
 * The text is built from two parts so that a run can stream it (src/pipeline/collect.ts): each
 * file's entry (`fileEntryText`, final as soon as the file is audited) and the frame around the
 * entries (`jsonFrame`: schemaVersion, tool, summary before them; crossFile and rules after).
 * `render` joins the same parts, so the streamed and the buffered report are the same bytes.
 */
import { compareStrings, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import { REPORT_SCHEMA } from './schema.js';
import type { FileReport, RenderOptions, Report } from './types.js';
import { ordered } from './validate.js';
import { renderStreamed } from './stream.js';
import type { StreamFormat } from './stream.js';

export function render(report: Report, options: RenderOptions): string {
  return renderStreamed(stream(options), filesByPath(report), report);
}

/** The json report as a stream (src/report/stream.ts). */
export function stream(options: Pick<RenderOptions, 'quiet'>): StreamFormat {
  return {
    entry: (file) => [fileEntryText(file, options.quiet)],
    jsonText: true,
    plainJsonEntry: !options.quiet,
    layout: (frame) => {
      const { head, tail } = jsonFrame(frame, options);
      return { head, sections: [{ open: '\n', separator: ',\n', close: '\n  ', empty: '', trailing: [], after: tail }] };
    },
  };
}

/** The plain object that `render` serialises (exported for `merge` and tests). */
export function toJson(report: Report, options: Pick<RenderOptions, 'quiet'>): Record<string, unknown> {
  return ordered(frameJson(report, options, filesByPath(report).map((file) => fileJson(file, options.quiet))), REPORT_SCHEMA) as Record<
    string,
    unknown
  >;
}

const FILE_SCHEMA = { $ref: '#/definitions/file' };
/** Where the file entries go in the serialised frame (top-level key, two-space indent, unique). */
const FILES_SLOT = '\n  "files": []';

/**
 * One file's entry exactly as it appears inside the report's `"files"` array (indented by four
 * spaces, no separator). JSON strings never hold a raw newline, so indenting every line is exact.
 */
export function fileEntryText(file: FileReport, quiet: boolean): string {
  // Serialised two arrays deep, the entry comes out already indented by four spaces:
  // "[\n  [\n" + entry + "\n  ]\n]" (one pass instead of stringify + a replace over every line).
  const text = JSON.stringify([[ordered(fileJson(file, quiet), FILE_SCHEMA, REPORT_SCHEMA)]], null, 2);
  return text.slice(ENTRY_OPEN.length, text.length - ENTRY_CLOSE.length);
}

const ENTRY_OPEN = '[\n  [\n';
const ENTRY_CLOSE = '\n  ]\n]';

/**
 * The report without its file entries, split where they go: `head` ends with `"files": [`,
 * `tail` starts with its `]`. `report.files` is ignored.
 */
export function jsonFrame(report: Omit<Report, 'files'>, options: Pick<RenderOptions, 'quiet'>): { head: string; tail: string } {
  const text = `${JSON.stringify(ordered(frameJson(report, options, []), REPORT_SCHEMA), null, 2)}\n`;
  const at = text.indexOf(FILES_SLOT);
  if (at === -1) throw new Error('json report: no files slot in the frame');
  const cut = at + FILES_SLOT.length - 1;
  return { head: text.slice(0, cut), tail: text.slice(cut) };
}

function frameJson(report: Omit<Report, 'files'>, options: Pick<RenderOptions, 'quiet'>, files: FileReport[]): Report {
  return {
    ...report,
    files,
    crossFile: visibleCrossFile(report.crossFile, options.quiet, true),
    rules: [...report.rules].sort((a, b) => compareStrings(a.id, b.id)),
  };
}

function fileJson(file: FileReport, quiet: boolean): FileReport {
  const errored = file.status === 'error';
  return {
    ...file,
    error: errored ? (file.error ?? 'unknown error') : undefined,
    errorPosition: errored ? file.errorPosition : undefined,
    findings: visibleFindings(file.findings, quiet, true),
  };
}
