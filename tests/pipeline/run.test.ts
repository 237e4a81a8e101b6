/**
 * The run strategies (src/pipeline/run.ts): every article is bounded in time (--file-timeout)
 * whether it is audited in this thread (vm watchdog) or in a pool worker (timer + terminate),
 * and the run goes on after it. The slow article is ~12,500 headings (seconds of parsing),
 * the timeout 2 s, the fast article a few lines (milliseconds): a wide margin either way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seo-audit-run-'));
  let slow = '';
  for (let i = 0; i < 12_500; i++) slow += `## Heading ${i} leg cramps\n\n`;
  writeFileSync(join(dir, 'b-slow.md'), slow);
  writeFileSync(join(dir, 'a-fast.md'), '# Leg cramps\n\nLeg cramps hurt. Stretch your calves before bed.\n');
  writeFileSync(join(dir, 'c-fast.md'), '# Night cramps\n\nLeg cramps at night. Drink water.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = () => [dir, '--no-config', '--keyword', 'leg cramps', '-f', 'json', '--file-timeout', '2'];

describe('--file-timeout', () => {
  for (const [name, env] of [
    ['in this thread (serial run)', { SEO_AUDIT_WORKERS: '0' }],
    ['in a pool worker', { SEO_AUDIT_WORKERS: '1' }],
  ] as const) {
    it(`errors the slow article and audits the others, ${name}`, () => {
      const result = run(args(), { env });
      expect(result.code).toBe(2);
      const report = JSON.parse(result.stdout) as { files: { path: string; status: string; error?: string }[] };
      const byName = new Map(report.files.map((file) => [file.path.slice(dir.length + 1), file]));
      expect([...byName.keys()]).toEqual(['a-fast.md', 'b-slow.md', 'c-fast.md']);
      expect(byName.get('b-slow.md')).toMatchObject({ status: 'error', error: 'cannot audit — took longer than 2 s (--file-timeout)' });
      expect(byName.get('a-fast.md')!.status).not.toBe('error');
      expect(byName.get('c-fast.md')!.status).not.toBe('error');
      expect(result.stderr).toBe(`seo-audit: ${join(dir, 'b-slow.md')}: cannot audit — took longer than 2 s (--file-timeout)\n`);
    });
  }

  it('rejects a value that is not a positive number of seconds', () => {
    for (const bad of ['0', '-1', 'abc', '']) {
      const result = run([join(dir, 'a-fast.md'), '--no-config', '--file-timeout', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`seo-audit: invalid --file-timeout "${bad}" — must be a number of seconds above 0, at most 86400\n`);
    }
  });
});
