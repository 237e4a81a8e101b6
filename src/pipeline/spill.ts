/**
 * A spill file: an append-only temp file of text records (one or more per audited article), so
 * that what a run must print at its end (the JSON report's file entries, the prominent phrases
 * a cross-file rule reads once) is on disk rather than in memory for the whole run. Records are
 * read back by their span, or the whole file streamed in order. The file lives in its own
 * `mkdtemp` directory under the OS temp dir and is removed by `close()` or, failing that, when
 * the process exits.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a record is: byte offset and byte length. */
export interface Span {
  offset: number;
  length: number;
}

/** Bytes buffered before a write to disk. */
const BUFFER_BYTES = 1 << 20;

const open = new Set<Spill>();
let exitHook = false;

export class Spill {
  private readonly dir: string;
  readonly path: string;
  private fd: number | null;
  private size = 0;
  /** Bytes not yet on disk: `buffered` of them at the start of `buffer`. */
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private buffered = 0;

  constructor(name = 'records') {
    this.dir = mkdtempSync(join(tmpdir(), 'seo-audit-spill-'));
    this.path = join(this.dir, name);
    this.fd = openSync(this.path, 'wx+', 0o600);
    open.add(this);
    if (!exitHook) {
      exitHook = true;
      process.on('exit', () => {
        for (const spill of open) spill.close();
      });
    }
  }

  /** Bytes appended so far. */
  get bytes(): number {
    return this.size;
  }

  /** Appends a record (text is written as UTF-8); returns where it is. */
  append(text: string | Buffer): Span {
    const offset = this.size;
    let length: number;
    if (typeof text === 'string' && text.length * 3 <= BUFFER_BYTES - this.buffered) {
      // Encoded straight into the buffer (a UTF-16 unit is at most 3 UTF-8 bytes): no Buffer per record.
      length = this.buffer.write(text, this.buffered, 'utf8');
      this.buffered += length;
    } else {
      const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      length = data.length;
      if (length <= BUFFER_BYTES - this.buffered) {
        data.copy(this.buffer, this.buffered);
        this.buffered += length;
      } else {
        this.flush();
        this.write(data, offset);
      }
    }
    this.size += length;
    if (this.buffered >= BUFFER_BYTES / 2) this.flush();
    return { offset, length };
  }

  /** Reads one record back. */
  read(span: Span): string {
    return this.readBytes(span).toString('utf8');
  }

  /** Reads one record (or any span of the file) back as bytes. */
  readBytes(span: Span): Buffer {
    this.flush();
    const data = Buffer.allocUnsafe(span.length);
    let done = 0;
    while (done < span.length) {
      const n = readSync(this.descriptor(), data, done, span.length - done, span.offset + done);
      if (n === 0) throw new Error(`spill file ${this.path}: short read`);
      done += n;
    }
    return data;
  }

  /** The whole file, in the order the records were appended. */
  stream(): ReadStream {
    this.flush();
    return createReadStream(this.path, { highWaterMark: 1 << 20 });
  }

  /** Writes what is buffered to disk. */
  flush(): void {
    if (this.buffered === 0) return;
    const length = this.buffered;
    this.buffered = 0;
    this.write(this.buffer.subarray(0, length), this.size - length);
  }

  private write(data: Buffer, position: number): void {
    const fd = this.descriptor();
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
  }

  /** Removes the file (idempotent). */
  close(): void {
    open.delete(this);
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = null;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private descriptor(): number {
    if (this.fd === null) throw new Error('spill file used after close()');
    return this.fd;
  }
}
