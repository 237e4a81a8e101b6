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
 *
 * The file (format 2) is one JSON array, so `jq` can read it, laid out so that a run never parses
 * more of it than it uses:
 *
 *     [{"seoAuditCache":2,"tool":"…","index":[[path, key, s, m, e, r, crcHead, crcReport, checks], …]},
 *     [S,M,E,R],
 *     [S,M,E,R]
 *     ]
 *
 * The first line is the header: the tool identity and an index with, per entry, the byte lengths
 * of its record's four parts (the records follow in index order, separated by ",\n"), two CRC-32s
 * and the link checks (`[linkIndex, 0|1, route…]`: what the record says about a link target on
 * disk, and the routes to look for, so a lookup reads no record). A record holds what a hit
 * needs, already made:
 * - S: the totals' inputs (status, coverage, score, finding severities) and the FileSummary the
 *   cross-file rules read, without its prominent phrases,
 * - M: those phrases (`site.mentions`) as JSON text, handed on unparsed,
 * - E: the file's entry of the JSON report exactly as `--format json` prints it (rendered,
 *   schema-ordered and escaped when stored), copied as bytes,
 * - R: the whole FileReport as JSON, read only by the other formats, `--quiet`, `--baseline` and
 *   `--changed-since`, which render from the report.
 * `crcHead` covers the record's bytes up to the end of E ("[S,M,E"), `crcReport` covers R: a
 * record whose bytes do not match is not used (one warning; that file is audited again). A header
 * that does not parse, or a file whose size is not the one the index adds up to (truncated, or
 * bytes appended), is corrupt as a whole: one warning line and a cold audit.
 *
 * Only the header is read up front; records are read (pread) one at a time when delivered, so
 * memory holds the index (a few hundred bytes an entry), not the results. New records go to a
 * spill file until the end of the run, when the cache is written atomically (temp file + rename)
 * from the old file's records and the spill, in path order. A concurrent run keeps reading the
 * file it opened (a rename does not change an open file), and the last rename wins.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import { auditInOrder } from '../pipeline/run.js';
import type { RunOptions } from '../pipeline/audit-file.js';
import type { PreparedFile } from '../pipeline/collect.js';
import { Spill } from '../pipeline/spill.js';
import type { Span } from '../pipeline/spill.js';
import { configResolver, resolveFileSettings } from '../config/resolve.js';
import type { InputFile } from '../io/inputs.js';
import type { FileReport } from '../report/types.js';
import { fileEntryText } from '../report/json.js';
import { escapeJsonText } from '../report/stream.js';
import { fileSummary } from '../rules/types.js';
import type { FileSummary } from '../rules/types.js';
import { siteSettings } from '../site/settings.js';
import { routeExistsOnDisk } from '../site/summary.js';
import { toolVersion } from '../cli/version.js';

/** Bumped when the file layout, a record's parts or the key recipe change. */
const CACHE_FORMAT = 2;
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/seo-audit';
export const CACHE_FILE_NAME = 'cache.json';
/** Files at least this large are hashed as a stream instead of read whole. */
const STREAM_HASH_BYTES = 8 * 1024 * 1024;
/** Bytes gathered before a write when the cache file is written. */
const WRITE_CHUNK_BYTES = 1 << 20;

/** One entry of the index: where its record is and what it says about link targets. */
interface IndexEntry {
  key: string;
  /** The record is in the cache file read at the start (`file`) or in this run's spill. */
  from: 'file' | 'spill';
  /** Byte offset of the record in its source. */
  offset: number;
  /** Byte lengths of S, M, E and R. */
  parts: [number, number, number, number];
  crcHead: number;
  crcReport: number;
  /** The links of report.site.links whose `exists` comes from the file system (re-checked on reuse). */
  checks: LinkCheck[];
  /** What the record says for each of `checks` ("0"/"1" each). */
  exists: string;
}

interface LinkCheck {
  /** Index into report.site.links. */
  index: number;
  /** The link's routes (it exists when one of them is a file). */
  routes: string[];
}

/** S: what the run totals, the stderr lines and the cross-file rules read of a cached file. */
interface Head {
  status: 'passed' | 'failed' | 'skipped';
  coverage: number | null;
  score: number;
  severities: string[];
  summary: FileSummary;
}

/** Where a run's results go (RunCollector): a report, or a prepared cached file when it takes those. */
export interface CacheSink {
  /** True when `addPrepared` gives the same result as `add` (json format, not quiet, no baseline). */
  readonly acceptsPrepared: boolean;
  /** `jsonEntry`: fileEntryText(file, false), already rendered (the collector may use it). */
  add(file: FileReport, input: InputFile, jsonEntry?: string): void;
  addPrepared(file: PreparedFile, input: InputFile): void;
}

/** A cache entry that matched its input's key, with its link checks re-run. */
export interface CacheHit {
  path: string;
  entry: IndexEntry;
  /** The checks' results now ("0"/"1" each). */
  exists: string;
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
    // Small files (nearly every article) are stat'ed and read synchronously: two system calls
    // instead of five round trips through the thread pool each.
    const info = statSync(absolute);
    if (!info.isFile()) return null;
    if (info.size < STREAM_HASH_BYTES) return sha256(readFileSync(absolute));
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

const isLength = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isCrc = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0xffffffff;

/** An index item of the header, or null when it is not one. Routes are shared through `strings`. */
function indexItem(value: unknown, strings: Map<string, string>): { path: string; entry: Omit<IndexEntry, 'from' | 'offset'> } | null {
  if (!Array.isArray(value) || value.length !== 9) return null;
  const [path, key, s, m, e, r, crcHead, crcReport, checks] = value as unknown[];
  if (typeof path !== 'string' || typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) return null;
  if (!isLength(s) || !isLength(m) || !isLength(e) || !isLength(r) || !isCrc(crcHead) || !isCrc(crcReport) || !Array.isArray(checks)) return null;
  const out: LinkCheck[] = [];
  let exists = '';
  for (const check of checks as unknown[]) {
    if (!Array.isArray(check) || check.length < 2 || !isLength(check[0]) || (check[1] !== 0 && check[1] !== 1)) return null;
    const routes = check.slice(2) as unknown[];
    if (!routes.every((route) => typeof route === 'string')) return null;
    out.push({ index: check[0], routes: (routes as string[]).map((route) => strings.get(route) ?? (strings.set(route, route), route)) });
    exists += check[1] === 1 ? '1' : '0';
  }
  return { path, entry: { key, parts: [s, m, e, r], crcHead, crcReport, checks: out, exists } };
}

/** Bytes of a record: "[S,M,E,R]". */
const recordLength = (parts: readonly number[]): number => parts[0]! + parts[1]! + parts[2]! + parts[3]! + 5;
/** Bytes of a record's head: "[S,M,E" (what a prepared hit reads). */
const headLength = (parts: readonly number[]): number => parts[0]! + parts[1]! + parts[2]! + 3;

export class ResultCache {
  private readonly entries = new Map<string, IndexEntry>();
  /** Absolute paths audited or reused in this run (the others are kept when their file still exists). */
  private readonly seen = new Set<string>();
  private readonly keywordHashes = new Map<string, string>();
  /** The cache file as opened at the start (its records are read from here), or null. */
  private fd: number | null = null;
  /** This run's new records. */
  private spill: Spill | null = null;
  hits = 0;
  misses = 0;
  /** False while the file on disk already says everything the entries say (nothing to write). */
  private dirty = true;
  private warn: (line: string) => void = () => undefined;
  private warnedRecord = false;

  private constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    /** As the user wrote it (for messages). */
    readonly shown: string,
  ) {}

  /**
   * Opens the cache file and reads its index. A missing file or one written by another format,
   * version or build starts empty; a corrupt one starts empty too, after one warning line
   * through `warn`.
   */
  static async open(file: string, shown: string, warn: (line: string) => void): Promise<ResultCache> {
    const cache = new ResultCache(file, shown);
    cache.warn = warn;
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') warn(`seo-audit: cache ${shown} cannot be read — rebuilding it (${(error as Error).message})`);
      return cache;
    }
    let problem: string | null;
    try {
      problem = cache.load(fd);
    } catch (error) {
      problem = `cannot be read: ${(error as Error).message}`;
    }
    if (problem !== null || cache.entries.size === 0) {
      cache.entries.clear();
      closeSync(fd);
    } else {
      cache.fd = fd;
    }
    cache.dirty = problem !== null || cache.entries.size === 0 || cache.dirty;
    if (problem !== null) warn(`seo-audit: cache ${shown} is corrupt — rebuilding it (${problem})`);
    return cache;
  }

  /** Reads the header and fills the index; returns what is wrong with the file, or null. */
  private load(fd: number): string | null {
    const size = fstatSync(fd).size;
    if (size === 0) return 'the file is empty';
    // The header is the first line; it holds no raw newline (JSON text).
    const parts: Buffer[] = [];
    let position = 0;
    let lineEnd = -1;
    const chunk = Buffer.allocUnsafe(1 << 16);
    while (lineEnd === -1 && position < size) {
      const n = readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      // Written in another format (format 1 was one JSON object, on one line): not an error, it is replaced.
      const older = position === 0 ? /^\{"seoAuditCache":(\d+)[,}]/.exec(chunk.toString('latin1', 0, Math.min(n, 40))) : null;
      if (older !== null && Number(older[1]) !== CACHE_FORMAT) return null;
      const at = chunk.subarray(0, n).indexOf(10);
      parts.push(Buffer.from(chunk.subarray(0, at === -1 ? n : at)));
      if (at !== -1) lineEnd = position + at;
      position += n;
    }
    if (lineEnd === -1) return 'no header line';
    const line = Buffer.concat(parts).toString('utf8');
    if (!line.startsWith('[')) return 'not a seo-audit cache file';
    let header: unknown;
    try {
      header = JSON.parse(line.slice(1, line.endsWith(',') ? -1 : undefined));
    } catch (error) {
      return `header is not JSON: ${(error as Error).message}`;
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return 'header is not a JSON object';
    const root = header as Record<string, unknown>;
    if (typeof root['seoAuditCache'] !== 'number') return 'no "seoAuditCache" format number';
    if (root['seoAuditCache'] !== CACHE_FORMAT) return null;
    // Written by another version or build: its results may differ, so none is used (not an error).
    if (root['tool'] !== toolIdentity()) return null;
    const index = root['index'];
    if (!Array.isArray(index)) return '"index" is not an array';
    // Records follow the header line, each but the last followed by ",\n", then "\n]\n".
    let offset = lineEnd + 1;
    const strings = new Map<string, string>();
    for (let i = 0; i < index.length; i++) {
      const item = indexItem(index[i], strings);
      if (item === null || this.entries.has(item.path)) return `index entry ${i + 1} is malformed`;
      this.entries.set(item.path, { ...item.entry, from: 'file', offset });
      offset += recordLength(item.entry.parts) + (i < index.length - 1 ? 2 : 1);
    }
    if (line.endsWith(',') !== index.length > 0) return 'header line does not end as its index says';
    const expected = offset + 2; // "]\n"
    if (size !== expected) return `${size} bytes where the index adds up to ${expected}: truncated or appended to`;
    this.dirty = false;
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

  /** The entry for this input and key, with its link checks re-run now; null on a miss. */
  lookup(input: InputFile, key: string, cwd: string): CacheHit | null {
    const entry = this.entries.get(input.absolute!);
    if (entry === undefined || entry.key !== key) return null;
    let exists = '';
    if (entry.checks.length > 0) {
      const root = this.siteRoot(resolve(cwd, input.path), cwd);
      for (const check of entry.checks) exists += check.routes.some((route) => routeExistsOnDisk(root, route)) ? '1' : '0';
    }
    return { path: input.path, entry, exists };
  }

  /** A hit as a PreparedFile, or null when its record is damaged (warned once; audit the file). */
  readPrepared(hit: CacheHit): PreparedFile | null {
    const { entry } = hit;
    const [s, m, e] = entry.parts;
    const bytes = this.read(entry, 0, headLength(entry.parts));
    if (bytes === null || crc32(bytes) !== entry.crcHead || bytes[0] !== 0x5b || bytes[s + 1] !== 0x2c || bytes[s + m + 2] !== 0x2c) {
      return this.damaged(hit.path);
    }
    let head: Head;
    try {
      head = JSON.parse(bytes.toString('utf8', 1, s + 1)) as Head;
    } catch {
      return this.damaged(hit.path);
    }
    if (head.summary?.path !== hit.path) return this.damaged(hit.path);
    return {
      head: {
        path: hit.path,
        status: head.status,
        coverage: head.coverage === null ? null : ({ ratio: head.coverage } as FileReport['coverage']),
        score: head.score,
        findings: head.severities.map((severity) => ({ severity })),
      },
      summary: head.summary,
      mentions: bytes.toString('utf8', s + 2, s + 2 + m),
      jsonEntry: bytes.subarray(s + m + 3, s + m + 3 + e),
    };
  }

  /**
   * A hit's whole FileReport with the link checks' results of now, or null when its record is
   * damaged (warned once; audit the file).
   */
  readReport(hit: CacheHit, path: string): FileReport | null {
    const { entry } = hit;
    const [s, m, e, r] = entry.parts;
    const bytes = this.read(entry, s + m + e + 4, r);
    if (bytes === null || crc32(bytes) !== entry.crcReport) return this.damaged(path);
    let report: FileReport;
    try {
      report = JSON.parse(bytes.toString('utf8')) as FileReport;
    } catch {
      return this.damaged(path);
    }
    if (report.path !== path || (report.status !== 'passed' && report.status !== 'failed' && report.status !== 'skipped')) return this.damaged(path);
    if (hit.exists !== entry.exists) {
      const links = report.site?.links ?? [];
      for (let i = 0; i < entry.checks.length; i++) {
        const link = links[entry.checks[i]!.index];
        if (link === undefined) return this.damaged(path);
        link.exists = hit.exists[i] === '1';
      }
    }
    return report;
  }

  private damaged(path: string): null {
    if (!this.warnedRecord) {
      this.warnedRecord = true;
      this.warn(`seo-audit: cache ${this.shown} is corrupt — rebuilding it (the record of ${JSON.stringify(path)} does not match its checksum; that file is audited again)`);
    }
    this.dirty = true;
    return null;
  }

  /** `length` bytes of a record from `start`, or null when they cannot be read. */
  private read(entry: IndexEntry, start: number, length: number): Buffer | null {
    if (entry.from === 'spill') return this.spill?.readBytes({ offset: entry.offset + start, length }) ?? null;
    if (this.fd === null) return null;
    const data = Buffer.allocUnsafe(length);
    let done = 0;
    try {
      while (done < length) {
        const n = readSync(this.fd, data, done, length - done, entry.offset + start + done);
        if (n === 0) return null;
        done += n;
      }
    } catch {
      return null;
    }
    return data;
  }

  private readonly roots = new Map<string, string>();
  private rootFor: ((path: string) => string) | null = null;

  /** Sets how a report's site root is found (from the file's settings). */
  useSiteRoots(rootOf: (absolute: string) => string): void {
    this.rootFor = rootOf;
  }

  private siteRoot(absolute: string, cwd: string): string {
    let root = this.roots.get(absolute);
    if (root === undefined) {
      root = this.rootFor?.(absolute) ?? cwd;
      this.roots.set(absolute, root);
    }
    return root;
  }

  /**
   * Keeps a fresh report (errored ones never: a timeout or a read error is not a result).
   * Returns its entry of the JSON report, rendered once here for the record and the run.
   */
  store(input: InputFile, key: string, report: FileReport, cwd: string): string | undefined {
    if (report.status === 'error' || input.absolute === null) return undefined;
    const checks: LinkCheck[] = [];
    let exists = '';
    const links = report.site?.links ?? [];
    if (links.length > 0) {
      const root = this.siteRoot(resolve(cwd, report.path), cwd);
      links.forEach((link, index) => {
        // A link marked existing that the disk does not explain is the page's own `#anchor`: fixed, not checked.
        const onDisk = link.routes.some((route) => routeExistsOnDisk(root, route));
        if (!(link.exists && !onDisk)) {
          checks.push({ index, routes: [...link.routes] });
          exists += link.exists ? '1' : '0';
        }
      });
    }
    // Escaped as the collector spills entries (escapeJsonText is idempotent), so a hit is copied as it is.
    const jsonEntry = escapeJsonText(fileEntryText(report, false));
    const full = fileSummary(report);
    const summary: FileSummary = full.site ? { ...full, site: { ...full.site, mentions: [] } } : full;
    const head: Head = {
      status: report.status,
      coverage: report.coverage === null ? null : report.coverage.ratio,
      score: report.score,
      severities: report.findings.map((finding) => finding.severity),
      summary,
    };
    const S = Buffer.from(JSON.stringify(head));
    const M = Buffer.from(JSON.stringify(full.site?.mentions ?? []));
    const E = Buffer.from(jsonEntry);
    const R = Buffer.from(JSON.stringify(report));
    const record = Buffer.concat([Buffer.from('['), S, Buffer.from(','), M, Buffer.from(','), E, Buffer.from(','), R, Buffer.from(']')]);
    const parts: IndexEntry['parts'] = [S.length, M.length, E.length, R.length];
    this.spill ??= new Spill('cache-records');
    const span = this.spill.append(record);
    this.entries.set(input.absolute, {
      key,
      from: 'spill',
      offset: span.offset,
      parts,
      crcHead: crc32(record.subarray(0, headLength(parts))),
      crcReport: crc32(R),
      checks,
      exists,
    });
    this.dirty = true;
    return jsonEntry;
  }

  markSeen(absolute: string): void {
    this.seen.add(absolute);
  }

  /** The kept entries in path order: an entry of a file not in this run stays while its file exists. */
  private async kept(): Promise<[string, IndexEntry][]> {
    const out: [string, IndexEntry][] = [];
    for (const path of [...this.entries.keys()].sort()) {
      if (!this.seen.has(path) && (await stat(path).catch(() => null)) === null) {
        this.dirty = true;
        continue;
      }
      out.push([path, this.entries.get(path)!]);
    }
    return out;
  }

  /** The cache file's bytes, in chunks: the header line, then the records in path order. */
  private async *chunks(kept: readonly [string, IndexEntry][]): AsyncGenerator<Buffer> {
    const index = kept.map(([path, entry]) => [
      path,
      entry.key,
      ...entry.parts,
      entry.crcHead,
      entry.crcReport,
      entry.checks.map((check, i) => [check.index, entry.exists[i] === '1' ? 1 : 0, ...check.routes]),
    ]);
    const header = `[${JSON.stringify({ seoAuditCache: CACHE_FORMAT, tool: toolIdentity(), index })}${kept.length > 0 ? ',' : ''}\n`;
    let pending: Buffer[] = [Buffer.from(header)];
    let size = pending[0]!.length;
    for (let i = 0; i < kept.length; i++) {
      const entry = kept[i]![1];
      const record = this.read(entry, 0, recordLength(entry.parts));
      if (record === null) throw new Error(`the record of ${JSON.stringify(kept[i]![0])} could not be read back`);
      pending.push(record, Buffer.from(i < kept.length - 1 ? ',\n' : '\n'));
      size += record.length + 2;
      if (size >= WRITE_CHUNK_BYTES) {
        yield Buffer.concat(pending);
        pending = [];
        size = 0;
      }
    }
    pending.push(Buffer.from(']\n'));
    yield Buffer.concat(pending);
  }

  /** Writes the cache atomically; a failure is one warning line, never a failed run. */
  async save(warn: (line: string) => void): Promise<void> {
    try {
      const kept = await this.kept();
      // Every file reused and none gone: the file on disk already says all this.
      if (!this.dirty) return;
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, this.chunks(kept), this.shown);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warn(`seo-audit: cache ${this.shown} was not written — ${why}`);
    }
  }

  /** Closes the cache file and removes the spill (idempotent). */
  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = null;
    }
    this.spill?.close();
    this.spill = null;
  }
}

/**
 * auditInOrder with the cache in front: inputs whose entry matches are delivered from the cache,
 * the others are audited (in the usual strategies) and stored. Delivery stays in input order. A
 * hit goes to the sink prepared (no report parsed, nothing rendered) when the sink takes that and
 * the link checks came out as recorded; else as its report. A damaged record is audited then.
 */
export async function auditWithCache(inputs: readonly InputFile[], options: RunOptions, cache: ResultCache, sink: CacheSink): Promise<void> {
  const resolver = configResolver(options.config);
  cache.useSiteRoots((absolute) => {
    const settings = resolveFileSettings(resolver.forFile(absolute), absolute, options.cli);
    return siteSettings(settings.site, options.cwd).root;
  });
  const keys: (string | null)[] = new Array(inputs.length).fill(null);
  const hits: (CacheHit | null)[] = new Array(inputs.length).fill(null);
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
  const fresh = (report: FileReport, input: InputFile, index: number): void => {
    const key = keys[index];
    const jsonEntry = key !== null && key !== undefined ? cache.store(input, key, report, options.cwd) : undefined;
    sink.add(report, input, jsonEntry);
  };
  const deliverHit = async (hit: CacheHit, input: InputFile, index: number): Promise<void> => {
    if (sink.acceptsPrepared && hit.exists === hit.entry.exists) {
      const prepared = cache.readPrepared(hit);
      if (prepared !== null) return sink.addPrepared(prepared, input);
    } else {
      const report = cache.readReport(hit, input.path);
      if (report !== null) {
        // A link target appeared or went: the record is renewed, so the next run reads it prepared.
        if (hit.exists !== hit.entry.exists) return fresh(report, input, index);
        return sink.add(report, input);
      }
    }
    // A damaged record (warned): this one file is audited now.
    await auditInOrder([input], { ...options, onProgress: undefined }, (report) => fresh(report, input, index));
  };
  const deliverHitsBefore = async (limit: number): Promise<void> => {
    while (next < limit) {
      const hit = hits[next];
      if (hit !== null && hit !== undefined) {
        await deliverHit(hit, inputs[next]!, next);
        progress?.(++done, inputs.length, inputs[next]!.path);
      }
      next++;
    }
  };
  const missInputs = missIndex.map((index) => inputs[index]!);
  await auditInOrder(missInputs, { ...options, onProgress: undefined }, async (report, input, j) => {
    const index = missIndex[j]!;
    await deliverHitsBefore(index);
    fresh(report, input, index);
    progress?.(++done, inputs.length, input.path);
    next = index + 1;
  });
  await deliverHitsBefore(inputs.length);
}
