// TEST ORACLE, not product code: `src/report/markdown.ts` as it was before the bounded formats (commit
// 2a58a5d, the parent of c6233b8 "Bounded formats: …"), when `render` built the text from the whole
// report. Byte-identical to that file but for the import paths. tests/report/bounded.test.ts checks
// that the bounded format (ReducedFormat: files handed over one by one and dropped) prints exactly
// what this prints; do not "fix" it to follow src/ — a difference is what the test is there to find.
// If a format's output is changed on purpose, change it here the same way and say so in the commit.
/**
 * `--format markdown`: a pull-request comment / job summary (GitHub-flavoured Markdown) that fits
 * where it goes: at most MAX_CHARS (65,536, a pull-request comment's limit; a job summary takes
 * 1 MiB) whatever the run's size. In order:
 * - a headline and the run's totals;
 * - findings by rule (errors, warnings, notes, files) — one row per rule, so it stays small;
 * - the files that failed or errored, worst first (errored, then most errors, lowest score);
 * - the passed files, collapsed in one <details>;
 * - cross-file findings;
 * - each failed file's findings, grouped by rule with counts, in a collapsed <details>.
 * Every list stops at its share of the budget with "…and N more"; the budget is counted in UTF-16
 * code units (never fewer than the characters GitHub counts).
 *
 * Article text (messages, headings, phrases, paths) is escaped so that it never renders as links,
 * images, emphasis, HTML, mentions or autolinks: Markdown punctuation becomes character
 * references, and a word joiner (U+2060) breaks `://`, `www.`, `@` and `#digits`, which GitHub
 * would otherwise link even inside text.
 */
import { countBySeverity, filesByPath, formatCoverage, formatPercent, formatScore, plural, printable, visibleCrossFile, visibleFindings } from '../../../src/report/common.js';
import type { Finding } from '../../../src/rules/types.js';
import type { FileReport, RenderOptions, Report } from '../../../src/report/types.js';

export const MAX_CHARS = 65_536;
/** Findings listed per rule inside one file's details before "…and N more". */
const PER_RULE = 5;

const STATUS_EMOJI: Record<FileReport['status'], string> = { passed: '✅', failed: '❌', error: '💥', skipped: '⏭️' };

/** Collects lines while they fit in a character budget. */
class Budget {
  private readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  get remaining(): number {
    return this.limit - this.used;
  }
  /** Adds the lines (joined by newlines) when all of them fit; false when they do not. */
  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, line) => sum + line.length + 1, 0);
    if (size > this.remaining) return false;
    this.lines.push(...lines);
    this.used += size;
    return true;
  }
  text(): string {
    return this.lines.join('\n');
  }
}

/** Worst first: errored, then failed by errors (desc), score (asc), path. */
function worstFirst(a: FileReport, b: FileReport): number {
  const rank = (file: FileReport): number => (file.status === 'error' ? 0 : file.status === 'failed' ? 1 : file.status === 'passed' ? 2 : 3);
  const errors = (file: FileReport): number => countBySeverity(file.findings).error;
  return rank(a) - rank(b) || errors(b) - errors(a) || a.score - b.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export function render(report: Report, options: RenderOptions): string {
  const { summary } = report;
  const files = filesByPath(report);
  // Reserve room for the closing note and the newline; everything else shares the rest.
  const out = new Budget(MAX_CHARS - 400);
  const verdict = summary.failed + summary.errored === 0 ? '✅ passed' : '❌ failed';
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`];
  if (summary.errored > 0) parts.push(`${summary.errored} errored`);
  if ((summary.skipped ?? 0) > 0) parts.push(`${summary.skipped} skipped`);
  out.add(
    `## seo-audit ${verdict}: ${parts.join(', ')}`,
    '',
    `${plural(summary.files, 'file')} · ${plural(summary.errors, 'error')} · ${plural(summary.warnings, 'warning')} · ` +
      `mean score **${formatScore(summary.score)}** · mean coverage **${formatPercent(summary.coverage)}**`,
    '',
  );
  let omitted = false;
  const more = (count: number, what: string): string => {
    omitted = true;
    return `…and ${count} more ${what}`;
  };

  // Findings by rule: one row per rule id.
  const byRule = new Map<string, { error: number; warning: number; info: number; files: Set<string> }>();
  for (const file of files) {
    for (const finding of visibleFindings(file.findings, options.quiet)) {
      const entry = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0, files: new Set<string>() };
      entry[finding.severity]++;
      entry.files.add(file.path);
      byRule.set(finding.ruleId, entry);
    }
  }
  const crossFile = visibleCrossFile(report.crossFile, options.quiet);
  for (const finding of crossFile) {
    const entry = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0, files: new Set<string>() };
    entry[finding.severity]++;
    for (const path of finding.files) entry.files.add(path);
    byRule.set(finding.ruleId, entry);
  }
  if (byRule.size > 0) {
    out.add('### Findings by rule', '', '| Rule | Errors | Warnings | Notes | Files |', '|---|--:|--:|--:|--:|');
    const rows = [...byRule].sort(
      ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const [ruleId, counts] of rows) {
      out.add(`| <code>${inline(ruleId)}</code> | ${counts.error} | ${counts.warning} | ${counts.info} | ${counts.files.size} |`);
    }
    out.add('');
  }

  const bad = files.filter((file) => file.status === 'failed' || file.status === 'error').sort(worstFirst);
  // Passed and skipped files (drafts, partials…) share the collapsed block.
  const passed = files.filter((file) => file.status === 'passed' || file.status === 'skipped');
  const row = (file: FileReport): string => {
    if (file.status === 'error') return `| ${STATUS_EMOJI.error} | ${code(file.path)} | – | – | – | – |`;
    if (file.status === 'skipped') return `| ${STATUS_EMOJI.skipped} | ${code(file.path)} | skipped (${inline(file.skipReason ?? 'draft')}) | – | – | – |`;
    const counts = countBySeverity(file.findings);
    return `| ${STATUS_EMOJI[file.status]} | ${code(file.path)} | ${formatScore(file.score)} | ${formatCoverage(file.coverage)} | ${counts.error} | ${counts.warning} |`;
  };
  const table = ['| | File | Score | Coverage | Errors | Warnings |', '|:-:|---|--:|--:|--:|--:|'];

  // Failed and errored files, worst first: up to 30 % of the budget.
  if (bad.length > 0) {
    const share = new Budget(Math.floor(out.remaining * 0.3));
    share.add('### Failed files (worst first)', '', ...table);
    let shown = 0;
    for (const file of bad) {
      if (!share.add(row(file))) break;
      shown++;
    }
    if (shown < bad.length) share.add('', more(bad.length - shown, 'failed files'));
    const errored = bad.filter((file) => file.status === 'error');
    if (errored.length > 0) {
      share.add('', '**Could not audit:**', '');
      let listed = 0;
      for (const file of errored) {
        if (!share.add(`- ${code(file.path)}: ${inline(file.error ?? 'unknown error')}`)) break;
        listed++;
      }
      if (listed < errored.length) share.add(more(errored.length - listed, 'files that could not be audited'));
    }
    share.add('');
    out.add(share.text());
  }

  // Passed files, collapsed: up to 10 % of the budget.
  if (passed.length > 0) {
    const share = new Budget(Math.floor(out.remaining * 0.1));
    const skipped = passed.filter((file) => file.status === 'skipped').length;
    const label = skipped === 0 ? plural(passed.length, 'passed file') : `${plural(passed.length - skipped, 'passed file')}, ${skipped} skipped`;
    share.add(`<details><summary>${STATUS_EMOJI.passed} ${label}</summary>`, '', ...table);
    let shown = 0;
    for (const file of passed) {
      if (share.remaining < 200 || !share.add(row(file))) break;
      shown++;
    }
    if (shown < passed.length) share.add('', more(passed.length - shown, 'passed files'));
    share.add('', '</details>', '');
    out.add(share.text());
  }

  // Cross-file findings: up to 15 % of the budget.
  if (crossFile.length > 0) {
    const share = new Budget(Math.floor(out.remaining * 0.15));
    share.add('### Across files', '', '| Severity | Message | Files | Rule |', '|---|---|---|---|');
    let shown = 0;
    for (const finding of crossFile) {
      const names = finding.files.slice(0, 5).map(code).join(', ') + (finding.files.length > 5 ? ` and ${finding.files.length - 5} more` : '');
      if (share.remaining < 200 || !share.add(`| ${finding.severity} | ${inline(finding.message)} | ${names} | ${code(finding.ruleId)} |`)) break;
      shown++;
    }
    if (shown < crossFile.length) share.add('', more(crossFile.length - shown, 'cross-file findings'));
    share.add('');
    out.add(share.text());
  }

  // Each failed file's findings, grouped by rule: the rest of the budget.
  const failed = bad.filter((file) => file.status === 'failed');
  let detailed = 0;
  for (const file of failed) {
    const block = fileDetails(file, options.quiet);
    if (!out.add(block)) break;
    detailed++;
  }
  if (detailed < failed.length) out.add(more(failed.length - detailed, 'failed files not detailed here'), '');

  let text = out.text().trimEnd();
  if (omitted) text += '\n\n_The full report is longer than fits here: write `--format json` or `--format sarif` to a file (a CI artifact) for every finding._';
  return `${text}\n`;
}

function fileDetails(file: FileReport, quiet: boolean): string {
  const counts = countBySeverity(file.findings);
  const findings = visibleFindings(file.findings, quiet);
  const lines = [
    `<details><summary>${STATUS_EMOJI.failed} ${code(file.path)} — score ${formatScore(file.score)}, ` +
      `coverage ${formatCoverage(file.coverage, false)}, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}</summary>`,
    '',
  ];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
  if (groups.size > 0) {
    lines.push('| Rule | Count | Line | Severity | Message |', '|---|--:|--:|---|---|');
    for (const [ruleId, list] of groups) {
      list.slice(0, PER_RULE).forEach((finding, index) => {
        const name = index === 0 ? code(ruleId) : '';
        const count = index === 0 ? String(list.length) : '';
        lines.push(`| ${name} | ${count} | ${finding.line}:${finding.column} | ${finding.severity} | ${inline(finding.message)} |`);
      });
      if (list.length > PER_RULE) lines.push(`| | | | | …and ${list.length - PER_RULE} more |`);
    }
    lines.push('');
  }
  const missing = file.keywords.filter((keyword) => !keyword.found);
  if (missing.length > 0) {
    const names = missing.slice(0, 20).map((keyword) => code(keyword.phrase)).join(', ');
    lines.push(`**Missing keywords:** ${names}${missing.length > 20 ? ` …and ${missing.length - 20} more` : ''}`, '');
  }
  lines.push('</details>', '');
  return lines.join('\n');
}

/** Markdown punctuation that could start markup, as character references. */
const MARKUP: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '~': '&#126;',
  '\\': '&#92;',
  '|': '&#124;',
  '#': '&#35;',
  $: '&#36;',
};

const WORD_JOINER = '\u2060';

/**
 * Article text for a table cell or inline HTML: one line, no markup. Autolinks, mentions and
 * issue references are recognised by GitHub after character references are decoded, so those
 * are broken with an invisible word joiner instead.
 */
export function inline(value: string): string {
  return printable(value)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>[\]()!*_`~\\|#$]/g, (char) => MARKUP[char]!)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${WORD_JOINER}.`)
    .replace(/@/g, `${WORD_JOINER}@`)
    .replace(/&#35;(?=\d)/g, `&#35;${WORD_JOINER}`);
}

/** Kept for callers of the old name: the same escaping as inline(). */
export const cell = inline;

/** <code> rather than backticks: a backtick in a path or phrase cannot end it early. */
function code(value: string): string {
  return `<code>${inline(value)}</code>`;
}
