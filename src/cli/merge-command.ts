/**
 * `seo-audit merge a.json b.json …`: the JSON reports of sharded runs → the report of one
 * unsharded run. Files are concatenated, sorted by path and de-duplicated; the summary and
 * cross-file findings are recomputed from the files exactly as a single run computes them.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildReport } from '../audit.js';
import { InputError } from '../errors.js';
import { readError } from '../io/read.js';
import type { FileReport, Report } from '../report/types.js';
import { shouldColor } from './color.js';
import { exitCode } from './audit-command.js';
import type { CliIo } from './io.js';
import { emitReport, parseFormat } from './output.js';
import { checkWritable } from '../io/write.js';

const STATUSES = new Set(['passed', 'failed', 'error']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the parts of a report that merging relies on; throws InputError naming the file and the field. */
export function validateReport(value: unknown, file: string): Report {
  const bad = (why: string): never => {
    throw new InputError('invalid report', why, { file });
  };
  if (!isObject(value)) bad('not a JSON object (expected the output of `seo-audit --format json`)');
  const report = value as Record<string, unknown>;
  if (report['schemaVersion'] !== 1) bad(`schemaVersion is ${JSON.stringify(report['schemaVersion'])}, expected 1`);
  const tool = report['tool'];
  if (!isObject(tool) || tool['name'] !== 'seo-audit' || typeof tool['version'] !== 'string') bad('tool must be { name: "seo-audit", version }');
  if (!Array.isArray(report['files'])) bad('files must be a list');
  if (!Array.isArray(report['rules'])) bad('rules must be a list');
  (report['files'] as unknown[]).forEach((entry, index) => {
    const at = `files[${index}]`;
    if (!isObject(entry)) return bad(`${at} must be an object`);
    if (typeof entry['path'] !== 'string' || entry['path'] === '') bad(`${at}.path must be a non-empty string`);
    if (!STATUSES.has(entry['status'] as string)) bad(`${at}.status must be passed, failed or error`);
    if (typeof entry['score'] !== 'number') bad(`${at}.score must be a number`);
    const coverage = entry['coverage'];
    if (coverage !== null && (!isObject(coverage) || typeof coverage['ratio'] !== 'number')) bad(`${at}.coverage must be null or have a number ratio`);
    for (const key of ['keywords', 'headings', 'findings'] as const) {
      if (!Array.isArray(entry[key])) bad(`${at}.${key} must be a list`);
    }
    (entry['findings'] as unknown[]).forEach((finding, k) => {
      if (!isObject(finding) || !SEVERITIES.has(finding['severity'] as string)) bad(`${at}.findings[${k}].severity must be error, warning or info`);
      if (typeof (finding as Record<string, unknown>)['fingerprint'] !== 'string') bad(`${at}.findings[${k}].fingerprint must be a string`);
    });
    const sections = entry['sections'];
    if (!isObject(sections) || !Array.isArray(sections['groups']) || !Array.isArray(sections['sections'])) bad(`${at}.sections must be { groups, sections }`);
  });
  (report['rules'] as unknown[]).forEach((rule, index) => {
    if (!isObject(rule) || typeof rule['id'] !== 'string') bad(`rules[${index}].id must be a string`);
  });
  return value as unknown as Report;
}

export async function readReport(file: string, cwd: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
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

/** Merges parsed reports; the first entry wins when shards overlap on a path. */
export function mergeReports(reports: readonly Report[], names: readonly string[]): Report {
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
  const merged = buildReport([...byPath.values()], version);
  // Every shard lists the rules it ran; the union is what one run would list.
  const rules = new Map(merged.rules.map((rule) => [rule.id, rule]));
  for (const report of reports) for (const rule of report.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  merged.rules = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return merged;
}

export async function runMergeCommand(
  files: string[],
  options: { format: string; output?: string; quiet?: boolean; color?: boolean },
  io: CliIo,
): Promise<number> {
  const format = parseFormat(options.format);
  if (options.output !== undefined && options.output !== '-') await checkWritable(resolve(io.cwd, options.output), options.output);
  const reports: Report[] = [];
  for (const file of files) reports.push(await readReport(file, io.cwd));
  const merged = mergeReports(reports, files);
  const color = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  await emitReport(format, merged, { color, quiet: options.quiet === true, cwd: io.cwd, output: options.output }, io);
  return exitCode(merged, false);
}
