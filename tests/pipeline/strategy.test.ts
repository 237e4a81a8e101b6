/**
 * Where each article is audited (src/pipeline/run.ts strategyFor, numbers in strategy-limits.ts):
 * the tight heap cap (capped pool, POOL_WORKER_HEAP_MB) for articles of IN_PROCESS_MAX_BYTES or
 * more, the backstop cap (SMALL_ARTICLE_POOL_HEAP_MB, cheaper for V8's collector) for smaller ones,
 * this thread in small runs, the memory-capped worker for huge files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strategyFor } from '../../src/pipeline/run.js';
import { IN_PROCESS_MAX_BYTES, POOL_WORKER_HEAP_MB, SMALL_ARTICLE_POOL_HEAP_MB, strategyLimits } from '../../src/pipeline/strategy-limits.js';
import type { InputFile } from '../../src/io/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'seo-audit-strategy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function input(name: string, bytes: number): InputFile {
  const absolute = join(dir, name);
  writeFileSync(absolute, 'a'.repeat(bytes));
  return { path: name, absolute, format: 'markdown', stdin: false, error: null };
}

describe('strategyFor', () => {
  const limits = strategyLimits({ SEO_AUDIT_HUGE_FILE_BYTES: String(4 * IN_PROCESS_MAX_BYTES) });
  const small = input('small.md', IN_PROCESS_MAX_BYTES - 1);
  const mid = input('mid.md', IN_PROCESS_MAX_BYTES);
  const huge = input('huge.md', 4 * IN_PROCESS_MAX_BYTES);

  it('sends a large run\'s small articles to the backstop pool and the others to the capped pool', async () => {
    expect(await strategyFor(small, 2, false, limits)).toBe('pool');
    expect(await strategyFor(mid, 2, false, limits)).toBe('capped-pool');
    expect(await strategyFor(huge, 2, false, limits)).toBe('memory-capped');
  });

  it('keeps a small run\'s small articles in this thread, not its larger ones; serial means this thread', async () => {
    expect(await strategyFor(small, 0, false, limits)).toBe('in-process');
    expect(await strategyFor(mid, 0, false, limits)).toBe('capped-pool');
    expect(await strategyFor(mid, 0, true, limits)).toBe('in-process');
    expect(await strategyFor({ ...small, stdin: true, absolute: null }, 2, false, limits)).toBe('in-process');
  });

  it('caps the pools at their own heap sizes, overridable by environment', () => {
    expect(POOL_WORKER_HEAP_MB).toBeLessThan(SMALL_ARTICLE_POOL_HEAP_MB);
    expect(strategyLimits({})).toMatchObject({ poolHeapMb: POOL_WORKER_HEAP_MB, smallPoolHeapMb: SMALL_ARTICLE_POOL_HEAP_MB });
    expect(strategyLimits({ SEO_AUDIT_SMALL_POOL_HEAP_MB: '300', SEO_AUDIT_POOL_HEAP_MB: '200' })).toMatchObject({ poolHeapMb: 200, smallPoolHeapMb: 300 });
  });
});
