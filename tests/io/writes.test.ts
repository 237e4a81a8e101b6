/**
 * Writes per SPEC §2 (issue 16): a failed stdout write is exit 2 with one line; `-o` never
 * replaces an input or a non-regular file; a symbolic link target keeps its link; a temp file
 * is removed on SIGHUP as on SIGINT/SIGTERM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, cleanEnv, ROOT, runCli, tempDir } from '../helpers/hostile.js';

const ARTICLE = '# Leg cramps\n\nLeg cramps at night are common.\n';
let dir: string;

function lines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}

beforeAll(() => {
  dir = tempDir('writes');
  writeFileSync(join(dir, 'post.md'), ARTICLE);
  writeFileSync(join(dir, 'keywords.yaml'), 'keywords:\n  - leg cramps\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stdout', () => {
  it.runIf(existsSync('/dev/full'))('a report to a full device (> /dev/full): exit 2, one line, no stack trace', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, 'post.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(lines(result.stderr)).toEqual(['seo-audit: stdout: cannot write output — no space left on device']);
    } finally {
      closeSync(fd);
    }
  }, 60_000);
});

describe('-o never replaces an input or a non-regular file', () => {
  it('-o naming the article, the keyword set or a merged report is refused before anything is written', () => {
    for (const [args, target] of [
      [['post.md', '--no-config', '--keyword', 'leg cramps', '-o', 'post.md'], 'post.md'],
      [['post.md', '--no-config', '-k', 'keywords.yaml', '-o', './keywords.yaml'], './keywords.yaml'],
      [['post.md', '--no-config', '--keyword', 'leg cramps', '--write-baseline', 'post.md'], 'post.md'],
    ] as [string[], string][]) {
      const run = runCli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(lines(run.stderr)).toEqual([`seo-audit: ${target}: cannot write output — it is one of the inputs of this run (choose another file)`]);
    }
    expect(readFileSync(join(dir, 'post.md'), 'utf8')).toBe(ARTICLE);
    expect(readFileSync(join(dir, 'keywords.yaml'), 'utf8')).toBe('keywords:\n  - leg cramps\n');
    // Through a symbolic link to the article, too.
    symlinkSync('post.md', join(dir, 'alias.md'));
    const viaLink = runCli(['post.md', '--no-config', '--keyword', 'leg cramps', '-o', 'alias.md'], dir);
    expect(viaLink.code).toBe(2);
    expect(readFileSync(join(dir, 'post.md'), 'utf8')).toBe(ARTICLE);

    const shard = runCli(['post.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json', '-o', 'shard.json'], dir);
    expect(shard.code).toBe(0);
    const before = readFileSync(join(dir, 'shard.json'), 'utf8');
    const merge = runCli(['merge', 'shard.json', '--no-config', '-o', 'shard.json'], dir);
    expect(merge.code).toBe(2);
    expect(lines(merge.stderr)).toEqual(['seo-audit: shard.json: cannot write output — it is one of the inputs of this run (choose another file)']);
    expect(readFileSync(join(dir, 'shard.json'), 'utf8')).toBe(before);
  }, 120_000);

  it('-o /dev/null writes to the device and leaves it a device', () => {
    const run = runCli(['post.md', '--no-config', '--keyword', 'leg cramps', '-o', '/dev/null'], dir);
    expect(run.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((name) => name.startsWith('.seo-audit-tmp-'))).toEqual([]);
  }, 60_000);

  it('-o through a symbolic link replaces the file it points to and keeps the link (also a dangling one)', () => {
    const sub = join(dir, 'links');
    mkdirSync(sub);
    writeFileSync(join(sub, 'post.md'), ARTICLE);
    writeFileSync(join(sub, 'real.json'), 'old');
    symlinkSync('real.json', join(sub, 'link.json'));
    symlinkSync('later.json', join(sub, 'dangling.json'));
    for (const [link, real] of [['link.json', 'real.json'], ['dangling.json', 'later.json']]) {
      const run = runCli(['post.md', '--no-config', '--keyword', 'leg cramps', '-f', 'json', '-o', link!], sub);
      expect(run.code).toBe(0);
      expect(lstatSync(join(sub, link!)).isSymbolicLink()).toBe(true);
      expect(JSON.parse(readFileSync(join(sub, real!), 'utf8')).files[0].path).toBe('post.md');
    }
  }, 60_000);

  it('a socket as -o target is refused', async () => {
    const { createServer } = await import('node:net');
    const server = createServer();
    const socket = join(dir, 'out.sock');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const run = runCli(['post.md', '--no-config', '--keyword', 'leg cramps', '-o', 'out.sock'], dir);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual(['seo-audit: out.sock: cannot write output — not a regular file (a socket)']);
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('signals', () => {
  it('SIGHUP while the temp file is being written: exit 129, temp file removed, target untouched', () => {
    const sub = join(dir, 'hup');
    mkdirSync(sub);
    writeFileSync(join(sub, 'report.json'), 'previous');
    const write = pathToFileURL(join(ROOT, 'dist', 'io', 'write.js')).href;
    // Starts a large atomic write and sends itself SIGHUP once the temp file exists on disk.
    const script = `
      import { readdirSync } from 'node:fs';
      const { writeFileAtomic } = await import(${JSON.stringify(write)});
      writeFileAtomic('report.json', Buffer.alloc(256 * 1024 * 1024, 120)).then(() => process.exit(3), () => process.exit(4));
      const temp = () => readdirSync('.').some((name) => name.startsWith('.seo-audit-tmp-'));
      const wait = () => (temp() ? process.kill(process.pid, 'SIGHUP') : setImmediate(wait));
      wait();`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: sub, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(129);
    expect(readdirSync(sub)).toEqual(['report.json']);
    expect(readFileSync(join(sub, 'report.json'), 'utf8')).toBe('previous');
  }, 180_000);
});
