import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { RULES } from '../rules/registry.js';
import type { CliSettings, Config, FileSettings, KeywordsSource, RuleSetting, Thresholds } from './types.js';

type Matcher = (path: string) => boolean;

interface CompiledGlobs {
  ignore: Matcher | null;
  overrides: Matcher[];
}

// Compiled once per config: the pipeline asks for every file of a possibly large run.
const compiled = new WeakMap<Config, CompiledGlobs>();

function globsOf(config: Config): CompiledGlobs {
  let globs = compiled.get(config);
  if (!globs) {
    globs = {
      ignore: config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : null,
      overrides: config.overrides.map((override) => picomatch(override.files, { dot: true })),
    };
    compiled.set(config, globs);
  }
  return globs;
}

/**
 * `file` (absolute, or relative to process.cwd()) relative to the config's directory with POSIX
 * separators: what `ignore` and `overrides[].files` globs are matched against.
 */
export function configRelativePath(config: Config, file: string): string {
  const path = relative(config.dir, resolve(file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/** True when the file matches one of the config's `ignore` globs. */
export function isIgnored(config: Config, file: string): boolean {
  const matcher = globsOf(config).ignore;
  return matcher !== null && matcher(configRelativePath(config, file));
}

/** Every registered rule at its default severity and options. */
export function defaultRuleSettings(): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    settings[rule.id] = { severity: rule.defaultSeverity, options: { ...(rule.defaults as Record<string, unknown>) } };
  }
  return settings;
}

/** A later layer's severity replaces the earlier one; its options are merged over the earlier ones. */
function applyRules(target: Record<string, RuleSetting>, layer: Record<string, RuleSetting> | null | undefined): void {
  if (!layer) return;
  for (const [id, setting] of Object.entries(layer)) {
    const previous = target[id];
    target[id] = { severity: setting.severity, options: { ...previous?.options, ...setting.options } };
  }
}

/**
 * Effective settings for one file. Rules and match: built-in defaults < config < each matching
 * override in order < CLI. Keyword set: config `keywords` < `-k` < matching overrides (the last
 * one with `keywords` wins); front matter keywords outrank all of these and are applied by the
 * pipeline, which can tell from `keywordsSource` what it is replacing.
 */
export function resolveFileSettings(config: Config, file: string, cli: CliSettings = {}): FileSettings {
  const path = configRelativePath(config, file);
  const matched: number[] = [];
  globsOf(config).overrides.forEach((matches, index) => {
    if (matches(path)) matched.push(index);
  });

  let keywords: string | null = config.keywords;
  let keywordsSource: KeywordsSource | null = keywords === null ? null : 'config';
  if (cli.keywords) {
    keywords = cli.keywords;
    keywordsSource = 'cli';
  }
  let match = config.match;
  const rules = defaultRuleSettings();
  applyRules(rules, config.rules);
  for (const index of matched) {
    const override = config.overrides[index]!;
    if (override.keywords !== undefined) {
      keywords = override.keywords;
      keywordsSource = 'override';
    }
    if (override.match !== undefined) match = override.match;
    applyRules(rules, override.rules);
  }
  if (cli.match) match = cli.match;
  applyRules(rules, cli.rules);
  return { keywords, keywordsSource, match, rules, overrides: matched };
}

/**
 * Rule settings of the whole run (config `rules:` < CLI), for cross-file rules: they judge many
 * files at once, so per-file `overrides` do not apply to them.
 */
export function runRuleSettings(config: Config, cli: CliSettings = {}): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  applyRules(rules, config.rules);
  applyRules(rules, cli.rules);
  return rules;
}

/** Run thresholds: a CLI value (not null/undefined) replaces the config's. */
export function resolveThresholds(config: Config, cli: Partial<Thresholds> = {}): Thresholds {
  return {
    minCoverage: cli.minCoverage ?? config.thresholds.minCoverage,
    minScore: cli.minScore ?? config.thresholds.minScore,
    maxWarnings: cli.maxWarnings ?? config.thresholds.maxWarnings,
  };
}
