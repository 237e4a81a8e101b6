/**
 * `--format json`: the report of SPEC §7. Objects are rebuilt key by key so the output's key
 * order never depends on how the pipeline (or `merge`) assembled the report: identical input,
 * byte-identical output. Beyond §7 it carries `crossFile`, `rules` and each file's `sections`
 * matrix, which `merge` needs to rebuild a report; schema/report.schema.json describes them all.
 */
import type { Finding } from '../rules/types.js';
import type { Placements } from '../keywords/types.js';
import { compareStrings, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import type { FileReport, RenderOptions, Report, ReportKeyword } from './types.js';

export function render(report: Report, options: RenderOptions): string {
  return `${JSON.stringify(toJson(report, options), null, 2)}\n`;
}

/** The plain object that `render` serialises (exported for `merge` and tests). */
export function toJson(report: Report, options: Pick<RenderOptions, 'quiet'>): Record<string, unknown> {
  const { summary } = report;
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    summary: {
      files: summary.files,
      passed: summary.passed,
      failed: summary.failed,
      errored: summary.errored,
      errors: summary.errors,
      warnings: summary.warnings,
      coverage: summary.coverage,
      score: summary.score,
    },
    files: filesByPath(report).map((file) => fileJson(file, options.quiet)),
    crossFile: visibleCrossFile(report.crossFile, options.quiet).map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      files: finding.files,
      fingerprint: finding.fingerprint,
      locations: finding.locations.map((location) => ({ path: location.path, line: location.line, column: location.column })),
    })),
    rules: [...report.rules]
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((rule) => ({ id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity })),
  };
}

function fileJson(file: FileReport, quiet: boolean): Record<string, unknown> {
  const head: Record<string, unknown> = { path: file.path, format: file.format, status: file.status };
  if (file.status === 'error') head['error'] = file.error ?? 'unknown error';
  return {
    ...head,
    title: file.title,
    metaDescription: file.metaDescription,
    slug: file.slug,
    stats: {
      words: file.stats.words,
      sentences: file.stats.sentences,
      paragraphs: file.stats.paragraphs,
      headings: file.stats.headings,
    },
    score: file.score,
    coverage:
      file.coverage === null
        ? null
        : {
            ratio: file.coverage.ratio,
            covered: file.coverage.covered,
            total: file.coverage.total,
            groups: file.coverage.groups.map((group) => ({
              name: group.name,
              ratio: group.ratio,
              covered: group.covered,
              total: group.total,
            })),
          },
    keywords: file.keywords.map(keywordJson),
    headings: file.headings.map((heading) => ({
      level: heading.level,
      text: heading.text,
      line: heading.line,
      words: heading.words,
    })),
    sections: {
      groups: [...file.sections.groups],
      sections: file.sections.sections.map((section) => ({
        heading: section.heading,
        level: section.level,
        line: section.line,
        counts: [...section.counts],
      })),
    },
    findings: visibleFindings(file.findings, quiet).map(findingJson),
  };
}

function keywordJson(keyword: ReportKeyword): Record<string, unknown> {
  return {
    phrase: keyword.phrase,
    group: keyword.group,
    primary: keyword.primary,
    match: keyword.match,
    count: keyword.count,
    counts: { exact: keyword.counts.exact, forms: keyword.counts.forms, sentence: keyword.counts.sentence },
    density: keyword.density,
    found: keyword.found,
    placements: placementsJson(keyword.placements),
    occurrences: keyword.occurrences.map((occurrence) => ({
      line: occurrence.line,
      column: occurrence.column,
      text: occurrence.text,
      mode: occurrence.mode,
    })),
  };
}

function placementsJson(placements: Placements): Record<string, unknown> {
  return {
    title: placements.title,
    metaDescription: placements.metaDescription,
    h1: placements.h1,
    subheadings: { with: placements.subheadings.with, of: placements.subheadings.of },
    intro: placements.intro,
    slug: placements.slug,
    imageAlt: placements.imageAlt,
    section: placements.section,
  };
}

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    fingerprint: finding.fingerprint,
  };
}
