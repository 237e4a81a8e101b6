/**
 * The per-article guard's two bounds through the real CLI (src/pipeline/run.ts, pool.ts,
 * guard.ts): an article that runs out of the memory budget is an errored entry and the run goes
 * on; SEO_AUDIT_GUARD=off (only for `npm run bench`'s cost measurement) turns both bounds off.
 *
 * Memory: a 5,000-item Markdown list with links (258 KB; parsing costs ~800× its size, ~200 MB)
 * goes to the capped pool (SEO_AUDIT_IN_PROCESS_MAX_BYTES below its size) whose workers get a
 * 64 MB heap (SEO_AUDIT_POOL_HEAP_MB; a worker loads in ~15 MB): it cannot fit, by a factor of
 * three. Time: 1,500 headings (~0.3 s on an idle 2-core machine) against a 0.05 s
 * --file-timeout, in this thread and in a pool worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

interface Entry {
  path: string;
  status: string;
  error?: string;
  stats?: { words: number };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seo-audit-guard-'));
  let list = '# Leg cramps\n\n';
  for (let i = 0; i < 5000; i++) list += `- item ${i} about leg cramps and [a link](x${i}.md)\n`;
  writeFileSync(join(dir, 'b-list.md'), list);
  let slow = '';
  for (let i = 0; i < 1500; i++) slow += `## Heading ${i} leg cramps\n\n`;
  writeFileSync(join(dir, 'slow.md'), slow);
  writeFileSync(join(dir, 'a-fast.md'), '# Leg cramps\n\nLeg cramps hurt. Stretch your calves before bed.\n');
  writeFileSync(join(dir, 'c-fast.md'), '# Night cramps\n\nLeg cramps at night. Drink water.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(files: string[], env: Record<string, string>, extra: string[] = []) {
  const result = run([...files.map((file) => join(dir, file)), '--no-config', '--keyword', 'leg cramps', '-f', 'json', ...extra], { env });
  const report = JSON.parse(result.stdout) as { files: Entry[] };
  return { ...result, byName: new Map(report.files.map((file) => [file.path.slice(dir.length + 1), file])) };
}

const MEMORY = { SEO_AUDIT_IN_PROCESS_MAX_BYTES: '65536', SEO_AUDIT_POOL_HEAP_MB: '64' };

describe('the per-article memory cap', () => {
  it('errors the article that needs more than the capped pool heap, and audits the others', () => {
    const result = audit(['a-fast.md', 'b-list.md', 'c-fast.md'], MEMORY);
    const why = 'cannot audit — the article needs more than the 64 MB memory budget for one file';
    expect(result.code).toBe(2);
    expect([...result.byName.keys()]).toEqual(['a-fast.md', 'b-list.md', 'c-fast.md']);
    expect(result.byName.get('b-list.md')).toMatchObject({ status: 'error', error: why });
    // "Leg cramps" + "Leg cramps hurt. Stretch your calves before bed."; "Night cramps" + "Leg cramps at night. Drink water."
    expect(result.byName.get('a-fast.md')!.stats!.words).toBe(2 + 8);
    expect(result.byName.get('c-fast.md')!.stats!.words).toBe(2 + 6);
    expect(result.stderr).toBe(`seo-audit: ${join(dir, 'b-list.md')}: ${why}\n`);
  });

  it('is off with SEO_AUDIT_GUARD=off: the same article is audited', () => {
    const result = audit(['b-list.md'], { ...MEMORY, SEO_AUDIT_GUARD: 'off' });
    expect(result.code, result.stderr).not.toBe(2);
    const entry = result.byName.get('b-list.md')!;
    expect(entry.status).not.toBe('error');
    // "Leg cramps" + 5,000 × "item N about leg cramps and a link" (8 words: the number is one).
    expect(entry.stats!.words).toBe(2 + 5000 * 8);
  });
});

describe('--file-timeout with SEO_AUDIT_GUARD', () => {
  for (const [name, env] of [
    ['in this thread (serial run)', { SEO_AUDIT_WORKERS: '0' }],
    ['in a pool worker', { SEO_AUDIT_WORKERS: '1' }],
  ] as const) {
    it(`errors the slow article with the guard on and audits it with SEO_AUDIT_GUARD=off, ${name}`, () => {
      const on = audit(['slow.md'], env, ['--file-timeout', '0.05']);
      expect(on.code).toBe(2);
      expect(on.byName.get('slow.md')).toMatchObject({ status: 'error', error: 'cannot audit — took longer than 0.05 s (--file-timeout)' });
      const off = audit(['slow.md'], { ...env, SEO_AUDIT_GUARD: 'off' }, ['--file-timeout', '0.05']);
      expect(off.code, off.stderr).not.toBe(2);
      expect(off.byName.get('slow.md')!.status).not.toBe('error');
      // 1,500 × "Heading N leg cramps" (4 words).
      expect(off.byName.get('slow.md')!.stats!.words).toBe(1500 * 4);
    });
  }
});
