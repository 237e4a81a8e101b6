/**
 * The --cache file format (format 2, src/cache/index.ts), read and written here independently of
 * src/ so that the tests can look into a cache and tamper with it like a third party would:
 *
 *     [{"seoAuditCache":2,"tool":…,"index":[[path, key, s, m, e, r, crcHead, crcReport, checks], …]},
 *     [S,M,E,R],
 *     …
 *     ]
 *
 * s, m, e, r are the byte lengths of the record's parts; crcHead is the CRC-32 of "[S,M,E",
 * crcReport the CRC-32 of R.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface CacheRecord {
  path: string;
  key: string;
  /** S: totals' inputs and the FileSummary (JSON). */
  head: { status: string; coverage: number | null; score: number; severities: string[]; summary: { path: string; title?: string | null } & Record<string, unknown> };
  /** M: the summary's site.mentions (JSON text). */
  mentions: string;
  /** E: the json report's entry for the file, as printed. */
  entry: string;
  /** R: the FileReport. */
  report: { path: string; title: string | null } & Record<string, unknown>;
  crcHead: number;
  crcReport: number;
  checks: unknown[];
}

export interface CacheFile {
  header: { seoAuditCache: number; tool: string } & Record<string, unknown>;
  records: CacheRecord[];
}

export function readCacheFile(file: string): CacheFile {
  const data = readFileSync(file);
  const lineEnd = data.indexOf(10);
  const line = data.toString('utf8', 0, lineEnd);
  const header = JSON.parse(line.slice(1, line.endsWith(',') ? -1 : undefined)) as CacheFile['header'] & { index: unknown[][] };
  let offset = lineEnd + 1;
  const records = header.index.map((item) => {
    const [path, key, s, m, e, r, crcHead, crcReport, checks] = item as [string, string, number, number, number, number, number, number, unknown[]];
    const at = (start: number, length: number): string => data.toString('utf8', offset + start, offset + start + length);
    const record: CacheRecord = {
      path,
      key,
      head: JSON.parse(at(1, s)) as CacheRecord['head'],
      mentions: at(s + 2, m),
      entry: at(s + m + 3, e),
      report: JSON.parse(at(s + m + e + 4, r)) as CacheRecord['report'],
      crcHead,
      crcReport,
      checks,
    };
    offset += s + m + e + r + 5 + 2;
    return record;
  });
  return { header, records };
}

/** Writes `cache` in the format, with lengths and checksums computed from the parts. */
export function writeCacheFile(file: string, cache: CacheFile): void {
  const records = cache.records.map((record) => {
    const S = Buffer.from(JSON.stringify(record.head));
    const M = Buffer.from(record.mentions);
    const E = Buffer.from(record.entry);
    const R = Buffer.from(JSON.stringify(record.report));
    const bytes = Buffer.concat([Buffer.from('['), S, Buffer.from(','), M, Buffer.from(','), E, Buffer.from(','), R, Buffer.from(']')]);
    const headBytes = bytes.subarray(0, S.length + M.length + E.length + 3);
    return { bytes, item: [record.path, record.key, S.length, M.length, E.length, R.length, crc32(headBytes), crc32(R), record.checks] };
  });
  const { index: _index, ...rest } = cache.header;
  const header = `[${JSON.stringify({ ...rest, index: records.map((record) => record.item) })}${records.length > 0 ? ',' : ''}\n`;
  const body = records.map((record) => record.bytes);
  const parts: Buffer[] = [Buffer.from(header)];
  body.forEach((bytes, i) => parts.push(bytes, Buffer.from(i < body.length - 1 ? ',\n' : '\n')));
  parts.push(Buffer.from(']\n'));
  writeFileSync(file, Buffer.concat(parts));
}

/** The json entry text with its title replaced, rendered as the report prints entries (4-space base indent). */
export function retitledEntry(entry: string, title: string): string {
  const value = JSON.parse(entry) as Record<string, unknown>;
  value['title'] = title;
  return `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;
}
