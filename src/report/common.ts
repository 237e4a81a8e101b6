/** Helpers shared by the reporters: ordering, quiet filtering, paths and number formatting. */
import path from 'node:path';
import { thresholdRuleById } from '../rules/thresholds.js';
import type { ActiveSeverity, Finding } from '../rules/types.js';
import type { CrossFileFinding, FileReport, Report, RuleDescriptor } from './types.js';

const SEVERITY_RANK: Record<ActiveSeverity, number> = { error: 0, warning: 1, info: 2 };

import { compareFindings, compareStrings } from '../compare.js';

export { compareFindings, compareStrings };

/**
 * The findings a reporter shows: sorted by position, only errors when quiet. Baselined findings
 * (--baseline) are accepted: people are not shown them, but the JSON report keeps them marked
 * `"baselined": true` (SPEC §7), so it passes `keepBaselined`.
 */
export function visibleFindings(findings: readonly Finding[], quiet: boolean, keepBaselined = false): Finding[] {
  const kept = findings.filter((finding) => (keepBaselined || !finding.baselined) && (!quiet || finding.severity === 'error'));
  return kept.sort(compareFindings);
}

/** Cross-file findings in a fixed order, each with its files sorted; only errors when quiet; baselined ones as above. */
export function visibleCrossFile(findings: readonly CrossFileFinding[], quiet: boolean, keepBaselined = false): CrossFileFinding[] {
  const kept = findings.filter((finding) => (keepBaselined || !finding.baselined) && (!quiet || finding.severity === 'error')).map((finding) => ({
    ...finding,
    files: [...finding.files].sort(compareStrings),
  }));
  return kept.sort(
    (a, b) =>
      compareStrings(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareStrings(a.files.join('\n'), b.files.join('\n')) ||
      compareStrings(a.message, b.message),
  );
}

/** Files in path order, whatever order the pipeline (or a merge) produced. */
export function filesByPath(report: Report): FileReport[] {
  return [...report.files].sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * Rules for SARIF/JUnit: every rule that ran plus any rule id that only appears in a finding
 * (e.g. a cross-file rule), so every result can point at a descriptor. Sorted by id.
 */
export function allRules(report: Report): RuleDescriptor[] {
  const byId = new Map<string, RuleDescriptor>();
  for (const rule of report.rules) byId.set(rule.id, rule);
  const ensure = (id: string, severity: ActiveSeverity): void => {
    if (byId.has(id)) return;
    const threshold = thresholdRuleById(id);
    byId.set(id, threshold ? { id, description: threshold.description, defaultSeverity: 'error' } : { id, description: id, defaultSeverity: severity });
  };
  for (const file of report.files) for (const finding of file.findings) ensure(finding.ruleId, finding.severity);
  for (const finding of report.crossFile) ensure(finding.ruleId, finding.severity);
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Rule ids for one file's JUnit test cases: the rules that ran plus any other id among the
 * file's own findings, sorted.
 */
export function fileRuleIds(report: Report, findings: readonly Finding[]): string[] {
  const ids = new Set(report.rules.map((rule) => rule.id));
  for (const finding of findings) ids.add(finding.ruleId);
  return [...ids].sort(compareStrings);
}

/**
 * Control characters (C0 except tab/LF/CR, DEL, C1) from article text must not reach a
 * terminal or log: an ESC could forge colours or move the cursor. They become U+FFFD.
 */
export function printable(value: string): string {
  // Bidirectional overrides and isolates too: they would show text in another order than it is.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** A path as tools that resolve against the repository root want it: relative, forward slashes. */
export function displayPath(filePath: string, cwd?: string): string {
  let shown = filePath;
  if (cwd !== undefined && path.isAbsolute(filePath)) {
    const relative = path.relative(cwd, filePath);
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) shown = relative;
  }
  return shown.split(path.sep).join('/').replace(/\\/g, '/');
}

export function countBySeverity(findings: readonly Finding[]): Record<ActiveSeverity, number> {
  const counts: Record<ActiveSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** 0.846 → "85%"; null (no keyword set applies) → "n/a". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${Math.round(ratio * 100)}%`;
}

/** A file's coverage: "85% (11/13)", or "n/a" when no keyword set applies. */
export function formatCoverage(coverage: FileReport['coverage'], counts = true): string {
  if (coverage === null) return 'n/a';
  return counts ? `${formatPercent(coverage.ratio)} (${coverage.covered}/${coverage.total})` : formatPercent(coverage.ratio);
}

/** Scores are usually integers; keep one decimal when they are not. */
export function formatScore(score: number | null): string {
  if (score === null) return '–';
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
