/** Worker-thread entry: audits the inputs the pool sends, one message per file. */
import { parentPort, workerData } from 'node:worker_threads';
import { auditInput, KeywordSetCache, KeywordSetError } from '../audit.js';
import type { PortableRunOptions } from '../audit.js';
import type { InputFile } from '../io/inputs.js';
import { InputError, UsageError } from '../errors.js';
import type { FileReport } from '../report/types.js';

export interface WorkerRequest {
  index: number;
  input: InputFile;
}

export type WorkerFatal =
  | { kind: 'input'; what: string; why: string; location?: InputError['location'] }
  | { kind: 'usage' | 'crash'; message: string; stack?: string };

export type WorkerReply = { index: number; report: FileReport } | { index: number; fatal: WorkerFatal };

const options = workerData as PortableRunOptions;
const keywordSets = new KeywordSetCache();
const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  auditInput(request.input, options, keywordSets).then(
    (report) => port.postMessage({ index: request.index, report } satisfies WorkerReply),
    (error: unknown) => {
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
    },
  );
});
