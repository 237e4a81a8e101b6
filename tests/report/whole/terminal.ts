// TEST ORACLE, not product code: `src/report/terminal.ts` as it was before the bounded formats (commit
// 2a58a5d, the parent of c6233b8 "Bounded formats: …"), when `render` built the text from the whole
// report. Byte-identical to that file but for the import paths. tests/report/bounded.test.ts checks
// that the bounded format (ReducedFormat: files handed over one by one and dropped) prints exactly
// what this prints; do not "fix" it to follow src/ — a difference is what the test is there to find.
// If a format's output is changed on purpose, change it here the same way and say so in the commit.
/**
 * `--format terminal` (the default): for people. Per file a header (path, status, score,
 * coverage), a keyword table, a section × keyword-group table and the findings; then the
 * cross-file findings and one summary line. Colour comes from a private Chalk instance whose
 * level the caller decides (NO_COLOR/FORCE_COLOR/TTY are the CLI's business), and cli-table3's
 * own colouring is switched off so that color=false output holds no escape codes at all.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ActiveSeverity, Finding } from '../../../src/rules/types.js';
import type { Placements } from '../../../src/keywords/types.js';
import {
  compareStrings,
  formatCoverage, formatPercent,
  formatScore,
  plural,
  printable,
  visibleCrossFile,
  visibleFindings,
} from '../../../src/report/common.js';
import type { FileReport, RenderOptions, Report } from '../../../src/report/types.js';

const MAX_CELL = 60;

/** Runs of up to this many files get the detailed layout (tables per file); larger ones are grouped by rule. */
export const DETAILED_MAX_FILES = 10;
/** Grouped layout: files listed in the worst-first overview. */
export const OVERVIEW_FILES = 10;
/** Grouped layout: files listed per warning or info rule (errors are always listed in full). */
export const FILES_PER_RULE = 10;

export function render(report: Report, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  if (report.files.length > DETAILED_MAX_FILES) return `${renderGrouped(report, chalk, options.quiet).join('\n')}\n`;
  const out: string[] = [];
  for (const file of worstFirst(report.files)) {
    if (options.quiet && file.status === 'passed') continue;
    out.push(...renderFile(file, chalk, options.quiet), '');
  }
  const crossFile = visibleCrossFile(report.crossFile, options.quiet);
  if (crossFile.length > 0) {
    out.push(chalk.bold('Across files'));
    for (const finding of crossFile) {
      out.push(`  ${severityLabel(finding.severity, chalk)}  ${clean(finding.message)}  ${chalk.dim(finding.ruleId)}`);
      if (finding.files.length > 0) out.push(chalk.dim(`      ${finding.files.map(clean).join(', ')}`));
    }
    out.push('');
  }
  if (options.quiet) out.push(...quietWarningCounts(report, chalk));
  out.push(summaryLine(report, chalk));
  return `${out.join('\n')}\n`;
}

/** Errored files first, then lowest score, then path; a single file needs no sorting. */
export function worstFirst(files: readonly FileReport[]): FileReport[] {
  if (files.length <= 1) return [...files];
  const rank = (file: FileReport): number => (file.status === 'error' ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.score - b.score || compareStrings(a.path, b.path));
}

function renderFile(file: FileReport, chalk: ChalkInstance, quiet: boolean): string[] {
  if (file.status === 'error') {
    return [`${chalk.bold(clean(file.path))}  ${chalk.red.bold('ERROR')}  ${clean(file.error ?? 'could not be audited')}`];
  }
  if (file.status === 'skipped') {
    return [`${chalk.bold(clean(file.path))}  ${chalk.dim('SKIPPED')}  ${file.skipReason ?? 'draft'} (audit it with --include-drafts)`];
  }
  const status = file.status === 'passed' ? chalk.green.bold('PASSED') : chalk.red.bold('FAILED');
  const { coverage } = file;
  const out = [
    `${chalk.bold(clean(file.path))}  ${status}  score ${chalk.bold(formatScore(file.score))}  ` +
      `coverage ${chalk.bold(formatCoverage(coverage))}`,
  ];
  if (!quiet) {
    if (file.keywords.length > 0) out.push(keywordTable(file, chalk), legend(chalk));
    const matrix = sectionTable(file, chalk);
    if (matrix !== null) out.push(matrix);
  }
  const findings = visibleFindings(file.findings, quiet);
  if (findings.length > 0) out.push(...findingLines(findings, chalk));
  return out;
}

function newTable(head: string[], chalk: ChalkInstance, colAligns?: Table.HorizontalAlignment[]): Table.Table {
  return new Table({
    head: head.map((cell) => chalk.bold(cell)),
    ...(colAligns ? { colAligns } : {}),
    // cli-table3 colours heads and borders itself and ignores NO_COLOR: keep that off.
    style: { head: [], border: [], compact: true },
  });
}

function keywordTable(file: FileReport, chalk: ChalkInstance): string {
  const table = newTable(['Keyword', 'Group', 'Count', 'Density', 'Placements'], chalk, [
    'left',
    'left',
    'right',
    'right',
    'left',
  ]);
  for (const keyword of file.keywords) {
    const phrase = truncate(keyword.phrase) + (keyword.primary ? ' *' : '');
    const count = keyword.found ? chalk.green(String(keyword.count)) : chalk.red(String(keyword.count));
    table.push([phrase, truncate(keyword.group ?? ''), count, `${keyword.density.toFixed(2)}%`, placementMarks(keyword.placements, chalk)]);
  }
  return table.toString();
}

function legend(chalk: ChalkInstance): string {
  return chalk.dim(
    '* primary · T title · M meta description · H1 · H2 with/of subheadings · I intro · S slug · A image alt · § group section',
  );
}

/** Fixed slots so the column lines up: a missing placement is a dot as wide as its mark. */
export function placementMarks(placements: Placements, chalk: ChalkInstance): string {
  const slot = (present: boolean, mark: string): string =>
    present ? chalk.green(mark) : chalk.dim('·'.padEnd(mark.length, ' '));
  const { subheadings } = placements;
  const h2 = `H2 ${subheadings.with}/${subheadings.of}`;
  const section =
    placements.section === null ? ' ' : placements.section ? chalk.green('§') : chalk.red('·');
  return [
    slot(placements.title, 'T'),
    slot(placements.metaDescription, 'M'),
    slot(placements.h1, 'H1'),
    subheadings.with > 0 ? chalk.green(h2) : chalk.dim(h2),
    slot(placements.intro, 'I'),
    slot(placements.slug, 'S'),
    slot(placements.imageAlt, 'A'),
    section,
  ].join(' ');
}

function sectionTable(file: FileReport, chalk: ChalkInstance): string | null {
  const { groups, sections } = file.sections;
  if (groups.length === 0 || sections.length === 0) return null;
  const table = newTable(['Section', ...groups.map(truncate)], chalk, ['left', ...groups.map(() => 'right' as const)]);
  for (const section of sections) {
    const indent = '  '.repeat(Math.max(section.level - 1, 0));
    const label = section.heading === null ? chalk.dim('(before first heading)') : truncate(section.heading);
    const cells = groups.map((_, index) => {
      const count = section.counts[index] ?? 0;
      return count === 0 ? chalk.dim('0') : chalk.green(String(count));
    });
    table.push([`${indent}${label}`, ...cells]);
  }
  return table.toString();
}

/** `line:col  severity  message  rule-id`, columns padded on the plain text, then coloured. */
function findingLines(findings: Finding[], chalk: ChalkInstance): string[] {
  const locations = findings.map((finding) => `${finding.line}:${finding.column}`);
  const messages = findings.map((finding) => clean(finding.message));
  const locationWidth = Math.max(...locations.map((location) => location.length));
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
  const messageWidth = Math.max(...messages.map((message) => message.length));
  return findings.map(
    (finding, index) =>
      `  ${chalk.dim(locations[index]!.padEnd(locationWidth))}  ` +
      `${severityLabel(finding.severity, chalk, severityWidth)}  ` +
      `${messages[index]!.padEnd(messageWidth)}  ${chalk.dim(finding.ruleId)}`,
  );
}

function severityLabel(severity: ActiveSeverity, chalk: ChalkInstance, width = severity.length): string {
  const padded = severity.padEnd(width);
  return severity === 'error' ? chalk.red(padded) : severity === 'warning' ? chalk.yellow(padded) : chalk.blue(padded);
}

function summaryLine(report: Report, chalk: ChalkInstance): string {
  const { summary } = report;
  const parts = [
    plural(summary.files, 'file'),
    chalk.green(`${summary.passed} passed`),
    summary.failed > 0 ? chalk.red(`${summary.failed} failed`) : `${summary.failed} failed`,
  ];
  if (summary.errored > 0) parts.push(chalk.red(`${summary.errored} errored`));
  if ((summary.skipped ?? 0) > 0) parts.push(chalk.dim(`${summary.skipped} skipped`));
  parts.push(
    summary.errors > 0 ? chalk.red(plural(summary.errors, 'error')) : plural(summary.errors, 'error'),
    summary.warnings > 0 ? chalk.yellow(plural(summary.warnings, 'warning')) : plural(summary.warnings, 'warning'),
    `mean score ${formatScore(summary.score)}`,
    `mean coverage ${formatPercent(summary.coverage)}`,
  );
  return parts.join(' · ');
}

/** One line of safe text: no control characters, no line breaks. */
function clean(value: string): string {
  return printable(value).replace(/\s+/g, ' ');
}

function truncate(value: string): string {
  const flat = clean(value);
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}


// ---------------------------------------------------------------------------------------------
// Grouped layout for sites (more than DETAILED_MAX_FILES files): the worst files, then every
// finding grouped by rule and, within a rule, by file; warning and info rules list their first
// FILES_PER_RULE files and count the rest. With --quiet only errors are listed and the warnings
// are one line of counts per rule.

interface RuleGroup {
  ruleId: string;
  severity: ActiveSeverity;
  /** Path → its findings of this rule, in position order. */
  files: Map<string, Finding[]>;
  count: number;
}

const SEVERITY_ORDER: Record<ActiveSeverity, number> = { error: 0, warning: 1, info: 2 };

function fileCounts(file: FileReport): string {
  let errors = 0;
  let warnings = 0;
  for (const finding of file.findings) {
    if (finding.baselined) continue;
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return `${plural(errors, 'error')} · ${plural(warnings, 'warning')}`;
}

function overviewLine(file: FileReport, chalk: ChalkInstance): string {
  if (file.status === 'error') return `  ${clean(file.path)}  ${chalk.red.bold('ERROR')}  ${clean(file.error ?? 'could not be audited')}`;
  if (file.status === 'skipped') return `  ${clean(file.path)}  ${chalk.dim('SKIPPED')}  ${file.skipReason ?? 'draft'}`;
  const status = file.status === 'passed' ? chalk.green('PASSED') : chalk.red('FAILED');
  return `  ${clean(file.path)}  ${status}  score ${formatScore(file.score)}  coverage ${formatCoverage(file.coverage)}  ${fileCounts(file)}`;
}

function ruleGroups(files: readonly FileReport[], severities: (severity: ActiveSeverity) => boolean): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    for (const finding of visibleFindings(file.findings, false)) {
      if (!severities(finding.severity)) continue;
      const key = `${finding.ruleId}\u0000${finding.severity}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { ruleId: finding.ruleId, severity: finding.severity, files: new Map(), count: 0 };
        groups.set(key, group);
      }
      const list = group.files.get(file.path) ?? [];
      list.push(finding);
      group.files.set(file.path, list);
      group.count++;
    }
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.files.size - a.files.size || compareStrings(a.ruleId, b.ruleId),
  );
}

function groupLines(group: RuleGroup, chalk: ChalkInstance): string[] {
  const all = [...group.files.values()].flat();
  // One message for every finding (a missing primary keyword, say): said once, in the header.
  const same = all.every((finding) => finding.message === all[0]!.message);
  const header = `${chalk.bold(group.ruleId)}  ${severityLabel(group.severity, chalk)}  ${plural(group.count, 'finding')} in ${plural(group.files.size, 'file')}`;
  const out = [same ? `${header}: ${clean(all[0]!.message)}` : header];
  const shown = group.severity === 'error' ? group.files.size : Math.min(FILES_PER_RULE, group.files.size);
  let index = 0;
  for (const [path, list] of group.files) {
    if (index++ >= shown) break;
    for (const finding of list) {
      const where = `${clean(path)}:${finding.line}:${finding.column}`;
      out.push(same ? `  ${where}` : `  ${where}  ${clean(finding.message)}`);
    }
  }
  if (group.files.size > shown) out.push(chalk.dim(`  … and ${plural(group.files.size - shown, 'more file')} (-f json lists every finding)`));
  return out;
}

function renderGrouped(report: Report, chalk: ChalkInstance, quiet: boolean): string[] {
  const out: string[] = [];
  const worst = worstFirst(report.files).filter((file) => !quiet || file.status === 'failed' || file.status === 'error');
  const listed = worst.slice(0, OVERVIEW_FILES);
  if (listed.length > 0) {
    out.push(chalk.bold(`Files, worst first (${listed.length} of ${report.files.length})`));
    for (const file of listed) out.push(overviewLine(file, chalk));
    const rest = worst.slice(OVERVIEW_FILES);
    if (rest.length > 0) {
      const by = (status: FileReport['status']): number => rest.filter((file) => file.status === status).length;
      const parts = [
        by('error') > 0 ? `${by('error')} errored` : null,
        by('failed') > 0 ? `${by('failed')} failed` : null,
        by('passed') > 0 ? `${by('passed')} passed` : null,
        by('skipped') > 0 ? `${by('skipped')} skipped` : null,
      ].filter((part) => part !== null);
      out.push(chalk.dim(`  … and ${plural(rest.length, 'more file')}: ${parts.join(', ')}`));
    }
    out.push('');
  }
  const groups = ruleGroups(report.files, (severity) => !quiet || severity === 'error');
  if (groups.length > 0) {
    out.push(chalk.bold('Findings by rule'), '');
    for (const group of groups) out.push(...groupLines(group, chalk), '');
  }
  if (quiet) out.push(...quietWarningCounts(report, chalk));
  const crossFile = visibleCrossFile(report.crossFile, quiet);
  if (crossFile.length > 0) {
    out.push(chalk.bold('Across files'));
    const shownPerRule = new Map<string, number>();
    const hiddenPerRule = new Map<string, number>();
    for (const finding of crossFile) {
      if (finding.severity !== 'error') {
        const shown = shownPerRule.get(finding.ruleId) ?? 0;
        if (shown >= FILES_PER_RULE) {
          hiddenPerRule.set(finding.ruleId, (hiddenPerRule.get(finding.ruleId) ?? 0) + 1);
          continue;
        }
        shownPerRule.set(finding.ruleId, shown + 1);
      }
      out.push(`  ${severityLabel(finding.severity, chalk)}  ${clean(finding.message)}  ${chalk.dim(finding.ruleId)}`);
      if (finding.files.length > 0) out.push(chalk.dim(`      ${listPaths(finding.files.map(clean))}`));
    }
    for (const [ruleId, hidden] of hiddenPerRule) {
      out.push(chalk.dim(`  … and ${hidden} more ${ruleId} finding${hidden === 1 ? '' : 's'} (-f json lists every finding)`));
    }
    out.push('');
  }
  out.push(summaryLine(report, chalk));
  return out;
}

/** --quiet lists errors only; the warnings stay visible as counts per rule (none: no lines). */
function quietWarningCounts(report: Report, chalk: ChalkInstance): string[] {
  const counts: { ruleId: string; count: number; files: number | null }[] = ruleGroups(report.files, (severity) => severity === 'warning').map(
    (group) => ({ ruleId: group.ruleId, count: group.count, files: group.files.size }),
  );
  const across = new Map<string, number>();
  for (const finding of report.crossFile) {
    if (finding.severity === 'warning' && !finding.baselined) across.set(finding.ruleId, (across.get(finding.ruleId) ?? 0) + 1);
  }
  for (const [ruleId, count] of [...across].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))) counts.push({ ruleId, count, files: null });
  if (counts.length === 0) return [];
  const total = counts.reduce((n, entry) => n + entry.count, 0);
  const width = Math.max(...counts.map((entry) => entry.ruleId.length));
  const out = [chalk.yellow(`${plural(total, 'warning')} not listed (--quiet):`)];
  for (const entry of counts) {
    out.push(`  ${entry.ruleId.padEnd(width)}  ${entry.files === null ? `${entry.count} across files` : `${entry.count} in ${plural(entry.files, 'file')}`}`);
  }
  out.push('');
  return out;
}

/** "a, b, c and 7 more" (at most FILES_PER_RULE paths). */
function listPaths(paths: readonly string[]): string {
  if (paths.length <= FILES_PER_RULE) return paths.join(', ');
  return `${paths.slice(0, FILES_PER_RULE).join(', ')} and ${paths.length - FILES_PER_RULE} more`;
}
