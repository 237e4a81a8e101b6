/**
 * Huge articles (SEO_AUDIT_HUGE_FILE_BYTES, default 32 MB) are audited one at a time in a
 * worker thread with a capped heap (SEO_AUDIT_HUGE_FILE_HEAP_MB, default 900). The limits are
 * lowered here so small fixtures take that path.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const FILES = ['fixtures/leg-cramps.md', 'fixtures/leg-cramps.html', 'fixtures/blog/leg-cramps-at-night.md'];

describe('huge articles in a memory-capped worker', () => {
  it('gives the same report, byte for byte, as the normal path', () => {
    const normal = run([...FILES, '-f', 'json']);
    const capped = run([...FILES, '-f', 'json'], { env: { SEO_AUDIT_HUGE_FILE_BYTES: '1', SEO_AUDIT_HUGE_FILE_HEAP_MB: '512' } });
    expect(normal.code).toBe(1); // the leg-cramps article is keyword-stuffed
    expect(capped.code).toBe(1);
    expect(capped.stdout).toBe(normal.stdout);
  });

  it('reports an article that does not fit the memory budget as an errored file and audits the rest', () => {
    // fixtures/leg-cramps.md (6.3 KB) and .html (8 KB+) are "huge" at 6,000 bytes; the 2.8 KB blog post is not.
    const result = run([...FILES, '-f', 'json'], { env: { SEO_AUDIT_HUGE_FILE_BYTES: '6000', SEO_AUDIT_HUGE_FILE_HEAP_MB: '4' } });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { summary: { errored: number }; files: { path: string; status: string; error?: string }[] };
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['fixtures/blog/leg-cramps-at-night.md', 'passed'],
      ['fixtures/leg-cramps.html', 'error'],
      ['fixtures/leg-cramps.md', 'error'],
    ]);
    expect(report.files[2]!.error).toBe('cannot audit — the article needs more than the 4 MB memory budget for one file');
    expect(result.stderr.trim().split('\n')).toEqual([
      'seo-audit: fixtures/leg-cramps.html: cannot audit — the article needs more than the 4 MB memory budget for one file',
      'seo-audit: fixtures/leg-cramps.md: cannot audit — the article needs more than the 4 MB memory budget for one file',
    ]);
  });
});
