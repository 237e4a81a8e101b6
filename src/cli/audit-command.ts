/** `seo-audit [paths...]`: options → inputs → pipeline → report → exit code. */
import { auditInputs, buildReport, erroredFileLine, KeywordSetError, KeywordSetCache, summarize, thresholdFailures } from '../pipeline/index.js';
import type { RunOptions } from '../pipeline/index.js';
import { configResolver, isIgnored, PERCENT_OR_RATIO_REASON, ratioFrom, resolveThresholds, runRuleSettings } from '../config/index.js';
import type { ConfigSource, Thresholds } from '../config/index.js';
import { formatFromPath } from '../document/index.js';
import { UsageError, refuseEmptyFileOptions } from '../errors.js';
import { collectInputs, parseShard, selectShard } from '../io/inputs.js';
import { readStdin } from '../io/read.js';
import { stderrLines } from '../io/escape.js';
import { checkWritable, refuseInputs, writeFileAtomic } from '../io/write.js';
import { MATCH_MODES } from '../keywords/types.js';
import type { MatchMode } from '../keywords/types.js';
import type { Report } from '../report/types.js';
import type { InputFile } from '../io/inputs.js';
import { shouldColor } from './color.js';
import type { CliIo } from './io.js';
import { emitReport, parseFormat } from './output.js';
import { baselineText, markBaselined, readBaseline } from '../baseline/index.js';

import { ProgressBar } from './progress.js';
import { toolVersion } from './version.js';
import { resolve } from 'node:path';

export interface AuditCliOptions {
  keywords?: string;
  keyword?: string[];
  /** A path, or false for --no-config. */
  config?: string | false;
  format: string;
  output?: string;
  /** `--format html` only: write index.html plus one page per article into this directory. */
  outputDir?: string;
  minCoverage?: string;
  minScore?: string;
  maxWarnings?: string;
  match?: string;
  quiet?: boolean;
  color?: boolean;
  shard?: string;
  stdinFilename?: string;
  includeDrafts?: boolean;
  printConfig?: string;
  baseline?: string;
  writeBaseline?: string;
  fileTimeout?: string;
  debug?: boolean;
}

/** Number options are checked by hand: Number() alone accepts "", "0x10" and "1e3". */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseMinScore(text: string): number {
  const value = DECIMAL.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(value >= 0 && value <= 100)) throw new UsageError(`invalid --min-score "${text}" — must be a number from 0 to 100`);
  return value;
}

export function parseMaxWarnings(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) throw new UsageError(`invalid --max-warnings "${text}" — must be a whole number, 0 or more`);
  return Number(trimmed);
}

export function parseMinCoverage(text: string): number {
  const ratio = ratioFrom(text);
  if (ratio === null) throw new UsageError(`invalid --min-coverage "${text}" — ${PERCENT_OR_RATIO_REASON}`);
  return ratio;
}

/** `--file-timeout <seconds>`: a positive number of seconds (fractions allowed), in milliseconds. */
export function parseFileTimeout(text: string): number {
  const trimmed = text.trim();
  const value = DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  if (!(value > 0 && value <= 86_400)) throw new UsageError(`invalid --file-timeout "${text}" — must be a number of seconds above 0, at most 86400`);
  return Math.max(1, Math.round(value * 1000));
}

export function parseMatch(text: string): MatchMode {
  if (!(MATCH_MODES as readonly string[]).includes(text)) {
    throw new UsageError(`invalid --match "${text}" — must be one of ${MATCH_MODES.join(', ')}`);
  }
  return text as MatchMode;
}

export async function runAuditCommand(paths: string[], options: AuditCliOptions, io: CliIo): Promise<number> {
  // Every flag is checked before any file is touched, so a typo never costs a long run.
  refuseEmptyFileOptions(options);
  const format = parseFormat(options.format);
  const match = options.match === undefined ? null : parseMatch(options.match);
  const cliThresholds = {
    minCoverage: options.minCoverage === undefined ? null : parseMinCoverage(options.minCoverage),
    minScore: options.minScore === undefined ? null : parseMinScore(options.minScore),
    maxWarnings: options.maxWarnings === undefined ? null : parseMaxWarnings(options.maxWarnings),
  };
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const fileTimeoutMs = options.fileTimeout === undefined ? undefined : parseFileTimeout(options.fileTimeout);
  const phrases = (options.keyword ?? []).map((phrase) => phrase.trim());
  if (phrases.some((phrase) => phrase === '')) throw new UsageError('invalid --keyword "" — a keyword needs at least one word');
  const configSource: ConfigSource = {
    cwd: io.cwd,
    explicit: typeof options.config === 'string' ? options.config : null,
    noConfig: options.config === false,
  };
  if (options.printConfig !== undefined) {
    if (paths.length > 0) throw new UsageError('--print-config takes one article and no other paths');
    const { printConfig } = await import('./print-config.js');
    const text = printConfig(options.printConfig, configSource, {
      keywords: options.keywords ?? null,
      match,
      thresholds: cliThresholds,
      extraKeywords: phrases,
    });
    io.stdout.write(text);
    return 0;
  }
  if (paths.length === 0) {
    throw new UsageError('no input — give files, directories, globs or - for stdin; see seo-audit --help');
  }
  if (options.stdinFilename !== undefined && !paths.includes('-')) {
    throw new UsageError('--stdin-filename needs "-" among the paths — it names the article read from stdin');
  }

  if (options.outputDir !== undefined) {
    if (format !== 'html') throw new UsageError(`--output-dir needs --format html — it writes one HTML page per article (format is "${format}")`);
    if (options.output !== undefined) throw new UsageError('--output-dir and --output cannot be combined — --output-dir writes index.html itself');
  }
  if (options.output !== undefined && options.output !== '-') await checkWritable(resolve(io.cwd, options.output), options.output);
  if (options.writeBaseline !== undefined) await checkWritable(resolve(io.cwd, options.writeBaseline), options.writeBaseline);
  // A bad baseline file is reported before any article is read.
  const baseline = options.baseline === undefined ? null : readBaseline(resolve(io.cwd, options.baseline), options.baseline);

  // Each article gets the configs of its own directory (README: Configuration); the run-wide --max-warnings
  // threshold comes from the config of the working directory.
  const configs = configResolver(configSource, true);
  const thresholds = resolveThresholds(configs.forDirectory(io.cwd), cliThresholds);
  // A bad -k file is reported before any article is read (and only once).
  const keywordSets = new KeywordSetCache();
  if (options.keywords) keywordSets.get(resolve(io.cwd, options.keywords));

  const all = await collectInputs(paths, {
    cwd: io.cwd,
    stdinFilename: options.stdinFilename ?? null,
    formatFromPath,
    isIgnored: (absolute) => isIgnored(configs.forFile(absolute), absolute),
  });
  const inputs = shard ? selectShard(all, shard) : all;
  // Every applying config is read and checked here, before any article: a bad one is exit 2.
  const fileThresholds = new Map<string, Thresholds>();
  let anyConfig = false;
  // SPEC §2: -o / --write-baseline never replace an input (article, keyword set, config).
  const inputPaths = new Set<string>();
  if (options.keywords) inputPaths.add(resolve(io.cwd, options.keywords));
  if (typeof options.config === 'string') inputPaths.add(resolve(io.cwd, options.config));
  for (const input of all) if (input.absolute !== null) inputPaths.add(input.absolute);
  for (const input of inputs) {
    const config = configs.forFile(input.absolute ?? resolve(io.cwd, input.path));
    if (config.files.length > 0) anyConfig = true;
    for (const file of config.files) inputPaths.add(resolve(io.cwd, file));
    if (config.keywords !== null) inputPaths.add(resolve(io.cwd, config.keywords));
    fileThresholds.set(input.path, resolveThresholds(config, cliThresholds));
  }
  if (options.output !== undefined && options.output !== '-') refuseInputs(resolve(io.cwd, options.output), options.output, inputPaths);
  if (options.writeBaseline !== undefined) refuseInputs(resolve(io.cwd, options.writeBaseline), options.writeBaseline, inputPaths);
  const noKeywordSource = !anyConfig && !options.keywords && phrases.length === 0;

  const colorOut = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  const progress = ProgressBar.maybe(io.stderr, inputs.length, format === 'terminal' || options.output !== undefined);
  const runOptions: RunOptions = {
    config: configSource,
    cli: { keywords: options.keywords ?? null, match },
    extraKeywords: phrases,
    minCoverage: cliThresholds.minCoverage,
    minScore: cliThresholds.minScore,
    cwd: io.cwd,
    includeDrafts: options.includeDrafts === true,
    keywordSets,
    articleView: format === 'html',
    readStdin: () => readStdin(io.stdin),
    onProgress: progress ? (done, total, path) => progress.update(done, total, path) : undefined,
    env: io.env,
    ...(fileTimeoutMs === undefined ? {} : { fileTimeoutMs }),
  };
  let report: Report;
  try {
    const files = await auditInputs(inputs, runOptions);
    report = buildReport(files, toolVersion(), runRuleSettings(configs.forDirectory(io.cwd), runOptions.cli));
    if (baseline !== null) {
      markBaselined(report, baseline);
      report.summary = summarize(report.files, report.crossFile);
    }
  } catch (error) {
    if (error instanceof KeywordSetError) throw error.inputError;
    throw error;
  } finally {
    progress?.clear();
  }

  if (options.writeBaseline !== undefined) {
    // SPEC §2: write every current finding's fingerprint and exit 0 (no report).
    const text = baselineText(report);
    await writeFileAtomic(resolve(io.cwd, options.writeBaseline), text, options.writeBaseline);
    const count = text.split('\n').length - 2;
    io.stdout.write(`wrote ${options.writeBaseline} (${count} finding${count === 1 ? '' : 's'})\n`);
    return 0;
  }

  const baseUrl = siteBaseUrl(configs.forDirectory(io.cwd));
  if (options.outputDir !== undefined) {
    const { writeHtmlSite } = await import('./html-site.js');
    await writeHtmlSite(report, { quiet: options.quiet === true, cwd: io.cwd, baseUrl }, options.outputDir, inputs);
  } else {
    await emitReport(format, report, { color: colorOut, quiet: options.quiet === true, cwd: io.cwd, output: options.output, baseUrl, fullReport: io.env['SEO_AUDIT_FULL_REPORT'] }, io);
  }

  // After the report: the reasons for exit 1/2 that the report itself may not spell out.
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === 'error') lines.push(`seo-audit: ${erroredFileLine(file.path, file.error ?? 'error', file.errorPosition)}`);
    else if (file.status === 'failed') {
      for (const reason of thresholdFailures(file.coverage?.ratio ?? null, file.score, fileThresholds.get(file.path) ?? thresholds)) {
        lines.push(`seo-audit: ${file.path}: ${reason}`);
      }
    }
  }
  const tooManyWarnings = thresholds.maxWarnings !== null && report.summary.warnings > thresholds.maxWarnings;
  if (tooManyWarnings) {
    lines.push(`seo-audit: too many warnings — ${report.summary.warnings} warnings, the maximum is ${thresholds.maxWarnings}`);
  }
  // README: Configuration: say so when nothing tells the run what to look for (not beside an error: one line each).
  if (noKeywordSource && report.summary.errored === 0 && report.files.length > 0) {
    lines.unshift(
      'seo-audit: no config file applies and no keyword set was given — keyword rules run only for articles that name keywords in front matter (see seo-audit init, -k, --keyword)',
    );
  }
  // User data (file names, phrases) in these lines is escaped: a newline in a name must not start a line of its own.
  if (lines.length > 0) io.stderr.write(stderrLines(lines));

  return exitCode(report, tooManyWarnings);
}

/**
 * 2 when any input errored, else 1 when any file failed, a cross-file finding is an error (not
 * baselined), or --max-warnings was exceeded, else 0.
 */
export function exitCode(report: Report, tooManyWarnings: boolean): number {
  if (report.summary.errored > 0) return 2;
  const crossFileError = report.crossFile.some((finding) => finding.severity === 'error' && finding.baselined !== true);
  if (report.summary.failed > 0 || crossFileError || tooManyWarnings) return 1;
  return 0;
}

/** `site.baseUrl` from the config, when the config has a `site` section (README: Configuration). */
function siteBaseUrl(config: object): string | undefined {
  const site = (config as { site?: unknown }).site;
  if (typeof site !== 'object' || site === null) return undefined;
  const baseUrl = (site as { baseUrl?: unknown }).baseUrl;
  return typeof baseUrl === 'string' && baseUrl !== '' ? baseUrl : undefined;
}
