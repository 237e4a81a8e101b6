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

