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
import { countBySeverity, filesByPath, formatCoverage, formatPercent, formatScore, plural, printable, visibleCrossFile, visibleFindings } from './common.js';
import type { Finding } from '../rules/types.js';
import { FirstItems } from './stream.js';
import type { ReducedFormat } from './stream.js';
import type { FileReport, RenderOptions, Report } from './types.js';

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

export function render(report: Report, options: RenderOptions): string {
  const whole = reduced(options, Infinity);
  for (const file of filesByPath(report)) whole.add(file);
  return whole.render(report);
}

/**
 * Of any list, at most this many entries can be shown: every row, line or block the report adds
 * is at least 17 characters plus its newline (the shortest: an errored file's "- <code></code>: "),
 * and 4,096 × 18 > MAX_CHARS. So a run keeps only the first KEEP of each list (worst first,
 * or by path) and counts the rest.
 */
export const KEEP = 4096;

interface Ranked {
  rank: number;
  errors: number;
  score: number;
  path: string;
  /** Its row in "Failed files"; an errored file's line in "Could not audit"; a failed file's findings block. */
  text: string;
}

/** Worst first: errored, then failed by errors (desc), score (asc), path. */
function worstFirstRanked(a: Ranked, b: Ranked): number {
  return a.rank - b.rank || b.errors - a.errors || a.score - b.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

interface RuleCounts {
  error: number;
  warning: number;
  info: number;
  files: number;
}

/**
 * `--format markdown` for a run of any size (src/report/stream.ts ReducedFormat): the counts of
 * every list and the first `keep` entries of each (rows and blocks rendered as the file
 * arrives), so memory does not grow with the run. `render` is this with every file kept.
 *
 * "Files" per rule counts distinct files: each file once per rule among its findings, plus the
 * files of the rule's cross-file findings. A path in both is counted once: the paths with file
 * findings are kept for the ids of cross-file rules (`crossFileIds`; a cross-file rule gives no
 * file findings, so in a run that set stays empty) — for the whole report, every id.
 */
export function reduced(options: RenderOptions, keep: number = KEEP, crossFileIds: ReadonlySet<string> | null = null): ReducedFormat {
  const byRule = new Map<string, RuleCounts>();
  const rulePaths = new Map<string, Set<string>>();
  // The three lists of failed and errored files, each worst first: rows, errored files' lines, failed files' blocks.
  const bad = new FirstItems<Ranked>(keep, worstFirstRanked);
  const errored = new FirstItems<Ranked>(keep, worstFirstRanked);
  const failed = new FirstItems<Ranked>(keep, worstFirstRanked);
  const good = new FirstItems<{ path: string; row: string }>(keep, (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const counts = { bad: 0, errored: 0, failed: 0, passed: 0, skipped: 0 };
  return {
    add: (file) => {
      const ids = new Set<string>();
      for (const finding of visibleFindings(file.findings, options.quiet)) {
        const entry = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0, files: 0 };
        entry[finding.severity]++;
        if (!ids.has(finding.ruleId)) {
          ids.add(finding.ruleId);
          entry.files++;
          if (crossFileIds === null || crossFileIds.has(finding.ruleId)) {
            const paths = rulePaths.get(finding.ruleId) ?? new Set<string>();
            if (paths.has(file.path)) entry.files--;
            paths.add(file.path);
            rulePaths.set(finding.ruleId, paths);
          }
        }
        byRule.set(finding.ruleId, entry);
      }
      if (file.status === 'failed' || file.status === 'error') {
        counts.bad++;
        if (file.status === 'error') counts.errored++;
        else counts.failed++;
        const rank = { rank: file.status === 'error' ? 0 : 1, errors: countBySeverity(file.findings).error, score: file.score, path: file.path };
        bad.offer({ ...rank, text: row(file) });
        if (file.status === 'error') errored.offer({ ...rank, text: `- ${code(file.path)}: ${inline(file.error ?? 'unknown error')}` });
        else failed.offer({ ...rank, text: fileDetails(file, options.quiet) });
      } else {
        if (file.status === 'skipped') counts.skipped++;
        else counts.passed++;
        good.offer({ path: file.path, row: row(file) });
      }
    },
    render: (frame) => {
      const rules = new Map([...byRule].map(([id, entry]) => [id, { ...entry }]));
      const lists = { bad: bad.list(), errored: errored.list(), failed: failed.list(), passed: good.list() };
      return markdownText(frame, options, rules, rulePaths, lists, counts);
    },
  };
}

function row(file: FileReport): string {
  if (file.status === 'error') return `| ${STATUS_EMOJI.error} | ${code(file.path)} | – | – | – | – |`;
  if (file.status === 'skipped') return `| ${STATUS_EMOJI.skipped} | ${code(file.path)} | skipped (${inline(file.skipReason ?? 'draft')}) | – | – | – |`;
  const counts = countBySeverity(file.findings);
  return `| ${STATUS_EMOJI[file.status]} | ${code(file.path)} | ${formatScore(file.score)} | ${formatCoverage(file.coverage)} | ${counts.error} | ${counts.warning} |`;
}

function markdownText(
  frame: Omit<Report, 'files'>,
  options: RenderOptions,
  byRule: Map<string, RuleCounts>,
  rulePaths: ReadonlyMap<string, ReadonlySet<string>>,
  lists: { bad: readonly Ranked[]; errored: readonly Ranked[]; failed: readonly Ranked[]; passed: readonly { row: string }[] },
  counts: { bad: number; errored: number; failed: number; passed: number; skipped: number },
): string {
  const { summary } = frame;
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

  // Findings by rule: one row per rule id (files: each counted once, file and cross-file findings together).
  const crossFile = visibleCrossFile(frame.crossFile, options.quiet);
  const crossPaths = new Map<string, Set<string>>();
  for (const finding of crossFile) {
    const entry = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0, files: 0 };
    entry[finding.severity]++;
    const seen = crossPaths.get(finding.ruleId) ?? new Set<string>();
    const fileLevel = rulePaths.get(finding.ruleId);
    for (const path of finding.files) {
      if (seen.has(path) || fileLevel?.has(path) === true) continue;
      seen.add(path);
      entry.files++;
    }
    crossPaths.set(finding.ruleId, seen);
    byRule.set(finding.ruleId, entry);
  }
  if (byRule.size > 0) {
    out.add('### Findings by rule', '', '| Rule | Errors | Warnings | Notes | Files |', '|---|--:|--:|--:|--:|');
    const rows = [...byRule].sort(
      ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const [ruleId, counts] of rows) {
      out.add(`| <code>${inline(ruleId)}</code> | ${counts.error} | ${counts.warning} | ${counts.info} | ${counts.files} |`);
    }
    out.add('');
  }

  const table = ['| | File | Score | Coverage | Errors | Warnings |', '|:-:|---|--:|--:|--:|--:|'];

  // Failed and errored files, worst first: up to 30 % of the budget.
  if (counts.bad > 0) {
    const share = new Budget(Math.floor(out.remaining * 0.3));
    share.add('### Failed files (worst first)', '', ...table);
    let shown = 0;
    for (const file of lists.bad) {
      if (!share.add(file.text)) break;
      shown++;
    }
    if (shown < counts.bad) share.add('', more(counts.bad - shown, 'failed files'));
    if (counts.errored > 0) {
      share.add('', '**Could not audit:**', '');
      let listed = 0;
      for (const file of lists.errored) {
        if (!share.add(file.text)) break;
        listed++;
      }
      if (listed < counts.errored) share.add(more(counts.errored - listed, 'files that could not be audited'));
    }
    share.add('');
    out.add(share.text());
  }

  // Passed files, collapsed: up to 10 % of the budget.
  const good = counts.passed + counts.skipped;
  if (good > 0) {
    const share = new Budget(Math.floor(out.remaining * 0.1));
    const skipped = counts.skipped;
    const label = skipped === 0 ? plural(good, 'passed file') : `${plural(good - skipped, 'passed file')}, ${skipped} skipped`;
    share.add(`<details><summary>${STATUS_EMOJI.passed} ${label}</summary>`, '', ...table);
    let shown = 0;
    for (const file of lists.passed) {
      if (share.remaining < 200 || !share.add(file.row)) break;
      shown++;
    }
    if (shown < good) share.add('', more(good - shown, 'passed files'));
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
  let detailed = 0;
  for (const file of lists.failed) {
    if (!out.add(file.text)) break;
    detailed++;
  }
  if (detailed < counts.failed) out.add(more(counts.failed - detailed, 'failed files not detailed here'), '');

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
