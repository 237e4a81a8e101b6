/**
 * The incremental report reader behind `merge` (src/pipeline/read-report.ts): the entries of the
 * top-level `files` array one at a time, and the rest of the document. The oracle is JSON.parse of
 * the whole text; small read sizes put chunk boundaries inside strings, escapes and surrogate pairs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { NotJsonError, readReportPieces } from '../../src/pipeline/read-report.js';
import { streamReport, validateReport } from '../../src/cli/merge-command.js';
import { buildReport } from '../../src/pipeline/index.js';
import { InputError } from '../../src/errors.js';
import { LEG_CRAMPS } from '../report/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'seo-audit-read-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(text: string): string {
  const path = join(dir, `r${n++}.json`);
  writeFileSync(path, text);
  return path;
}

async function pieces(text: string, chunkBytes?: number) {
  const entries: unknown[] = [];
  const result = await readReportPieces(write(text), (entry, index) => {
    expect(index).toBe(entries.length);
    entries.push(entry);
  }, chunkBytes);
  return { ...result, entries };
}

describe('readReportPieces', () => {
  it('gives the files entries and the frame that JSON.parse gives, whatever the layout and chunk size', async () => {
    const tricky = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '"files"', '😀é', '\u2028'));
    const value = fc.record({
      before: fc.dictionary(tricky, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      files: fc.array(fc.oneof(fc.dictionary(tricky, fc.jsonValue({ maxDepth: 3 })), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
      after: fc.dictionary(tricky, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom(0, 2), fc.integer({ min: 1, max: 64 }), fc.boolean(), async (v, indent, chunk, bom) => {
        const document = { ...v.before, files: v.files, ...v.after };
        const text = (bom ? '\ufeff' : '') + JSON.stringify(document, null, indent);
        const expected = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
        const got = await pieces(text, chunk);
        expect(got.hadFiles).toBe(true);
        expect(got.entries).toEqual(expected['files']);
        expect(got.frame).toEqual({ ...expected, files: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('leaves a document without a top-level files array whole', async () => {
    for (const value of [{ a: { files: [1, 2] } }, [{ files: [1] }], 'files', { files: { a: 1 } }]) {
      const got = await pieces(JSON.stringify(value, null, 2), 7);
      expect(got.entries).toEqual([]);
      expect(got.frame).toEqual(value);
    }
  });

  it('throws NotJsonError on text that is not JSON', async () => {
    for (const text of ['', '{"files": [{"a": 1}', '{"files": [{"a": 1}}', '{"files": [x]}', '{"a": }', '{"files": [1] ']) {
      await expect(pieces(text, 3), text).rejects.toBeInstanceOf(NotJsonError);
    }
  });
});

describe('streamReport (merge input)', () => {
  it('rejects a bad report with the message validateReport gives for the whole text', async () => {
    const good = JSON.parse(JSON.stringify(buildReport([LEG_CRAMPS, { ...LEG_CRAMPS, path: 'b.md' }], '1.0.0')));
    const cases: unknown[] = [
      [],
      { ...good, schemaVersion: 2 },
      { ...good, files: {} },
      { ...good, files: [good.files[0], { ...good.files[1], status: 'ok' }] },
      { ...good, files: [{ ...good.files[0], findings: [{ severity: 'fatal' }] }] },
      // A frame error before `files` in the schema's order wins over an entry error, one after it loses.
      { ...good, summary: { ...good.summary, files: -1 }, files: [{ ...good.files[0], status: 'ok' }] },
      { ...good, rules: 3, files: [{ ...good.files[0], status: 'ok' }] },
      { ...good, rules: 3 },
      { ...good, extra: true },
      (({ files: _files, ...rest }) => rest)(good),
    ];
    for (const value of cases) {
      let expected = '';
      try {
        validateReport(value, 'r.json');
      } catch (error) {
        expected = (error as InputError).describe();
      }
      expect(expected).not.toBe('');
      const path = write(JSON.stringify(value, null, 2));
      const got = await streamReport(path, dir, () => undefined).then(
        () => 'accepted',
        (error: unknown) => (error as InputError).describe().replace(path, 'r.json'),
      );
      expect(got).toBe(expected);
    }
    const entries: unknown[] = [];
    const frame = await streamReport(write(JSON.stringify(good)), dir, (entry) => entries.push(entry));
    expect(entries).toEqual(good.files);
    expect({ ...frame, files: entries }).toEqual(good);
  });
});
