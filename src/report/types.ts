/** The JSON report (SPEC §7, schemaVersion 1). Every reporter renders this shape. */
import type { CrossFileFinding, Finding, Severity } from '../rules/types.js';

export type { CrossFileFinding } from '../rules/types.js';
import type { CoverageGroup, MatchMode, Placements } from '../keywords/types.js';
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
}

export interface ReportMatrix {
  groups: string[];
  sections: { heading: string | null; level: number; line: number; counts: number[] }[];
}

export interface FileReport {
  path: string;
  format: 'markdown' | 'html' | null;
  status: 'passed' | 'failed' | 'error';
  /** Present only when status is "error". */
  error?: string;
  title: string | null;
  metaDescription: string | null;
  slug: string | null;
  stats: { words: number; sentences: number; paragraphs: number; headings: number };
  score: number;
  /** Null where no keyword set applies (shown n/a; SPEC §5) and for errored files. */
  coverage: { ratio: number; covered: number; total: number; groups: CoverageGroup[] } | null;
  keywords: ReportKeyword[];
  headings: ReportHeading[];
  /** Section × keyword-group own-mode counts (terminal table); rows in document order. */
  sections: ReportMatrix;
  findings: Finding[];
  /**
   * The article's text with its keyword occurrences, for `--format html` only (built when
   * AuditSettings.articleView is set; never printed by the JSON report).
   */
  view?: ArticleView;
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
  /** Absolute paths under it are shown relative to it (SARIF/GitHub need repo-relative paths). */
  cwd?: string;
  /** `site.baseUrl` for the html format's search-result preview URL (the other formats ignore it). */
  baseUrl?: string | undefined;
}
