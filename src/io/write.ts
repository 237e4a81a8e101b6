/**
 * Report output. A report file is never left half-written: it is written to a
 * temp file in the same directory (same file system, so rename is atomic),
 * fsynced, then renamed over the target. Temp files still pending when
 * SIGINT/SIGTERM/SIGHUP arrives are removed before the process exits 130/143/129.
 *
 * Targets (SPEC §2: `-o` never replaces an input or a non-regular file): a symbolic link is
 * followed (the file it points to is replaced, the link stays); a character device or a FIFO
 * (`-o /dev/null`, `-o /dev/stdout`, `-o >(gzip)`) is written to directly, never renamed over —
 * as root, a rename would replace /dev/null with a regular file; a socket or block device is
 * refused. `refuseInputs` refuses a target that is one of the run's inputs.
 */
import { access, lstat, open, readlink, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { constants, realpathSync } from 'node:fs';
import { unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
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
  process.exit(SIGNAL_EXIT[signal] ?? 143);
}

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const SIGNALS = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];

function track(file: string): void {
  pending.add(file);
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0 && handlersInstalled) {
    handlersInstalled = false;
    for (const signal of SIGNALS) process.off(signal, onSignal);
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
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (existing !== null && (existing.isSocket() || existing.isBlockDevice())) {
      throw Object.assign(new Error('not a regular file'), { reason: `not a regular file (a ${existing.isSocket() ? 'socket' : 'block device'})` });
    }
    // A device or FIFO is written in place: only it must be writable, not its directory (/dev).
    if (existing !== null && (existing.isCharacterDevice() || existing.isFIFO())) {
      await access(target, constants.W_OK);
      return;
    }
    const real = existing === null ? target : await realpath(target).catch(() => target);
    const info = await stat(dirname(real));
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dirname(real), constants.W_OK);
  } catch (error) {
    throw writeError(error, display);
  }
}

/** The path a target really names: symbolic links (of the target and its directories) resolved. */
function realTarget(target: string): string {
  // realpath(3) (the .native form: one system call, where the JavaScript form lstat()s every
  // component); called for every input of a run by refuseInputs.
  try {
    return realpathSync.native(target);
  } catch {
    try {
      return join(realpathSync.native(dirname(target)), basename(target));
    } catch {
      return target;
    }
  }
}

/**
 * Refuses an output target that is one of `inputs` (absolute paths: articles, keyword sets,
 * configs, reports to merge), symbolic links resolved: `-o post.md` must not replace the article.
 */
export function refuseInputs(target: string, display: string, inputs: Iterable<string | null>): void {
  const real = realTarget(target);
  for (const input of inputs) {
    if (input !== null && realTarget(input) === real) {
      throw new InputError('cannot write output', 'it is one of the inputs of this run (choose another file)', { file: display });
    }
  }
}

/** What a report writer hands over: the whole text, or its chunks as they are rendered (a streamed report, src/pipeline/collect.ts). */
export type WriteData = string | Uint8Array | AsyncIterable<string | Uint8Array>;

/** Writes `data` to `target` atomically; throws a one-line InputError (naming `display`) on failure. */
export async function writeFileAtomic(target: string, data: WriteData, display: string = target): Promise<void> {
  const existing = await stat(target).catch(() => null);
  if (existing !== null && (existing.isCharacterDevice() || existing.isFIFO())) return writeStream(target, data, display);
  if (existing !== null && (existing.isSocket() || existing.isBlockDevice())) {
    throw writeError({ reason: `not a regular file (a ${existing.isSocket() ? 'socket' : 'block device'})` }, display);
  }
  // Through a symbolic link: the file it points to is replaced (or created), the link itself stays.
  if (existing !== null) target = await realpath(target).catch(() => target);
  else if ((await lstat(target).catch(() => null))?.isSymbolicLink()) target = resolve(dirname(target), await readlink(target));
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

/** A device or FIFO target: written in place (no temp file, no rename). */
async function writeStream(target: string, data: WriteData, display: string): Promise<void> {
  try {
    const handle = await open(target, 'w');
    try {
      await writeFile(handle, data);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw writeError(error, display);
  }
}

export function writeError(error: unknown, target: string): InputError {
  return new InputError('cannot write output', fileErrorReason(error, { ENOENT: 'the directory does not exist' }), { file: target });
}

const closedStreams = new WeakSet<object>();
const guardedStreams = new WeakSet<object>();

/** A reader that stopped early (`seo-audit … | head`): not a failure (SPEC §2). */
function readerLeft(error: NodeJS.ErrnoException | null | undefined): boolean {
  return error?.code === 'EPIPE' || error?.code === 'ERR_STREAM_DESTROYED';
}

/**
 * Stdout errors never become an uncaught exception (a stack trace): EPIPE means the reader
 * left, so writing stops quietly; any other error (ENOSPC on a full disk, `> /dev/full`, EIO)
 * is reported by the failing writeStdout call as one line, exit 2.
 */
export function guardStdout(stream: NodeJS.WritableStream = process.stdout): void {
  if (guardedStreams.has(stream)) return;
  guardedStreams.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (readerLeft(error)) closedStreams.add(stream);
  });
}

/**
 * Writes to stdout and resolves once the data is handed to the OS (or the reader is gone);
 * rejects with a one-line InputError ("stdout: cannot write output — no space left on device")
 * when the write fails otherwise.
 */
export function writeStdout(text: string | Uint8Array, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  guardStdout(stream);
  if (closedStreams.has(stream) || text.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => {
      if (error && !readerLeft(error as NodeJS.ErrnoException)) reject(writeError(error, 'stdout'));
      else resolve();
    });
  });
}
