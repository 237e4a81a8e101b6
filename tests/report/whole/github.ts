// TEST ORACLE, not product code: `src/report/github.ts` as it was before the bounded formats (commit
// 2a58a5d, the parent of c6233b8 "Bounded formats: …"), when `render` built the text from the whole
// report. Byte-identical to that file but for the import paths. tests/report/bounded.test.ts checks
// that the bounded format (ReducedFormat: files handed over one by one and dropped) prints exactly
// what this prints; do not "fix" it to follow src/ — a difference is what the test is there to find.
// If a format's output is changed on purpose, change it here the same way and say so in the commit.
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
import type { ActiveSeverity } from '../../../src/rules/types.js';
import { displayPath, filesByPath, plural, printable, visibleCrossFile, visibleFindings } from '../../../src/report/common.js';
import { rootRelative } from '../../../src/report/repo-root.js';
import type { RenderOptions, Report } from '../../../src/report/types.js';

export const MAX_PER_LEVEL = 10;

const COMMAND: Record<ActiveSeverity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  line: string;
}

export function render(report: Report, options: RenderOptions): string {
  const shown = (path: string): string => rootRelative(path, options.cwd, options.root) ?? displayPath(path, options.cwd);
  const all: Annotation[] = [];
  for (const file of filesByPath(report)) {
    const path = shown(file.path);
    if (file.status === 'error') {
      all.push({ level: 'error', line: command('error', { file: path, title: 'seo-audit' }, file.error ?? 'could not be audited') });
      continue;
    }
    for (const finding of visibleFindings(file.findings, options.quiet)) {
      const properties = { file: path, line: String(finding.line), col: String(finding.column), title: finding.ruleId };
      all.push({ level: COMMAND[finding.severity], line: command(COMMAND[finding.severity], properties, finding.message) });
    }
  }
  for (const finding of visibleCrossFile(report.crossFile, options.quiet)) {
    const places = finding.locations.length > 0 ? finding.locations : [null];
    for (const place of places) {
      const properties: Record<string, string> =
        place === null ? {} : { file: shown(place.path), line: String(place.line), col: String(place.column) };
      properties['title'] = finding.ruleId;
      all.push({ level: COMMAND[finding.severity], line: command(COMMAND[finding.severity], properties, finding.message) });
    }
  }

  const total = { error: 0, warning: 0, notice: 0 };
  for (const annotation of all) total[annotation.level]++;
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
      `in ${plural(report.summary.files, 'file')}; shown here: ${printed.error} errors, ${printed.warning} warnings, ` +
      `${printed.notice} notices (GitHub shows at most ${MAX_PER_LEVEL} of each). Full report: ${where}.`;
    lines.push(command('notice', { title: 'seo-audit: more findings' }, message));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
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
