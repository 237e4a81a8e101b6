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

/** The whole text from a layout and the files' entries (the buffered path). */
export function joinLayout(layout: StreamLayout, entries: readonly string[]): string {
  const all = [...entries.filter((entry) => entry !== ''), ...layout.trailing];
  return all.length === 0 ? layout.empty : layout.head + layout.open + all.join(layout.separator) + layout.close + layout.tail;
}
