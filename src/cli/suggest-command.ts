/**
 * `seo-audit suggest <path> [others...] [-k FILE]`: candidate keywords from the article.
 * The CLI side only gathers inputs (same expansion and reading as `audit`) and the keyword set
 * that marks phrases already targeted; ranking and rendering belong to src/suggest/.
 */
import { resolve } from 'node:path';
import { chooseKeywordSet, KeywordSetCache, KeywordSetError } from '../pipeline/index.js';
import { configResolver, isIgnored, resolveFileSettings } from '../config/index.js';
import { formatFromPath, parseDocument } from '../document/index.js';
import type { Document } from '../document/model.js';
import { UsageError, refuseEmptyFileOptions } from '../errors.js';
import { collectInputs } from '../io/inputs.js';
import { filePath } from '../io/inputs.js';
import { decodeSource, readSource, readStdin } from '../io/read.js';
import { renderSuggestions, suggestKeywords } from '../suggest/suggest.js';
import { shouldColor } from './color.js';
import type { CliIo } from './io.js';
import { emitText, parseFormat } from './output.js';
import { checkWritable, refuseInputs } from '../io/write.js';

export interface SuggestCliOptions {
  keywords?: string;
  config?: string | false;
  format: string;
  output?: string;
  limit?: string;
  stdinFilename?: string;
  color?: boolean;
}

export async function runSuggestCommand(paths: string[], options: SuggestCliOptions, io: CliIo): Promise<number> {
  refuseEmptyFileOptions(options);
  const format = parseFormat(options.format, ['terminal', 'json']) as 'terminal' | 'json';
  let limit: number | undefined;
  if (options.limit !== undefined) {
    if (!/^\d{1,9}$/.test(options.limit.trim()) || Number(options.limit) < 1) {
      throw new UsageError(`invalid --limit "${options.limit}" — must be a whole number, 1 or more`);
    }
    limit = Number(options.limit);
  }
  if (options.output !== undefined && options.output !== '-') await checkWritable(resolve(io.cwd, options.output), options.output);
  const configs = configResolver({
    cwd: io.cwd,
    explicit: typeof options.config === 'string' ? options.config : null,
    noConfig: options.config === false,
  }, true);

  // The first path is the article; every other file found is the TF-IDF background.
  const targets = await collectInputs([paths[0]!], { cwd: io.cwd, stdinFilename: options.stdinFilename ?? null, formatFromPath });
  if (targets.length !== 1) {
    throw new UsageError(`suggest needs one article as its first path — "${paths[0]}" gives ${targets.length} files`);
  }
  const others = paths.length > 1
    ? await collectInputs(paths.slice(1), {
        cwd: io.cwd,
        stdinFilename: options.stdinFilename ?? null,
        formatFromPath,
        isIgnored: (absolute) => isIgnored(configs.forFile(absolute), absolute),
      })
    : [];
  if (options.output !== undefined && options.output !== '-') {
    const inputPaths = [...targets, ...others].map((input) => input.absolute);
    if (options.keywords) inputPaths.push(resolve(io.cwd, options.keywords));
    refuseInputs(resolve(io.cwd, options.output), options.output, inputPaths);
  }
  const documents: Document[] = [];
  const seen = new Set<string>();
  for (const input of [...targets, ...others]) {
    if (input.error) throw input.error;
    if (seen.has(input.path)) continue;
    seen.add(input.path);
    const source = input.stdin ? decodeSource(await readStdin(io.stdin), input.path) : await readSource(filePath(input), input.path);
    documents.push(parseDocument(source, input.format, input.path));
  }

  const target = documents[0]!;
  const where = targets[0]!.absolute ?? resolve(io.cwd, target.path);
  const settings = resolveFileSettings(configs.forFile(where), where, { keywords: options.keywords ?? null });
  let keywordSet;
  try {
    keywordSet = chooseKeywordSet(target, { keywords: settings.keywords, cwd: io.cwd, keywordSets: new KeywordSetCache() });
  } catch (error) {
    throw error instanceof KeywordSetError ? error.inputError : error;
  }
  const suggestions = suggestKeywords(documents, 0, { keywordSet, ...(limit !== undefined ? { limit } : {}) });
  const color = options.output === undefined && shouldColor(options.color, io.env, io.stdout.isTTY === true);
  await emitText(renderSuggestions(suggestions, format, color), options.output, io);
  return 0;
}
