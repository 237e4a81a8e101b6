/**
 * `--cache` / `--cache-location` (SPEC §2, README: Caching): per-file results reused when nothing
 * that decides them changed. An entry is keyed by a SHA-256 over
 * - the file's bytes, its path as shown, its format and the working directory;
 * - its effective settings (every rule's severity and options, match mode, language, parsing
 *   keys, site settings: everything resolveFileSettings gives for that file);
 * - the bytes of the keyword set file those settings name, and the `--keyword` phrases;
 * - the command-line thresholds, `--include-drafts` and whether the HTML article view is kept;
 * - the tool identity: version plus the build id (a hash of the bundled code and of the
 *   installed versions of the runtime dependencies, which carry the language data), so a cache
 *   written by another build is discarded whole.
 * One thing a result depends on lies outside all of these: whether an internal link's target
 * exists on disk (link-broken). Those checks are re-run on every reuse.
 *
 * Cross-file rules are not cached: they run on every file's summary, cached or fresh, each run.
 * The cache is one JSON file, written atomically (temp file + rename) at the end of a run. An
 * unreadable or corrupt one is reported once on stderr and rebuilt.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import { auditInOrder } from '../pipeline/run.js';
import type { Deliver } from '../pipeline/run.js';
import type { RunOptions } from '../pipeline/audit-file.js';
import { configResolver, resolveFileSettings } from '../config/resolve.js';
import type { InputFile } from '../io/inputs.js';
import type { FileReport } from '../report/types.js';
import { siteSettings } from '../site/settings.js';
import { routeExistsOnDisk } from '../site/summary.js';
import { toolVersion } from '../cli/version.js';

/** Bumped when the entry layout or the key recipe changes. */
const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/seo-audit';
export const CACHE_FILE_NAME = 'cache.json';
/** Files at least this large are hashed as a stream instead of read whole. */
const STREAM_HASH_BYTES = 8 * 1024 * 1024;

interface Entry {
  /** The entry key (hex SHA-256). */
  key: string;
  /** Indices into report.site.links whose `exists` comes from the file system (re-checked on reuse). */
  checks: number[];
  /** The FileReport as JSON (serialised when stored, so later steps such as --baseline cannot change it). */
  report: string;
}

let buildIdValue: string | null = null;

/**
 * The build id written by scripts/bundle.mjs next to the bundle; "unbundled" when the code runs
 * from dist/ or src/ directly (library use, tests importing modules), where the version alone
 * has to do.
 */
export function buildId(): string {
  if (buildIdValue === null) {
    try {
      buildIdValue = readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim() || 'unbundled';
    } catch {
      buildIdValue = 'unbundled';
    }
  }
  return buildIdValue;
}

/** What a cache file must have been written by to be used. */
export function toolIdentity(): string {
  return `${toolVersion()}+${buildId()}`;
}

/**
 * The cache file for a `--cache-location` value (relative to cwd): a path ending in `.json`, or
 * an existing regular file, is the file itself; anything else is a directory holding cache.json.
 */
export async function cacheFileFor(location: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, location);
  const info = await stat(absolute).catch(() => null);
  if (info !== null && !info.isFile() && !info.isDirectory()) {
    throw new UsageError(`invalid --cache-location "${location}" — not a regular file or directory`);
  }
  if (info?.isDirectory() || (info === null && !/\.json$/i.test(location))) {
    const file = join(absolute, CACHE_FILE_NAME);
    const inner = await stat(file).catch(() => null);
    if (inner !== null && !inner.isFile()) throw new UsageError(`invalid --cache-location "${location}" — ${CACHE_FILE_NAME} in it is not a regular file`);
    return file;
  }
  return absolute;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function hashFile(absolute: string): Promise<string | null> {
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return null;
    if (info.size < STREAM_HASH_BYTES) return sha256(await readFile(absolute));
    const hash = createHash('sha256');
    await new Promise<void>((done, fail) => {
      createReadStream(absolute)
        .on('data', (chunk) => hash.update(chunk))
        .on('end', () => done())
        .on('error', fail);
    });
    return hash.digest('hex');
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is { key: string; checks: number[]; report: object } {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['key'] === 'string' &&
    Array.isArray(entry['checks']) &&
    entry['checks'].every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    typeof entry['report'] === 'object' &&
    entry['report'] !== null
  );
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  /** Absolute paths audited or reused in this run (the others are kept when their file still exists). */
  private readonly seen = new Set<string>();
  private readonly keywordHashes = new Map<string, string>();
  hits = 0;
  misses = 0;
  /** False while the file on disk already says everything the entries say (nothing to write). */
  private dirty = true;

  private constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    /** As the user wrote it (for messages). */
    readonly shown: string,
  ) {}

  /**
   * Reads the cache file. A missing file or one written by another build starts empty; a corrupt
   * one starts empty too, after one warning line through `warn`.
   */
  static async open(file: string, shown: string, warn: (line: string) => void): Promise<ResultCache> {
    const cache = new ResultCache(file, shown);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') warn(`seo-audit: cache ${shown} cannot be read — rebuilding it (${(error as Error).message})`);
      return cache;
    }
    const problem = cache.load(text);
    cache.dirty = problem !== null || cache.entries.size === 0;
    if (problem !== null) warn(`seo-audit: cache ${shown} is corrupt — rebuilding it (${problem})`);
    return cache;
  }

  /** Fills the entries from the file's text; returns what is wrong with it, or null. */
  private load(text: string): string | null {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return `not JSON: ${(error as Error).message}`;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
    const root = data as Record<string, unknown>;
    if (root['seoAuditCache'] !== CACHE_FORMAT) {
      return typeof root['seoAuditCache'] === 'number' ? null : 'no "seoAuditCache" format number';
    }
    // Written by another version or build: its results may differ, so none is used (not an error).
    if (root['tool'] !== toolIdentity()) {
      this.dirty = true;
      return null;
    }
    const entries = root['entries'];
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return '"entries" is not an object';
    for (const [path, value] of Object.entries(entries)) {
      if (!isEntry(value)) {
        this.entries.clear();
        return `entry ${JSON.stringify(path)} is malformed`;
      }
      this.entries.set(path, { key: value.key, checks: value.checks, report: JSON.stringify(value.report) });
    }
    return null;
  }

  private keywordFileHash(file: string | null, cwd: string): string {
    if (file === null) return '';
    const absolute = resolve(cwd, file);
    let hash = this.keywordHashes.get(absolute);
    if (hash === undefined) {
      try {
        hash = sha256(readFileSync(absolute));
      } catch {
        // Unreadable: the audit reports it (exit 2); nothing is stored under this key.
        hash = 'unreadable';
      }
      this.keywordHashes.set(absolute, hash);
    }
    return hash;
  }

  /** The entry key of one input, or null when it is never cached (stdin, already errored, unreadable). */
  async keyFor(input: InputFile, options: RunOptions, resolver: ReturnType<typeof configResolver>): Promise<string | null> {
    // A non-UTF-8 name (rawPath) is never cached: its readable `absolute` is not a path on disk.
    if (input.stdin || input.error !== null || input.absolute === null || input.rawPath !== undefined) return null;
    const content = await hashFile(input.absolute);
    if (content === null) return null;
    const settings = resolveFileSettings(resolver.forFile(input.absolute), input.absolute, options.cli);
    const { overrides: _overrides, keywordsSource: _source, ...effective } = settings;
    return sha256(
      JSON.stringify([
        CACHE_FORMAT,
        toolIdentity(),
        input.path,
        input.format,
        options.cwd,
        content,
        effective,
        this.keywordFileHash(settings.keywords, options.cwd),
        options.extraKeywords,
        options.minCoverage,
        options.minScore,
        options.includeDrafts === true,
        options.articleView === true,
      ]),
    );
  }

  /** The cached report for this input and key, with its link checks re-run; null on a miss. */
  lookup(input: InputFile, key: string, cwd: string): FileReport | null {
    const entry = this.entries.get(input.absolute!);
    if (entry === undefined || entry.key !== key) return null;
    const report = JSON.parse(entry.report) as FileReport;
    if (report.path !== input.path || (report.status !== 'passed' && report.status !== 'failed' && report.status !== 'skipped')) return null;
    const links = report.site?.links;
    if (entry.checks.length > 0) {
      if (links === undefined) return null;
      const root = this.siteRoot(report, cwd);
      for (const index of entry.checks) {
        const link = links[index];
        if (link === undefined) return null;
        link.exists = link.routes.some((route) => routeExistsOnDisk(root, route));
      }
    }
    return report;
  }

  private readonly roots = new Map<string, string>();
  private rootFor: ((path: string) => string) | null = null;

  /** Sets how a report's site root is found (from the file's settings). */
  useSiteRoots(rootOf: (absolute: string) => string): void {
    this.rootFor = rootOf;
  }

  private siteRoot(report: FileReport, cwd: string): string {
    const absolute = resolve(cwd, report.path);
    let root = this.roots.get(absolute);
    if (root === undefined) {
      root = this.rootFor?.(absolute) ?? cwd;
      this.roots.set(absolute, root);
    }
    return root;
  }

  /** Keeps a fresh report (errored ones never: a timeout or a read error is not a result). */
  store(input: InputFile, key: string, report: FileReport, cwd: string): void {
    if (report.status === 'error' || input.absolute === null) return;
    const checks: number[] = [];
    const links = report.site?.links ?? [];
    if (links.length > 0) {
      const root = this.siteRoot(report, cwd);
      links.forEach((link, index) => {
        // A link marked existing that the disk does not explain is the page's own `#anchor`: fixed, not checked.
        const onDisk = link.routes.some((route) => routeExistsOnDisk(root, route));
        if (!(link.exists && !onDisk)) checks.push(index);
      });
    }
    this.entries.set(input.absolute, { key, checks, report: JSON.stringify(report) });
    this.dirty = true;
  }

  markSeen(absolute: string): void {
    this.seen.add(absolute);
  }

  /** The cache file's text: entries sorted by path, so the same results give the same bytes. */
  async text(): Promise<string> {
    const paths = [...this.entries.keys()].sort();
    const kept: string[] = [];
    for (const path of paths) {
      // An entry of a file not in this run stays while its file exists (another run may use it).
      if (!this.seen.has(path) && (await stat(path).catch(() => null)) === null) {
        this.dirty = true;
        continue;
      }
      const entry = this.entries.get(path)!;
      kept.push(`${JSON.stringify(path)}:{"key":${JSON.stringify(entry.key)},"checks":${JSON.stringify(entry.checks)},"report":${entry.report}}`);
    }
    return `{"seoAuditCache":${CACHE_FORMAT},"tool":${JSON.stringify(toolIdentity())},"entries":{\n${kept.join(',\n')}\n}}\n`;
  }

  /** Writes the cache atomically; a failure is one warning line, never a failed run. */
  async save(warn: (line: string) => void): Promise<void> {
    try {
      const text = await this.text();
      // Every file reused and none gone: the file on disk is already this text.
      if (!this.dirty) return;
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, text, this.shown);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warn(`seo-audit: cache ${this.shown} was not written — ${why}`);
    }
  }
}

/**
 * auditInOrder with the cache in front: inputs whose entry matches are delivered from the cache,
 * the others are audited (in the usual strategies) and stored. Delivery stays in input order.
 */
export async function auditWithCache(inputs: readonly InputFile[], options: RunOptions, cache: ResultCache, deliver: Deliver): Promise<void> {
  const resolver = configResolver(options.config);
  cache.useSiteRoots((absolute) => {
    const settings = resolveFileSettings(resolver.forFile(absolute), absolute, options.cli);
    return siteSettings(settings.site, options.cwd).root;
  });
  const keys: (string | null)[] = new Array(inputs.length).fill(null);
  const hits: (FileReport | null)[] = new Array(inputs.length).fill(null);
  const BATCH = 32;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    const batchKeys = await Promise.all(batch.map((input) => cache.keyFor(input, options, resolver)));
    batchKeys.forEach((key, offset) => {
      const index = start + offset;
      const input = inputs[index]!;
      keys[index] = key;
      if (key !== null) {
        cache.markSeen(input.absolute!);
        hits[index] = cache.lookup(input, key, options.cwd);
      }
    });
  }
  const missIndex: number[] = [];
  hits.forEach((hit, index) => {
    if (hit === null) missIndex.push(index);
  });
  cache.hits = inputs.length - missIndex.length;
  cache.misses = missIndex.length;
  let next = 0;
  let done = 0;
  const progress = options.onProgress;
  const deliverHitsBefore = async (limit: number): Promise<void> => {
    while (next < limit) {
      const hit = hits[next];
      if (hit !== null && hit !== undefined) {
        await deliver(hit, inputs[next]!, next);
        progress?.(++done, inputs.length, inputs[next]!.path);
      }
      next++;
    }
  };
  const missInputs = missIndex.map((index) => inputs[index]!);
  await auditInOrder(missInputs, { ...options, onProgress: undefined }, async (report, input, j) => {
    const index = missIndex[j]!;
    await deliverHitsBefore(index);
    const key = keys[index];
    if (key !== null && key !== undefined) cache.store(input, key, report, options.cwd);
    await deliver(report, input, index);
    progress?.(++done, inputs.length, input.path);
    next = index + 1;
  });
  await deliverHitsBefore(inputs.length);
}
