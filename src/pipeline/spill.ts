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
  private readonly chunks: Buffer[] = [];
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
    const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const span = { offset: this.size, length: data.length };
    this.chunks.push(data);
    this.buffered += data.length;
    this.size += data.length;
    if (this.buffered >= BUFFER_BYTES) this.flush();
    return span;
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
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    this.chunks.length = 0;
    this.buffered = 0;
    const fd = this.descriptor();
    let done = 0;
    const start = this.size - data.length;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done, start + done);
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
