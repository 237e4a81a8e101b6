/**
 * Reading a JSON report incrementally, for `merge` of sharded runs: a shard's report grows with
 * its articles (about 30 KB each) and a 20,000-article shard is more text than one JavaScript
 * string can hold. The reader scans the file in 1 MB chunks and only finds where each entry of
 * the top-level `files` array begins and ends (strings and escapes respected); each entry is then
 * parsed by JSON.parse on its own, and so is the rest of the report (the frame: schemaVersion,
 * tool, summary, crossFile, rules) with `"files": []` in place of the entries. At most one entry
 * and one chunk are in memory at a time.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { nonRegularKind, ReadRefused } from '../io/read.js';
import { StringDecoder } from 'node:string_decoder';

export interface ReportPieces {
  /** The report without its file entries (`files` is `[]` when the report had a files array). */
  frame: unknown;
  /** Whether the top level had a `files` array (its entries were handed to `onFile`). */
  hadFiles: boolean;
}

/** Thrown when the text is not JSON; `message` is JSON.parse's (or the reader's) reason. */
export class NotJsonError extends Error {}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * Reads the JSON document at `path`, calling `onFile(entry, index)` for each entry of the
 * top-level object's `files` array (in file order), and returns the rest (`chunkBytes`: read size). Throws NotJsonError
 * for text that is not JSON, and the read error (ENOENT…) as it is.
 */
export async function readReportPieces(
  path: string,
  onFile: (entry: unknown, index: number) => void,
  chunkBytes = 1 << 20,
): Promise<ReportPieces> {
  const decoder = new StringDecoder('utf8');
  const frame: string[] = [];
  /** Containers open: '{' or '['. */
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  // The last string closed directly inside the top-level object, and the key it made.
  let stringStart = -1;
  let stringPieces: string[] = [];
  let lastString = '""';
  let key: string | null = null;
  // The files array (open while its entries are read) and the entry being read.
  let filesOpen = false;
  let hadFiles = false;
  let entry: string[] | null = null;
  let primitive = false;
  let index = 0;
  let first = true;

  const finishEntry = (text: string): void => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new NotJsonError((error as Error).message);
    }
    onFile(value, index++);
  };

  const scan = (input: string): void => {
    let chunk = input;
    if (first && chunk !== '') {
      chunk = chunk.replace(/^\ufeff/, '');
      first = false;
    }
    /** Where the frame's text resumes in this chunk; null while inside the files array. */
    let frameFrom: number | null = filesOpen ? null : 0;
    let entryStart = 0;
    const endEntry = (end: number): void => {
      entry!.push(chunk.slice(entryStart, end));
      const text = entry!.join('');
      entry = null;
      finishEntry(text);
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') {
          inString = false;
          if (stringStart !== -1) {
            stringPieces.push(chunk.slice(stringStart, i + 1));
            lastString = stringPieces.join('');
            stringPieces = [];
            stringStart = -1;
          }
          if (entry !== null && stack.length === 2) endEntry(i + 1);
        }
        continue;
      }
      if (entry !== null && primitive && (c === ',' || c === ']' || c === '}' || WS.has(c))) {
        // A primitive entry (never a report entry; the schema check says so) ends here.
        endEntry(i);
        primitive = false;
      }
      if (filesOpen && entry === null && stack.length === 2 && !WS.has(c) && c !== ',' && c !== ']') {
        entry = [];
        entryStart = i;
        primitive = c !== '{' && c !== '[' && c !== '"';
      }
      if (c === '"') {
        inString = true;
        if (stack.length === 1 && stack[0] === '{') {
          stringStart = i;
          stringPieces = [];
        }
      } else if (c === '{' || c === '[') {
        if (c === '[' && stack.length === 1 && stack[0] === '{' && key === 'files' && !hadFiles) {
          filesOpen = true;
          hadFiles = true;
          frame.push(chunk.slice(frameFrom ?? i, i + 1));
          frameFrom = null;
        }
        stack.push(c);
      } else if (c === '}' || c === ']') {
        if (filesOpen && stack.length === 2) {
          if (c !== ']') throw new NotJsonError(`Unexpected token "${c}" in the files array`);
          filesOpen = false;
          frameFrom = i;
        }
        stack.pop();
        if (entry !== null && !primitive && stack.length === 2) endEntry(i + 1);
      } else if (c === ':' && stack.length === 1 && stack[0] === '{') {
        try {
          key = JSON.parse(lastString) as string;
        } catch (error) {
          throw new NotJsonError((error as Error).message);
        }
      }
    }
    if (stringStart !== -1) {
      stringPieces.push(chunk.slice(stringStart));
      stringStart = 0;
    }
    if (entry !== null) entry.push(chunk.slice(entryStart));
    if (frameFrom !== null) frame.push(chunk.slice(frameFrom));
  };

  // Opened as src/io/read.ts does: a FIFO, device or socket is refused at once, never read (no
  // size limit here: the report is never held whole).
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENXIO') throw new ReadRefused('not a regular file (a socket)', 'ENOTREG');
    throw error;
  });
  try {
    const kind = nonRegularKind(await handle.stat());
    if (kind === 'a directory') throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (kind !== null) throw new ReadRefused(`not a regular file (${kind})`, 'ENOTREG');
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scan(decoder.write(buffer.subarray(0, bytesRead)));
    }
  } finally {
    await handle.close();
  }
  scan(decoder.end());
  if (entry !== null || inString || stack.length > 0) throw new NotJsonError('Unexpected end of JSON input');
  let value: unknown;
  try {
    value = JSON.parse(frame.join(''));
  } catch (error) {
    throw new NotJsonError((error as Error).message);
  }
  return { frame: value, hadFiles };
}
