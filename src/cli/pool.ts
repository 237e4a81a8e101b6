/**
 * Large runs are spread over worker threads (README: Performance): parsing and matching are CPU-bound and
 * files are independent. Results are put back in input order, so output is identical to a
 * serial run. SEO_AUDIT_WORKERS=N forces N workers (0 = serial). Huge articles go one at a
 * time to a worker with a capped heap instead (auditWithinMemory).
 */
import { Worker } from 'node:worker_threads';
import { auditInput, erroredFileReport, KeywordSetCache, KeywordSetError } from '../audit.js';
import type { PortableRunOptions } from '../audit.js';
import { InputError, UsageError } from '../errors.js';
import type { InputFile } from '../io/inputs.js';
import type { FileReport } from '../report/types.js';
import type { WorkerFatal, WorkerReply } from './audit-worker.js';

/** Requests queued per worker so it never waits on the main thread between files. */
const IN_FLIGHT = 2;

export async function auditInWorkers(
  inputs: readonly InputFile[],
  options: PortableRunOptions & { readStdin: () => Promise<Buffer>; keywordSets?: KeywordSetCache },
  count: number,
  onDone?: (done: number, total: number, path: string) => void,
): Promise<FileReport[]> {
  const results: (FileReport | undefined)[] = new Array(inputs.length);
  let done = 0;
  const finish = (index: number, report: FileReport): void => {
    results[index] = report;
    done++; // not inside the optional call: `onDone?.(++done)` skips the increment when onDone is unset
    onDone?.(done, inputs.length, inputs[index]!.path);
  };
  // stdin and already-errored inputs need no worker (and stdin can only be read here).
  const remote: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.stdin || input.error) finish(i, await auditInput(input, options, options.keywordSets ?? new KeywordSetCache()));
    else remote.push(i);
  }
  if (remote.length === 0) return results as FileReport[];

  const portable = portableOptions(options);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      let next = 0;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        rejectPool(error);
      };
      const feed = (worker: Worker): void => {
        if (failed || next >= remote.length) return;
        const index = remote[next++]!;
        worker.postMessage({ index, input: inputs[index] });
      };
      for (let w = 0; w < Math.min(count, remote.length); w++) {
        const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: portable });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('fatal' in reply) {
            fail(fatalError(reply.fatal));
            return;
          }
          finish(reply.index, reply.report);
          if (done === inputs.length) resolvePool();
          else feed(worker);
        });
        worker.on('error', (error) => fail(error));
        worker.on('exit', (code) => {
          if (code !== 0 && done < inputs.length) fail(new Error(`worker thread exited with code ${code}`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      }
    });
  } catch (error) {
    if (error instanceof InputError) throw new KeywordSetError(error);
    throw error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results as FileReport[];
}

/** Only what can cross a worker-thread boundary (no functions, no caches). */
function portableOptions(options: PortableRunOptions): PortableRunOptions {
  return {
    config: options.config,
    cli: options.cli,
    extraKeywords: [...options.extraKeywords],
    minCoverage: options.minCoverage,
    minScore: options.minScore,
    cwd: options.cwd,
    articleView: options.articleView === true,
  };
}

/** The error a worker reported, rebuilt on this side of the thread boundary. */
function fatalError(fatal: WorkerFatal): Error {
  if (fatal.kind === 'input') return new InputError(fatal.what, fatal.why, fatal.location);
  if (fatal.kind === 'usage') return new UsageError(fatal.message);
  return Object.assign(new Error(fatal.message), { stack: fatal.stack });
}

/**
 * Audits one huge input in a worker thread whose heap is capped. Uncapped, V8 lets a 100 MB
 * article's dead parse trees pile up to several GB before collecting; capped, it collects as
 * it goes. An article whose live data does not fit becomes an errored entry, not a crash.
 */
export async function auditWithinMemory(input: InputFile, options: PortableRunOptions, heapMb: number): Promise<FileReport> {
  const worker = new Worker(new URL('./audit-worker.js', import.meta.url), {
    workerData: portableOptions(options),
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  try {
    return await new Promise<FileReport>((resolveReport, rejectReport) => {
      worker.once('message', (reply: WorkerReply) => {
        if ('fatal' in reply) rejectReport(fatalError(reply.fatal));
        else resolveReport(reply.report);
      });
      worker.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return rejectReport(error);
        const why = `the article needs more than the ${heapMb} MB memory budget for one file`;
        resolveReport(erroredFileReport(input.path, input.format, new InputError('cannot audit', why, { file: input.path })));
      });
      // Settled already when it exits after replying; otherwise the run must not wait forever.
      worker.once('exit', (code) => rejectReport(new Error(`worker thread exited with code ${code} before reporting`)));
      worker.postMessage({ index: 0, input });
    });
  } catch (error) {
    if (error instanceof InputError) throw new KeywordSetError(error);
    throw error;
  } finally {
    await worker.terminate();
  }
}
