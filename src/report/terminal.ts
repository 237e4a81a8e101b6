/**
 * `--format terminal` (the default): for people. Per file a header (path, status, score,
 * coverage), a keyword table, a section × keyword-group table and the findings; then the
 * cross-file findings and one summary line. Colour comes from a private Chalk instance whose
 * level the caller decides (NO_COLOR/FORCE_COLOR/TTY are the CLI's business), and cli-table3's
 * own colouring is switched off so that color=false output holds no escape codes at all.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ActiveSeverity, Finding } from '../rules/types.js';
import type { Placements } from '../keywords/types.js';
import {
  compareStrings,
  formatCoverage, formatPercent,
  formatScore,
  plural,
  printable,
  visibleCrossFile,
  visibleFindings,
} from './common.js';
import type { FileReport, RenderOptions, Report } from './types.js';

const MAX_CELL = 60;

export function render(report: Report, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
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

