/**
 * The cache key (src/cache) as a property: over random articles, rule severities and options,
 * --keyword phrases and keyword-set files, two runs get the same key exactly when the article's
 * bytes, its effective settings, the keyword set's bytes and the phrases are the same. So a change
 * to any of them can never reuse a result, and nothing else invalidates one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/cache/index.js';
import { configResolver } from '../../src/config/resolve.js';
import type { RunOptions } from '../../src/pipeline/audit-file.js';
import type { InputFile } from '../../src/io/inputs.js';

const root = mkdtempSync(join(tmpdir(), 'seo-audit-cache-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  article: string;
  severities: Record<string, 'error' | 'warning' | 'off'>;
  sectionMax: number;
  phrases: string[];
  keywords: string;
}

const run = fc.record({
  article: fc.constantFrom('# A\n\nLeg cramps.\n', '# A\n\nLeg cramps!\n', '# B\n\nLeg cramps.\n'),
  severities: fc.record({
    readability: fc.constantFrom('error', 'warning', 'off'),
    'text-length': fc.constantFrom('error', 'warning', 'off'),
  }) as fc.Arbitrary<Run['severities']>,
  sectionMax: fc.constantFrom(200, 300),
  phrases: fc.constantFrom([], ['night cramps'], ['night cramps', 'calf']),
  keywords: fc.constantFrom('leg cramps\n', 'leg cramps\ncalf cramps\n'),
});

let counter = 0;
async function keyOf(r: Run): Promise<string | null> {
  // The same directory every time: what differs between two runs is only what the run says.
  writeFileSync(join(root, 'a.md'), r.article);
  writeFileSync(join(root, 'kw.txt'), r.keywords);
  const rules = Object.entries(r.severities).map(([id, severity]) => `${id}: ${severity}`).join(', ');
  writeFileSync(join(root, 'seo-audit.config.yaml'), `keywords: kw.txt\nrules: { ${rules}, section-length: [warning, { max: ${r.sectionMax} }] }\n`);
  const source = { cwd: root, explicit: null, noConfig: false };
  const options = { config: source, cli: {}, extraKeywords: r.phrases, minCoverage: null, minScore: null, cwd: root, readStdin: async () => Buffer.alloc(0) } as RunOptions;
  const input: InputFile = { path: 'a.md', absolute: join(root, 'a.md'), format: 'markdown', stdin: false, error: null };
  // A fresh resolver (configs are re-read) and a fresh cache (keyword-set hashes are per run), as in two CLI runs.
  const fresh = await ResultCache.open(join(root, `none-${counter++}.json`), 'x', () => undefined);
  return fresh.keyFor(input, options, configResolver(source, true));
}

const same = (a: Run, b: Run): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('cache key', () => {
  it('is equal for two runs exactly when content, settings, keyword set and phrases are equal', async () => {
    await fc.assert(
      fc.asyncProperty(run, run, async (a, b) => {
        const ka = await keyOf(a);
        const kb = await keyOf(b);
        expect(ka).toMatch(/^[0-9a-f]{64}$/);
        expect(ka === kb).toBe(same(a, b));
        // Deterministic: the same run gives the same key again.
        expect(await keyOf(a)).toBe(ka);
      }),
      { numRuns: 150 },
    );
  });
});
