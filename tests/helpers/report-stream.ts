/** Shared by the streamed/bounded report tests: read a run's chunks, hand files to a reducing collector. */
import { expect } from 'vitest';
import { compareStrings } from '../../src/compare.js';
import { RunCollector } from '../../src/pipeline/index.js';
import type { ReducedFormat } from '../../src/report/stream.js';
import type { FileReport, Report } from '../../src/report/types.js';

/** The UTF-8 text of a stream of chunks (strings and bytes), as the CLI writes it. */
export async function chunkText(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

/** The text when a run hands the files over in `order` (through a RunCollector that keeps none of them). */
export function reducedText(format: ReducedFormat, order: readonly FileReport[], frame: Omit<Report, 'files'>): string {
  const collector = new RunCollector({ keep: 'none', reduce: format });
  try {
    for (const file of order) collector.add(structuredClone(file));
    expect(collector.finish(frame.tool.version).report.files).toEqual([]);
    return format.render(frame);
  } finally {
    collector.close();
  }
}

/** The whole report of `files` in path order, as render() gets it. */
export function sortedReport(frame: Omit<Report, 'files'>, files: readonly FileReport[]): Report {
  return { ...frame, files: [...files].sort((a, b) => compareStrings(a.path, b.path)) };
}
