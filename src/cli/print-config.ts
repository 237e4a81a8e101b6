/** `seo-audit --print-config FILE`: the effective config for one article, as JSON (README: Command line). */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { configResolver, isIgnored, resolveFileSettings, resolveThresholds } from '../config/index.js';
import type { ConfigSource, Thresholds } from '../config/index.js';
import type { MatchMode } from '../keywords/types.js';

export interface PrintConfigCli {
  keywords: string | null;
  match: MatchMode | null;
  thresholds: Partial<Thresholds>;
  extraKeywords: readonly string[];
}

/** Paths relative to the working directory (POSIX separators) when inside it, else absolute. */
function shown(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return absolute;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function printConfig(file: string, source: ConfigSource, cli: PrintConfigCli): string {
  const absolute = resolve(source.cwd, file);
  const config = configResolver(source, true).forFile(absolute);
  const settings = resolveFileSettings(config, absolute, { keywords: cli.keywords, match: cli.match });
  const thresholds = resolveThresholds(config, cli.thresholds);
  const keywords =
    settings.keywords === null ? null : settings.keywordsSource === 'cli' ? settings.keywords : shown(source.cwd, settings.keywords);
  const effective = {
    file,
    configFiles: config.files,
    ignored: isIgnored(config, absolute),
    keywords,
    keywordsSource: settings.keywordsSource,
    extraKeywords: [...cli.extraKeywords],
    match: settings.match ?? 'forms',
    thresholds: { minCoverage: thresholds.minCoverage, minScore: thresholds.minScore, maxWarnings: thresholds.maxWarnings },
    rules: settings.rules,
    overrides: settings.overrides.map((index) => {
      const override = config.overrides[index]!;
      return { files: override.files, base: shown(source.cwd, override.base) };
    }),
    ignore: config.ignore.map((entry) =>
      entry.kind === 'glob'
        ? { glob: entry.pattern, base: shown(source.cwd, entry.base), from: entry.source }
        : { ignoreFile: entry.file, patterns: entry.patterns },
    ),
    titleAsH1: settings.titleAsH1,
    mdx: settings.mdx,
    templates: settings.templates,
    language: settings.language,
    frontMatter: settings.frontMatter,
    site: {
      contentRoot: settings.site.contentRoot === null ? null : shown(source.cwd, settings.site.contentRoot),
      baseUrl: settings.site.baseUrl,
    },
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}
