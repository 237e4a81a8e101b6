/**
 * Turning the bytes of an article into text. Decisions (documented in the README):
 * - a UTF-8 BOM is stripped; UTF-16 LE/BE with a BOM is decoded;
 * - binary files (a NUL byte, or more than 10 % control bytes, in the first 8 KiB) are an error;
 * - invalid UTF-8 is an error that names the byte offset and line — never silently replaced,
 *   because replacement characters would shift nothing but quietly change word counts;
 * - empty and whitespace-only files are fine (0 words).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileErrorReason, InputError } from '../errors.js';

const SNIFF_BYTES = 8192;
const CONTROL_SHARE_LIMIT = 0.1;

const MiB = 1024 * 1024;
/**
 * Largest file read for each kind of input (README: Limits). An article's text must fit in one
 * JavaScript string (V8's limit is about 512 M UTF-16 units); SEO_AUDIT_MAX_FILE_BYTES lowers or
 * raises the article and stdin limit.
 */
export const READ_LIMITS = {
  article: 400 * MiB,
  keywordSet: 16 * MiB,
  config: 4 * MiB,
  baseline: 256 * MiB,
  report: 400 * MiB,
} as const;

/** The article/stdin limit: SEO_AUDIT_MAX_FILE_BYTES when set to a positive integer, else READ_LIMITS.article. */
export function articleLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['SEO_AUDIT_MAX_FILE_BYTES'];
  return text !== undefined && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : READ_LIMITS.article;
}

/** "12,345 bytes" / "16 MiB": sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * A read refused before or while reading: not a regular file, or larger than the limit. Its
 * `reason` is what fileErrorReason() prints ("not a regular file (a FIFO)").
 */
export class ReadRefused extends Error {
  constructor(readonly reason: string, readonly code: 'ENOTREG' | 'EFBIG') {
    super(reason);
  }
}

/** What a non-regular file is, in words; null for a regular file. */
export function nonRegularKind(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

function refuseNonRegular(info: Stats): void {
  const kind = nonRegularKind(info);
  if (kind === 'a directory') throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (kind !== null) throw new ReadRefused(`not a regular file (${kind})`, 'ENOTREG');
}

function tooLarge(limit: number, size: number | null): ReadRefused {
  const what = size === null ? `more than the limit of ${formatBytes(limit)}` : `${formatBytes(size)}, the limit is ${formatBytes(limit)}`;
  return new ReadRefused(`too large: ${what}`, 'EFBIG');
}

/** ENXIO is what open() says for a Unix socket. */
function openFailure(error: unknown): unknown {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENXIO' ? new ReadRefused('not a regular file (a socket)', 'ENOTREG') : error;
}

// O_NONBLOCK: opening a FIFO with no writer returns at once (and fstat then refuses it) instead
// of waiting for a writer forever. It changes nothing for regular files.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole regular file, at most `limit` bytes: a FIFO, device or socket is refused at
 * once (never read: /dev/zero would never end), a file over the limit is refused from its
 * size, and one that grows while read is cut at limit + 1 bytes and refused.
 */
export async function readFileBounded(path: string | Buffer, limit: number): Promise<Buffer> {
  const handle = await open(path, OPEN_FLAGS).catch((error: unknown) => {
    throw openFailure(error);
  });
  try {
    const info = await handle.stat();
    refuseNonRegular(info);
    if (info.size > limit) throw tooLarge(limit, info.size);
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(nextChunkSize(limit, total, info.size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
      parts.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(limit, null);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The next read's size: sized from the stat size (one read for a file that does not change),
 * at least 64 KiB for files that grow or report size 0, never past limit + 1 bytes in all.
 */
function nextChunkSize(limit: number, total: number, statSize: number): number {
  return Math.max(1, Math.min(limit + 1 - total, Math.max(statSize + 1 - total, 64 * 1024)));
}

/** readFileBounded for the synchronous loaders (keyword sets, configs, baselines). */
export function readFileBoundedSync(path: string | Buffer, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    refuseNonRegular(info);
    if (info.size > limit) throw tooLarge(limit, info.size);
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(nextChunkSize(limit, total, info.size));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
      parts.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(limit, null);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes one article; `display` is the name used in error messages. */
export async function readSource(file: string | Buffer, display: string = String(file), limit: number = articleLimit()): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFileBounded(file, limit);
  } catch (error) {
    throw readError(error, display);
  }
  return decodeSource(bytes, display);
}

/**
 * Reads all of stdin as bytes, at most `limit`: more is an error, and so is a start that looks
 * binary (checked on the first 8 KiB, so `< /dev/zero` or `< /dev/urandom` stops at once
 * instead of filling memory). The errors carry no file: the caller names stdin (--stdin-filename).
 */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, limit: number = articleLimit()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (!sniffed && total >= SNIFF_BYTES) {
      sniffed = true;
      const start = Buffer.concat(chunks, total).subarray(0, SNIFF_BYTES);
      const binary = hasBom(start) ? null : binaryReason(start);
      // Leaving the loop destroys the stream: nothing more is read.
      if (binary) throw new InputError('binary file', binary);
    }
    if (total > limit) throw new InputError('cannot read file', `too large: more than the limit of ${formatBytes(limit)}`);
  }
  return Buffer.concat(chunks, total);
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
}

export function decodeSource(bytes: Uint8Array, display: string): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), display, 3);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', display);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', display);
  const binary = binaryReason(bytes);
  if (binary) throw new InputError('binary file', binary, { file: display });
  return decodeUtf8(bytes, display, 0);
}

/** Why the bytes look binary, or null. Tab, LF, VT, FF, CR and ESC count as text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at byte offset ${i}`;
    if ((b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) || b === 0x7f) control++;
  }
  if (end > 0 && control / end > CONTROL_SHARE_LIMIT) {
    return `${control} of the first ${end} bytes are control characters`;
  }
  return null;
}

function decodeUtf8(bytes: Uint8Array, display: string, base: number): string {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, offset);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new InputError('not valid UTF-8', `invalid byte 0x${byte} at byte offset ${base + offset}`, {
      file: display,
      line,
    });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', display: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()}`, 'the file starts with a UTF-16 byte order mark but does not decode', {
      file: display,
    });
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes.length when valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) return i; // truncated sequence
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A one-line InputError for a failed read (missing, unreadable, a directory...). */
export function readError(error: unknown, display: string): InputError {
  const why = fileErrorReason(error, {}, (e) => {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    return code ? `${code}: ${(e as Error).message}` : String((e as Error | null)?.message ?? e);
  });
  return new InputError('cannot read file', why, { file: display });
}
