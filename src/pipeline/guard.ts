/**
 * The per-article time bound (`--file-timeout`). In a worker the main thread simply terminates
 * the worker when its article's timer fires (no cost per article). In this thread nothing can
 * interrupt synchronous code except V8's own watchdog, which `vm` exposes: the audit runs as
 * the body of a one-line script with a `timeout`. That costs a watchdog thread per call
 * (~0.1 ms), so it is used only where no worker is (small runs).
 */
import { Script } from 'node:vm';
import { InputError } from '../errors.js';

export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

const JOB = '__seoAuditGuardedJob';
let script: Script | null = null;


/** Runs `work` synchronously, throwing the errored-entry InputError when it exceeds `ms`. */
export function runWithin<T>(work: () => T, ms: number, file: string): T {
  script ??= new Script(`globalThis.${JOB}()`, { filename: 'seo-audit-guard' });
  const global = globalThis as Record<string, unknown>;
  const previous = global[JOB];
  global[JOB] = work;
  try {
    return script.runInThisContext({ timeout: Math.max(1, Math.round(ms)), breakOnSigint: false }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw timeoutError(ms, file);
    throw error;
  } finally {
    global[JOB] = previous;
  }
}

/** "took longer than N s" (README: Command line), as an errored entry's InputError. */
export function timeoutError(ms: number, file: string): InputError {
  const seconds = ms / 1000;
  const shown = Number.isInteger(seconds) ? String(seconds) : String(Math.round(seconds * 1000) / 1000);
  return new InputError('cannot audit', `took longer than ${shown} s (--file-timeout)`, { file });
}
