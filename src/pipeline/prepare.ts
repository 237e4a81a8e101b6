/**
 * A FileReport reduced, where it was audited, to what a plain JSON run keeps of it (a
 * PreparedFile: RunCollector.addPrepared). Pool workers send this instead of the whole report
 * when the run asks for it (`RunOptions.prepared`): the report (~30 KB of JSON on the bench
 * site, ~100 KB of objects once cloned) then never crosses to the main thread, whose heap is
 * what grows with the number of articles (README: Scale). The same parts as the `--cache`
 * record's (src/cache), so both give the bytes `RunCollector.add` of the report would.
 */
import { fileEntryText } from '../report/json.js';
import { escapeJsonText } from '../report/stream.js';
import type { FileReport } from '../report/types.js';
import { fileSummary } from '../rules/types.js';
import type { FileSummary } from '../rules/types.js';
import type { PreparedFile } from './collect.js';

/** A PreparedFile as it crosses a thread boundary: the JSON entry as bytes of their own (transferable). */
export interface PortablePreparedFile extends Omit<PreparedFile, 'jsonEntry'> {
  jsonEntry: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * `report` reduced to a PreparedFile, or null for an errored file (its entry and stderr line
 * read fields a PreparedFile has not; it is small, and goes whole).
 */
export function prepareFile(report: FileReport): PortablePreparedFile | null {
  if (report.status === 'error') return null;
  const full = fileSummary(report);
  const summary: FileSummary = full.site ? { ...full, site: { ...full.site, mentions: [] } } : full;
  return {
    head: {
      path: report.path,
      status: report.status,
      coverage: report.coverage === null ? null : ({ ratio: report.coverage.ratio } as FileReport['coverage']),
      score: report.score,
      findings: report.findings.map((finding) => ({ severity: finding.severity })),
    },
    summary,
    mentions: JSON.stringify(full.site?.mentions ?? []),
    // Escaped as the collector spills json entries (RunCollector.add).
    jsonEntry: encoder.encode(escapeJsonText(fileEntryText(report, false))),
  };
}

/** A PortablePreparedFile received from another thread, as RunCollector.addPrepared takes it. */
export function receivePrepared(file: PortablePreparedFile): PreparedFile {
  const bytes = file.jsonEntry;
  return { ...file, jsonEntry: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Whether a delivered result is a PreparedFile (else a FileReport). */
export function isPrepared(item: FileReport | PreparedFile): item is PreparedFile {
  return 'jsonEntry' in item && 'head' in item;
}
