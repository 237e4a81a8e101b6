/**
 * The streaming end of a run (SPEC §9: memory does not grow with the number of articles beyond
 * their small summaries). `auditInOrder` hands each FileReport over as soon as it is audited, in
 * input order; `RunCollector.add` reduces it at once to
 *
 * - the run totals (SummaryAccumulator) and, with `--baseline`, its findings marked;
 * - its FileSummary for the cross-file rules, compacted: repeated strings shared (routes,
 *   anchors, keyword phrases), the prominent phrases (`site.mentions`, most of a summary's size,
 *   read once by internal-link-suggestion) moved to a spill file and read back on use;
 * - for a streamed format (json, gitlab, sarif, junit, html; src/report/stream.ts), its entries,
 *   one per list of the layout, appended to a spill file per list (finished by the layout's
 *   `rewrite` at the end when they depend on the whole run: SARIF's ruleIndex, JUnit's rule test
 *   cases, an html article's number and neighbour links);
 * - for a bounded format (github, markdown, terminal), the file is handed to it (it keeps only
 *   what it can print);
 * - the stderr lines it causes (errored file, missed threshold);
 *
 * and drops the FileReport, unless the run needs every report at the end (--changed-since; `keep`). `finish` runs the cross-file rules on
 * the summaries; `chunks` yields the report's text: the layout's head (json: the summary), the
 * entries read back from the spill in path order, the trailing entries and tail (json:
 * crossFile, rules). The bytes are those of the format's `render`, which joins the same parts.
 */
import { compareStrings } from '../compare.js';
import { markBaselined } from '../baseline/index.js';
import { runCrossFileRules } from '../rules/run.js';
import { fileSummary } from '../rules/types.js';
import type { FileSummary, RuleSetting } from '../rules/types.js';
import type { SiteSummary } from '../site/summary.js';
import { escapeJsonText } from '../report/stream.js';
import type { ReducedFormat, StreamFormat } from '../report/stream.js';
import type { CrossFileFinding, FileReport, Report } from '../report/types.js';
import type { InputFile } from '../io/inputs.js';
import { Spill } from './spill.js';
import type { Span } from './spill.js';
import { ruleDescriptors, SummaryAccumulator } from './summarize.js';

export interface CollectOptions {
  /** `--baseline` fingerprints: findings listed are marked baselined as each file arrives. */
  baseline?: ReadonlySet<string> | null;
  /**
   * What is kept of each FileReport until the end: `all` (every field: --changed-since narrows
   * the finished report), `report` (every field but those that only the json and html formats
   * read: `site` and the keywords' `occurrences`), `none` (the report is streamed or bounded:
   * nothing).
   */
  keep: 'all' | 'report' | 'none';
  /** A streamed format (json, gitlab, sarif, junit, html): each file's entries are written to a spill file as it arrives. */
  stream?: StreamFormat | null;
  /** A bounded format (github, markdown, terminal): handed each file as it arrives. */
  reduce?: ReducedFormat | null;
  /** Collect every finding's fingerprint (`--write-baseline`). */
  fingerprints?: boolean;
  /** Lines for stderr that a file causes (errored, threshold missed), computed as it arrives. */
  linesFor?: (file: LinesInput, input: InputFile | null) => readonly string[];
}

/** What `linesFor` reads of a file. */
export type LinesInput = Pick<FileReport, 'path' | 'status' | 'coverage' | 'score'> & Partial<Pick<FileReport, 'error' | 'errorPosition'>>;

/**
 * A file as the result cache (src/cache) has it ready: what the totals and `linesFor` read, its
 * FileSummary with `site.mentions` as JSON text, and its json entry as bytes. Taken by
 * `addPrepared` when `acceptsPrepared`.
 */
export interface PreparedFile {
  head: LinesInput & { findings: readonly { severity: string }[] };
  summary: FileSummary;
  /** JSON text of the summary's `site.mentions` (the summary's own are ignored). */
  mentions: string;
  /** `escapeJsonText(fileEntryText(report, false))` as UTF-8. */
  jsonEntry: Buffer;
}

/** The end of a run: the Report (with the kept files) and what the CLI prints besides it. */
export interface RunResult {
  /** `files` holds the kept reports in path order (none when `keep` is `none`). */
  report: Report;
  /** Every finding's fingerprint, file and cross-file (when `fingerprints` was asked). */
  fingerprints: Set<string>;
  /** The stderr lines of `linesFor`, in path order. */
  lines: string[];
}

/**
 * Shares one copy of each repeated string (routes, anchors, phrases, link targets) across the
 * run's summaries; `id` numbers them, so a packed summary names a string by a small number.
 */
class Interner {
  private readonly ids = new Map<string, number>();
  /** The strings by id. */
  readonly texts: string[] = [];

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  get(text: string): string {
    return this.texts[this.id(text)]!;
  }

  all(texts: readonly string[]): string[] {
    return texts.map((text) => this.get(text));
  }
}

export class RunCollector {
  private readonly options: CollectOptions;
  private readonly totals = new SummaryAccumulator();
  private readonly summaries: FileSummary[] = [];
  private readonly kept: FileReport[] = [];
  /** Per section of the stream layout: where each file's stored entry is in that section's spill. */
  private readonly entries: EntryList[] = [];
  private readonly entrySpills: (Spill | null)[] = [];
  private readonly lines: { path: string; lines: readonly string[] }[] = [];
  private readonly fingerprints = new Set<string>();
  private readonly strings = new Interner();
  private mentionSpill: Spill | null = null;
  /** False once a file arrives out of path order (then the entries are read back by span). */
  private inOrder = true;
  private lastPath: string | null = null;
  private finished: RunResult | null = null;

  constructor(options: CollectOptions) {
    this.options = options;
  }

  /**
   * True when a PreparedFile gives what its FileReport would: the stream is the plain json
   * entry, nothing marks findings (--baseline), collects fingerprints or keeps reports.
   */
  get acceptsPrepared(): boolean {
    const o = this.options;
    return o.stream?.plainJsonEntry === true && !o.baseline && !o.fingerprints && o.keep === 'none';
  }

  /** Takes a cached file already reduced (see acceptsPrepared): the same as `add` of its report. */
  addPrepared(file: PreparedFile, input: InputFile | null = null): void {
    if (this.finished !== null) throw new Error('RunCollector.addPrepared after finish');
    if (!this.acceptsPrepared) throw new Error('RunCollector.addPrepared: this run needs every report');
    const { head } = file;
    this.totals.addFile(head);
    if (this.lastPath !== null && compareStrings(head.path, this.lastPath) < 0) this.inOrder = false;
    this.lastPath = head.path;
    if (head.status !== 'error') this.summaries.push(this.compact(file.summary, file.mentions));
    this.spillEntry(0, head.path, file.jsonEntry);
    const lines = this.options.linesFor?.(head, input) ?? [];
    if (lines.length > 0) this.lines.push({ path: head.path, lines });
  }

  /**
   * Takes one audited file (in input order; `input` is handed to `linesFor`); keeps only what the
   * end of the run needs. `jsonEntry`: json's fileEntryText(file, false) when the caller has it
   * (the cache renders it for its record), used for a plain json stream without --baseline.
   */
  add(file: FileReport, input: InputFile | null = null, jsonEntry?: string): void {
    if (this.finished !== null) throw new Error('RunCollector.add after finish');
    const baseline = this.options.baseline;
    if (baseline) markBaselined({ files: [file], crossFile: [] } as unknown as Report, baseline);
    this.totals.addFile(file);
    if (this.lastPath !== null && compareStrings(file.path, this.lastPath) < 0) this.inOrder = false;
    this.lastPath = file.path;
    if (file.status !== 'error') this.summaries.push(this.compact(fileSummary(file)));
    if (this.options.stream) {
      const format = this.options.stream;
      const texts = jsonEntry !== undefined && format.plainJsonEntry === true && !baseline ? [jsonEntry] : format.entry(file);
      texts.forEach((text, section) => {
        // JSON text is escaped as it is spilled: chunks() hands the bytes on as they are.
        if (text !== '') this.spillEntry(section, file.path, format.jsonText === true ? escapeJsonText(text) : text);
      });
    }
    this.options.reduce?.add(file);
    if (this.options.fingerprints) for (const finding of file.findings) this.fingerprints.add(finding.fingerprint);
    const lines = this.options.linesFor?.(file, input) ?? [];
    if (lines.length > 0) this.lines.push({ path: file.path, lines });
    if (this.options.keep === 'all') this.kept.push(file);
    else if (this.options.keep === 'report') {
      // No format but json and html reads these (and those formats keep `all` or stream).
      this.kept.push({ ...file, site: null, keywords: file.keywords.map((keyword) => ({ ...keyword, occurrences: [] })) });
    }
  }

  /** How many files were added. */
  get count(): number {
    return this.totals.result().files;
  }

  /** Runs the cross-file rules on the summaries and completes the totals. */
  finish(version: string, rules: Record<string, RuleSetting> = {}): RunResult {
    if (this.finished !== null) return this.finished;
    let crossFile: CrossFileFinding[];
    try {
      crossFile = runCrossFileRules(this.summaries, rules);
    } finally {
      this.summaries.length = 0;
      this.mentionSpill?.close();
      this.mentionSpill = null;
    }
    const baseline = this.options.baseline;
    if (baseline) markBaselined({ files: [], crossFile } as unknown as Report, baseline);
    this.totals.addCrossFile(crossFile);
    if (this.options.fingerprints) for (const finding of crossFile) this.fingerprints.add(finding.fingerprint);
    const byPath = (a: { path: string }, b: { path: string }): number => compareStrings(a.path, b.path);
    const files = this.inOrder ? this.kept : [...this.kept].sort(byPath);
    const lines = (this.inOrder ? this.lines : [...this.lines].sort(byPath)).flatMap((entry) => entry.lines);
    this.finished = {
      report: {
        schemaVersion: 1,
        tool: { name: 'seo-audit', version },
        summary: this.totals.result(),
        crossFile,
        files,
        rules: ruleDescriptors(),
      },
      fingerprints: this.fingerprints,
      lines,
    };
    return this.finished;
  }

  /**
   * The streamed format's text in order (after `finish`): the same bytes as its `render(report)`
   * would give with every added file in `report.files`. `frame` may differ from the finished
   * report in its rules (merge adds the shards').
   */
  async *chunks(frame: Omit<Report, 'files'>): AsyncGenerator<string | Buffer> {
    const format = this.options.stream;
    if (!format) throw new Error('RunCollector.chunks without a stream format');
    const layout = format.layout(frame);
    yield layout.head;
    for (const [index, section] of layout.sections.entries()) {
      const spill = this.entrySpills[index] ?? null;
      const entries = this.entries[index] ?? new EntryList();
      if ((spill === null || entries.length === 0) && section.trailing.length === 0) {
        yield section.empty + section.after;
        continue;
      }
      yield section.open;
      let first = true;
      if (spill !== null && entries.length > 0) {
        first = false;
        const rewrite = layout.rewrite;
        if (this.inOrder && rewrite === undefined) {
          // Entries are on disk back to back in path order, final: copied with separators between them.
          yield* separated(spill, entries, section.separator);
        } else {
          const order = Array.from({ length: entries.length }, (_, at) => at);
          if (!this.inOrder) order.sort((a, b) => compareStrings(entries.paths[a]!, entries.paths[b]!) || a - b);
          for (const [at, entry] of order.entries()) {
            const stored = spill.read(entries.span(entry));
            const text = rewrite === undefined ? stored : rewrite(stored, index, at);
            yield at === 0 ? text : section.separator + text;
          }
        }
      }
      for (const entry of section.trailing) {
        yield first ? entry : section.separator + entry;
        first = false;
      }
      yield section.close + section.after;
    }
  }

  /** Appends one stored entry of `section` (text, or bytes already in their final form). */
  private spillEntry(section: number, path: string, entry: string | Buffer): void {
    const spill = (this.entrySpills[section] ??= new Spill(`entries-${section}`));
    (this.entries[section] ??= new EntryList()).push(path, spill.append(entry));
  }

  /** Removes the spill files (idempotent). */
  close(): void {
    for (const spill of this.entrySpills) spill?.close();
    this.entrySpills.length = 0;
    this.mentionSpill?.close();
    this.mentionSpill = null;
  }

  /** A FileSummary as the run keeps it: strings shared, prominent phrases on disk (`mentions`: their JSON text, when given). */
  private compact(summary: FileSummary, mentions?: string): FileSummary {
    const s = this.strings;
    // Only keyword-cannibalization reads more than the primary keyword, and only of the files
    // whose keywords are their own (front matter); the site rules read the primary.
    const keywords = summary.keywordSource === 'front-matter' ? summary.keywords : summary.keywords.filter((keyword) => keyword.primary);
    const out: FileSummary = {
      ...summary,
      // Strings that a worker sends are copies: the same few values, one copy each per article otherwise.
      keywordSource: summary.keywordSource === null ? null : (s.get(summary.keywordSource) as FileSummary['keywordSource']),
      format: summary.format === undefined || summary.format === null ? null : (s.get(summary.format) as FileSummary['format']),
      keywords: keywords.map((keyword) => ({ phrase: s.get(keyword.phrase), primary: keyword.primary, count: keyword.count })),
    };
    if (summary.site !== undefined && summary.site !== null) out.site = this.compactSite(summary.site, mentions);
    return out;
  }

  private compactSite(site: SiteSummary, mentionsText?: string): SiteSummary {
    let mentions: Span | null = null;
    const text = mentionsText ?? (site.mentions.length > 0 ? JSON.stringify(site.mentions) : '[]');
    if (text !== '[]') {
      this.mentionSpill ??= new Spill('mentions');
      mentions = this.mentionSpill.append(text);
    }
    return new CompactSite(site, this.strings, this.mentionSpill, mentions);
  }
}

/** A position as packed: [line, column]. */
type PackedPosition = [number, number] | null;
/**
 * CompactSite's packed fields: title, metaDescription, h1, ids, links, alternates, canonical.
 * Ids and a link's href, routes and fragment are Interner ids (they repeat across pages: a
 * link's routes are its target's, fragments are the same few heading slugs); a fragment of
 * null is -1.
 */
type Packed = [
  PackedPosition,
  PackedPosition,
  [number, number, string][],
  number[],
  [number, number, number, number[], number, 0 | 1][],
  SiteSummary['alternates'],
  SiteSummary['canonical'],
];

const pack = (position: { line: number; column: number } | null): PackedPosition => (position === null ? null : [position.line, position.column]);
const unpack = (position: PackedPosition): { line: number; column: number } | null => (position === null ? null : { line: position[0], column: position[1] });

interface Unpacked {
  title: SiteSummary['title'];
  metaDescription: SiteSummary['metaDescription'];
  h1: SiteSummary['h1'];
  ids: string[];
  links: SiteSummary['links'];
  alternates: SiteSummary['alternates'];
  canonical: SiteSummary['canonical'];
}

/**
 * The last CompactSite unpacked: the cross-file rules read a page's fields one after another
 * (a rule's pass over the pages reads each page's links, or title, once), so one is enough to
 * unpack a page once per pass rather than once per field read.
 */
let last: { site: CompactSite; fields: Unpacked } | null = null;

/**
 * A SiteSummary as the run keeps it, one per audited article until the cross-file rules have
 * run (SPEC §9: 100,000 articles within 1 GB): the routes (read by every index lookup) as an
 * array of shared strings; the other fields packed into one JSON string, unpacked on each read
 * (about 1 KB of objects per article as a JSON string of ~0.5 KB); `mentions` (the prominent
 * phrases, most of a summary's size) in the spill file, read back and parsed on each use:
 * internal-link-suggestion reads each page's once.
 */
class CompactSite implements SiteSummary {
  readonly routes: string[];
  readonly entry: boolean;
  readonly canonicals: number;
  readonly #packed: string;
  readonly #strings: readonly string[];
  readonly #spill: Spill | null;
  /** The prominent phrases' record in the spill (offset, byte length; -1 when there are none). */
  readonly #offset: number;
  readonly #length: number;

  constructor(site: SiteSummary, strings: Interner, spill: Spill | null, span: Span | null) {
    this.routes = strings.all(site.routes);
    this.entry = site.entry;
    this.canonicals = site.canonicals;
    this.#strings = strings.texts;
    const packed: Packed = [
      pack(site.title),
      pack(site.metaDescription),
      site.h1.map((h) => [h.line, h.column, h.text]),
      site.ids.map((id) => strings.id(id)),
      site.links.map((link) => [
        link.line,
        link.column,
        strings.id(link.href),
        link.routes.map((route) => strings.id(route)),
        link.fragment === null ? -1 : strings.id(link.fragment),
        link.exists ? 1 : 0,
      ]),
      site.alternates,
      site.canonical,
    ];
    this.#packed = JSON.stringify(packed);
    this.#spill = spill;
    this.#offset = span === null ? -1 : span.offset;
    this.#length = span === null ? 0 : span.length;
  }

  #fields(): Unpacked {
    if (last !== null && last.site === this) return last.fields;
    const [title, metaDescription, h1, ids, links, alternates, canonical] = JSON.parse(this.#packed) as Packed;
    const text = this.#strings;
    const fields: Unpacked = {
      title: unpack(title),
      metaDescription: unpack(metaDescription),
      h1: h1.map(([line, column, text]) => ({ line, column, text })),
      ids: ids.map((id) => text[id]!),
      links: links.map(([line, column, href, routes, fragment, exists]) => ({
        line,
        column,
        href: text[href]!,
        routes: routes.map((route) => text[route]!),
        fragment: fragment === -1 ? null : text[fragment]!,
        exists: exists === 1,
      })),
      alternates,
      canonical,
    };
    last = { site: this, fields };
    return fields;
  }

  get title(): SiteSummary['title'] {
    return this.#fields().title;
  }

  get metaDescription(): SiteSummary['metaDescription'] {
    return this.#fields().metaDescription;
  }

  get h1(): SiteSummary['h1'] {
    return this.#fields().h1;
  }

  get ids(): string[] {
    return this.#fields().ids;
  }

  get links(): SiteSummary['links'] {
    return this.#fields().links;
  }

  get alternates(): SiteSummary['alternates'] {
    return this.#fields().alternates;
  }

  get canonical(): SiteSummary['canonical'] {
    return this.#fields().canonical;
  }

  get mentions(): SiteSummary['mentions'] {
    if (this.#offset < 0 || this.#spill === null) return [];
    return JSON.parse(this.#spill.read({ offset: this.#offset, length: this.#length })) as SiteSummary['mentions'];
  }
}

/**
 * Where each file's stored entry of one section is in its spill: parallel arrays, not an object
 * (and a Span) per article (~100 bytes each, 10 MB at 100,000 articles).
 */
class EntryList {
  readonly paths: string[] = [];
  /** Byte offsets (doubles: a spill passes 2^31 bytes at ~70,000 bench articles). */
  readonly offsets: number[] = [];
  readonly lengths: number[] = [];

  get length(): number {
    return this.paths.length;
  }

  push(path: string, span: Span): void {
    this.paths.push(path);
    this.offsets.push(span.offset);
    this.lengths.push(span.length);
  }

  span(at: number): Span {
    return { offset: this.offsets[at]!, length: this.lengths[at]! };
  }
}

/** A spill's records (back to back, in order) with `separator` between them, copied by chunks. */
async function* separated(spill: Spill, entries: EntryList, separator: string): AsyncGenerator<string | Buffer> {
  let next = 0;
  let position = 0;
  const separators = entries.offsets.slice(1);
  for await (const chunk of spill.stream()) {
    let data = chunk as Buffer;
    while (next < separators.length && separators[next]! < position + data.length) {
      const cut = separators[next]! - position;
      yield data.subarray(0, cut);
      yield separator;
      data = data.subarray(cut);
      position += cut;
      next++;
    }
    yield data;
    position += data.length;
  }
}
