/**
 * Worker threads for large runs (README: Performance): parsing and matching are CPU-bound and files are
 * independent. Every worker has a capped heap (the per-article memory bound) and every article
 * a timer (`--file-timeout`): an article that runs out of either is an errored entry, its
 * worker is replaced, and the articles queued behind it are sent again. Results come back out
 * of order; run.ts puts them back in input order.
 */
import { Worker } from 'node:worker_threads';
import { erroredFileReport, KeywordSetError } from './audit-file.js';
import type { PortableRunOptions } from './audit-file.js';
import { timeoutError } from './guard.js';
import { POOL_WORKER_YOUNG_MB } from './strategy-limits.js';
import { InputError, UsageError } from '../errors.js';
import type { InputFile } from '../io/inputs.js';
import type { FileReport } from '../report/types.js';
import type { WorkerFatal, WorkerReady, WorkerReply } from './audit-worker.js';
import type { PreparedFile } from './collect.js';
import { receivePrepared } from './prepare.js';

export interface PoolLimits {
  /** V8 old-generation cap of each worker (MB). */
  heapMb: number;
  /** Per-article time limit (ms). */
  timeoutMs: number;
  /** Requests queued per worker so it never waits on the main thread between files. */
  inFlight: number;
  /** False only to measure the guard's cost (SEO_AUDIT_GUARD=off, bench): no heap cap, no timer. */
  guard?: boolean;
}

/** What a worker's audit gives: the report, or (RunOptions.prepared) its PreparedFile. */
export type Audited = FileReport | PreparedFile;

interface Job {
  id: number;
  input: InputFile;
  resolve: (report: Audited) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** Set once the slot is being replaced: its late events are ignored. */
  retired: boolean;
  /**
   * Set when the worker says it has loaded (WorkerReady): a new worker's start-up is not the
   * article's time, so no article timer runs before it (a replaced worker under load took
   * over a second to start and the article after a slow one was errored).
   */
  ready: boolean;
}

/** Only what can cross a worker-thread boundary (no functions, no caches). */
export function portableOptions(options: PortableRunOptions): PortableRunOptions {
  return {
    config: options.config,
    cli: options.cli,
    extraKeywords: [...options.extraKeywords],
    minCoverage: options.minCoverage,
    minScore: options.minScore,
    cwd: options.cwd,
    includeDrafts: options.includeDrafts === true,
    articleView: options.articleView === true,
    prepared: options.prepared === true,
  };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;
  private readonly portable: PortableRunOptions;

  constructor(
    options: PortableRunOptions,
    private readonly size: number,
    private readonly limits: PoolLimits,
  ) {
    this.portable = portableOptions(options);
  }

  /**
   * Audits one input in a worker; resolves to its report (an errored one on timeout or out of
   * memory), or to its PreparedFile when the options asked for that and it is not errored.
   */
  audit(input: InputFile): Promise<Audited> {
    return new Promise<Audited>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.retire(slot);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.waiting.length > 0) {
      let slot = this.slots.filter((s) => s.jobs.length < this.limits.inFlight).sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.waiting.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ index: job.id, input: job.input });
      if (slot.jobs.length === 1) this.startTimer(slot);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./audit-worker.js', import.meta.url), {
      workerData: this.portable,
      ...(this.limits.guard === false
        ? {}
        : { resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: POOL_WORKER_YOUNG_MB } }),
    });
    const slot: Slot = { worker, jobs: [], timer: null, retired: false, ready: false };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply | WorkerReady) => {
      if (slot.retired) return;
      if ('ready' in reply) {
        slot.ready = true;
        this.startTimer(slot);
        return;
      }
      // The worker answers in request order; the id check guards that assumption.
      const at = slot.jobs.findIndex((job) => job.id === reply.index);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      this.stopTimer(slot);
      if (slot.jobs.length > 0) this.startTimer(slot);
      if (job === undefined) return;
      if ('fatal' in reply) job.reject(fatalError(reply.fatal));
      else if ('prepared' in reply) job.resolve(receivePrepared(reply.prepared));
      else job.resolve(reply.report);
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (slot.retired) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const why = `the article needs more than the ${this.limits.heapMb} MB memory budget for one file`;
        this.replace(slot, (input) => new InputError('cannot audit', why, { file: input.path }));
      } else {
        this.failAll(slot, error);
      }
    });
    worker.on('exit', (code) => {
      if (slot.retired || this.closed) return;
      this.failAll(slot, new Error(`worker thread exited with code ${code}`));
    });
    return slot;
  }

  private startTimer(slot: Slot): void {
    const job = slot.jobs[0];
    if (job === undefined || !slot.ready || this.limits.guard === false) return;
    slot.timer = setTimeout(() => {
      if (!slot.retired && slot.jobs[0] === job) this.replace(slot, (input) => timeoutError(this.limits.timeoutMs, input.path));
    }, this.limits.timeoutMs);
    // The timer alone must not keep the process alive.
    slot.timer.unref();
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    this.stopTimer(slot);
  }

  /** The slot's current article becomes an errored entry; the ones queued behind it go to a fresh worker. */
  private replace(slot: Slot, why: (input: InputFile) => InputError): void {
    this.retire(slot);
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const [current, ...rest] = slot.jobs;
    this.waiting.unshift(...rest);
    if (current !== undefined) current.resolve(erroredFileReport(current.input.path, current.input.format, why(current.input)));
    this.dispatch();
  }

  private failAll(slot: Slot, error: Error): void {
    this.retire(slot);
    const jobs = [...slot.jobs, ...this.waiting.splice(0)];
    for (const other of this.slots) jobs.push(...other.jobs.splice(0));
    for (const job of jobs) job.reject(error);
    void this.close();
  }
}

/** The error a worker reported, rebuilt on this side of the thread boundary. */
function fatalError(fatal: WorkerFatal): Error {
  if (fatal.kind === 'input') return new KeywordSetError(new InputError(fatal.what, fatal.why, fatal.location));
  if (fatal.kind === 'usage') return new UsageError(fatal.message);
  return Object.assign(new Error(fatal.message), { stack: fatal.stack });
}
