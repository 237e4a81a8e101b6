/**
 * `--format markdown`: a pull-request comment / job summary (GitHub-flavoured Markdown).
 * A headline, a table with one row per file, then for each failed file a collapsible
 * <details> block with its findings and the keywords it misses.
 */
import { countBySeverity, filesByPath, formatCoverage, formatPercent, formatScore, plural, printable, visibleCrossFile, visibleFindings } from './common.js';
import type { FileReport, RenderOptions, Report } from './types.js';

const STATUS_EMOJI: Record<FileReport['status'], string> = { passed: '✅', failed: '❌', error: '💥', skipped: '⏭️' };

export function render(report: Report, options: RenderOptions): string {
  const { summary } = report;
  const files = filesByPath(report);
  const verdict = summary.failed + summary.errored === 0 ? '✅ passed' : '❌ failed';
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`];
  if (summary.errored > 0) parts.push(`${summary.errored} errored`);
  if ((summary.skipped ?? 0) > 0) parts.push(`${summary.skipped} skipped`);
  const out: string[] = [
    `## seo-audit ${verdict}: ${parts.join(', ')}`,
    '',
    `${plural(summary.files, 'file')} · ${plural(summary.errors, 'error')} · ${plural(summary.warnings, 'warning')} · ` +
      `mean score **${formatScore(summary.score)}** · mean coverage **${formatPercent(summary.coverage)}**`,
    '',
  ];

  if (files.length > 0) {
    out.push('| | File | Score | Coverage | Errors | Warnings |', '|:-:|---|--:|--:|--:|--:|');
    for (const file of files) {
      if (file.status === 'error') {
        out.push(`| ${STATUS_EMOJI.error} | ${code(file.path)} | – | – | – | – |`);
        continue;
      }
      if (file.status === 'skipped') {
        out.push(`| ${STATUS_EMOJI.skipped} | ${code(file.path)} | skipped (${file.skipReason ?? 'draft'}) | – | – | – |`);
        continue;
      }
      const counts = countBySeverity(file.findings);
      out.push(
        `| ${STATUS_EMOJI[file.status]} | ${code(file.path)} | ${formatScore(file.score)} | ` +
          `${formatCoverage(file.coverage)} | ` +
          `${counts.error} | ${counts.warning} |`,
      );
    }
    out.push('');
  }

  const errored = files.filter((file) => file.status === 'error');
  if (errored.length > 0) {
    out.push('**Could not audit:**', '');
    for (const file of errored) out.push(`- ${code(file.path)}: ${cell(file.error ?? 'unknown error')}`);
    out.push('');
  }

  for (const file of files.filter((f) => f.status === 'failed')) {
    const counts = countBySeverity(file.findings);
    const findings = visibleFindings(file.findings, options.quiet);
    const missing = file.keywords.filter((keyword) => !keyword.found);
    out.push(
      `<details><summary>${STATUS_EMOJI.failed} ${code(file.path)} — score ${formatScore(file.score)}, ` +
        `coverage ${formatCoverage(file.coverage, false)}, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}</summary>`,
      '',
    );
    if (findings.length > 0) {
      out.push('| Line | Severity | Message | Rule |', '|--:|---|---|---|');
      for (const finding of findings) {
        out.push(`| ${finding.line}:${finding.column} | ${finding.severity} | ${cell(finding.message)} | ${code(finding.ruleId)} |`);
      }
      out.push('');
    }
    if (missing.length > 0) {
      out.push(`**Missing keywords:** ${missing.map((keyword) => code(keyword.phrase)).join(', ')}`, '');
    }
    out.push('</details>', '');
  }

  const crossFile = visibleCrossFile(report.crossFile, options.quiet);
  if (crossFile.length > 0) {
    out.push('### Across files', '', '| Severity | Message | Files | Rule |', '|---|---|---|---|');
    for (const finding of crossFile) {
      out.push(
        `| ${finding.severity} | ${cell(finding.message)} | ${finding.files.map(code).join(', ')} | ${code(finding.ruleId)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Text for a table cell or inline HTML: entities for &, <, > (so "<title>" shows as text and
 * cannot open a tag), `\|` for pipes, line breaks flattened to spaces.
 */
export function cell(value: string): string {
  return printable(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** <code> rather than backticks: a backtick in a path or phrase cannot end it early. */
function code(value: string): string {
  return `<code>${cell(value)}</code>`;
}
