import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { binaryReason, decodeSource, firstInvalidUtf8, readSource } from '../../src/io/read.js';
import { collectInputs, comparePaths, displayPath, parseShard, selectShard } from '../../src/io/inputs.js';
import { checkWritable, pendingTempFiles, writeFileAtomic } from '../../src/io/write.js';
import { InputError, UsageError } from '../../src/errors.js';
import type { SourceFormat } from '../../src/document/model.js';

/** Same extension rules as the document module, kept local so these tests need no parser. */
function formatFromPath(path: string): SourceFormat | null {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.html?$/.test(lower)) return 'html';
  return null;
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decodeSource', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeSource(Buffer.from('\uFEFF# Leg cramps\n', 'utf8'), 'a.md')).toBe('# Leg cramps\n');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = '# Crampes — é\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 2; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeSource(le, 'le.md')).toBe(text);
    expect(decodeSource(be, 'be.md')).toBe(text);
  });

  it('rejects NUL bytes as binary, naming the file and the offset', () => {
    // PNG signature: 8 bytes, then the IHDR length 00 00 00 0d — the first NUL is byte 8.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = inputError(() => decodeSource(png, 'img/photo.md'));
    expect(error.what).toBe('binary file');
    expect(error.why).toBe('NUL byte at byte offset 8');
    expect(error.describe()).toBe('img/photo.md: binary file — NUL byte at byte offset 8');
  });

  it('rejects text that is mostly control bytes', () => {
    // 20 bytes: 10 × 0x01 and 10 × "a" → 50 % control bytes.
    const bytes = Buffer.from([...Array(10).fill(1), ...Buffer.from('aaaaaaaaaa')]);
    expect(binaryReason(bytes)).toBe('10 of the first 20 bytes are control characters');
    // Tabs, CR, LF, form feed and ESC are text.
    expect(binaryReason(Buffer.from('a\tb\r\nc\fd\x1b[0m'))).toBeNull();
  });

  it('rejects invalid UTF-8 with the byte offset and line', () => {
    // "ab\ncd" is 5 bytes, so the lone 0xFF is byte 5, on line 2.
    const bytes = Buffer.concat([Buffer.from('ab\ncd'), Buffer.from([0xff]), Buffer.from('ef')]);
    const error = inputError(() => decodeSource(bytes, 'bad.md'));
    expect(error.describe()).toBe('bad.md:2: not valid UTF-8 — invalid byte 0xFF at byte offset 5');
  });

  it('counts the BOM in the reported offset', () => {
    // BOM (3 bytes) + "x" → the truncated 0xE2 0x82 sequence starts at byte 4.
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x78, 0xe2, 0x82]);
    expect(inputError(() => decodeSource(bytes, 'b.md')).why).toBe('invalid byte 0xE2 at byte offset 4');
  });

  it('accepts empty and whitespace-only files', () => {
    expect(decodeSource(Buffer.alloc(0), 'e.md')).toBe('');
    expect(decodeSource(Buffer.from(' \n\t\n'), 'w.md')).toBe(' \n\t\n');
  });

  it('finds the first invalid UTF-8 byte exactly where Node’s validator disagrees', () => {
    // Valid text around a few random bytes: exercises multi-byte sequences as well as junk.
    const bytesArbitrary = fc
      .tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([a, junk, b]) => new Uint8Array(Buffer.concat([Buffer.from(a, 'utf8'), junk, Buffer.from(b, 'utf8')])));
    fc.assert(
      fc.property(fc.oneof(bytesArbitrary, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        expect(offset === bytes.length).toBe(isUtf8(bytes));
        const validPrefix = new TextDecoder('utf-8', { fatal: true });
        if (offset === bytes.length) {
          expect(() => validPrefix.decode(bytes)).not.toThrow();
        } else {
          // Everything before the offset is valid; the sequence at the offset is not.
          expect(() => validPrefix.decode(bytes.subarray(0, offset))).not.toThrow();
          expect(() => validPrefix.decode(bytes)).toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g, '');
        expect(firstInvalidUtf8(Buffer.from(clean, 'utf8'))).toBe(Buffer.byteLength(clean));
        expect(decodeSource(Buffer.from(clean, 'utf8'), 'x.md')).toBe(clean.startsWith('\uFEFF') ? clean.slice(1) : clean);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readSource', () => {
  it('names the file when it is missing', async () => {
    await expect(readSource('/nonexistent/seo-audit/x.md', 'x.md')).rejects.toMatchObject({
      what: 'cannot read file',
      why: 'no such file or directory',
      location: { file: 'x.md' },
    });
  });
});

describe('collectInputs', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'seo-audit-inputs-'));
    const files = [
      'blog/b.md',
      'blog/a.html',
      'blog/Z.markdown',
      'blog/notes.txt',
      'blog/sub/c.mdx',
      'blog/sub/d.htm',
      'blog/node_modules/pkg/readme.md',
      'blog/.hidden/secret.md',
      'blog/drafts/wip.md',
      'with space/ünïcode.md',
    ];
    for (const file of files) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '# x\n');
    }
    // A loop: blog/sub/loop → blog.
    symlinkSync(join(root, 'blog'), join(root, 'blog/sub/loop'));
    symlinkSync(join(root, 'blog/missing.md'), join(root, 'blog/dangling.md'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const paths = (inputs: { path: string }[]) => inputs.map((input) => input.path);

  it('recurses directories for article extensions, sorted, skipping node_modules, dot-directories and loops', async () => {
    const inputs = await collectInputs(['blog'], { cwd: root, formatFromPath });
    // Code-unit order: uppercase "Z" (0x5A) sorts before lowercase letters.
    expect(paths(inputs)).toEqual([
      'blog/Z.markdown',
      'blog/a.html',
      'blog/b.md',
      'blog/dangling.md',
      'blog/drafts/wip.md',
      'blog/sub/c.mdx',
      'blog/sub/d.htm',
    ]);
    expect(inputs.map((input) => input.format)).toEqual(['markdown', 'html', 'markdown', 'markdown', 'markdown', 'markdown', 'html']);
    const dangling = inputs.find((input) => input.path === 'blog/dangling.md')!;
    expect(dangling.error?.why).toBe('broken symbolic link');
  });

  it('expands globs relative to cwd and de-duplicates paths given twice', async () => {
    const inputs = await collectInputs(['blog/sub/*.{mdx,htm}', './blog/sub/c.mdx', 'blog/sub/c.mdx'], { cwd: root, formatFromPath });
    expect(paths(inputs)).toEqual(['blog/sub/c.mdx', 'blog/sub/d.htm']);
    expect(inputs.every((input) => input.error === null)).toBe(true);
  });

  it('turns a missing path and an empty glob into errored entries without stopping', async () => {
    const inputs = await collectInputs(['nope.md', 'blog/b.md', 'blog/**/*.nothing'], { cwd: root, formatFromPath });
    expect(paths(inputs)).toEqual(['blog/**/*.nothing', 'blog/b.md', 'nope.md']);
    expect(inputs.map((input) => input.error?.why ?? null)).toEqual([
      'the glob matched no Markdown or HTML file',
      null,
      'no such file or directory',
    ]);
  });

  it('keeps explicit files with other extensions (as Markdown) and paths with spaces and unicode', async () => {
    const inputs = await collectInputs(['blog/notes.txt', 'with space/ünïcode.md'], { cwd: root, formatFromPath });
    expect(inputs.map((input) => [input.path, input.format])).toEqual([
      ['blog/notes.txt', 'markdown'],
      ['with space/ünïcode.md', 'markdown'],
    ]);
  });

  it('honours the ignore callback', async () => {
    const inputs = await collectInputs(['blog'], {
      cwd: root,
      formatFromPath,
      isIgnored: (_absolute, shown) => shown.startsWith('blog/drafts/'),
    });
    expect(paths(inputs)).not.toContain('blog/drafts/wip.md');
    expect(inputs).toHaveLength(6);
  });

  it('reads "-" as stdin, named and typed by --stdin-filename', async () => {
    expect(await collectInputs(['-'], { cwd: root, formatFromPath })).toEqual([
      { path: '<stdin>', absolute: null, format: 'markdown', stdin: true, error: null },
    ]);
    const named = await collectInputs(['-'], { cwd: root, formatFromPath, stdinFilename: 'posts/page.html' });
    expect(named[0]).toMatchObject({ path: 'posts/page.html', format: 'html', stdin: true });
    await expect(collectInputs(['-', '-'], { cwd: root, formatFromPath })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('paths and shards', () => {
  it('normalises display paths without making them absolute', () => {
    expect(displayPath('./a//b/')).toBe('a/b');
    expect(displayPath('/abs/x.md')).toBe('/abs/x.md');
    expect(displayPath('../up/x.md')).toBe('../up/x.md');
  });

  it('parses i/n and rejects everything else', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['3/2', '0/2', '1/0', '1', 'a/b', '1/2/3', '-1/2', '']) {
      expect(() => parseShard(bad), bad).toThrow(UsageError);
    }
    expect(() => parseShard('3/2')).toThrow('invalid --shard "3/2" — i must be between 1 and 2');
  });

  it('assigns file k to shard (k mod n) + 1', () => {
    const files = ['a', 'b', 'c', 'd', 'e'];
    expect(selectShard(files, { index: 1, count: 2 })).toEqual(['a', 'c', 'e']);
    expect(selectShard(files, { index: 2, count: 2 })).toEqual(['b', 'd']);
    expect(selectShard(files, { index: 3, count: 7 })).toEqual(['c']);
  });

  it('partitions: every file in exactly one shard, order kept', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (names, n) => {
        const sorted = [...names].sort(comparePaths);
        const shards = Array.from({ length: n }, (_, i) => selectShard(sorted, { index: i + 1, count: n }));
        expect(shards.flat().sort(comparePaths)).toEqual(sorted);
        for (const shard of shards) expect([...shard].sort(comparePaths)).toEqual(shard);
      }),
    );
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seo-audit-write-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole file and leaves no temp file', async () => {
    const target = join(dir, 'report.json');
    await writeFileAtomic(target, '{"a":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(pendingTempFiles()).toEqual([]);
  });

  it('replaces an existing file in one step', async () => {
    const target = join(dir, 'report.json');
    await writeFileAtomic(target, 'second\n');
    expect(readFileSync(target, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('fails with one named error when the directory is missing, leaving nothing behind', async () => {
    const target = join(dir, 'missing', 'out.json');
    await expect(writeFileAtomic(target, 'x', 'missing/out.json')).rejects.toMatchObject({
      what: 'cannot write output',
      why: 'the directory does not exist',
      location: { file: 'missing/out.json' },
    });
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(pendingTempFiles()).toEqual([]);
  });

  it('fails when the target is a directory, removing its temp file', async () => {
    mkdirSync(join(dir, 'adir'));
    await expect(writeFileAtomic(join(dir, 'adir'), 'x', 'adir')).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(dir).sort()).toEqual(['adir', 'report.json']);
    await expect(checkWritable(join(dir, 'adir'), 'adir')).rejects.toMatchObject({ why: 'is a directory' });
    await expect(checkWritable(join(dir, 'report.json', 'x'), 'report.json/x')).rejects.toMatchObject({
      why: 'a parent of the path is not a directory',
    });
    await expect(checkWritable(join(dir, 'new.json'))).resolves.toBeUndefined();
  });
});
