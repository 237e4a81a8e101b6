/**
 * Report output. A report file is never left half-written: it is written to a
 * temp file in the same directory (same file system, so rename is atomic),
 * fsynced, then renamed over the target. Temp files still pending when
 * SIGINT/SIGTERM arrives are removed before the process exits 130/143.
 */
import { access, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fileErrorReason, InputError } from '../errors.js';

const pending = new Set<string>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  pending.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function track(file: string): void {
  pending.add(file);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0 && handlersInstalled) {
    handlersInstalled = false;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Temp files not yet renamed or removed (for tests and diagnostics). */
export function pendingTempFiles(): string[] {
  return [...pending];
}

/** The temp-file name used next to `target` (matches the `.seo-audit-tmp-*` .gitignore entry). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.seo-audit-tmp-${process.pid}-${randomBytes(6).toString('hex')}-${basename(target)}`);
}

/**
 * Fails early (before a long run) when `target` obviously cannot be written: its directory is
 * missing, not a directory or not writable, or the target itself is a directory.
 */
export async function checkWritable(target: string, display: string = target): Promise<void> {
  try {
    const info = await stat(dirname(target));
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dirname(target), constants.W_OK);
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw writeError(error, display);
  }
}

/**
 * Writes `data` to `target` atomically; throws a one-line InputError (naming `display`) on failure.
 * `data` may be an async iterable of chunks (a streamed report, src/pipeline/collect.ts).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | AsyncIterable<string | Uint8Array>, display: string = target): Promise<void> {
  const temp = tempPathFor(target);
  track(temp);
  let created = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    created = true;
    try {
      await writeFile(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    created = false;
  } catch (error) {
    throw writeError(error, display);
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
    untrack(temp);
  }
}

export function writeError(error: unknown, target: string): InputError {
  return new InputError('cannot write output', fileErrorReason(error, { ENOENT: 'the directory does not exist' }), { file: target });
}

let stdoutClosed = false;
let stdoutGuarded = false;

/** Ignore EPIPE on stdout (`seo-audit … | head`): the reader left, so stop writing quietly. */
export function guardStdout(stream: NodeJS.WriteStream = process.stdout): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
}

/** Writes to stdout and resolves once the data is handed to the OS (or the reader is gone). */
export function writeStdout(text: string, stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  guardStdout(stream);
  if (stdoutClosed || text.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}
