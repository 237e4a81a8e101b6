/**
 * The report (README: Report formats › json; schemaVersion 1). Every reporter renders this shape.
 * With schema.ts the one definition of the report: tests/report/schema.test.ts checks that these
 * types and the schema describe the same fields, both ways. Change both together. A field for
 * in-process use only (never in the JSON, not in the schema) carries the JSDoc tag `@notInJson`.
 */
import type { CrossFileFinding, Finding, Severity } from '../rules/types.js';

export type { CrossFileFinding } from '../rules/types.js';
import type { CoverageGroup, MatchMode, Placements } from '../keywords/types.js';
import type { SiteSummary } from '../site/summary.js';
import type { ArticleView } from './article-view.js';

export interface ReportKeyword {
  phrase: string;
  group: string | null;
  primary: boolean;
  match: MatchMode;
  count: number;
  counts: Record<MatchMode, number>;
  density: number;
  found: boolean;
  placements: Placements;
  occurrences: { line: number; column: number; text: string; mode: MatchMode }[];
}

export interface ReportHeading {
  level: number;
  text: string;
  line: number;
  words: number;
  /** "front-matter" for the page H1 a layout prints from the front-matter title (titleAsH1). */
  source?: 'front-matter';
}

export interface ReportMatrix {
  groups: string[];
  sections: { heading: string | null; level: number; line: number; counts: number[] }[];
}

export type KeywordSource = 'front-matter' | 'keyword-set' | 'command-line' | null;

export interface FileReport {
  path: string;
  format: 'markdown' | 'html' | null;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  /** Present only when status is "skipped" (SPEC §5): why the page is not audited by default. */
  skipReason?: 'draft' | 'partial' | 'redirect' | 'noindex';
  /** Present only when status is "error": what went wrong — why (and " (line L, column C)" when known). */
  error?: string;
  /** Where in the file the error is, when known; only beside `error`. */
  errorPosition?: ErrorPosition;
  title: string | null;
  metaDescription: string | null;
  slug: string | null;
  /** BCP 47 tag of the article's language (README: Matching); null for errored files. */
  language: string | null;
  /** Where `language` came from; null for errored files. */
  languageSource: 'config' | 'front-matter' | 'html' | 'path' | 'keyword-set' | 'detected' | 'default' | null;
  /**
   * Where the file's keyword set came from: its own front matter, a site-wide keyword set
   * (config, override or -k), or --keyword alone; null when none applies (and for errored files).
   */
  keywordSource: KeywordSource;
  stats: { words: number; sentences: number; paragraphs: number; headings: number };
  score: number;
  /** Null where no keyword set applies (shown n/a; README: Matching) and for errored files. */
  coverage: { ratio: number; covered: number; total: number; groups: CoverageGroup[] } | null;
  keywords: ReportKeyword[];
  headings: ReportHeading[];
  /** Section × keyword-group own-mode counts (terminal table); rows in document order. */
  sections: ReportMatrix;
  /** Links to this site (other pages, its files; #anchors on the page excluded) and to other sites. */
  links: { internal: number; outbound: number };
  /** What the site rules (links, duplicates, orphans, hreflang, canonical) read; null for errored files. */
  site: SiteSummary | null;
  findings: Finding[];
  /**
   * The article's text with its keyword occurrences, for `--format html` only (built when
   * AuditSettings.articleView is set; never printed by the JSON report).
   * @notInJson
   */
  view?: ArticleView;
}

export interface ErrorPosition {
  line: number;
  /** null when only the line is known. */
  column: number | null;
}

export interface RuleDescriptor {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'seo-audit'; version: string };
  summary: {
    files: number;
    passed: number;
    failed: number;
    errored: number;
    /** Files skipped by default (drafts, partials, redirects, noindex pages). */
    skipped: number;
    errors: number;
    warnings: number;
    /** Mean over audited files that have a coverage (a keyword set applies); null when none. */
    coverage: number | null;
    score: number | null;
  };
  /** Cross-file findings (e.g. keyword cannibalization). */
  crossFile: CrossFileFinding[];
  files: FileReport[];
  /** Rules that ran, for SARIF/JUnit; sorted by id. */
  rules: RuleDescriptor[];
}

/** What every reporter's `render` takes besides the report. */
export interface RenderOptions {
  /** ANSI colour (terminal only; the other formats never colour). */
  color: boolean;
  /** Report error-severity findings only. */
  quiet: boolean;
  /** A --baseline was applied: SARIF results carry `baselineState` and baselined ones a suppression. */
  baseline?: boolean;
  /** Absolute paths under it are shown relative to it (SARIF/GitHub need repo-relative paths). */
  cwd?: string;
  /** `site.baseUrl` for the html format's search-result preview URL (the other formats ignore it). */
  baseUrl?: string | undefined;
  /**
   * Absolute repository root (git top level, else the working directory; see repo-root.ts):
   * SARIF and GitLab paths are relative to it. Unset: paths as given.
   */
  root?: string | undefined;
  /** Where the full report lives (github format's closing notice), e.g. "the job summary". */
  fullReport?: string | undefined;
}
