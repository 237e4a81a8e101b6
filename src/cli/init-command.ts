/**
 * `seo-audit init [--force]`: a starter config that fits the project in the working directory.
 * It looks at the articles present (formats, folders, front matter fields and formats, languages,
 * drafts, own keywords, generator hints) and writes `seo-audit.config.yaml` with
 * `extends: [seo-audit:recommended]` and what it found as comments, plus, when the articles give
 * any, `keywords/suggested.yaml`: phrases `seo-audit suggest` ranks high across the articles. The
 * config does not point at that set: a site-wide set would flag every article that is about
 * something else, so the first run is about structure, not a wall of keyword errors.
 */
import { lstat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import { collectInputs } from '../io/inputs.js';
import { filePath } from '../io/inputs.js';
import type { InputFile } from '../io/inputs.js';
import { readSource } from '../io/read.js';
import { CONFIG_FILE_NAMES, configFileIn } from '../config/discover.js';
import { DEFAULT_FRONT_MATTER_FIELDS, formatFromPath, loadMdxParser, loadParsers, parseDocument, readFrontMatter } from '../document/index.js';
import type { Document } from '../document/model.js';
import { isLocaleSegment } from '../site/language-tags.js';
import { suggestKeywords } from '../suggest/suggest.js';
import { visibleKey } from '../rules/heading-duplicate.js';
import type { CliIo } from './io.js';

export const STARTER_CONFIG_PATH = 'seo-audit.config.yaml';
export const SUGGESTED_KEYWORDS_PATH = 'keywords/suggested.yaml';
/** Articles whose front matter is read (all of a site, up to this many). */
const SCAN_LIMIT = 20_000;
/** Articles parsed for keyword suggestions (evenly spaced over the sorted list). */
const SUGGEST_SAMPLE = 40;
const SUGGESTED_PHRASES = 12;

interface Survey {
  articles: number;
  formats: Map<string, number>;
  folders: Map<string, number>;
  frontMatterKinds: Map<string, number>;
  fields: Map<string, number>;
  languages: Map<string, number>;
  skipped: Map<string, number>;
  ownKeywords: number;
  /** Markdown articles whose first `# H1` repeats the front-matter title. */
  titleRepeated: number;
  generators: string[];
  titleField: string | null;
  descriptionField: string | null;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** "a (3), b (1)": most frequent first, then by name; at most `max`. */
function counts(map: Map<string, number>, max = 8): string {
  const entries = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shown = entries.slice(0, max).map(([key, n]) => `${key} (${n})`).join(', ');
  return entries.length > max ? `${shown} and ${entries.length - max} more` : shown;
}

/** Generator hints: files and folders site generators leave in a project root. */
function generatorsIn(cwd: string, survey: Pick<Survey, 'folders' | 'formats' | 'frontMatterKinds'>): string[] {
  const found: string[] = [];
  const has = (...names: string[]): boolean => names.some((name) => existsSync(join(cwd, name)));
  if (has('hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'archetypes') || (survey.folders.has('content') && survey.frontMatterKinds.has('toml'))) {
    found.push('Hugo');
  }
  if (has('_config.yml', '_config.yaml', 'Gemfile') || survey.folders.has('_posts')) found.push('Jekyll');
  if (has('docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs') || (survey.folders.has('docs') && survey.formats.has('MDX'))) {
    found.push('Docusaurus');
  }
  if (has('astro.config.mjs', 'astro.config.ts')) found.push('Astro');
  if (has('.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs')) found.push('Eleventy');
  if (has('mkdocs.yml')) found.push('MkDocs');
  return found;
}

async function survey(cwd: string, inputs: readonly InputFile[]): Promise<{ survey: Survey; sources: string[] }> {
  const result: Survey = {
    articles: inputs.length,
    formats: new Map(),
    folders: new Map(),
    frontMatterKinds: new Map(),
    fields: new Map(),
    languages: new Map(),
    skipped: new Map(),
    ownKeywords: 0,
    titleRepeated: 0,
    generators: [],
    titleField: null,
    descriptionField: null,
  };
  const sources: string[] = [];
  for (const input of inputs) {
    bump(result.formats, input.format === 'html' ? 'HTML' : /\.mdx$/i.test(input.path) ? 'MDX' : 'Markdown');
    const segments = input.path.split('/');
    bump(result.folders, segments.length > 1 ? segments[0]! : '.');
    const locale = segments.slice(0, -1).find((segment) => isLocaleSegment(segment));
    let source = '';
    try {
      source = await readSource(filePath(input), input.path);
    } catch {
      // Unreadable: the audit will report it; the survey goes on.
    }
    sources.push(source);
    const front = source === '' ? null : readFrontMatter(source);
    let language: string | null = null;
    if (front !== null) {
      bump(result.frontMatterKinds, front.kind);
      for (const key of Object.keys(front.data ?? {})) bump(result.fields, key);
      if (front.skip !== null) bump(result.skipped, front.skip);
      const data = front.data ?? {};
      if (data['keywords'] !== undefined || data['keyword'] !== undefined) result.ownKeywords++;
      language = front.language;
      const h1 = input.format === 'markdown' ? /^#[ \t]+(.+?)[ \t#]*$/m.exec(source.slice(front.end))?.[1] : undefined;
      if (front.h1 !== null && h1 !== undefined && visibleKey(h1) === visibleKey(front.h1.text)) result.titleRepeated++;
    }
    if (language === null && input.format === 'html') language = /<html[^>]*\blang=["']?([A-Za-z-]+)/i.exec(source)?.[1] ?? null;
    if (language === null && locale !== undefined) language = locale;
    if (language !== null) bump(result.languages, language.toLowerCase());
  }
  result.generators = generatorsIn(cwd, result);
  // A title or description field the defaults do not read, used by most articles with front matter.
  const withFrontMatter = [...result.frontMatterKinds.values()].reduce((a, b) => a + b, 0);
  const unknown = (pattern: RegExp, known: readonly string[]): string | null => {
    let best: [string, number] | null = null;
    for (const [field, n] of result.fields) {
      if (!pattern.test(field) || known.includes(field) || n * 2 < withFrontMatter) continue;
      if (best === null || n > best[1] || (n === best[1] && field < best[0])) best = [field, n];
    }
    return best?.[0] ?? null;
  };
  result.titleField = unknown(/title/i, [...DEFAULT_FRONT_MATTER_FIELDS.title, ...DEFAULT_FRONT_MATTER_FIELDS.h1]);
  result.descriptionField = unknown(/desc/i, DEFAULT_FRONT_MATTER_FIELDS.description);
  return { survey: result, sources };
}

/** Phrases ranked high by `suggest` in the most articles of an evenly spaced sample. */
async function suggestedPhrases(inputs: readonly InputFile[], sources: readonly string[]): Promise<{ phrases: string[]; language: string; sampled: number }> {
  const picks: number[] = [];
  const step = Math.max(1, inputs.length / SUGGEST_SAMPLE);
  for (let at = 0; at < inputs.length && picks.length < SUGGEST_SAMPLE; at += step) picks.push(Math.floor(at));
  const documents: Document[] = [];
  for (const index of picks) {
    const input = inputs[index]!;
    const source = sources[index]!;
    if (source === '') continue;
    try {
      await loadParsers([input.format]);
      if (/\.mdx$/i.test(input.path)) await loadMdxParser();
      const document = parseDocument(source, input.format, input.path, { mdx: /\.mdx$/i.test(input.path) });
      if (document.skip === null && document.wordCount > 0) documents.push(document);
    } catch {
      // An article that does not parse gives no suggestions.
    }
  }
  const votes = new Map<string, { articles: number; score: number }>();
  const languages = new Map<string, number>();
  documents.forEach((document, index) => {
    bump(languages, document.language ?? 'en');
    for (const suggestion of suggestKeywords(documents, index, { limit: 5 })) {
      const vote = votes.get(suggestion.phrase) ?? { articles: 0, score: 0 };
      vote.articles++;
      vote.score += suggestion.score;
      votes.set(suggestion.phrase, vote);
    }
  });
  const ranked = [...votes]
    .sort((a, b) => b[1].articles - a[1].articles || b[1].score - a[1].score || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([phrase]) => phrase);
  // Longer phrases first, so "night leg" and "leg" give way to "night leg cramps" whatever their rank.
  const byLength = [...ranked].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const dropped = new Set<string>();
  for (const phrase of byLength) {
    if (dropped.has(phrase)) continue;
    for (const other of ranked) if (other !== phrase && ` ${phrase} `.includes(` ${other} `)) dropped.add(other);
  }
  const phrases = ranked.filter((phrase) => !dropped.has(phrase)).slice(0, SUGGESTED_PHRASES);
  const language = [...languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'en';
  return { phrases, language: language.split('-')[0]!, sampled: documents.length };
}

function yamlString(text: string): string {
  return /^[a-z0-9][a-z0-9 '-]*$/i.test(text) && !/^(yes|no|true|false|null|on|off|~)$/i.test(text) ? text : JSON.stringify(text);
}

function configText(found: Survey, suggested: { phrases: string[]; sampled: number }): string {
  const lines: string[] = [
    '# seo-audit configuration, written by `seo-audit init` for this project.',
    '# Each article uses the configs from its own directory upward; see `seo-audit --help`,',
    '# `seo-audit rules` and `seo-audit --print-config <article>`.',
    '#',
    '# What init found:',
  ];
  if (found.articles === 0) lines.push('#   no articles (.md .markdown .mdx .html .htm) under this directory yet.');
  else {
    lines.push(`#   ${found.articles} article${found.articles === 1 ? '' : 's'}: ${counts(found.formats)}`);
    lines.push(`#   folders: ${counts(found.folders)}`);
    const withFrontMatter = [...found.frontMatterKinds.values()].reduce((a, b) => a + b, 0);
    lines.push(withFrontMatter === 0 ? '#   no front matter' : `#   front matter in ${withFrontMatter}: ${counts(found.frontMatterKinds)}; fields: ${counts(found.fields, 12)}`);
    lines.push(found.languages.size === 0 ? '#   languages: none named (each article is detected; `language:` below sets one)' : `#   languages named: ${counts(found.languages)}`);
    if (found.skipped.size > 0) lines.push(`#   skipped by default (drafts, partials, redirects, noindex): ${counts(found.skipped)}; --include-drafts audits them`);
    if (found.generators.length > 0) lines.push(`#   site generator: ${found.generators.join(', ')}`);
    lines.push(
      found.ownKeywords > 0
        ? `#   ${found.ownKeywords} article${found.ownKeywords === 1 ? ' names its' : 's name their'} own keywords in front matter (keywords:/keyword:); they are audited against them`
        : '#   no article names keywords in front matter (keywords: [...], keyword: primary)',
    );
  }
  lines.push('', 'extends: [seo-audit:recommended]');
  if (found.titleRepeated > 0) {
    lines.push(
      '',
      `# ${found.titleRepeated} article${found.titleRepeated === 1 ? ' repeats its' : 's repeat their'} front-matter title as the first "# " heading. seo-audit takes the`,
      "# front-matter title as the page's H1 (the layout prints it), so that heading is a second H1.",
      '# If the layout does not print the title, say so:',
      '# titleAsH1: false',
    );
  }
  if (found.generators.includes('Docusaurus') || found.generators.includes('MkDocs')) {
    lines.push('# A documentation site: `extends: [seo-audit:recommended, seo-audit:docs]` turns the keyword rules off.');
  }
  lines.push(
    '',
    '# Keywords. No site-wide keyword set yet: one set for every article flags each article that is',
    '# about something else. Name keywords per article in front matter (keywords: [...]), or give a',
    '# folder its own set with `overrides` (or a .seo-auditrc.yaml in that folder).',
  );
  if (suggested.phrases.length > 0) {
    lines.push(
      `# ${SUGGESTED_KEYWORDS_PATH} lists phrases that \`seo-audit suggest\` ranks high across ${suggested.sampled} of the articles;`,
      '# edit it, then point `keywords` (or an override) at it:',
      `# keywords: ${SUGGESTED_KEYWORDS_PATH}`,
    );
  } else {
    lines.push('# keywords: keywords/my-topic.yaml');
  }
  lines.push(
    '# overrides:',
    '#   - files: ["blog/running/**"]',
    '#     keywords: keywords/running.yaml',
    '',
    '# A CI gate, once the first runs look right (a file fails below these):',
    '# thresholds: { minCoverage: 0.8, minScore: 70 }',
    '',
    '# Rule severities: error | warning | info | off, or [severity, { options }].',
    '# rules:',
    '#   readability: off',
  );
  const frontMatter: string[] = [];
  if (found.titleField !== null) frontMatter.push(`  title: [${[found.titleField, ...DEFAULT_FRONT_MATTER_FIELDS.title].map(yamlString).join(', ')}]`);
  if (found.descriptionField !== null) {
    frontMatter.push(`  description: [${[found.descriptionField, ...DEFAULT_FRONT_MATTER_FIELDS.description].map(yamlString).join(', ')}]`);
  }
  if (frontMatter.length > 0) lines.push('', '# Front-matter fields this project uses for the page title and meta description:', 'frontMatter:', ...frontMatter);
  // Hugo, Astro and many static sites keep every page under content/, and their URLs start below it.
  if (found.articles > 0 && found.folders.size === 1 && found.folders.has('content')) {
    lines.push('', '# Every article is under content/: URLs (and internal links) start below it.', 'site:', '  contentRoot: content', '  # baseUrl: https://example.com');
  }
  if (found.skipped.has('draft')) lines.push('', '# Drafts are skipped; to keep them out of the file list altogether:', '# ignore: ["**/drafts/**"]');
  return lines.join('\n') + '\n';
}

function keywordsText(suggested: { phrases: string[]; language: string; sampled: number }): string {
  return [
    '# Suggested keywords (written by `seo-audit init`): phrases that `seo-audit suggest` ranks high',
    `# across ${suggested.sampled} of this project's articles. Nothing uses this file until a config's`,
    '# `keywords` (or an override) names it. Keep what the articles should rank for; the first',
    '# keyword is the primary one unless `primary:` names another.',
    'name: suggested',
    `language: ${suggested.language}`,
    'keywords:',
    ...suggested.phrases.map((phrase) => `  - ${yamlString(phrase)}`),
    '',
  ].join('\n');
}

export async function runInitCommand(options: { force?: boolean }, io: CliIo): Promise<number> {
  // Never a second config beside an existing one (which would silently shadow or be shadowed by it).
  const existing = configFileIn(io.cwd);
  if (existing !== null) {
    const name = basename(existing);
    if (name !== STARTER_CONFIG_PATH || !options.force) {
      throw new UsageError(
        name === STARTER_CONFIG_PATH
          ? `${name} already exists — not overwritten; edit it, or use --force to replace it`
          : `${name} already configures seo-audit here — init writes no second config; edit ${name} instead`,
      );
    }
  }
  for (const name of CONFIG_FILE_NAMES) {
    if (name === 'package.json' || name === STARTER_CONFIG_PATH) continue;
    if (existsSync(join(io.cwd, name))) throw new UsageError(`${name} already configures seo-audit here — init writes no second config; edit ${name} instead`);
  }
  const suggestedExists = await lstat(join(io.cwd, SUGGESTED_KEYWORDS_PATH)).then(
    () => true,
    () => false,
  );
  if (suggestedExists && !options.force) throw new UsageError(`${SUGGESTED_KEYWORDS_PATH} already exists — not overwritten; use --force to replace it`);

  let inputs: InputFile[] = [];
  try {
    inputs = (await collectInputs(['.'], { cwd: io.cwd, formatFromPath })).filter((input) => input.error === null && input.absolute !== null);
  } catch {
    inputs = [];
  }
  inputs = inputs.slice(0, SCAN_LIMIT);
  const { survey: found, sources } = await survey(io.cwd, inputs);
  const suggested = await suggestedPhrases(inputs, sources);

  const files: [string, string][] = [[STARTER_CONFIG_PATH, configText(found, suggested)]];
  if (suggested.phrases.length > 0) files.push([SUGGESTED_KEYWORDS_PATH, keywordsText(suggested)]);
  for (const [name, text] of files) {
    const target = join(io.cwd, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text, name);
    io.stdout.write(`wrote ${name}\n`);
  }
  io.stdout.write(
    found.articles === 0
      ? 'no articles found here yet; next: add some, then run `seo-audit .`\n'
      : `found ${found.articles} article${found.articles === 1 ? '' : 's'}; next: run \`seo-audit .\` (the config's comments say what init found)\n`,
  );
  return 0;
}
