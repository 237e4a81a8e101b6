/**
 * Formats that can be written as a stream (src/pipeline/collect.ts): a run hands each file to
 * `entry` as soon as it is audited and keeps the texts on disk; at the end it writes
 *
 *     head + body(sections[0]) + sections[0].after + body(sections[1]) + sections[1].after + …
 *
 * where a section's body is `open + entries.join(separator) + close` (`empty` when it has no
 * entry at all) and its entries are the files' in path order followed by its `trailing` ones
 * (the cross-file part). A document has one list of entries (json: `files`; gitlab: the array;
 * junit: the suites; html: the articles, after the overview in the head) or several (sarif: the
 * invocation's notifications, then the results).
 *
 * Some entries depend on the whole run, not only on their file: SARIF's `ruleIndex` points into
 * the rules list, which holds every rule id any finding used (the min-coverage/min-score
 * threshold rules, ids a merged shard brought); a JUnit suite has one test case per rule of the
 * run; an html article is numbered by its place in path order. Such a format stores a file's entry in a form of its own and gives `rewrite`, which turns
 * each stored entry into its final text once the layout is known. The head may also depend on
 * every file (JUnit's totals, SARIF's notifications count): `layout` is asked last, after every
 * `entry` call, so a format may count what it needs as the entries go by (a StreamFormat is one
 * run's: make a new one per report).
 *
 * json's and gitlab's `render` are built from the same pieces (`joinLayout`), so the streamed and
 * the buffered text are the same bytes; sarif, junit and html keep a whole-report `render`, which
 * tests/report/stream.test.ts and html-stream.test.ts check the stream against.
 */
import type { FileReport, Report } from './types.js';

export interface StreamSection {
  open: string;
  separator: string;
  close: string;
  /** The body when the section has no entry (nor trailing one). */
  empty: string;
  /** Entries after the files' (e.g. cross-file findings), final text. */
  trailing: readonly string[];
  /** The text after this section (up to the next one; the last section's ends the document). */
  after: string;
}

export interface StreamLayout {
  head: string;
  sections: readonly StreamSection[];
  /**
   * A stored entry of section `section` as it is printed; `index`: its position among the
   * section's entries of files (path order; html numbers its articles by it). Absent: the entry
   * is printed as it was stored (json, gitlab), and a run copies the stored bytes as they are.
   */
  rewrite?: (entry: string, section: number, index: number) => string;
}

export interface StreamFormat {
  /** One file's stored entries, one per section of the layout ('' where it has none). */
  entry(file: FileReport): readonly string[];
  /** The text around the entries, from the report without its files; asked after every `entry`. */
  layout(frame: Omit<Report, 'files'>): StreamLayout;
  /**
   * The text is JSON (json, gitlab, sarif): a run escapes each entry (escapeJsonText) as it is
   * spilled, and the rest as it is written. Absent for XML (junit).
   */
  jsonText?: boolean;
  /**
   * True when `entry(file)` is json's `fileEntryText(file, false)` (the json format without
   * --quiet), so an entry rendered earlier (the --cache record) can stand in for it.
   */
  plainJsonEntry?: boolean;
}

/**
 * JSON.stringify leaves DEL, the C1 controls, the bidirectional overrides and U+2028/2029 raw;
 * in JSON text they can only stand inside strings, so writing them as \uXXXX escapes keeps
 * every value and keeps a `cat report.json` from reaching the terminal raw (SPEC §2). It works
 * character by character, so escaping the parts of a text gives the escaped text, and escaping
 * twice changes nothing.
 */
export function escapeJsonText(text: string): string {
  return text.replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The whole text from a layout and the files' stored entries, per file in path order (the buffered path). */
export function joinLayout(layout: StreamLayout, entries: readonly (readonly string[])[]): string {
  const parts: string[] = [layout.head];
  layout.sections.forEach((section, index) => {
    const stored = entries.map((list) => list[index] ?? '').filter((entry) => entry !== '');
    const texts = layout.rewrite === undefined ? stored : stored.map((entry, at) => layout.rewrite!(entry, index, at));
    const all = [...texts, ...section.trailing];
    parts.push(all.length === 0 ? section.empty : section.open + all.join(section.separator) + section.close, section.after);
  });
  return parts.join('');
}

/** Renders a report with a stream format: every file's entries in path order, then the layout. */
export function renderStreamed(format: StreamFormat, files: readonly FileReport[], frame: Omit<Report, 'files'>): string {
  const entries = files.map((file) => format.entry(file));
  return joinLayout(format.layout(frame), entries);
}

/**
 * A format whose text is bounded whatever the size of the run (github: a capped number of
 * annotations; markdown: 65,536 characters; terminal: grouped by rule, a few files per rule): a
 * run hands it each file as it is audited (`add`, in any order) and it keeps only what it may
 * print, plus counts; `render` gives the text at the end, the same bytes as the format's
 * `render` on the whole report (tests/report/reduce.test.ts). One run's: make one per report.
 */
export interface ReducedFormat {
  add(file: FileReport): void;
  render(frame: Omit<Report, 'files'>): string;
}

/**
 * The `limit` smallest items by `compare` among those offered, whatever their order: what a
 * bounded format keeps of a list it shows the start of. Sorted (and trimmed) every `limit` items.
 */
export class FirstItems<T> {
  private items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}
  offer(item: T): void {
    this.items.push(item);
    if (this.items.length >= 2 * this.limit) this.trim();
  }
  /** The kept items, in order. */
  list(): T[] {
    this.trim();
    return this.items;
  }
  private trim(): void {
    // A stable sort: among equal items the first offered stays first, as in a sorted whole list.
    this.items.sort(this.compare);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }
}
