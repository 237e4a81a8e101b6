/**
 * Formats that can be written as a stream (src/pipeline/collect.ts): a run hands each file to
 * `entry` as soon as it is audited and keeps the text on disk, then writes
 * `head + open + entries.join(separator) + close + tail` (`empty` when there is no entry at all),
 * where the entries are the files' in path order followed by `trailing` (the cross-file part).
 * Each format's `render` is built from the same pieces, so both give the same bytes.
 */
import type { FileReport, Report } from './types.js';

export interface StreamLayout {
  head: string;
  open: string;
  separator: string;
  close: string;
  tail: string;
  /** The whole text when there are no entries. */
  empty: string;
  /** Entries after the files' (e.g. cross-file findings), already rendered. */
  trailing: readonly string[];
}

export interface StreamFormat {
  /** One file's entry text, or '' when the file contributes none. */
  entry(file: FileReport): string;
  /** The text around the entries, from the report without its files. */
  layout(frame: Omit<Report, 'files'>): StreamLayout;
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

/** The whole text from a layout and the files' entries (the buffered path). */
export function joinLayout(layout: StreamLayout, entries: readonly string[]): string {
  const all = [...entries.filter((entry) => entry !== ''), ...layout.trailing];
  return all.length === 0 ? layout.empty : layout.head + layout.open + all.join(layout.separator) + layout.close + layout.tail;
}
