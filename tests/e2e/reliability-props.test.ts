/**
 * Property tests over random Markdown/HTML and keyword sets (issue 8): auditFile throws nothing
 * but InputError, the JSON report always validates against schema/report.schema.json, and counts
 * do not depend on CRLF vs LF or NFC vs NFD.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { auditFile, buildReport } from '../../src/pipeline/index.js';
import { InputError, UsageError } from '../../src/errors.js';
import { render } from '../../src/report/json.js';
import type { FileReport } from '../../src/report/types.js';
import { ROOT, hostilePhrase, htmlDocument, markdownDocument } from '../helpers/hostile.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

const keywordList = fc.uniqueArray(hostilePhrase, { minLength: 0, maxLength: 6, selector: (p) => p.toLowerCase() });

/** Audits, turning the user-facing errors (InputError; UsageError for a wordless ad-hoc phrase like ".*") into null. */
function audit(source: string, format: 'markdown' | 'html', keywords: string[]): FileReport | null {
  try {
    return auditFile({ path: format === 'html' ? 'a.html' : 'a.md', source, format }, { extraKeywords: keywords });
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) return null;
    throw error;
  }
}

/** What must not change with line endings or Unicode normalisation (positions may: NFD is longer). */
function counts(file: FileReport | null) {
  if (file === null) return null;
  return {
    stats: file.stats,
    keywords: file.keywords.map((k) => [k.phrase.normalize('NFC'), k.count, k.counts, k.occurrences.map((o) => o.line)]),
    headings: file.headings.map((h) => [h.level, h.line, h.words]),
  };
}

const document = fc.oneof(
  markdownDocument.map((source) => ({ source, format: 'markdown' as const })),
  htmlDocument.map((source) => ({ source, format: 'html' as const })),
);

describe('random documents and keyword sets', () => {
  it('auditFile throws only InputError/UsageError, and the JSON report validates against the schema', () => {
    fc.assert(
      fc.property(document, keywordList, ({ source, format }, keywords) => {
        const file = audit(source, format, keywords);
        const files = file === null ? [] : [file];
        const json = render(buildReport(files, '0.0.0-test'), { color: false, quiet: false, cwd: ROOT });
        const ok = validate(JSON.parse(json));
        expect(ok, JSON.stringify(validate.errors)).toBe(true);
        for (const k of file?.keywords ?? []) for (const o of k.occurrences) expect(o.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('counts and lines are the same with CRLF as with LF', () => {
    fc.assert(
      fc.property(document, keywordList, ({ source, format }, keywords) => {
        const lf = audit(source, format, keywords);
        const crlf = audit(source.replaceAll('\n', '\r\n'), format, keywords);
        expect(counts(crlf)).toEqual(counts(lf));
        // Columns too: CR is at the end of a line, so nothing before a word moves.
        expect(crlf?.keywords.map((k) => k.occurrences)).toEqual(lf?.keywords.map((k) => k.occurrences));
      }),
      { numRuns: 100 },
    );
  });

  it('counts are the same for NFC and NFD text and phrases', () => {
    fc.assert(
      fc.property(document, keywordList, ({ source, format }, keywords) => {
        const nfc = audit(source.normalize('NFC'), format, keywords.map((k) => k.normalize('NFC')));
        const nfd = audit(source.normalize('NFD'), format, keywords.map((k) => k.normalize('NFD')));
        expect(counts(nfd)).toEqual(counts(nfc));
      }),
      { numRuns: 100 },
    );
  });
});
