/** Worker-thread entry: audits the inputs the pool sends, one message per file (pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { auditInput, KeywordSetCache, KeywordSetError } from './audit-file.js';
import type { PortableRunOptions } from './audit-file.js';
import type { InputFile } from '../io/inputs.js';
import { InputError, UsageError } from '../errors.js';
import { silenceNodeWarnings } from '../io/warnings.js';
import type { FileReport } from '../report/types.js';
import { prepareFile } from './prepare.js';
import type { PortablePreparedFile } from './prepare.js';

export interface WorkerRequest {
  index: number;
  input: InputFile;
}

export type WorkerFatal =
  | { kind: 'input'; what: string; why: string; location?: InputError['location'] }
  | { kind: 'usage' | 'crash'; message: string; stack?: string };

/** `prepared` when the run asked for it (RunOptions.prepared) and the file is not errored. */
export type WorkerReply = { index: number; report: FileReport } | { index: number; prepared: PortablePreparedFile } | { index: number; fatal: WorkerFatal };

/** Sent once, when this worker has loaded its modules and takes requests (pool.ts starts article timers from it). */
export interface WorkerReady {
  ready: true;
}

const options = workerData as PortableRunOptions;
const keywordSets = new KeywordSetCache();
const port = parentPort!;
// Workers print nothing of Node's own on stderr either (src/io/warnings.ts; SEO_AUDIT_DEBUG=1 keeps them).
silenceNodeWarnings(process.env['SEO_AUDIT_DEBUG'] === '1');

/**
 * One article at a time, in arrival order: the pool times the article at the head of this
 * worker's queue, so two audits must never interleave at their awaits (reading the file).
 */
let queue: Promise<void> = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => handle(request));
});
port.postMessage({ ready: true } satisfies WorkerReady);

async function handle(request: WorkerRequest): Promise<void> {
  try {
    const report = await auditInput(request.input, options, keywordSets);
    const prepared = options.prepared === true ? prepareFile(report) : null;
    // The entry's bytes are moved, not copied, to the main thread.
    if (prepared !== null) port.postMessage({ index: request.index, prepared } satisfies WorkerReply, [prepared.jsonEntry.buffer as ArrayBuffer]);
    else port.postMessage({ index: request.index, report } satisfies WorkerReply);
  } catch (error) {
    let fatal: WorkerFatal;
    if (error instanceof KeywordSetError) {
      const cause = error.inputError;
      fatal = { kind: 'input', what: cause.what, why: cause.why, ...(cause.location ? { location: cause.location } : {}) };
    } else if (error instanceof UsageError) {
      fatal = { kind: 'usage', message: error.message };
    } else {
      const e = error instanceof Error ? error : new Error(String(error));
      fatal = { kind: 'crash', message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
    }
    port.postMessage({ index: request.index, fatal } satisfies WorkerReply);
  }
}
