/**
 * Summarise a run: totals from the file reports, cross-file findings, the rule descriptors,
 * and the Report that a non-streaming caller (library users, `merge`) gets back. `merge`
 * recomputes exactly what a single run prints because both go through these functions.
 */
import { compareStrings } from '../compare.js';
import { RULES } from '../rules/registry.js';
import { runCrossFileRules } from '../rules/run.js';
import { fileSummary } from '../rules/types.js';
import type { RuleSetting } from '../config/types.js';
import type { CrossFileFinding, FileReport, Report, RuleDescriptor } from '../report/types.js';

/** Every registered rule, for SARIF/JUnit (the same for every shard, so merges agree). */
export function ruleDescriptors(): RuleDescriptor[] {
  return RULES.map((rule) => ({ id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity }));
}

/**
 * Run totals from the file reports (and cross-file findings, which count towards errors and
 * warnings), so `merge` recomputes exactly what a single run prints.
 */
export function summarize(files: readonly FileReport[], crossFile: readonly CrossFileFinding[] = []): Report['summary'] {
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  let errors = 0;
  let warnings = 0;
  let coverageSum = 0;
  let covered = 0;
  let scoreSum = 0;
  for (const file of files) {
    if (file.status === 'error') {
      errored++;
      continue;
    }
    if (file.status === 'skipped') {
      skipped++;
      continue;
    }
    if (file.status === 'passed') passed++;
    else failed++;
    if (file.coverage !== null) {
      coverageSum += file.coverage.ratio;
      covered++;
    }
    scoreSum += file.score;
    for (const finding of file.findings) {
      // Baselined findings (--baseline) are reported but not counted.
      if (finding.baselined) continue;
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
  }
  for (const finding of crossFile) {
    if (finding.baselined) continue;
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  const audited = passed + failed;
  return {
    files: files.length,
    passed,
    failed,
    errored,
    skipped,
    errors,
    warnings,
    // Mean over the files that have a coverage (a keyword set applies); null when none has.
    coverage: covered === 0 ? null : Math.round((coverageSum / covered) * 10_000) / 10_000,
    score: audited === 0 ? null : Math.round((scoreSum / audited) * 10) / 10,
  };
}

/**
 * Findings about several files at once (keyword cannibalization), computed from the FileReports
 * alone so that `merge` recomputes them from sharded reports exactly.
 */
export function crossFileFindings(files: readonly FileReport[], rules: Record<string, RuleSetting> = {}): CrossFileFinding[] {
  return runCrossFileRules(files.filter((file) => file.status !== 'error').map(fileSummary), rules);
}

/**
 * Assembles the run's Report: files sorted by path, summary and cross-file findings recomputed
 * from them; `rules` are the run's rule settings (cross-file rules take their severity and options
 * from them).
 */
export function buildReport(files: readonly FileReport[], version: string, rules: Record<string, RuleSetting> = {}): Report {
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  const crossFile = crossFileFindings(sorted, rules);
  return {
    schemaVersion: 1,
    tool: { name: 'seo-audit', version },
    summary: summarize(sorted, crossFile),
    crossFile,
    files: sorted,
    rules: ruleDescriptors(),
  };
}

