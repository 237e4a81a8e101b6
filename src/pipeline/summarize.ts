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
 * Run totals, accumulated one file at a time (the streaming run adds each file as it is audited
 * and keeps no FileReport) and then the cross-file findings, which count towards errors and
 * warnings. `summarize` goes through it too, so `merge` and a streaming run agree exactly.
 */
export class SummaryAccumulator {
  private files = 0;
  private passed = 0;
  private failed = 0;
  private errored = 0;
  private skipped = 0;
  private errors = 0;
  private warnings = 0;
  private coverageSum = 0;
  private covered = 0;
  private scoreSum = 0;

  addFile(file: Pick<FileReport, 'status' | 'coverage' | 'score'> & { findings: readonly { severity: string; baselined?: boolean }[] }): void {
    this.files++;
    if (file.status === 'error') {
      this.errored++;
      return;
    }
    if (file.status === 'skipped') {
      this.skipped++;
      return;
    }
    if (file.status === 'passed') this.passed++;
    else this.failed++;
    if (file.coverage !== null) {
      this.coverageSum += file.coverage.ratio;
      this.covered++;
    }
    this.scoreSum += file.score;
    this.count(file.findings);
  }

  addCrossFile(findings: readonly CrossFileFinding[]): void {
    this.count(findings);
  }

  private count(findings: readonly { severity: string; baselined?: boolean }[]): void {
    for (const finding of findings) {
      // Baselined findings (--baseline) are reported but not counted.
      if (finding.baselined) continue;
      if (finding.severity === 'error') this.errors++;
      else if (finding.severity === 'warning') this.warnings++;
    }
  }

  result(): Report['summary'] {
    const audited = this.passed + this.failed;
    return {
      files: this.files,
      passed: this.passed,
      failed: this.failed,
      errored: this.errored,
      skipped: this.skipped,
      errors: this.errors,
      warnings: this.warnings,
      // Mean over the files that have a coverage (a keyword set applies); null when none has.
      coverage: this.covered === 0 ? null : Math.round((this.coverageSum / this.covered) * 10_000) / 10_000,
      score: audited === 0 ? null : Math.round((this.scoreSum / audited) * 10) / 10,
    };
  }
}

/**
 * Run totals from the file reports (and cross-file findings, which count towards errors and
 * warnings), so `merge` recomputes exactly what a single run prints.
 */
export function summarize(files: readonly FileReport[], crossFile: readonly CrossFileFinding[] = []): Report['summary'] {
  const totals = new SummaryAccumulator();
  for (const file of files) totals.addFile(file);
  totals.addCrossFile(crossFile);
  return totals.result();
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

