/** How many worker threads a run uses (see pool.ts). */
import { availableParallelism } from 'node:os';

/** Below this many files, starting workers (each loads the parsers) costs more than it saves. */
export const PARALLEL_MIN_FILES = 64;
const MAX_WORKERS = 8;

/** SEO_AUDIT_WORKERS=N forces N workers (0 = serial); otherwise one per core for large runs. */
export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = env['SEO_AUDIT_WORKERS'];
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), MAX_WORKERS, files);
  if (files < PARALLEL_MIN_FILES) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
}


/** Inputs at least this large are audited one at a time under a heap limit (pool.ts auditWithinMemory). */
export const HUGE_FILE_BYTES = 16 * 1024 * 1024;
/** V8 heap budget for one huge file; token columns live outside it (about 24 bytes per word). */
export const HUGE_FILE_HEAP_MB = 900;

function positiveInteger(text: string | undefined, fallback: number): number {
  return text !== undefined && /^[1-9]\d*$/.test(text) ? Number(text) : fallback;
}

/** SEO_AUDIT_HUGE_FILE_BYTES and SEO_AUDIT_HUGE_FILE_HEAP_MB override the two limits above. */
export function hugeFileLimits(env: NodeJS.ProcessEnv): { bytes: number; heapMb: number } {
  return {
    bytes: positiveInteger(env['SEO_AUDIT_HUGE_FILE_BYTES'], HUGE_FILE_BYTES),
    heapMb: positiveInteger(env['SEO_AUDIT_HUGE_FILE_HEAP_MB'], HUGE_FILE_HEAP_MB),
  };
}
