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
  /** Absolute directory the `files` globs (and the relative paths in it) are relative to. */
  base: string;
  keywords?: string;
  match?: MatchMode;
  rules?: Record<string, RuleSetting>;
}

/** Template syntaxes the parsers know how to drop (README: Configuration `templates`; Matching). */
export const TEMPLATE_KINDS = ['hugo', 'liquid', 'kumascript', 'kramdown'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type TemplatesSetting = 'auto' | 'none' | TemplateKind[];

/** Front-matter fields that carry a meaning (README: Configuration `frontMatter`). */
export const FRONT_MATTER_FIELDS = ['title', 'h1', 'description', 'slug', 'language'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];
export type FrontMatterMap = Record<FrontMatterField, string[]>;

/** README (Configuration): defaults: which front-matter keys are read for which meaning, first present wins. */
export const DEFAULT_FRONT_MATTER: Readonly<FrontMatterMap> = Object.freeze({
  title: ['seo_title', 'seoTitle', 'meta_title', 'title'],
  h1: ['title'],
  description: ['description', 'meta_description', 'summary', 'excerpt'],
  slug: ['slug', 'permalink', 'url', 'path'],
  language: ['lang', 'language', 'locale'],
});

export interface SiteSettings {
  /** Absolute directory internal links resolve against; null = not set. */
  contentRoot: string | null;
  /** The site's public URL, e.g. "https://example.com"; null = not set. */
  baseUrl: string | null;
  /** Globs (relative to the content root) of pages that need no inbound link (orphan-page); null = not set. */
  entryPages: string[] | null;
}

/** A glob list with the directory it is relative to (`mdx`). */
export interface BasedGlobs {
  patterns: string[];
  base: string;
}

/**
 * One entry of the ordered ignore list (README: Configuration): a config's `ignore` glob (picomatch, relative
 * to `base`; a leading `!` re-includes) or a `.seo-auditignore` file (gitignore syntax, relative
 * to its directory). For a file, the last entry that says anything about it decides.
 */
export type IgnoreEntry =
  | { kind: 'glob'; pattern: string; base: string; source: string }
  | { kind: 'ignore-file'; file: string; base: string; patterns: string[] };

/**
 * One config file's own keys, validated, paths made absolute (the unit that `extends` and
 * per-directory discovery stack up). Absent keys are `undefined`: they leave the layers below
 * alone.
 */
export interface ConfigLayer {
  /** Name shown in messages: relative to the working directory, as typed, or the preset's name. */
  file: string;
  /** Absolute path of the file; null for a shipped preset. */
  path: string | null;
  /** The file's directory: what its relative paths and globs are relative to. */
  dir: string;
  root: boolean;
  /** `extends` as written. */
  extends: string[];
  keywords?: string;
  match?: MatchMode;
  /** Only the thresholds the file names; an explicit null means "no threshold" (it cancels a lower layer's). */
  thresholds: Partial<Thresholds>;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: Override[];
  titleAsH1?: boolean;
  mdx?: string[];
  templates?: TemplatesSetting;
  language?: string;
  frontMatter?: Partial<FrontMatterMap>;
  site?: Partial<SiteSettings>;
}

/**
 * The effective config for the articles of one directory (README: Configuration): the built-in defaults, then
 * every applying config file from the farthest to the nearest (each preceded by what it
 * `extends`), merged key by key; `rules` per rule, `ignore` and `overrides` appended.
 */
export interface Config {
  /** The nearest config file applied (as shown), or null when none applies. */
  file: string | null;
  /** Every layer applied, lowest first: presets by name (`seo-audit:strict`), files as shown. */
  files: string[];
  /** Directory of the nearest config file (or where the lookup started when there is none). */
  dir: string;
  keywords: string | null;
  match: MatchMode | null;
  thresholds: Thresholds;
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  overrides: Override[];
  /** null = not set (the parser's default applies: true). */
  titleAsH1: boolean | null;
  mdx: BasedGlobs | null;
  templates: TemplatesSetting | null;
  /** 'auto' or a BCP 47 tag; null = not set. */
  language: string | null;
  frontMatter: Partial<FrontMatterMap>;
  site: SiteSettings;
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
  /** The file's own thresholds (config; CLI values are applied by the caller). */
  minCoverage: number | null;
  minScore: number | null;
  /** A front-matter title is the page's H1 (default true). */
  titleAsH1: boolean;
  /** True when the config's `mdx` globs match the file; null when the config has no `mdx` key. */
  mdx: boolean | null;
  templates: TemplatesSetting;
  /** 'auto' or a BCP 47 tag. */
  language: string;
  /** Every field with the config's keys or the defaults. */
  frontMatter: FrontMatterMap;
  site: SiteSettings;
}

/** What the command line contributes to FileSettings; null/undefined = flag not given. */
export interface CliSettings {
  keywords?: string | null;
  match?: MatchMode | null;
  rules?: Record<string, RuleSetting> | null;
}

/** Where a run's configs come from; plain data, so it can cross a worker-thread boundary. */
export interface ConfigSource {
  /** Working directory: `explicit` and shown names are relative to it. */
  cwd: string;
  /** `-c FILE` (replaces discovery); null = discover per directory. */
  explicit: string | null;
  /** `--no-config`: no config file at all (`.seo-auditignore` files still apply). */
  noConfig: boolean;
}
