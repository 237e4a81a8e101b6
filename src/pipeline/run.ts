/**
 * Run strategy: where each input is audited, and delivery of the results in input order.
 *
 * - in process, under a vm watchdog (guard.ts): small runs' ordinary articles, stdin, inputs
 *   already errored while collecting;
 * - the worker pool (pool.ts), workers with a timer per article: every article under
 *   IN_PROCESS_MAX_BYTES of a large run (heap cap SMALL_ARTICLE_POOL_HEAP_MB, a backstop: their
 *   size bounds them);
 * - the capped pool: the same with a tight heap cap (POOL_WORKER_HEAP_MB), for articles of
 *   IN_PROCESS_MAX_BYTES or more (in a small run too: too big to audit safely in this thread);
 * - the memory-capped worker (big-files/memory-capped.ts): huge articles, one at a time, with
 *   the pool idle.
 *
 * Results are handed to `deliver` strictly in input order through a bounded reorder window, so
 * a caller can stream the report while the pool works and memory stays flat in the number of
 * articles.
 */
import { stat } from 'node:fs/promises';
import { erroredOr, KeywordSetCache, prepareInput } from './audit-file.js';
import type { RunOptions } from './audit-file.js';
import { DEFAULT_FILE_TIMEOUT_MS, runEachWithin } from './guard.js';
import type { Outcome } from './guard.js';
import { auditWithinMemory } from './big-files/memory-capped.js';
import { forcedSerial, strategyLimits, workerCount } from './strategy-limits.js';
import type { Audited, WorkerPool } from './pool.js';
import type { InputFile } from '../io/inputs.js';
import { filePath } from '../io/inputs.js';
import type { FileReport } from '../report/types.js';

export type Strategy = 'in-process' | 'pool' | 'capped-pool' | 'memory-capped';

/** Results held at most, waiting for an earlier one (the reorder buffer behind the pool). */
const WINDOW_PER_WORKER = 16;
/**
 * In-process articles read ahead and audited under one watchdog (guard.ts runEachWithin): the
 * watchdog's thread per call cost ~0.8 ms of CPU per article on the bench corpus. At most
 * 8 × 256 KB of sources wait.
 */
const IN_PROCESS_BATCH = 8;

export type Deliver = (report: FileReport, input: InputFile, index: number) => void | Promise<void>;
/** A Deliver that also takes PreparedFiles (auditInOrderPrepared). */
export type DeliverAudited = (item: Audited, input: InputFile, index: number) => void | Promise<void>;

/** Audits every input and delivers each report in input order; resolves when all are delivered. */
export async function auditInOrder(inputs: readonly InputFile[], options: RunOptions, deliver: Deliver): Promise<void> {
  await auditInOrderOf(inputs, { ...options, prepared: false }, deliver as DeliverAudited);
}

/**
 * auditInOrder where pool workers reduce each file that is not errored to a PreparedFile
 * (src/pipeline/prepare.ts) before it crosses to this thread; files audited here, and errored
 * ones, are delivered as FileReports. For a run whose collector `acceptsPrepared`.
 */
export async function auditInOrderPrepared(inputs: readonly InputFile[], options: RunOptions, deliver: DeliverAudited): Promise<void> {
  await auditInOrderOf(inputs, { ...options, prepared: true }, deliver);
}

async function auditInOrderOf(inputs: readonly InputFile[], options: RunOptions, deliver: DeliverAudited): Promise<void> {
  const env = options.env ?? process.env;
  const limits = strategyLimits(env);
  const timeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const keywordSets = options.keywordSets ?? new KeywordSetCache();
  const workers = workerCount(inputs.length, env);
  const serial = forcedSerial(env);
  let pool: WorkerPool | null = null;
  let cappedPool: WorkerPool | null = null;
  const window: { promise: Promise<Audited>; input: InputFile; index: number }[] = [];
  const windowSize = Math.max(1, workers) * WINDOW_PER_WORKER;
  let done = 0;

  const flush = async (keep: number): Promise<void> => {
    while (window.length > keep) {
      const head = window.shift()!;
      const report = await head.promise;
      await deliver(report, head.input, head.index);
      options.onProgress?.(++done, inputs.length, head.input.path);
    }
  };
  // SEO_AUDIT_GUARD=off: no per-article bound at all, only to measure what the guard costs
  // (npm run bench; README: Development). Never for real runs: a stalling article stalls the run.
  const guarded = env['SEO_AUDIT_GUARD'] !== 'off';
  // In-process inputs read and waiting for their audit (in input order, after everything in the window).
  let batch: { input: InputFile; index: number; job: FileReport | (() => FileReport) }[] = [];
  const runBatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    const waiting = batch;
    batch = [];
    const jobs: (() => FileReport)[] = [];
    const files: string[] = [];
    for (const { input, job } of waiting) {
      if (typeof job === 'function') {
        jobs.push(job);
        files.push(input.path);
      }
    }
    const outcomes: Outcome<FileReport>[] = guarded ? runEachWithin(jobs, timeoutMs, files) : runEachBare(jobs);
    let next = 0;
    for (const { input, index, job } of waiting) {
      let promise: Promise<Audited>;
      if (typeof job !== 'function') promise = Promise.resolve(job);
      else {
        const outcome = outcomes[next++];
        // A job that threw ends the batch (runEachWithin runs none after it).
        if (outcome === undefined) break;
        if (outcome.ok) promise = Promise.resolve(outcome.value);
        else {
          // A timeout is the article's errored entry; anything else is thrown on once the
          // articles before it are delivered.
          let report: FileReport;
          try {
            report = erroredOr(outcome.error, input);
          } catch (error) {
            await flush(0);
            throw error;
          }
          promise = Promise.resolve(report);
        }
      }
      window.push({ promise, input, index });
    }
    await flush(0);
  };

  try {
    for (let index = 0; index < inputs.length; index++) {
      const input = inputs[index]!;
      const strategy = await strategyFor(input, workers, serial, limits);
      if (strategy === 'in-process') {
        // Read it now; its audit waits for the batch (two synchronous audits never interleave).
        batch.push({ input, index, job: await prepareInput(input, options, keywordSets) });
        if (batch.length >= IN_PROCESS_BATCH) await runBatch();
        continue;
      }
      await runBatch();
      let promise: Promise<Audited>;
      if (strategy === 'memory-capped') {
        // Alone: everything before it is delivered first, and the pool waits.
        await flush(0);
        promise = auditWithinMemory(input, options, limits.hugeHeapMb, timeoutMs);
      } else if (strategy === 'pool') {
        if (pool === null) {
          const { WorkerPool } = await import('./pool.js');
          pool = new WorkerPool(options, Math.max(1, workers), { heapMb: limits.smallPoolHeapMb, timeoutMs, inFlight: 2, guard: guarded });
        }
        promise = pool.audit(input);
      } else {
        if (cappedPool === null) {
          const { WorkerPool } = await import('./pool.js');
          // Half the workers (at least one): these articles may each take up to the cap.
          cappedPool = new WorkerPool(options, Math.max(1, Math.floor(workers / 2)), { heapMb: limits.poolHeapMb, timeoutMs, inFlight: 2, guard: guarded });
        }
        promise = cappedPool.audit(input);
      }
      // An unobserved rejection must not crash the process before flush() awaits it.
      promise.catch(() => undefined);
      window.push({ promise, input, index });
      await flush(strategy === 'memory-capped' ? 0 : windowSize);
    }
    await runBatch();
    await flush(0);
  } finally {
    // Settle what is still in flight before the pool goes, so nothing rejects unobserved.
    await Promise.allSettled(window.map((entry) => entry.promise));
    await (pool as WorkerPool | null)?.close();
    await (cappedPool as WorkerPool | null)?.close();
  }
}

/** Jobs run without a guard (SEO_AUDIT_GUARD=off), reported as runEachWithin reports them. */
function runEachBare(jobs: readonly (() => FileReport)[]): Outcome<FileReport>[] {
  const outcomes: Outcome<FileReport>[] = [];
  for (const job of jobs) {
    try {
      outcomes.push({ ok: true, value: job() });
    } catch (error) {
      outcomes.push({ ok: false, error });
      break;
    }
  }
  return outcomes;
}

/** Where one input is audited (see the module comment). */
export async function strategyFor(input: InputFile, workers: number, serial: boolean, limits: ReturnType<typeof strategyLimits>): Promise<Strategy> {
  if (input.stdin || input.error !== null || input.absolute === null) return 'in-process';
  const size = await stat(filePath(input)).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0,
  );
  if (size >= limits.hugeBytes) return 'memory-capped';
  // Articles under IN_PROCESS_MAX_BYTES are bounded in memory by their size (see
  // strategy-limits.ts); the others get the tight heap cap.
  if (workers > 0) return size >= limits.inProcessMaxBytes ? 'capped-pool' : 'pool';
  if (!serial && size >= limits.inProcessMaxBytes) return 'capped-pool';
  return 'in-process';
}

/** Audits every input in input order and returns the reports (non-streaming callers). */
export async function auditInputs(inputs: readonly InputFile[], options: RunOptions): Promise<FileReport[]> {
  const files: FileReport[] = [];
  await auditInOrder(inputs, options, (report) => {
    files.push(report);
  });
  return files;
}
