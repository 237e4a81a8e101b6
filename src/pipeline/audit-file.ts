/**
 * The audit pipeline: one article → FileReport (README: Report formats › json), many → Report.
 * Parsing, matching, rules and config each live in their own module; this file
 * only chooses the keyword set, calls them in order and shapes the result.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { loadMdxParser, loadParsers, parseDocument } from '../document/index.js';
import type { ParseOptions } from '../document/index.js';
import type { Document, SkipReason, SourceFormat } from '../document/model.js';
import { InputError } from '../errors.js';
import { adHocKeywordSet, analyze, keywordSetFromFrontMatter, loadKeywordSet } from '../keywords/index.js';
import type { Analysis, KeywordSet, MatchMode } from '../keywords/types.js';
import { compareFindings, runRules } from '../rules/run.js';
import { keywordSourceOf } from '../rules/types.js';
import { pageAnchor } from '../rules/util.js';
import { fingerprint } from '../report/fingerprint.js';
import type { CliSettings, ConfigSource, RuleSetting } from '../config/types.js';
import { configResolver, resolveFileSettings } from '../config/resolve.js';
import type { InputFile } from '../io/inputs.js';
import { decodeSource, readSource } from '../io/read.js';
import { filePath } from '../io/inputs.js';
import type { ErrorPosition, FileReport, Report } from '../report/types.js';
import { articleView } from '../report/article-view.js';
import { siteSettings } from '../site/settings.js';
import type { SiteSettings } from '../site/settings.js';
import { siteSummary } from '../site/summary.js';
import type { ThresholdRuleId } from '../rules/thresholds.js';

export interface AuditInput {
  /** Shown in the report as given (relative stays relative). */
  path: string;
  source: string;
  format: SourceFormat;
}

export interface AuditSettings {
  /** Keyword set file (absolute, or relative to `cwd`); front matter keywords outrank it. */
  keywords?: string | null;
  /** `--keyword` phrases, added to whichever set applies (the first is primary when the set names none). */
  extraKeywords?: readonly string[];
  /** Default matching mode (CLI `--match` / config `match`); null keeps each keyword's own. */
  match?: MatchMode | null;
  /** Rule severities and options; missing rules use their defaults. */
  rules?: Record<string, RuleSetting>;
  /** A file whose coverage ratio is below this fails. */
  minCoverage?: number | null;
  /** A file whose score is below this fails. */
  minScore?: number | null;
  /** Base for a relative `keywords` path (default process.cwd()). */
  cwd?: string;
  /** Loaded keyword sets by absolute path, shared across the files of one run. */
  keywordSets?: KeywordSetCache;
  /** The `site` config (link resolution); default: routes relative to `cwd`, no base URL. */
  site?: SiteSettings;
  /** Where the file is (absolute), for its route; default: `path` under `cwd`. */
  absolutePath?: string;
  /** How the article is read (config reading keys; SPEC §3). */
  parse?: ParseOptions;
  /** `--include-drafts`: audit drafts, partials, redirects and noindex pages instead of skipping them. */
  includeDrafts?: boolean;
  /** Config `language`: a BCP 47 tag every article gets, or `auto` (SPEC §3, §5). */
  language?: string | null;
  /** Carry the article's text and occurrences on the report (FileReport.view) for `--format html`. */
  articleView?: boolean;
}

/** Keyword sets loaded once per run, by absolute path. */
export class KeywordSetCache {
  private readonly sets = new Map<string, KeywordSet>();
  get(file: string): KeywordSet {
    const absolute = resolve(file);
    let set = this.sets.get(absolute);
    if (set === undefined) {
      set = loadKeywordSet(shownPath(absolute));
      this.sets.set(absolute, set);
    }
    return set;
  }
}

/** Relative to the working directory when inside it (how users wrote it), else absolute. */
function shownPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/**
 * Thrown when a keyword set *file* (from -k, the config or an override) is invalid. It is a
 * problem of the run's configuration, not of one article, so the CLI stops with exit 2 instead
 * of marking every article as errored.
 */
export class KeywordSetError extends Error {
  override name = 'KeywordSetError';
  constructor(readonly inputError: InputError) {
    super(inputError.message);
  }
}

/** Which keyword set applies: front matter > the settings' file (config/override/-k); `--keyword` phrases are added. */
export function chooseKeywordSet(document: Document, settings: AuditSettings): KeywordSet | null {
  let set: KeywordSet | null = null;
  if (document.frontMatter) set = keywordSetFromFrontMatter(document.frontMatter, document.path, document.frontMatterYaml ?? undefined);
  if (set === null && settings.keywords) {
    const file = resolve(settings.cwd ?? process.cwd(), settings.keywords);
    const cache = settings.keywordSets ?? new KeywordSetCache();
    try {
      set = cache.get(file);
    } catch (error) {
      if (error instanceof InputError) throw new KeywordSetError(error);
      throw error;
    }
  }
  const extra = settings.extraKeywords ?? [];
  if (extra.length > 0) set = adHocKeywordSet([...extra], set ?? undefined);
  return set;
}

/**
 * The `language` of the keyword set file the settings name (config, override or -k), for
 * README (Matching): language order; null when there is none, it names none, or it cannot be loaded
 * (chooseKeywordSet reports that). A front-matter keyword list names no language.
 */
function settingsKeywordSetLanguage(settings: AuditSettings): string | null {
  if (!settings.keywords) return null;
  try {
    return (settings.keywordSets ?? new KeywordSetCache()).get(resolve(settings.cwd ?? process.cwd(), settings.keywords)).language;
  } catch {
    return null;
  }
}

/** Audits one article. Throws InputError for an article that cannot be audited (e.g. invalid front matter keywords). */
export function auditFile(input: AuditInput, settings: AuditSettings = {}): FileReport {
  const document = parseDocument(input.source, input.format, input.path, settings.parse ?? {}, {
    config: settings.language ?? null,
    keywordSet: settingsKeywordSetLanguage(settings),
  });
  if (document.skip !== null && settings.includeDrafts !== true) return skippedFileReport(input, document.skip);
  const set = chooseKeywordSet(document, settings);
  const analysis = analyze(document, set ?? adHocKeywordSet([]), settings.match ? { match: settings.match } : {});
  const site = settings.site ?? siteSettings(null, settings.cwd ?? process.cwd());
  const { findings, score } = runRules(document, analysis, set, settings.rules ?? {}, site);
  const summary = siteSummary({ document, settings: site, absolutePath: settings.absolutePath ?? resolve(settings.cwd ?? process.cwd(), input.path) });
  // README: Matching: no keyword set (or an empty one) means coverage is unknown, never 100 %.
  const coverage = set === null || set.keywords.length === 0 ? null : analysis.coverage.ratio;
  const anchor = pageAnchor(document);
  const at = anchor === null ? { line: 1, column: 1 } : document.point(anchor);
  for (const miss of thresholdMisses(coverage, score, settings)) {
    findings.push({
      ruleId: miss.ruleId,
      severity: 'error',
      message: miss.message,
      line: at.line,
      column: at.column,
      fingerprint: fingerprint(miss.ruleId, input.path),
    });
  }
  findings.sort(compareFindings);
  const failed = findings.some((finding) => finding.severity === 'error');
  const report = buildFileReport(input, document, analysis, coverage !== null, findings, score, failed ? 'failed' : 'passed', summary);
  report.keywordSource = keywordSourceOf(set);
  if (settings.articleView) {
    const named = new Map((set?.groups ?? []).flatMap((g) => (g.section === null ? [] : [[g.name, g.section] as [string, string]])));
    report.view = articleView(document, analysis, named);
  }
  return report;
}

export { THRESHOLD_RULES } from '../rules/thresholds.js';

/** The thresholds a file misses, as finding ids and messages (empty when it meets them). */
export function thresholdMisses(
  coverage: number | null,
  score: number,
  settings: Pick<AuditSettings, 'minCoverage' | 'minScore'>,
): { ruleId: ThresholdRuleId; message: string }[] {
  const out: { ruleId: ThresholdRuleId; message: string }[] = [];
  if (settings.minCoverage != null) {
    if (coverage === null) {
      out.push({
        ruleId: 'min-coverage',
        message: `coverage is n/a, below the minimum ${formatRatio(settings.minCoverage)} — no keyword set applies (give -k FILE, or a config with "keywords")`,
      });
    } else if (coverage < settings.minCoverage) {
      out.push({ ruleId: 'min-coverage', message: `coverage ${formatRatio(coverage)} is below the minimum ${formatRatio(settings.minCoverage)}` });
    }
  }
  if (settings.minScore != null && score < settings.minScore) {
    out.push({ ruleId: 'min-score', message: `score ${score} is below the minimum ${settings.minScore}` });
  }
  return out;
}

/** Why a file misses the run's thresholds (empty when it meets them). */
export function thresholdFailures(
  coverage: number | null,
  score: number,
  settings: Pick<AuditSettings, 'minCoverage' | 'minScore'>,
): string[] {
  return thresholdMisses(coverage, score, settings).map((miss) => miss.message);
}

function formatRatio(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

function buildFileReport(
  input: AuditInput,
  document: Document,
  analysis: Analysis,
  hasKeywordSet: boolean,
  findings: FileReport['findings'],
  score: number,
  status: 'passed' | 'failed',
  site: ReturnType<typeof siteSummary>,
): FileReport {
  return {
    path: input.path,
    format: input.format,
    status,
    title: document.title?.text ?? null,
    metaDescription: document.metaDescription?.text ?? null,
    slug: document.slug?.text ?? null,
    language: document.language,
    languageSource: document.languageSource,
    keywordSource: null,
    stats: {
      words: document.wordCount,
      sentences: document.sentenceCount,
      paragraphs: document.paragraphCount,
      headings: document.headings.length,
    },
    score,
    coverage: hasKeywordSet
      ? {
          ratio: analysis.coverage.ratio,
          covered: analysis.coverage.covered,
          total: analysis.coverage.total,
          groups: analysis.coverage.groups.map((group) => ({ ...group })),
        }
      : null,
    keywords: analysis.keywords.map((keyword) => ({
      phrase: keyword.phrase,
      group: keyword.group,
      primary: keyword.primary,
      match: keyword.match,
      count: keyword.count,
      counts: { ...keyword.counts },
      density: keyword.density,
      found: keyword.found,
      placements: keyword.placements,
      occurrences: keyword.occurrences.map((occurrence) => ({
        line: occurrence.line,
        column: occurrence.column,
        text: occurrence.text,
        mode: occurrence.mode,
      })),
    })),
    headings: document.headings.map((heading) => ({
      level: heading.level,
      text: heading.text,
      line: heading.line,
      words: heading.words,
      ...(heading.source === undefined ? {} : { source: heading.source }),
    })),
    sections: {
      groups: [...analysis.matrix.groups],
      sections: analysis.matrix.sections.map((section, row) => ({
        heading: section.heading,
        level: section.level,
        line: section.line,
        counts: [...(analysis.matrix.counts[row] ?? [])],
      })),
    },
    links: site.links,
    site: site.summary,
    findings,
  };
}

/**
 * An errored file's message ends with " (line L, column C)" when the position is known (the JSON
 * `error` text as it always was); the position itself is the `errorPosition` field.
 */
function locationSuffix(position: ErrorPosition | undefined): string {
  if (position === undefined) return '';
  return ` (line ${position.line}${position.column !== null ? `, column ${position.column}` : ''})`;
}

/**
 * `path:line:column: what — why` (or `path: …` without a position) for an errored file, the
 * README's stderr format (Command line › Exit codes), from the report's fields.
 */
export function erroredFileLine(path: string, error: string, position?: ErrorPosition): string {
  const suffix = locationSuffix(position);
  if (position === undefined || !error.endsWith(suffix)) return `${path}: ${error}`;
  const where = position.column === null ? `${path}:${position.line}` : `${path}:${position.line}:${position.column}`;
  return `${where}: ${error.slice(0, error.length - suffix.length)}`;
}

/**
 * The measured fields of an entry whose article was not audited (errored or skipped). Fresh
 * objects each call: later steps (thresholds, baseline) may add to a report's lists.
 */
function notAudited(): Omit<FileReport, 'path' | 'format' | 'status'> {
  return {
    title: null,
    metaDescription: null,
    slug: null,
    language: null,
    languageSource: null,
    keywordSource: null,
    stats: { words: 0, sentences: 0, paragraphs: 0, headings: 0 },
    score: 0,
    coverage: null,
    keywords: [],
    headings: [],
    sections: { groups: [], sections: [] },
    links: { internal: 0, outbound: 0 },
    site: null,
    findings: [],
  };
}

/** The report entry of an article that could not be audited. */
export function erroredFileReport(path: string, format: SourceFormat | null, error: InputError): FileReport {
  const line = error.location?.line;
  const position: ErrorPosition | undefined = line === undefined ? undefined : { line, column: error.location?.column ?? null };
  return {
    path,
    format,
    status: 'error',
    error: `${error.what} — ${error.why}${locationSuffix(position)}`,
    ...(position === undefined ? {} : { errorPosition: position }),
    ...notAudited(),
  };
}

/** The report entry of a page that is skipped by default (SPEC §5): no findings, never failing. */
export function skippedFileReport(input: Pick<AuditInput, 'path' | 'format'>, reason: SkipReason): FileReport {
  return {
    path: input.path,
    format: input.format,
    status: 'skipped',
    skipReason: reason,
    ...notAudited(),
  };
}

/** The part of RunOptions that can cross a worker-thread boundary (no functions, no caches). */
export interface PortableRunOptions {
  /** Where each article's config comes from (resolved per directory, in each thread). */
  config: ConfigSource;
  cli: CliSettings;
  extraKeywords: readonly string[];
  /** Command-line thresholds; null = each file's config decides. */
  minCoverage: number | null;
  minScore: number | null;
  cwd: string;
  /** `--include-drafts`. */
  includeDrafts?: boolean;
  /** `--format html`: every file report carries its article view (AuditSettings.articleView). */
  articleView?: boolean;
  /**
   * Pool workers answer with a PreparedFile (src/pipeline/prepare.ts) for each file that is not
   * errored, not the FileReport: set by auditInOrderPrepared, for a plain JSON run.
   */
  prepared?: boolean;
}

export interface RunOptions extends PortableRunOptions {
  /** Reads stdin once, for the `-` input. */
  readStdin: () => Promise<Buffer>;
  /** Keyword sets already loaded (e.g. -k, checked up front). */
  keywordSets?: KeywordSetCache;
  /** Called after each file (for the progress bar). */
  onProgress?: (done: number, total: number, path: string) => void;
  /** `--file-timeout` in milliseconds: an article that takes longer is an errored entry (default 60 s). */
  fileTimeoutMs?: number;
  /** Where strategy overrides are read (SEO_AUDIT_WORKERS, SEO_AUDIT_HUGE_FILE_*); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Reads and audits one input; unreadable or unparseable inputs become errored entries. */
export async function auditInput(
  input: InputFile,
  options: PortableRunOptions & { readStdin?: () => Promise<Buffer> },
  keywordSets: KeywordSetCache,
  /** Runs the synchronous audit (parse, match, rules); the in-process strategy bounds its time here. */
  guard: <T>(work: () => T) => T = (work) => work(),
): Promise<FileReport> {
  const prepared = await prepareInput(input, options, keywordSets);
  if (typeof prepared !== 'function') return prepared;
  try {
    return guard(prepared);
  } catch (error) {
    return erroredOr(error, input);
  }
}

/**
 * auditInput's asynchronous part (read the source, resolve the settings, load the parsers): the
 * finished report when the input is errored already, else the synchronous audit still to run
 * (which returns the errored entry itself for an InputError it meets, and throws anything else).
 * The in-process strategy reads a few inputs ahead and runs their audits under one watchdog
 * (guard.ts runEachWithin).
 */
export async function prepareInput(
  input: InputFile,
  options: PortableRunOptions & { readStdin?: () => Promise<Buffer> },
  keywordSets: KeywordSetCache,
): Promise<FileReport | (() => FileReport)> {
  if (input.error) return erroredFileReport(input.path, input.format, input.error);
  try {
    const source = input.stdin
      ? decodeSource(await (options.readStdin ?? (() => Promise.resolve(Buffer.alloc(0))))(), input.path)
      : await readSource(filePath(input), input.path);
    // Settings are looked up by where the file is (config globs are relative to the config's
    // directory); stdin is placed at its --stdin-filename under cwd.
    const where = input.absolute ?? resolve(options.cwd, input.path);
    const settings = resolveFileSettings(configResolver(options.config).forFile(where), where, options.cli);
    // Only the formats a run meets are loaded (remark or rehype alone costs ~100 ms).
    // MDX: the config's `mdx` globs decide; without an `mdx` key, SPEC §3's default "**/*.mdx".
    const mdx = settings.mdx ?? /\.mdx$/i.test(input.path);
    await loadParsers([input.format]);
    if (input.format === 'markdown' && mdx) await loadMdxParser();
    return () => {
      try {
        return auditFile(
          { path: input.path, source, format: input.format },
          {
            keywords: settings.keywords,
            extraKeywords: options.extraKeywords,
            match: settings.match,
            language: settings.language,
            rules: settings.rules,
            minCoverage: options.minCoverage ?? settings.minCoverage,
            minScore: options.minScore ?? settings.minScore,
            cwd: options.cwd,
            keywordSets,
            site: siteSettings(settings.site, options.cwd),
            absolutePath: where,
            parse: { mdx, templates: settings.templates, titleAsH1: settings.titleAsH1, frontMatter: settings.frontMatter },
            includeDrafts: options.includeDrafts === true,
            articleView: options.articleView === true,
          },
        );
      } catch (error) {
        return erroredOr(error, input);
      }
    };
  } catch (error) {
    return erroredOr(error, input);
  }
}

/** The errored entry of an InputError met while auditing `input`; anything else is thrown on. */
export function erroredOr(error: unknown, input: InputFile): FileReport {
  if (error instanceof InputError) {
    const located = error.location?.file ? error : new InputError(error.what, error.why, { file: input.path });
    return erroredFileReport(input.path, input.format, located);
  }
  throw error;
}
