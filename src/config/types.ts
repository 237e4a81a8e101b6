import type { MatchMode } from '../keywords/types.js';
import type { Severity } from '../rules/types.js';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

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
}

/** Settings for one file after defaults < config < matching overrides < CLI flags. */
export interface FileSettings {
  keywords: string | null;
  match: MatchMode | null;
  rules: Record<string, RuleSetting>;
}
