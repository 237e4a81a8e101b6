/**
 * Turning the bytes of an article into text. Decisions (documented in the README):
 * - a UTF-8 BOM is stripped; UTF-16 LE/BE with a BOM is decoded;
 * - binary files (a NUL byte, or more than 10 % control bytes, in the first 8 KiB) are an error;
 * - invalid UTF-8 is an error that names the byte offset and line — never silently replaced,
 *   because replacement characters would shift nothing but quietly change word counts;
 * - empty and whitespace-only files are fine (0 words).
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileErrorReason, InputError } from '../errors.js';

const SNIFF_BYTES = 8192;
const CONTROL_SHARE_LIMIT = 0.1;

/** Reads and decodes one article; `display` is the name used in error messages. */
export async function readSource(file: string, display: string = file): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw readError(error, display);
  }
  return decodeSource(bytes, display);
}

/** Reads all of stdin as bytes. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
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
