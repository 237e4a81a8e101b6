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
  const result = guarded(work, ms);
  if (result === TIMED_OUT) throw timeoutError(ms, file);
  return result as T;
}

const TIMED_OUT: unique symbol = Symbol('timed out');

/** `work()` under one watchdog of `ms`, or TIMED_OUT when the watchdog stopped it. */
function guarded<T>(work: () => T, ms: number): T | typeof TIMED_OUT {
  script ??= new Script(`globalThis.${JOB}()`, { filename: 'seo-audit-guard' });
  const global = globalThis as Record<string, unknown>;
  const previous = global[JOB];
  global[JOB] = work;
  try {
    return script.runInThisContext({ timeout: Math.max(1, Math.round(ms)), breakOnSigint: false }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return TIMED_OUT;
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

/** What one job of runEachWithin gave: its value, or what it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `jobs` in order under as few watchdogs as it can, each job bounded by `ms` as runWithin
 * bounds one: they run in one guarded call (the watchdog's thread, created and joined per call,
 * was most of the guard's cost in process), and a timeout that interrupts a job which did not
 * start the call re-runs that job in a call of its own (a fresh `ms`), so only a job that takes
 * longer than `ms` alone is timed out (`timeoutError`, with its file). The jobs must be safe to
 * re-run from the start (an audit is). A timed-out job's outcome is its timeoutError and the
 * list goes on; a job that throws ends the list: the outcomes so far, its
 * error last (the jobs after it never run, as a loop calling runWithin would stop there).
 */
export function runEachWithin<T>(jobs: readonly (() => T)[], ms: number, files: readonly string[]): Outcome<T>[] {
  const outcomes: Outcome<T>[] = [];
  let threw = false;
  const runFrom = (): void => {
    for (let i = outcomes.length; i < jobs.length; i++) {
      let outcome: Outcome<T>;
      try {
        outcome = { ok: true, value: jobs[i]!() };
      } catch (error) {
        outcome = { ok: false, error };
      }
      outcomes.push(outcome);
      if (!outcome.ok) {
        threw = true;
        return;
      }
    }
  };
  while (outcomes.length < jobs.length && !threw) {
    const first = outcomes.length;
    // On a timeout the job that was running is outcomes[outcomes.length]: timed out if it began
    // the call, else run again at the start of the next one.
    if (guarded(runFrom, ms) === TIMED_OUT && outcomes.length === first) {
      outcomes.push({ ok: false, error: timeoutError(ms, files[first] ?? '') });
    }
  }
  return outcomes;
}
