/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,title=rule-id::message` (warning/notice for warning/info).
 * Escaping follows the Actions toolkit: `%`, CR and LF in the message; also `:` and `,` in
 * property values, which would otherwise end the value.
 */
import type { ActiveSeverity } from '../rules/types.js';
import { displayPath, filesByPath, printable, visibleCrossFile, visibleFindings } from './common.js';
import type { RenderOptions, Report } from './types.js';

const COMMAND: Record<ActiveSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function render(report: Report, options: RenderOptions): string {
  const lines: string[] = [];
  for (const file of filesByPath(report)) {
    const path = displayPath(file.path, options.cwd);
    if (file.status === 'error') {
      lines.push(command('error', { file: path, title: 'seo-audit' }, file.error ?? 'could not be audited'));
      continue;
    }
    for (const finding of visibleFindings(file.findings, options.quiet)) {
      const properties = { file: path, line: String(finding.line), col: String(finding.column), title: finding.ruleId };
      lines.push(command(COMMAND[finding.severity], properties, finding.message));
    }
  }
  for (const finding of visibleCrossFile(report.crossFile, options.quiet)) {
    const files = finding.files.length > 0 ? finding.files : [null];
    for (const file of files) {
      const properties: Record<string, string> = file === null ? {} : { file: displayPath(file, options.cwd) };
      properties['title'] = finding.ruleId;
      lines.push(command(COMMAND[finding.severity], properties, finding.message));
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function command(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function escapeData(value: string): string {
  return printable(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
