/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), one run. Code-scanning tools (GitHub, Azure DevOps)
 * resolve `artifactLocation.uri` against the repository root, so URIs are relative with forward
 * slashes and percent-encoded. Files that could not be audited become error notifications of the
 * invocation (they are not results: no rule produced them).
 */
import type { ActiveSeverity, Severity } from '../rules/types.js';
import { allRules, displayPath, filesByPath, visibleCrossFile, visibleFindings } from './common.js';
import type { RenderOptions, Report } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/seo-audit';

type SarifLevel = 'none' | 'note' | 'warning' | 'error';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export function render(report: Report, options: RenderOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

export function toSarif(report: Report, options: RenderOptions): Record<string, unknown> {
  const rules = allRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = filesByPath(report);

  const results: Record<string, unknown>[] = [];
  const result = (ruleId: string, severity: ActiveSeverity, message: string, locations: unknown[]): void => {
    results.push({
      ruleId,
      ruleIndex: ruleIndex.get(ruleId) ?? -1,
      level: LEVEL[severity],
      message: { text: message },
      locations,
    });
  };

  for (const file of files) {
    if (file.status === 'error' || file.status === 'skipped') continue;
    const uri = toUri(file.path, options.cwd);
    for (const finding of visibleFindings(file.findings, options.quiet)) {
      result(finding.ruleId, finding.severity, finding.message, [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        },
      ]);
    }
  }
  for (const finding of visibleCrossFile(report.crossFile, options.quiet)) {
    const locations = [...finding.files]
      .map((file) => toUri(file, options.cwd))
      .sort()
      .map((uri) => ({ physicalLocation: { artifactLocation: { uri } } }));
    result(finding.ruleId, finding.severity, finding.message, locations);
  }

  const notifications = files
    .filter((file) => file.status === 'error')
    .map((file) => ({
      level: 'error',
      message: { text: `${file.path}: ${file.error ?? 'could not be audited'}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path, options.cwd) } } }],
    }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/**
 * A relative URI reference for a path: forward slashes, each segment percent-encoded (spaces,
 * `#`, `?`, `%`, non-ASCII), absolute paths outside `cwd` as `file://` URIs.
 */
export function toUri(filePath: string, cwd?: string): string {
  const shown = displayPath(filePath, cwd);
  const absolute = shown.startsWith('/') || /^[A-Za-z]:\//.test(shown);
  const encoded = shown
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  // encodeURIComponent also encodes ":", so a relative path can never read as a URI scheme.
  return absolute ? `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` : encoded;
}
