/**
 * `seo-audit merge a.json b.json …`: the JSON reports of sharded runs → the report of one
 * unsharded run. Files are concatenated, sorted by path and de-duplicated; the summary and
 * cross-file findings are recomputed from the files exactly as a single run computes them.
 */
import { resolve } from 'node:path';
import { buildReport, erroredFileLine } from '../pipeline/index.js';
import { stderrLines } from '../io/escape.js';
import { compareStrings } from '../compare.js';
import { loadConfigFor, runRuleSettings } from '../config/index.js';
import type { RuleSetting } from '../config/types.js';
import { InputError, refuseEmptyFileOptions } from '../errors.js';
import { readError } from '../io/read.js';
import type { FileReport, Report } from '../report/types.js';
import { REPORT_SCHEMA } from '../report/schema.js';
import { SchemaError, validate } from '../report/validate.js';
import { shouldColor } from './color.js';
import { exitCode } from './audit-command.js';
import type { CliIo } from './io.js';
import { emitReport, parseFormat } from './output.js';
import { checkWritable, refuseInputs } from '../io/write.js';
import { READ_LIMITS, readFileBounded } from '../io/read.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed JSON report against the report schema (the one the json format writes);
 * throws InputError naming the file and the first field that does not fit.
 */
export function validateReport(value: unknown, file: string): Report {
  if (!isObject(value)) throw new InputError('invalid report', 'not a JSON object (expected the output of `seo-audit --format json`)', { file });
  try {
    validate(value, REPORT_SCHEMA);
  } catch (error) {
    if (error instanceof SchemaError) throw new InputError('invalid report', error.message, { file });
    throw error;
  }
  return value as unknown as Report;
}

export async function readReport(file: string, cwd: string): Promise<Report> {
  let text: string;
  try {
    text = (await readFileBounded(resolve(cwd, file), READ_LIMITS.report)).toString('utf8');
  } catch (error) {
    throw readError(error, file);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError('invalid report', `not JSON: ${(error as Error).message}`, { file });
  }
  return validateReport(value, file);
}

/**
 * Merges parsed reports; the first entry wins when shards overlap on a path. `settings` are the
 * run's rule settings (config), which cross-file rules take their severity and options from.
 */
export function mergeReports(reports: readonly Report[], names: readonly string[], settings: Record<string, RuleSetting> = {}): Report {
  const version = reports[0]!.tool.version;
  reports.forEach((report, index) => {
    if (report.tool.version !== version) {
      throw new InputError('cannot merge', `written by seo-audit ${report.tool.version}, but ${names[0]} by ${version}`, { file: names[index]! });
    }
  });
  const byPath = new Map<string, FileReport>();
  for (const report of reports) {
    for (const file of report.files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  }
  const merged = buildReport([...byPath.values()], version, settings);
  // Every shard lists the rules it ran; the union is what one run would list.
  const rules = new Map(merged.rules.map((rule) => [rule.id, rule]));
  for (const report of reports) for (const rule of report.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  merged.rules = [...rules.values()].sort((a, b) => compareStrings(a.id, b.id));
  return merged;
}

export async function runMergeCommand(
  files: string[],
  options: { format: string; output?: string; quiet?: boolean; color?: boolean; config?: string | false },
  io: CliIo,
): Promise<number> {
  refuseEmptyFileOptions(options);
  const format = parseFormat(options.format);
  // The same config as the shards' audit runs: cross-file rules are recomputed with its settings.
  const config = loadConfigFor(io.cwd, typeof options.config === 'string' ? options.config : null, options.config === false);
  if (options.output !== undefined && options.output !== '-') {
    await checkWritable(resolve(io.cwd, options.output), options.output);
    refuseInputs(resolve(io.cwd, options.output), options.output, files.map((file) => resolve(io.cwd, file)));
  }
  const reports: Report[] = [];
  for (const file of files) reports.push(await readReport(file, io.cwd));
  const merged = mergeReports(reports, files, runRuleSettings(config));
  const color = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  await emitReport(format, merged, { color, quiet: options.quiet === true, cwd: io.cwd, output: options.output, fullReport: io.env['SEO_AUDIT_FULL_REPORT'] }, io);
  // Like the audit: the reason for exit 2 (or 1) on stderr, whatever the report's format (issue 16).
  const lines = merged.files
    .filter((file) => file.status === 'error')
    .map((file) => `seo-audit: ${erroredFileLine(file.path, file.error ?? 'error', file.errorPosition)}`);
  const failed = merged.summary.failed;
  if (failed > 0) lines.push(`seo-audit: ${failed} file${failed === 1 ? '' : 's'} failed (an error-severity finding or a threshold) — see the merged report`);
  if (lines.length > 0) io.stderr.write(stderrLines(lines));
  return exitCode(merged, false);
}
