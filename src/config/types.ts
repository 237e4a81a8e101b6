import type { MatchMode } from '../keywords/types.js';
import type { RuleSetting } from '../rules/types.js';

export type { RuleSetting } from '../rules/types.js';

export interface Thresholds {
  /** 0–1. */
  minCoverage: number | null;
  /** 0–100. */
  minScore: number | null;
  maxWarnings: number | null;
}

export interface Override {
  files: string[];
  keywords?: string;
  match?: MatchMode;
  rules?: Record<string, RuleSetting>;
}

/** The `site` key: how internal links resolve and which pages are entry pages (site checks). */
export interface SiteConfig {
  /** Absolute folder that site-root links (`/blog/post/`) resolve under; null = the config's folder. */
  contentRoot: string | null;
  /** `https://example.com`: absolute links under it are internal. */
  baseUrl: string | null;
  /** Globs (relative to the content root) of pages that need no inbound link; null = index pages. */
  entryPages: string[] | null;
}

/** A validated config file (SPEC §3); paths inside it are resolved against `dir`. */
export interface Config {
  /** The file it was read from, or null for built-in defaults. */
  file: string | null;
  /** Directory that relative paths (keywords, ignore, overrides) are relative to. */
  dir: string;
  keywords: string | null;
  match: MatchMode | null;
  thresholds: Thresholds;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: Override[];
  /** The `site` key; absent when the config has none. */
  site?: SiteConfig;
}

/** Which layer chose a file's keyword set (front matter, above all of these, is the pipeline's). */
export type KeywordsSource = 'config' | 'cli' | 'override';

/**
 * Settings for one file after defaults < config < matching overrides < CLI flags; the keyword set
 * is the exception: config `keywords` < -k < matching override `keywords` (< front matter).
 */
export interface FileSettings {
  /** Keyword set file: config/override paths are absolute, a -k path is as given; null = none. */
  keywords: string | null;
  /** Which layer chose `keywords`; null when none did. */
  keywordsSource: KeywordsSource | null;
  /** Default matching mode; null = the built-in default (each keyword's own mode, `forms`). */
  match: MatchMode | null;
  /** Every registered rule (and any configured one) with its effective severity and options. */
  rules: Record<string, RuleSetting>;
  /** Indices into Config.overrides that matched this file, in order of application. */
  overrides: number[];
}

/** What the command line contributes to FileSettings; null/undefined = flag not given. */
export interface CliSettings {
  keywords?: string | null;
  match?: MatchMode | null;
  rules?: Record<string, RuleSetting> | null;
}
