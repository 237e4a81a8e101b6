/**
 * The fuzz suite in CI (issue 16): random and mutated Markdown, HTML and front matter through the
 * library API, with a fixed seed (the same cases every run) and bounded runs (well under 60 s).
 * `npm run fuzz` runs the same properties for a set time with a random seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as lib from '../../src/index.js';
import { InputError } from '../../src/errors.js';
import { validate } from '../../src/report/validate.js';
import { REPORT_SCHEMA } from '../../src/report/schema.js';
// @ts-expect-error plain JavaScript module shared with scripts/fuzz.mjs
import { anyArticle, check } from './properties.mjs';

beforeAll(async () => {
  await lib.loadParsers(['markdown', 'html']);
});

describe('fuzz: random and mutated articles', () => {
  it('no exception, schema-valid JSON, chunked = one parse, LF = CRLF = CR, NFC = NFD', () => {
    fc.assert(
      fc.property(anyArticle, (article: { source: string; format: string }) => {
        const problem = check(lib, { validate, schema: REPORT_SCHEMA, InputError }, article);
        expect(problem, JSON.stringify(article.source)).toBeNull();
      }),
      { numRuns: 150, seed: 20261201 },
    );
  }, 120_000);
});
