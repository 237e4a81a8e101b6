/**
 * `--format github`: GitHub Actions workflow commands:
 * `::error file=…,line=…,col=…,title=rule-id::message` (warning/notice for warning/info).
 * GitHub shows at most 10 annotations of each level per step and drops the rest silently, so at
 * most MAX_PER_LEVEL of each level are printed (errored files and errors first, in path order),
 * then — when any was left out — one notice with the totals and where the full report is
 * (`SEO_AUDIT_FULL_REPORT`, e.g. "the job summary"; the seo-audit action sets it). That notice
 * counts as a notice, so notices stop at 9 then.
 * `file=` is relative to the repository root (the git top level; GitHub resolves annotation paths
 * against the workspace), so a run from `site/` still annotates the right files.
 * Escaping follows the Actions toolkit: `%`, CR and LF in the message; also `:` and `,` in
 * property values, which would otherwise end the value.
 */
import type { ActiveSeverity } from '../rules/types.js';
import { displayPath, filesByPath, plural, printable, visibleCrossFile, visibleFindings } from './common.js';
import { rootRelative } from './repo-root.js';
import { compareStrings } from './common.js';
import { FirstItems } from './stream.js';
import type { ReducedFormat } from './stream.js';
import type { FileReport, RenderOptions, Report } from './types.js';

export const MAX_PER_LEVEL = 10;

const COMMAND: Record<ActiveSeverity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  line: string;
}

export function render(report: Report, options: RenderOptions): string {
  const shown = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  const all: Annotation[] = [];
  for (const file of filesByPath(report)) all.push(...fileAnnotations(file, shown(file.path), options.quiet));
  all.push(...crossFileAnnotations(report, options));
  return annotationText(all, report.summary.files, options);
}

/** A file's annotations, in report order. */
function fileAnnotations(file: FileReport, path: string, quiet: boolean): Annotation[] {
  if (file.status === 'error') return [{ level: 'error', line: command('error', { file: path, title: 'seo-audit' }, file.error ?? 'could not be audited') }];
  return visibleFindings(file.findings, quiet).map((finding) => {
    const properties = { file: path, line: String(finding.line), col: String(finding.column), title: finding.ruleId };
    return { level: COMMAND[finding.severity], line: command(COMMAND[finding.severity], properties, finding.message) };
  });
}

function crossFileAnnotations(report: Pick<Report, 'crossFile'>, options: RenderOptions): Annotation[] {
  const shown = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  const all: Annotation[] = [];
  for (const finding of visibleCrossFile(report.crossFile, options.quiet)) {
    const places = finding.locations.length > 0 ? finding.locations : [null];
    for (const place of places) {
      const properties: Record<string, string> =
        place === null ? {} : { file: shown(place.path), line: String(place.line), col: String(place.column) };
      properties['title'] = finding.ruleId;
      all.push({ level: COMMAND[finding.severity], line: command(COMMAND[finding.severity], properties, finding.message) });
    }
  }
  return all;
}

/**
 * The printed lines from the annotations in order (`all` may hold only the first MAX_PER_LEVEL
 * of each level, when `total` gives the counts of every one).
 */
function annotationText(all: readonly Annotation[], files: number, options: RenderOptions, counted?: Record<Annotation['level'], number>): string {
  const total = counted ?? { error: 0, warning: 0, notice: 0 };
  if (counted === undefined) for (const annotation of all) total[annotation.level]++;
  const capped = total.error > MAX_PER_LEVEL || total.warning > MAX_PER_LEVEL || total.notice > MAX_PER_LEVEL;
  // With a closing notice, it takes one of the notice places.
  const limit = { error: MAX_PER_LEVEL, warning: MAX_PER_LEVEL, notice: capped ? MAX_PER_LEVEL - 1 : MAX_PER_LEVEL };
  const printed = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    for (const annotation of all) {
      if (annotation.level !== level || printed[level] >= limit[level]) continue;
      lines.push(annotation.line);
      printed[level]++;
    }
  }
  if (capped || printed.notice < total.notice) {
    const where = options.fullReport ?? 'run seo-audit with --format markdown, json or sarif for every finding';
    const message =
      `${plural(total.error, 'error')}, ${plural(total.warning, 'warning')} and ${plural(total.notice, 'notice')} ` +
      `in ${plural(files, 'file')}; shown here: ${printed.error} errors, ${printed.warning} warnings, ` +
      `${printed.notice} notices (GitHub shows at most ${MAX_PER_LEVEL} of each). Full report: ${where}.`;
    lines.push(command('notice', { title: 'seo-audit: more findings' }, message));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * `--format github` for a run of any size (src/report/stream.ts ReducedFormat): per level, the
 * first MAX_PER_LEVEL annotations of the files in path order, and the counts; the cross-file
 * ones are added at the end. The same text as `render`.
 */
export function reduced(options: RenderOptions): ReducedFormat {
  const shown = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  interface Kept {
    path: string;
    at: number;
    annotation: Annotation;
  }
  const byPlace = (a: Kept, b: Kept): number => compareStrings(a.path, b.path) || a.at - b.at;
  const first = { error: new FirstItems(MAX_PER_LEVEL, byPlace), warning: new FirstItems(MAX_PER_LEVEL, byPlace), notice: new FirstItems(MAX_PER_LEVEL, byPlace) };
  const total = { error: 0, warning: 0, notice: 0 };
  let seq = 0;
  return {
    add: (file) => {
      for (const annotation of fileAnnotations(file, shown(file.path), options.quiet)) {
        total[annotation.level]++;
        first[annotation.level].offer({ path: file.path, at: seq++, annotation });
      }
    },
    render: (frame) => {
      const all = (['error', 'warning', 'notice'] as const).flatMap((level) => first[level].list().map((kept) => kept.annotation));
      const crossFile = crossFileAnnotations(frame, options);
      const counts = { ...total };
      for (const annotation of crossFile) counts[annotation.level]++;
      return annotationText([...all, ...crossFile], frame.summary.files, options, counts);
    },
  };
}

function command(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function escapeData(value: string): string {
  return printable(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
