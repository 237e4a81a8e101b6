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
  /** How articles are read (SPEC §3: titleAsH1, mdx, templates, language, frontMatter). */
  reading: ReadingConfig;
}

/** Config keys that decide what text reaches the Document (SPEC §3, §5). */
export interface ReadingConfig {
  /** A Markdown/MDX front-matter title is the page's H1 (default true). */
  titleAsH1: boolean;
  /** Globs (relative to the config's directory) of files parsed as MDX (default ["**\/*.mdx"]). */
  mdx: string[];
  /** Template syntax that is not text: `auto` (detected per file), `none`, or a list of families. */
  templates: 'auto' | 'none' | ('hugo' | 'liquid' | 'kumascript' | 'kramdown')[];
  /** `auto`, or a BCP 47 tag every article gets. */
  language: string;
  /** Which front-matter fields mean what; the first field present wins. */
  frontMatter: { title: string[]; h1: string[]; description: string[]; slug: string[]; language: string[] };
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
  /** How this file is read: the config's reading keys, with `mdx` resolved for this file. */
  reading: { titleAsH1: boolean; mdx: boolean; templates: ReadingConfig['templates']; language: string; frontMatter: ReadingConfig['frontMatter'] };
}

/** What the command line contributes to FileSettings; null/undefined = flag not given. */
export interface CliSettings {
  keywords?: string | null;
  match?: MatchMode | null;
  rules?: Record<string, RuleSetting> | null;
}
