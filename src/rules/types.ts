/**
 * The rule API. A rule is one file under src/rules/ that exports one object: a per-file `Rule`
 * (sees one analysed document) or a `CrossFileRule` (sees a small summary of every audited file).
 * Both carry their id, description, default severity, typed options, rationale, check and
 * `examples`; tests/rules/examples.test.ts runs every registered rule's examples. Register a new
 * rule in src/rules/registry.ts. Nothing here imports from config/ or report/.
 */
import type { Document, SourceFormat } from '../document/model.js';
import type { Analysis, KeywordSet } from '../keywords/types.js';
import type { SiteUrls } from '../site/routes.js';
import type { SiteSummary } from '../site/summary.js';

export type Severity = 'error' | 'warning' | 'info' | 'off';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off'];

/** A rule's configured severity and options (config `rules:`, overrides, CLI). */
export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  line: number;
  column: number;
  /**
   * Stable id of the finding (README: Report formats › json): hash of rule, path and subject, not the line
   * (src/report/fingerprint.ts). Used by SARIF partialFingerprints, GitLab and --baseline.
   */
  fingerprint: string;
  /** True when `--baseline` lists the fingerprint: reported, but neither counted nor failing. */
  baselined?: boolean;
}

/** A finding about several files at once (see CrossFileRule). */
export interface CrossFileFinding {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  /** The files concerned (paths as reported). */
  files: string[];
  /** Hash of the rule, the sorted paths and the subject (src/report/fingerprint.ts). */
  fingerprint: string;
  /** True when `--baseline` lists the fingerprint: reported, but neither counted nor failing. */
  baselined?: boolean;
  /** Where the finding sits in each file, in `files` order (a rule's position, else the file's first H1, else 1:1). */
  locations: { path: string; line: number; column: number }[];
}

/** What a rule's check reports; the runner adds ruleId, severity and line/column. */
export interface RuleMessage {
  message: string;
  /**
   * Source offset the message points at; null for a finding about the whole text, which the
   * runner places at the element that stands for the page (first H1, title, first paragraph).
   */
  offset: number | null;
  /**
   * For a whole-file finding (offset null): the element it is shown at instead of the page
   * anchor (e.g. a missing meta description next to the title). Inline directives still treat
   * the finding as whole-file.
   */
  anchor?: number | null;
  /**
   * What the finding is about, for its fingerprint: the keyword phrase, the heading text, the
   * paragraph's first words… Never a number that changes with edits. Omit it when the rule
   * reports at most one finding per file. See /work/notes/api-fingerprint.md.
   */
  subject?: string;
  /** Overrides the configured severity for this message (e.g. stuffing is always an error). */
  severity?: ActiveSeverity;
  /** The cause this message is the one finding for (see causes.ts). */
  cause?: string;
  /** Causes this message follows from: dropped when an enabled rule reported one of them. */
  consequenceOf?: readonly string[];
}

export interface RuleResult {
  /** 0–1, 1 = fully satisfied. */
  score: number;
  messages: RuleMessage[];
  /**
   * True when the rule's prerequisites are absent (no keyword set, no primary
   * keyword, a language the rule cannot measure): the rule is left out of the
   * file score. Its messages, if any, are still reported.
   */
  skipped?: boolean;
}

export interface RuleContext<Options> {
  document: Document;
  analysis: Analysis;
  keywordSet: KeywordSet;
  options: Options;
  /** The `site` config's URLs (which absolute links are internal); absent = none. */
  site?: SiteUrls;
}

/** Describes one option for `seo-audit rules` and for config validation. */
export interface OptionSpec {
  type: 'number' | 'integer' | 'boolean' | 'string';
  description: string;
  min?: number;
  max?: number;
}

/** What both kinds of rule declare. */
export interface RuleMeta<Options extends object = Record<string, unknown>> {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Where the default thresholds come from. */
  rationale: string;
  options: { [K in keyof Options]: OptionSpec };
  defaults: Options;
}

// ---------------------------------------------------------------------------------------------
// Examples: the rule's own tests (remark-lint / ESLint style).

/** One snippet a rule is run on. Markdown unless `format` says otherwise. */
export interface RuleExample {
  /** What the example shows (used as the test name). */
  name?: string;
  source: string;
  format?: SourceFormat;
  /** File path the document is parsed as (default example.md / example.html): slugs come from it. */
  path?: string;
  /** Ad-hoc keyword set: the first phrase is primary. */
  keywords?: readonly string[];
  /** A keyword set file's text (YAML) instead of `keywords`, for per-keyword min/max, groups… */
  keywordSet?: string;
  /** Options for the rule under test, merged over its defaults. */
  options?: Record<string, unknown>;
}

/** An expected finding: `message` is a substring of the real message; `line` is exact. */
export interface ExpectedMessage {
  message: string;
  line: number;
  column?: number;
}

export interface InvalidRuleExample extends RuleExample {
  /** Every finding of the rule under test, in report order. */
  messages: readonly ExpectedMessage[];
}

export interface RuleExamples {
  /** Snippets on which the rule reports nothing. At least one. */
  valid: readonly RuleExample[];
  /** Snippets on which the rule reports exactly `messages`. At least one. */
  invalid: readonly InvalidRuleExample[];
}

// ---------------------------------------------------------------------------------------------
// Per-file rules.

export interface Rule<Options extends object = Record<string, unknown>> extends RuleMeta<Options> {
  kind?: 'file';
  /** Weight of the rule's score in the file score. */
  weight: number;
  /** Pure: same inputs, same result; never throws on a well-formed document. */
  check(context: RuleContext<Options>): RuleResult;
  examples: RuleExamples;
}

export type AnyRule = Rule<any>;

// ---------------------------------------------------------------------------------------------
// Cross-file rules.

/**
 * What a cross-file rule knows about one audited file (errored files are left out). Kept small
 * and explicit: the pipeline reduces every file's result to it (and `merge` rebuilds it from
 * JSON reports), so every field must be derivable from a FileReport. Add a field here (and in
 * fileSummary below) when a new cross-file rule needs it.
 */
export interface FileSummary {
  /** The path as reported. */
  path: string;
  /**
   * The file's keywords that occur at least once, plus its primary keyword whatever its count
   * (Analysis.keywords / FileReport.keywords, in that order). Keywords that never occur are left
   * out: one summary is kept per article for the whole run.
   */
  keywords: readonly SummaryKeyword[];
  /** What the site rules read (FileReport.format/title/metaDescription/site); absent in older reports. */
  format?: SourceFormat | null;
  title?: string | null;
  metaDescription?: string | null;
  site?: SiteSummary | null;
  /** Where the keyword set came from (FileReport.keywordSource): only an article's own keywords say what it targets. */
  keywordSource: 'front-matter' | 'keyword-set' | 'command-line' | null;
  /** Line of the file's first H1 (where a cross-file finding without a position is shown), or null. */
  h1Line: number | null;
}

export interface SummaryKeyword {
  phrase: string;
  primary: boolean;
  count: number;
}

/**
 * Where a chosen set came from: a front-matter set is named 'front matter' (keywordSetFromFrontMatter),
 * --keyword alone makes one named 'command line' (adHocKeywordSet keeps a base set's name), any
 * other set was loaded from a keyword-set file.
 */
export function keywordSourceOf(set: KeywordSet | null): FileSummary['keywordSource'] {
  if (set === null) return null;
  if (set.name === 'front matter') return 'front-matter';
  if (set.name === 'command line' && set.source === 'command line') return 'command-line';
  return 'keyword-set';
}

/** Reduces a file's result (a FileReport, or anything shaped like it) to its FileSummary. */
export function fileSummary(file: {
  path: string;
  keywords: readonly SummaryKeyword[];
  format?: SourceFormat | null;
  title?: string | null;
  metaDescription?: string | null;
  site?: SiteSummary | null;
  keywordSource?: FileSummary['keywordSource'] | undefined;
  headings?: readonly { level: number; line: number }[];
}): FileSummary {
  return {
    path: file.path,
    keywords: file.keywords
      .filter((keyword) => keyword.count > 0 || keyword.primary)
      .map((keyword) => ({ phrase: keyword.phrase, primary: keyword.primary, count: keyword.count })),
    keywordSource: file.keywordSource ?? null,
    format: file.format ?? null,
    title: file.title ?? null,
    metaDescription: file.metaDescription ?? null,
    site: file.site ?? null,
    h1Line: file.headings?.find((heading) => heading.level === 1)?.line ?? null,
  };
}

/** A place a cross-file finding points at: a file, and a position in it when known. */
export interface FileLocation {
  path: string;
  line?: number;
  column?: number;
}

/** What a cross-file rule's check reports; the runner adds ruleId and severity. */
export interface CrossFileMessage {
  message: string;
  /** The files concerned, in the order the message names them. */
  locations: readonly FileLocation[];
  severity?: ActiveSeverity;
  /** What the finding is about (e.g. the shared primary keyword), for its fingerprint. */
  subject?: string;
}

export interface CrossFileContext<Options> {
  /** Every audited file of the run, sorted by path. */
  files: readonly FileSummary[];
  options: Options;
}

/** One file of a cross-file example: audited like a RuleExample, then reduced to its FileSummary. */
export interface CrossFileExampleFile extends Omit<RuleExample, 'options' | 'name'> {
  path: string;
}

export interface CrossFileExample {
  name?: string;
  files: readonly CrossFileExampleFile[];
  options?: Record<string, unknown>;
}

export interface ExpectedCrossFileMessage {
  /** Substring of the real message. */
  message: string;
  /** Exactly the finding's files. */
  files: readonly string[];
}

export interface InvalidCrossFileExample extends CrossFileExample {
  messages: readonly ExpectedCrossFileMessage[];
}

export interface CrossFileExamples {
  valid: readonly CrossFileExample[];
  invalid: readonly InvalidCrossFileExample[];
}

export interface CrossFileRule<Options extends object = Record<string, unknown>> extends RuleMeta<Options> {
  kind: 'cross-file';
  /** Pure; findings in a deterministic order. */
  check(context: CrossFileContext<Options>): CrossFileMessage[];
  examples: CrossFileExamples;
}

export type AnyCrossFileRule = CrossFileRule<any>;

/** Either kind, as the registry lists them. */
export type RegisteredRule = AnyRule | AnyCrossFileRule;

export function isCrossFileRule(rule: RegisteredRule): rule is AnyCrossFileRule {
  return rule.kind === 'cross-file';
}
