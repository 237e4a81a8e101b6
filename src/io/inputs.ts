/**
 * Expanding the command line's paths into the list of articles to audit:
 * files, directories (recursed), globs and `-` (stdin). The result is sorted by
 * path (UTF-16 code-unit order, POSIX separators) and de-duplicated, so every
 * run — and every shard — sees the same order.
 */
import { compareStrings } from '../compare.js';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, posix, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { fileErrorReason, InputError, UsageError } from '../errors.js';
import { globHazard } from './glob.js';
import { firstInvalidUtf8, nonRegularKind } from './read.js';
import { isUtf8 } from 'node:buffer';
import { realpathSync } from 'node:fs';
import type { SourceFormat } from '../document/model.js';

export const STDIN_NAME = '<stdin>';

export interface InputFile {
  /** As shown in reports: the path as given (relative stays relative), POSIX separators. */
  path: string;
  /** Absolute path on disk; null for stdin. */
  absolute: string | null;
  format: SourceFormat;
  stdin: boolean;
  /** Set when this input cannot be audited (missing path, glob with no match...). */
  error: InputError | null;
  /**
   * The path's exact bytes when its file name is not valid UTF-8 (a Latin-1 name such as
   * caf\xE9.md): `absolute` and `path` are then only its readable form (invalid bytes shown as
   * \xNN) and the file is read through these bytes (filePath()).
   */
  rawPath?: Uint8Array;
}

/** What to open for an input: its exact bytes when its name is not UTF-8, else its absolute path. */
export function filePath(input: InputFile): string | Buffer {
  if (input.rawPath !== undefined) return Buffer.from(input.rawPath.buffer, input.rawPath.byteOffset, input.rawPath.byteLength);
  return input.absolute!;
}

/** A file name's bytes as text: valid UTF-8 decoded, each invalid byte as \xNN. */
export function readableName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const end = i + firstInvalidUtf8(bytes.subarray(i));
    out += Buffer.from(bytes.subarray(i, end)).toString('utf8');
    if (end < bytes.length) out += `\\x${bytes[end]!.toString(16).toUpperCase().padStart(2, '0')}`;
    i = end + 1;
  }
  return out;
}

export interface CollectOptions {
  cwd: string;
  /** `--stdin-filename`: picks the format and the name shown for `-`. */
  stdinFilename?: string | null;
  /** Maps a path to its format, or null when the extension is not an article's. */
  formatFromPath: (path: string) => SourceFormat | null;
  /** Config `ignore`; receives the absolute path and the display path. */
  isIgnored?: (absolute: string, display: string) => boolean;
}

/** Directory names never descended into (besides dot-directories). */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export function toPosix(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}

/** "./a//b/" → "a/b"; keeps absolute paths absolute and relative ones relative. */
export function displayPath(path: string): string {
  const normalized = posix.normalize(toPosix(path));
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** Code-unit order: the same on every machine and locale. */
export const comparePaths = compareStrings;

export async function collectInputs(args: readonly string[], options: CollectOptions): Promise<InputFile[]> {
  const found: InputFile[] = [];
  let sawStdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (sawStdin) throw new UsageError('"-" given twice — stdin can be read only once');
      sawStdin = true;
      const name = options.stdinFilename ? displayPath(options.stdinFilename) : STDIN_NAME;
      const format = options.stdinFilename ? (options.formatFromPath(options.stdinFilename) ?? 'markdown') : 'markdown';
      found.push({ path: name, absolute: null, format, stdin: true, error: null });
      continue;
    }
    if (arg === '') throw new UsageError('empty path — give a file, a directory, a glob or "-"');
    const absolute = resolve(options.cwd, arg);
    const shown = displayPath(arg);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const before = found.length;
        await walk(absolute, shown, options, found, null);
        // Like a glob that matches nothing: an empty content directory must not pass CI silently.
        if (found.length === before) {
          found.push(errored(shown, absolute, options, new InputError('no files found', 'the directory has no Markdown or HTML file', { file: shown })));
        }
      } else if (nonRegularKind(info) !== null) {
        // A FIFO, device or socket: an errored entry at once, never opened (it could block or never end).
        found.push(errored(shown, absolute, options, new InputError('cannot read file', `not a regular file (${nonRegularKind(info)})`, { file: shown })));
      } else {
        found.push({ path: shown, absolute, format: options.formatFromPath(shown) ?? 'markdown', stdin: false, error: null });
      }
      continue;
    }
    const scan = picomatch.scan(toPosix(arg));
    if (scan.isGlob) {
      const hazard = globHazard(scan.glob);
      if (hazard !== null) throw new UsageError(`unsafe glob "${arg}" — ${hazard}`);
      const before = found.length;
      const base = scan.base === '' ? '.' : scan.base;
      const baseAbsolute = resolve(options.cwd, base);
      const matcher = picomatch(scan.glob, { dot: false });
      const baseInfo = await stat(baseAbsolute).catch(() => null);
      if (baseInfo?.isDirectory()) {
        await walk(baseAbsolute, scan.base === '' ? '' : displayPath(scan.base), options, found, matcher, '');
      }
      if (found.length === before) {
        found.push(errored(shown, absolute, options, new InputError('no files match', 'the glob matched no Markdown or HTML file', { file: shown })));
      }
      continue;
    }
    const why = fileErrorReason(info, {}, () => info.message ?? String(info.code));
    found.push(errored(shown, absolute, options, new InputError('cannot read file', why, { file: shown })));
  }
  return sortAndDeduplicate(found, options);
}

function errored(path: string, absolute: string, options: CollectOptions, error: InputError): InputFile {
  return { path, absolute, format: options.formatFromPath(path) ?? 'markdown', stdin: false, error };
}

/**
 * Recursion over a directory. `matcher` (globs) tests the path relative to the
 * glob's base; without one, every file with an article extension is taken.
 * Symlinked directories are followed once: a directory whose real path is
 * already on the current branch is a loop and is skipped.
 */
async function walk(
  directory: string,
  shown: string,
  options: CollectOptions,
  out: InputFile[],
  matcher: picomatch.Matcher | null,
  relative = '',
  ancestors: Set<string> = new Set(),
): Promise<void> {
  const real = await realpath(directory).catch(() => directory);
  if (ancestors.has(real)) return;
  const branch = new Set(ancestors).add(real);
  let entries;
  try {
    // Names as bytes: a name that is not UTF-8 would otherwise be decoded with U+FFFD and then
    // not be found under that name ("missing").
    entries = (await readdir(directory, { withFileTypes: true, encoding: 'buffer' })).map((entry) => {
      const bytes = entry.name as unknown as Buffer;
      const utf8 = isUtf8(bytes);
      return { entry, name: utf8 ? bytes.toString('utf8') : readableName(bytes), raw: utf8 ? null : bytes };
    });
  } catch (error) {
    const why = fileErrorReason(error, {}, (e) => String((e as NodeJS.ErrnoException).code ?? e));
    out.push(errored(shown, directory, options, new InputError('cannot read directory', why, { file: shown })));
    return;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const { entry, name, raw } of entries) {
    const childAbsolute = join(directory, name);
    const childShown = shown === '' || shown === '.' ? name : `${shown}/${name}`;
    const childRelative = relative === '' ? name : `${relative}/${name}`;
    const rawPath = raw === null ? undefined : Buffer.concat([Buffer.from(directory + sep), raw]);
    if (rawPath !== undefined && entry.isDirectory()) {
      // Directories with non-UTF-8 names are not descended into (their children would need
      // byte paths all the way down); say so rather than drop them silently.
      out.push(errored(childShown, childAbsolute, options, new InputError('cannot read directory', 'its name is not valid UTF-8', { file: childShown })));
      continue;
    }
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(rawPath ?? childAbsolute).catch(() => null);
      if (target === null) {
        // A dangling link named like an article is worth an error; anything else is noise.
        if (options.formatFromPath(name) !== null && (matcher === null || matcher(childRelative))) {
          out.push(errored(childShown, childAbsolute, options, new InputError('cannot read file', 'broken symbolic link', { file: childShown })));
        }
        continue;
      }
      isDirectory = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDirectory) {
      if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue;
      await walk(childAbsolute, childShown, options, out, matcher, childRelative, branch);
    } else if (isFile) {
      const format = options.formatFromPath(name);
      if (format === null) continue;
      if (matcher !== null && !matcher(childRelative)) continue;
      out.push({ path: childShown, absolute: childAbsolute, format, stdin: false, error: null, ...(rawPath === undefined ? {} : { rawPath }) });
    }
  }
}

/**
 * The real path an input is deduplicated by (itself when it cannot be resolved): one realpath(3)
 * call, synchronously (the promise API would do the same call through the thread pool, one file
 * after the other).
 */
function realKey(absolute: string): string {
  try {
    return realpathSync.native(absolute);
  } catch {
    return absolute;
  }
}

async function sortAndDeduplicate(found: InputFile[], options: CollectOptions): Promise<InputFile[]> {
  found.sort((a, b) => comparePaths(a.path, b.path));
  const seen = new Set<string>();
  const out: InputFile[] = [];
  for (const input of found) {
    let key: string;
    if (input.stdin) key = '\0stdin';
    else if (input.error) key = `\0error:${input.path}`;
    else if (input.rawPath !== undefined) key = `\0raw:${Buffer.from(input.rawPath).toString('hex')}`;
    else key = realKey(input.absolute!);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!input.stdin && input.error === null && options.isIgnored?.(input.absolute!, input.path)) continue;
    out.push(input);
  }
  return out;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/5" → { index: 2, count: 5 }; throws a UsageError naming what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim());
  if (!match) throw new UsageError(`invalid --shard "${text}" — expected i/n, e.g. 1/4`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new UsageError(`invalid --shard "${text}" — n must be at least 1`);
  if (index < 1 || index > count) throw new UsageError(`invalid --shard "${text}" — i must be between 1 and ${count}`);
  return { index, count };
}

/** After sorting, input k (0-based) belongs to shard (k mod n) + 1. */
export function selectShard<T>(inputs: readonly T[], shard: Shard): T[] {
  return inputs.filter((_, k) => (k % shard.count) + 1 === shard.index);
}
