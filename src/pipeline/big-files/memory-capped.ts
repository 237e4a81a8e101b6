/**
 * Audits one huge input alone in a worker thread whose heap is capped. Uncapped, V8 lets a
 * 100 MB article's dead parse trees pile up to several GB before collecting; capped, it
 * collects as it goes. An article whose live data does not fit, or that outlasts
 * `--file-timeout`, becomes an errored entry, not a crash. The worker ends with the article,
 * so its memory goes back to the system before the run continues.
 */
import type { PortableRunOptions } from '../audit-file.js';
import { WorkerPool } from '../pool.js';
import type { Audited } from '../pool.js';
import type { InputFile } from '../../io/inputs.js';

/** The report, or its PreparedFile when `options.prepared` (pool.ts). */
export async function auditWithinMemory(input: InputFile, options: PortableRunOptions, heapMb: number, timeoutMs: number): Promise<Audited> {
  const pool = new WorkerPool(options, 1, { heapMb, timeoutMs, inFlight: 1 });
  try {
    return await pool.audit(input);
  } finally {
    await pool.close();
  }
}
