/**
 * Effective configs (README: Configuration): layers merged nearer-wins, per directory, and the per-file
 * settings taken from them. Everything a large run asks per file is cached: configs per
 * directory, compiled globs per config entry.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { fileErrorReason, InputError, UsageError } from '../errors.js';
import { RULES } from '../rules/registry.js';
import { configFileIn, IGNORE_FILE_NAME } from './discover.js';
import { closest, loadConfigLayer } from './load.js';
import { isPresetName, PRESET_NAMES, PRESET_PREFIX, presetLayer } from './presets.js';
import { DEFAULT_FRONT_MATTER } from './types.js';
import { READ_LIMITS, readFileBoundedSync } from '../io/read.js';
import type {
  BasedGlobs,
  CliSettings,
  Config,
  ConfigLayer,
  ConfigSource,
  FileSettings,
  IgnoreEntry,
  KeywordsSource,
  Override,
  RuleSetting,
  Thresholds,
} from './types.js';

type Matcher = (path: string) => boolean;

/** A config with nothing set; `dir` is where the lookup started. */
export function defaultConfig(dir: string): Config {
  return {
    file: null,
    files: [],
    dir: resolve(dir),
    keywords: null,
    match: null,
    thresholds: { minCoverage: null, minScore: null, maxWarnings: null },
    rules: {},
    ignore: [],
    overrides: [],
    titleAsH1: null,
    mdx: null,
    templates: null,
    language: null,
    frontMatter: {},
    site: { contentRoot: null, baseUrl: null, entryPages: null },
  };
}

/** A later layer's severity replaces the earlier one; its options are merged over the earlier ones. */
function applyRules(target: Record<string, RuleSetting>, layer: Record<string, RuleSetting> | null | undefined): void {
  if (!layer) return;
  for (const [id, setting] of Object.entries(layer)) {
    const previous = target[id];
    target[id] = { severity: setting.severity, options: { ...previous?.options, ...setting.options } };
  }
}

/** `config` with `layer` on top (a new object: configs are shared between directories). */
export function applyLayer(config: Config, layer: ConfigLayer): Config {
  const rules = { ...config.rules };
  applyRules(rules, layer.rules);
  return {
    file: layer.path === null ? config.file : layer.file,
    files: [...config.files, layer.file],
    dir: layer.path === null ? config.dir : layer.dir,
    keywords: layer.keywords ?? config.keywords,
    match: layer.match ?? config.match,
    thresholds: { ...config.thresholds, ...layer.thresholds },
    rules,
    ignore: [
      ...config.ignore,
      ...layer.ignore.map((pattern): IgnoreEntry => ({ kind: 'glob', pattern, base: layer.dir, source: layer.file })),
    ],
    overrides: [...config.overrides, ...layer.overrides],
    titleAsH1: layer.titleAsH1 ?? config.titleAsH1,
    mdx: layer.mdx ? { patterns: layer.mdx, base: layer.dir } : config.mdx,
    templates: layer.templates ?? config.templates,
    language: layer.language ?? config.language,
    frontMatter: { ...config.frontMatter, ...layer.frontMatter },
    site: {
      contentRoot: layer.site?.contentRoot ?? config.site.contentRoot,
      baseUrl: layer.site?.baseUrl ?? config.site.baseUrl,
      entryPages: layer.site?.entryPages ?? config.site.entryPages,
    },
  };
}

function withIgnoreFile(config: Config, entry: IgnoreEntry): Config {
  return { ...config, ignore: [...config.ignore, entry] };
}

function shownPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' ? absolute : rel;
}

function readReason(error: unknown): string {
  return fileErrorReason(error, { ENOENT: 'no such file' });
}

/** Lines of a `.seo-auditignore` that are patterns (for --print-config). */
function ignorePatterns(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\ufeff/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/**
 * Finds and merges the configs that apply to each directory of a run, once per directory.
 * Discovery (no `-c`, no `--no-config`): the directory's own config file and `.seo-auditignore`,
 * on top of its parent's result, up to the filesystem root or a config with `root: true`.
 * `-c FILE`: that file (with its `extends`) for every article, over the `.seo-auditignore` files.
 */
export class ConfigResolver {
  private readonly directories = new Map<string, Config>();
  private readonly explicitByDirectory = new Map<string, Config>();
  private readonly chains = new Map<string, ConfigLayer[]>();
  private explicitLayers: ConfigLayer[] | null = null;

  constructor(readonly source: ConfigSource) {
    if (source.noConfig && source.explicit) throw new UsageError('--config and --no-config cannot be used together');
    if (source.explicit) this.explicitLayers = this.chain(resolve(source.cwd, source.explicit), source.explicit, []);
  }

  /** The effective config for an article (absolute, or relative to the run's cwd). */
  forFile(file: string): Config {
    return this.forDirectory(dirname(resolve(this.source.cwd, file)));
  }

  /** The effective config for the articles directly inside `dir`. */
  forDirectory(dir: string): Config {
    const absolute = resolve(this.source.cwd, dir);
    const discovered = this.discovered(absolute);
    if (this.explicitLayers === null) return discovered;
    let config = this.explicitByDirectory.get(absolute);
    if (config === undefined) {
      config = this.explicitLayers.reduce(applyLayer, discovered);
      this.explicitByDirectory.set(absolute, config);
    }
    return config;
  }

  /** The config files applied for `dir` (and .seo-auditignore files), without -c. */
  private discovered(dir: string): Config {
    const cached = this.directories.get(dir);
    if (cached !== undefined) return cached;
    const own = this.source.explicit || this.source.noConfig ? null : configFileIn(dir);
    const layers = own === null ? [] : this.chain(own, shownPath(this.source.cwd, own), []);
    const isRoot = layers.at(-1)?.root === true;
    const parentDir = dirname(dir);
    let config = isRoot || parentDir === dir ? defaultConfig(dir) : this.discovered(parentDir);
    const ignoreEntry = this.ignoreFile(dir);
    if (ignoreEntry !== null) config = withIgnoreFile(config, ignoreEntry);
    config = layers.reduce(applyLayer, config);
    // With no config file, `dir` says where the lookup started (not the filesystem root).
    if (config.file === null && config.dir !== dir) config = { ...config, dir };
    this.directories.set(dir, config);
    return config;
  }

  private ignoreFile(dir: string): IgnoreEntry | null {
    const file = resolve(dir, IGNORE_FILE_NAME);
    let text: string;
    try {
      text = readFileBoundedSync(file, READ_LIMITS.config).toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw new InputError('cannot read ignore file', readReason(error), { file: shownPath(this.source.cwd, file) });
    }
    const entry: IgnoreEntry = { kind: 'ignore-file', file: shownPath(this.source.cwd, file), base: dir, patterns: ignorePatterns(text) };
    compiledIgnoreFiles.set(entry, ignore().add(text));
    return entry;
  }

  /** The layers of one config file: what it extends (depth first, in order), then itself. */
  private chain(path: string, display: string, visiting: string[]): ConfigLayer[] {
    const cached = this.chains.get(path);
    if (cached !== undefined) return cached;
    const layer = loadConfigLayer(path, display);
    const layers: ConfigLayer[] = [];
    const stack = [...visiting, path];
    layer.extends.forEach((name, index) => {
      const keyPath = layer.extends.length === 1 ? 'extends' : `extends[${index}]`;
      if (name.startsWith(PRESET_PREFIX)) {
        if (!isPresetName(name)) {
          const suggestion = closest(name, PRESET_NAMES);
          const hint = suggestion ? `did you mean "${suggestion}"?` : `presets: ${PRESET_NAMES.join(', ')}`;
          throw new InputError('invalid config', `${keyPath}: unknown preset "${name}" (${hint})`, { file: display });
        }
        layers.push(presetLayer(name, layer.dir));
        return;
      }
      const target = resolve(layer.dir, name);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].map((file) => shownPath(this.source.cwd, file));
        throw new InputError('invalid config', `${keyPath}: circular extends (${cycle.join(' → ')})`, { file: display });
      }
      let extended: ConfigLayer[];
      try {
        extended = this.chain(target, shownPath(this.source.cwd, target), stack);
      } catch (error) {
        if (error instanceof InputError && error.what === 'cannot read config' && error.location?.file === shownPath(this.source.cwd, target)) {
          throw new InputError('invalid config', `${keyPath}: cannot read "${name}" (${error.why})`, { file: display });
        }
        throw error;
      }
      layers.push(...extended);
    });
    layers.push(layer);
    this.chains.set(path, layers);
    return layers;
  }
}

// Resolvers by source, so that each thread builds (and caches) one per run.
const resolvers = new Map<string, ConfigResolver>();

/**
 * The resolver for a run's config source, shared by everything in this thread that asks for the
 * same source. `fresh` starts a new one (a new run: config files may have changed on disk).
 */
export function configResolver(source: ConfigSource, fresh = false): ConfigResolver {
  const key = JSON.stringify([source.cwd, source.explicit, source.noConfig]);
  let resolver = fresh ? undefined : resolvers.get(key);
  if (resolver === undefined) {
    resolver = new ConfigResolver(source);
    resolvers.set(key, resolver);
  }
  return resolver;
}

/** Forgets cached resolvers (config files changed on disk, e.g. between runs of one process). */
export function clearConfigCache(): void {
  resolvers.clear();
}

/** One config file with what it extends, as if it were the only one (what `-c FILE` applies). */
export function loadConfig(file: string, cwd: string = process.cwd()): Config {
  return new ConfigResolver({ cwd, explicit: file, noConfig: false }).forDirectory(resolve(cwd, file, '..'));
}

/**
 * The config for the articles of `cwd` itself: `--no-config` → built-in defaults; `--config
 * FILE` (relative to cwd) → that file, which must exist; otherwise what discovery finds for cwd.
 */
export function loadConfigFor(cwd: string, explicit?: string | null, noConfig?: boolean): Config {
  return new ConfigResolver({ cwd, explicit: explicit ?? null, noConfig: noConfig === true }).forDirectory(cwd);
}

const compiledGlobs = new WeakMap<object, Matcher>();
const compiledIgnoreFiles = new WeakMap<IgnoreEntry, Ignore>();

function matcherOf(key: object, patterns: string[]): Matcher {
  let matcher = compiledGlobs.get(key);
  if (matcher === undefined) {
    matcher = picomatch(patterns, { dot: true });
    compiledGlobs.set(key, matcher);
  }
  return matcher;
}

/** `file` relative to `base` with POSIX separators, or null when it is not inside `base`. */
function relativeInside(base: string, file: string): string | null {
  const path = relative(base, resolve(file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return null;
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * `file` (absolute, or relative to process.cwd()) relative to the config's directory with POSIX
 * separators.
 */
export function configRelativePath(config: Config, file: string): string {
  const path = relative(config.dir, resolve(file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * True when the file is dropped by the config's ignore list: `ignore` globs of every applying
 * config and `.seo-auditignore` files, farthest first; the last entry that matches the file
 * decides (a `!` glob re-includes).
 */
export function isIgnored(config: Config, file: string): boolean {
  let ignored = false;
  for (const entry of config.ignore) {
    const path = relativeInside(entry.base, file);
    if (path === null) continue;
    if (entry.kind === 'glob') {
      const negated = entry.pattern.startsWith('!');
      const pattern = negated ? entry.pattern.slice(1) : entry.pattern;
      let matcher = compiledGlobs.get(entry);
      if (matcher === undefined) {
        matcher = picomatch(pattern, { dot: true });
        compiledGlobs.set(entry, matcher);
      }
      if (matcher(path)) ignored = !negated;
    } else {
      const result = compiledIgnoreFiles.get(entry)?.test(path);
      if (result?.ignored) ignored = true;
      else if (result?.unignored) ignored = false;
    }
  }
  return ignored;
}

/** Every registered rule at its default severity and options. */
export function defaultRuleSettings(): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    settings[rule.id] = { severity: rule.defaultSeverity, options: { ...(rule.defaults as Record<string, unknown>) } };
  }
  return settings;
}

function overrideMatches(override: Override, file: string): boolean {
  const path = relativeInside(override.base, file);
  return path !== null && matcherOf(override, override.files)(path);
}

function mdxMatches(mdx: BasedGlobs, file: string): boolean {
  const path = relativeInside(mdx.base, file);
  return path !== null && matcherOf(mdx, mdx.patterns)(path);
}

/**
 * Effective settings for one file. Rules and match: built-in defaults < config < each matching
 * override in order < CLI. Keyword set: config `keywords` < `-k` < matching overrides (the last
 * one with `keywords` wins); front matter keywords outrank all of these and are applied by the
 * pipeline, which can tell from `keywordsSource` what it is replacing.
 */
export function resolveFileSettings(config: Config, file: string, cli: CliSettings = {}): FileSettings {
  const matched: number[] = [];
  config.overrides.forEach((override, index) => {
    if (overrideMatches(override, file)) matched.push(index);
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
  return {
    keywords,
    keywordsSource,
    match,
    rules,
    overrides: matched,
    minCoverage: config.thresholds.minCoverage,
    minScore: config.thresholds.minScore,
    titleAsH1: config.titleAsH1 ?? true,
    mdx: config.mdx === null ? null : mdxMatches(config.mdx, file),
    templates: config.templates ?? 'auto',
    language: config.language ?? 'auto',
    frontMatter: { ...DEFAULT_FRONT_MATTER, ...config.frontMatter },
    site: { ...config.site },
  };
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
