/**
 * `seo-audit merge a.json b.json …`: the JSON reports of sharded runs → the report of one
 * unsharded run. Files are concatenated, sorted by path and de-duplicated; the summary and
 * cross-file findings are recomputed from the files exactly as a single run computes them.
 * The command streams (runMergeCommand); mergeReports/readReport are the whole-report versions
 * for library callers and tests.
 */
import { resolve } from 'node:path';
import { buildReport, erroredFileLine, RunCollector } from '../pipeline/index.js';
import { NotJsonError, readReportPieces } from '../pipeline/read-report.js';
import { compareStrings } from '../compare.js';
import { loadConfigFor, runRuleSettings } from '../config/index.js';
import type { RuleSetting } from '../config/types.js';
import { InputError, refuseEmptyFileOptions } from '../errors.js';
import { stderrLines } from '../io/escape.js';
import { readError } from '../io/read.js';
import type { FileReport, Report, RuleDescriptor } from '../report/types.js';
import { REPORT_SCHEMA } from '../report/schema.js';
import { SchemaError, validate } from '../report/validate.js';
import { shouldColor } from './color.js';
import { exitCode } from './audit-command.js';
import type { CliIo } from './io.js';
import { emitChunks, emitReduced, emitReport, isJsonText, parseFormat, reducedFormat, streamFormat } from './output.js';
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

/** The file entry schema (an entry of `files`), for checking shard entries one at a time. */
const FILE_ENTRY_SCHEMA = { $ref: '#/definitions/file', definitions: REPORT_SCHEMA.definitions };
/** Top-level fields the report schema checks before `files` (an error there is reported first). */
const BEFORE_FILES = new Set(['schemaVersion', 'tool', 'summary']);

/**
 * Reads one shard's report incrementally (src/pipeline/read-report.ts), handing each file entry
 * to `onFile` once checked against the schema; returns the rest of the report. The error for a
 * bad report is the one `readReport` gives for the same text (the first field that does not
 * fit, in the schema's order), except that "not JSON" may name another position.
 */
export async function streamReport(file: string, cwd: string, onFile: (entry: FileReport) => void): Promise<Omit<Report, 'files'>> {
  let entryError: SchemaError | null = null;
  let pieces;
  try {
    pieces = await readReportPieces(resolve(cwd, file), (entry, index) => {
      if (entryError !== null) return;
      try {
        validate(entry, FILE_ENTRY_SCHEMA);
      } catch (error) {
        if (!(error instanceof SchemaError)) throw error;
        const inner = error.path === '' ? '' : error.path.startsWith('[') ? error.path : `.${error.path}`;
        entryError = new SchemaError(`files[${index}]${inner}`, error.why);
        return;
      }
      onFile(entry as FileReport);
    });
  } catch (error) {
    if (error instanceof NotJsonError) throw new InputError('invalid report', `not JSON: ${error.message}`, { file });
    throw readError(error, file);
  }
  const frame = pieces.frame;
  if (!isObject(frame)) throw new InputError('invalid report', 'not a JSON object (expected the output of `seo-audit --format json`)', { file });
  let frameError: SchemaError | null = null;
  try {
    validate(frame, REPORT_SCHEMA);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    frameError = error;
  }
  const first = frameError === null ? null : (frameError.path.split(/[.[]/)[0] ?? '');
  const shown: SchemaError | null =
    frameError !== null && first !== null && BEFORE_FILES.has(first) ? frameError : (entryError ?? frameError);
  if (shown !== null) throw new InputError('invalid report', shown.message, { file });
  return frame as unknown as Omit<Report, 'files'>;
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
    // SPEC §2: never replace an input (`merge a.json -o a.json`).
    refuseInputs(resolve(io.cwd, options.output), options.output, files.map((file) => resolve(io.cwd, file)));
  }
  const quiet = options.quiet === true;
  // Like the audit: the reason for exit 2 on stderr, whatever the report's format (issue 16).
  const lines: string[] = [];
  // Shards are read entry by entry and each entry reduced at once (src/pipeline/collect.ts), as
  // an audit run does; the JSON report is streamed. The first entry wins when shards overlap.
  const color = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  const emitOptions = { color, quiet, cwd: io.cwd, output: options.output, fullReport: io.env['SEO_AUDIT_FULL_REPORT'] };
  const stream = streamFormat(format, emitOptions);
  const reduce = reducedFormat(format, emitOptions);
  const collector = new RunCollector({ keep: stream !== null || reduce !== null ? 'none' : 'all', stream, reduce });
  try {
    const seen = new Set<string>();
    let version: string | null = null;
    let mismatch: InputError | null = null;
    const shardRules: RuleDescriptor[][] = [];
    for (const file of files) {
      const frame = await streamReport(file, io.cwd, (entry) => {
        if (seen.has(entry.path)) return;
        seen.add(entry.path);
        if (entry.status === 'error') lines.push(`seo-audit: ${erroredFileLine(entry.path, entry.error ?? 'error', entry.errorPosition)}`);
        collector.add(entry);
      });
      if (version === null) version = frame.tool.version;
      else if (frame.tool.version !== version && mismatch === null) {
        mismatch = new InputError('cannot merge', `written by seo-audit ${frame.tool.version}, but ${files[0]} by ${version}`, { file });
      }
      shardRules.push(frame.rules);
    }
    if (mismatch !== null) throw mismatch;
    const result = collector.finish(version!, runRuleSettings(config));
    // Every shard lists the rules it ran; the union is what one run would list.
    const rules = new Map(result.report.rules.map((rule) => [rule.id, rule]));
    for (const list of shardRules) for (const rule of list) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    const merged: Report = { ...result.report, rules: [...rules.values()].sort((a, b) => compareStrings(a.id, b.id)) };
    if (stream !== null) await emitChunks(collector.chunks(merged), options.output, io, isJsonText(format));
    else if (reduce !== null) await emitReduced(reduce, merged, emitOptions, io);
    else await emitReport(format, merged, emitOptions, io);
    const failed = merged.summary.failed;
    if (failed > 0) lines.push(`seo-audit: ${failed} file${failed === 1 ? '' : 's'} failed (an error-severity finding or a threshold) — see the merged report`);
    if (lines.length > 0) io.stderr.write(stderrLines(lines));
    return exitCode(merged, false);
  } finally {
    collector.close();
  }
}
