/** `seo-audit [paths...]`: options → inputs → pipeline → report → exit code. */
import { auditInOrder, auditInOrderPrepared, erroredFileLine, isPrepared, KeywordSetError, KeywordSetCache, RunCollector, thresholdFailures } from '../pipeline/index.js';
import type { Deliver, RunOptions, RunResult } from '../pipeline/index.js';
import { configResolver, isIgnored, resolveFileSettings, PERCENT_OR_RATIO_REASON, ratioFrom, resolveThresholds, runRuleSettings } from '../config/index.js';
import type { ConfigSource, Thresholds } from '../config/index.js';
import { formatFromPath } from '../document/index.js';
import { UsageError, refuseEmptyFileOptions } from '../errors.js';
import { stderrLines } from '../io/escape.js';
import { collectInputs, parseShard, selectShard } from '../io/inputs.js';
import { readStdin } from '../io/read.js';
import { checkWritable, refuseInputs, writeFileAtomic } from '../io/write.js';
import { MATCH_MODES } from '../keywords/types.js';
import type { MatchMode } from '../keywords/types.js';
import type { FileReport, Report } from '../report/types.js';
import type { InputFile } from '../io/inputs.js';
import { shouldColor } from './color.js';
import { siteSettings } from '../site/settings.js';
import type { CliIo } from './io.js';
import { emitChunks, emitReduced, emitReport, htmlSite, htmlSiteStream, isJsonText, parseFormat, reducedFormat, streamFormat } from './output.js';
import { baselineText, readBaseline } from '../baseline/index.js';

import { ProgressBar } from './progress.js';
import { toolVersion } from './version.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ResultCache } from '../cache/index.js';
import type { LinesInput } from '../pipeline/collect.js';

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
  /** `--cache`: reuse per-file results (src/cache). */
  cache?: boolean;
  /** `--cache-location <path>` (implies --cache). */
  cacheLocation?: string;
  /** `--changed-since <ref>`: report only the articles changed since the git ref and the related ones (src/changed). */
  changedSince?: string;
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
  if (options.changedSince !== undefined && paths.includes('-')) {
    throw new UsageError('--changed-since cannot be combined with - — an article read from stdin is not in git');
  }
  // Not a git repository or a bad ref: exit 2 before any article is read.
  const changed = options.changedSince === undefined ? null : (await import('../changed/index.js')).changedFiles(options.changedSince, io.cwd);
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
  // (Not kept per file: configs are cached per directory, so a file's thresholds are looked up
  // again when it fails, and a 100,000-article run holds no map of them.)
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
    resolveThresholds(config, cliThresholds);
  }
  if (options.output !== undefined && options.output !== '-') refuseInputs(resolve(io.cwd, options.output), options.output, inputPaths);
  if (options.writeBaseline !== undefined) refuseInputs(resolve(io.cwd, options.writeBaseline), options.writeBaseline, inputPaths);
  const thresholdsOf = (input: InputFile | null, path: string): Thresholds =>
    resolveThresholds(configs.forFile(input?.absolute ?? resolve(io.cwd, input?.path ?? path)), cliThresholds);
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
  const cache = await openCache(options, io);
  // The run streams (src/pipeline/collect.ts): each file is reduced as soon as it is audited;
  // the JSON report's entries go to a spill file, other formats keep what their renderer reads.
  const baseUrl = siteBaseUrl(configs.forDirectory(io.cwd));
  const emitOptions = {
    color: colorOut,
    quiet: options.quiet === true,
    cwd: io.cwd,
    output: options.output,
    baseUrl,
    fullReport: io.env['SEO_AUDIT_FULL_REPORT'],
    baseline: baseline !== null,
  };
  // --changed-since narrows the finished report, so it keeps every file whole and does not stream.
  const streams = options.writeBaseline === undefined && changed === null;
  // --output-dir: html's pages streamed the same way, cut into files at the end (html-site.ts).
  const site = streams && options.outputDir !== undefined ? htmlSiteStream(emitOptions) : null;
  const stream = site ?? (streams ? streamFormat(format, emitOptions) : null);
  const reduce = streams && site === null ? reducedFormat(format, emitOptions) : null;
  // After the report: the reasons for exit 1/2 that the report itself may not spell out.
  const linesFor = (file: LinesInput, input: InputFile | null): string[] => {
    if (file.status === 'error') return [`seo-audit: ${erroredFileLine(file.path, file.error ?? 'error', file.errorPosition)}`];
    if (file.status !== 'failed') return [];
    return thresholdFailures(file.coverage?.ratio ?? null, file.score, thresholdsOf(input, file.path)).map((reason) => `seo-audit: ${file.path}: ${reason}`);
  };
  const collector = new RunCollector({
    baseline,
    keep: changed !== null ? 'all' : stream !== null || reduce !== null || options.writeBaseline !== undefined ? 'none' : 'report',
    stream,
    reduce,
    fingerprints: options.writeBaseline !== undefined,
    ...(changed === null ? { linesFor } : {}),
  });
  try {
    let result: RunResult;
    try {
      const add: Deliver = (file, input) => collector.add(file, input);
      // A plain JSON run: pool workers send each file already reduced (src/pipeline/prepare.ts).
      if (cache === null && collector.acceptsPrepared) {
        await auditInOrderPrepared(inputs, runOptions, (item, input) => (isPrepared(item) ? collector.addPrepared(item, input) : collector.add(item, input)));
      } else if (cache === null) await auditInOrder(inputs, runOptions, add);
      else {
        const { auditWithCache } = await import('../cache/index.js');
        await auditWithCache(inputs, runOptions, cache, collector);
        await cache.save((line) => io.stderr.write(line + '\n'));
        cache.close();
      }
      result = collector.finish(toolVersion(), runRuleSettings(configs.forDirectory(io.cwd), runOptions.cli));
    } catch (error) {
      if (error instanceof KeywordSetError) throw error.inputError;
      throw error;
    } finally {
      progress?.clear();
    }
    let report = result.report;
    let reportLines = result.lines;
    if (changed !== null) {
      const { narrowReport, previousVersions } = await import('../changed/index.js');
      const settingsOf = (absolute: string) => {
        const settings = resolveFileSettings(configs.forFile(absolute), absolute, runOptions.cli);
        const mdx = settings.mdx ?? /\.mdx$/i.test(absolute);
        return {
          site: siteSettings(settings.site, io.cwd),
          parse: { mdx, templates: settings.templates, titleAsH1: settings.titleAsH1, frontMatter: settings.frontMatter },
        };
      };
      const previous = await previousVersions(changed, io.cwd, settingsOf);
      report = narrowReport(report, changed, io.cwd, (absolute) => settingsOf(absolute).site, previous);
      reportLines = report.files.flatMap((file) => linesFor(file, null));
    }

    if (options.writeBaseline !== undefined) {
      // SPEC §2: write every current finding's fingerprint and exit 0 (no report).
      const text =
        changed === null
          ? baselineText({ files: [{ findings: [...result.fingerprints].map((fingerprint) => ({ fingerprint })) }], crossFile: [] } as unknown as Report)
          : baselineText(report);
      await writeFileAtomic(resolve(io.cwd, options.writeBaseline), text, options.writeBaseline);
      const count = text.split('\n').length - 2;
      io.stdout.write(`wrote ${options.writeBaseline} (${count} finding${count === 1 ? '' : 's'})\n`);
      return 0;
    }

    if (options.outputDir !== undefined) {
      const { htmlSitePages, writeHtmlSite } = await import('./html-site.js');
      if (site !== null) {
        const names = site.pageNames();
        await writeHtmlSite(htmlSitePages(collector.chunks(report), names), names, io.cwd, options.outputDir, inputs);
      } else {
        const pages = htmlSite(report, emitOptions);
        await writeHtmlSite(pages, pages.map((page) => page.name), io.cwd, options.outputDir, inputs);
      }
    } else if (stream !== null) {
      await emitChunks(collector.chunks(report), options.output, io, isJsonText(format));
    } else if (reduce !== null) {
      await emitReduced(reduce, report, emitOptions, io);
    } else {
      await emitReport(format, report, emitOptions, io);
    }

    const lines = [...reportLines];
    const tooManyWarnings = thresholds.maxWarnings !== null && report.summary.warnings > thresholds.maxWarnings;
    if (tooManyWarnings) {
      lines.push(`seo-audit: too many warnings — ${report.summary.warnings} warnings, the maximum is ${thresholds.maxWarnings}`);
    }
    // README: Configuration: say so when nothing tells the run what to look for (not beside an error: one line each).
    if (noKeywordSource && report.summary.errored === 0 && report.summary.files > 0) {
      lines.unshift(
        'seo-audit: no config file applies and no keyword set was given — keyword rules run only for articles that name keywords in front matter (see seo-audit init, -k, --keyword)',
      );
    }
    // User data (file names, phrases) in these lines is escaped: a newline in a name must not start a line of its own.
    if (lines.length > 0) io.stderr.write(stderrLines(lines));

    return exitCode(report, tooManyWarnings);
  } finally {
    collector.close();
    cache?.close();
  }
}

/** The result cache of `--cache` / `--cache-location` (README: Caching), or null without them. */
async function openCache(options: AuditCliOptions, io: CliIo): Promise<ResultCache | null> {
  if (options.cache !== true && options.cacheLocation === undefined) return null;
  const { cacheFileFor, DEFAULT_CACHE_LOCATION, ResultCache } = await import('../cache/index.js');
  if (options.cacheLocation !== undefined && options.cacheLocation.trim() === '') throw new UsageError('invalid --cache-location "" — give a directory or a .json file');
  const file = await cacheFileFor(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, io.cwd);
  const rel = relative(io.cwd, file);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
  return ResultCache.open(file, shown, (line) => io.stderr.write(line + '\n'));
}

/**
 * 2 when any input errored, else 1 when any file failed, a cross-file finding is an error (not
 * baselined), or --max-warnings was exceeded, else 0.
 */
export function exitCode(report: Pick<Report, 'summary' | 'crossFile'>, tooManyWarnings: boolean): number {
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
