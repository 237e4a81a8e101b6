/**
 * Inputs that are not regular files, and bounded reads (SPEC §2, §9; issue 16): a FIFO, a
 * device or a socket is an errored entry at once when it is an article, and one error line
 * with exit 2 when it is a keyword set or a config; every read stops at its limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { join } from 'node:path';
import { BIN, cleanEnv, runCli, tempDir } from '../helpers/hostile.js';
import { readFileBounded, readFileBoundedSync, READ_LIMITS } from '../../src/io/read.js';

const ARTICLE = '# Leg cramps\n\nLeg cramps at night are common.\n';
let dir: string;
let server: Server | null = null;
const canFifo = process.platform !== 'win32';

function lines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}

beforeAll(async () => {
  dir = tempDir('nonregular');
  writeFileSync(join(dir, 'good.md'), ARTICLE);
  writeFileSync(join(dir, 'keywords.yaml'), 'keywords:\n  - leg cramps\n');
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  symlinkSync('/dev/urandom', join(dir, 'random.md'));
  spawnSync('mkfifo', [join(dir, 'fifo.md'), join(dir, 'fifo.yaml'), join(dir, 'seo-audit.config.yaml.fifo')]);
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(join(dir, 'socket.md'), resolve));
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(canFifo)('non-regular inputs', () => {
  it('a FIFO, /dev/zero, /dev/urandom and a socket as articles: errored entries at once, the good file audited, exit 2', () => {
    expect(existsSync(join(dir, 'fifo.md'))).toBe(true);
    const run = runCli(['fifo.md', 'good.md', 'random.md', 'socket.md', 'zero.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], dir);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: { path: string; status: string; error?: string }[] };
    expect(report.files.map((f) => [f.path, f.status, f.error ?? null])).toEqual([
      ['fifo.md', 'error', 'cannot read file — not a regular file (a FIFO)'],
      ['good.md', 'passed', null],
      ['random.md', 'error', 'cannot read file — not a regular file (a character device)'],
      ['socket.md', 'error', 'cannot read file — not a regular file (a socket)'],
      ['zero.md', 'error', 'cannot read file — not a regular file (a character device)'],
    ]);
    expect(lines(run.stderr)).toEqual([
      'seo-audit: fifo.md: cannot read file — not a regular file (a FIFO)',
      'seo-audit: random.md: cannot read file — not a regular file (a character device)',
      'seo-audit: socket.md: cannot read file — not a regular file (a socket)',
      'seo-audit: zero.md: cannot read file — not a regular file (a character device)',
    ]);
  }, 60_000);

  it('stdin from /dev/zero or /dev/urandom stops at the first 8 KiB: binary, exit 2', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const fd = openSync(device, 'r');
      try {
        const result = spawnSync(process.execPath, [BIN, '-', '--no-config', '--keyword', 'x', '-f', 'json'], { cwd: dir, env: cleanEnv(), stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
        expect(result.status, device).toBe(2);
        const [line, ...rest] = lines(result.stderr);
        expect(line).toMatch(/^seo-audit: <stdin>: binary file — /);
        expect(rest).toEqual([]);
      } finally {
        closeSync(fd);
      }
    }
  }, 120_000);

  it('a FIFO or a device as keyword set or config: one line, exit 2, nothing read', () => {
    const cases: [string[], string][] = [
      [['-k', 'fifo.yaml'], 'seo-audit: fifo.yaml: cannot read keyword set — not a regular file (a FIFO)'],
      [['-c', 'seo-audit.config.yaml.fifo'], 'seo-audit: seo-audit.config.yaml.fifo: cannot read config — not a regular file (a FIFO)'],
      [['-c', '/dev/zero'], 'seo-audit: /dev/zero: cannot read config — not a regular file (a character device)'],
    ];
    for (const [args, line] of cases) {
      const run = runCli(['good.md', ...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(lines(run.stderr)).toEqual([line]);
    }
  }, 60_000);
});

describe('bounded reads', () => {
  it('an article or stdin over the limit (SEO_AUDIT_MAX_FILE_BYTES) is an errored entry naming both sizes', () => {
    const sub = join(dir, 'limit');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'big.md'), ARTICLE + 'x'.repeat(200));
    writeFileSync(join(sub, 'small.md'), ARTICLE);
    const size = Buffer.byteLength(ARTICLE) + 200;
    const run = runCli(['big.md', 'small.md', '--no-config', '--keyword', 'leg cramps'], sub, { SEO_AUDIT_MAX_FILE_BYTES: '100' });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`seo-audit: big.md: cannot read file — too large: ${size} bytes, the limit is 100 bytes`]);
    const stdin = spawnSync(process.execPath, [BIN, '-', '--no-config', '--keyword', 'x'], { cwd: sub, env: cleanEnv({ SEO_AUDIT_MAX_FILE_BYTES: '100' }), input: 'word '.repeat(100), encoding: 'utf8' });
    expect(stdin.status).toBe(2);
    expect(lines(stdin.stderr)).toEqual(['seo-audit: <stdin>: cannot read file — too large: more than the limit of 100 bytes']);
  }, 60_000);

  it('a keyword set over 16 MiB and a config over 4 MiB: one line, exit 2', () => {
    const sub = join(dir, 'huge-sets');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'good.md'), ARTICLE);
    writeFileSync(join(sub, 'big.txt'), 'leg cramps\n'.repeat(Math.ceil((READ_LIMITS.keywordSet + 1) / 11)));
    writeFileSync(join(sub, 'big.yaml'), '# ' + 'x'.repeat(READ_LIMITS.config) + '\n');
    const set = runCli(['good.md', '--no-config', '-k', 'big.txt'], sub);
    expect(set.code).toBe(2);
    expect(lines(set.stderr)).toEqual([expect.stringMatching(/^seo-audit: big\.txt: cannot read keyword set — too large: [\d,]+ bytes, the limit is 16 MiB$/)]);
    const config = runCli(['good.md', '-c', 'big.yaml'], sub);
    expect(config.code).toBe(2);
    expect(lines(config.stderr)).toEqual([expect.stringMatching(/^seo-audit: big\.yaml: cannot read config — too large: [\d,]+ bytes, the limit is 4 MiB$/)]);
  }, 60_000);

  it('reads whole files within the limit, refuses one byte more (sync and async)', async () => {
    const file = join(dir, 'exact.txt');
    writeFileSync(file, 'y'.repeat(300_000));
    expect((await readFileBounded(file, 300_000)).length).toBe(300_000);
    expect(readFileBoundedSync(file, 300_000).length).toBe(300_000);
    await expect(readFileBounded(file, 299_999)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(() => readFileBoundedSync(file, 299_999)).toThrow(/too large: 300,000 bytes, the limit is 299,999 bytes/);
    writeFileSync(file, '');
    expect((await readFileBounded(file, 10)).length).toBe(0);
  });

  it.runIf(canFifo)('a FIFO with no writer is refused without waiting for one', async () => {
    await expect(readFileBounded(join(dir, 'fifo.md'), 100)).rejects.toMatchObject({ reason: 'not a regular file (a FIFO)' });
    expect(() => readFileBoundedSync('/dev/zero', 100)).toThrow('not a regular file (a character device)');
  });
});
