/** The numbers behind run.ts's choice of where each article is audited (see big-files/README.md). */
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

/** Whether SEO_AUDIT_WORKERS forces a serial run (no pool at all, not even for mid-size articles). */
export function forcedSerial(env: NodeJS.ProcessEnv): boolean {
  return env['SEO_AUDIT_WORKERS'] === '0';
}

/**
 * In a small (serial) run, articles at least this large still go to a pool worker, whose heap
 * cap bounds them: a Markdown list costs up to ~1,800× its size while parsed, so 256 KB stays
 * under ~0.5 GB even in this thread, and larger ones could not.
 */
export const IN_PROCESS_MAX_BYTES = 256 * 1024;
/**
 * Heap cap of each worker of the capped pool: the memory bound of every article from
 * IN_PROCESS_MAX_BYTES up to the huge-file threshold.
 */
export const POOL_WORKER_HEAP_MB = 1024;
/**
 * Heap cap of the workers that audit articles under IN_PROCESS_MAX_BYTES, whose size bounds them
 * (256 KB × ~1,800 < 0.5 GB): a backstop only. It is 2,048 MB because V8 derives its heap-growing
 * factor from the cap: under 2,048 MB (64-bit) the factor shrinks (about 1.6 at 1,024 MB instead
 * of 4.0), so V8 collects more often. Measured on the 1,000-article bench site (CPU of all
 * threads, median of 3 interleaved runs): guard off 13.0 s, this cap 13.5 s, a 1,024 MB cap
 * 14.4 s; peak RSS 299 / 294 / 259 MB.
 */
export const SMALL_ARTICLE_POOL_HEAP_MB = 2048;
/**
 * Young generation of each pool worker, set explicitly: V8 sizes it from the old-generation cap
 * when none is given (semi-spaces of cap / 128, i.e. 8 MB under a 1,024 MB cap), half of what an
 * uncapped worker gets (16 MB semi-spaces, 48 MB young generation), so the cap alone would make
 * parsing scavenge twice as often. This keeps the uncapped default; the cap bounds the old space.
 */
export const POOL_WORKER_YOUNG_MB = 48;

/** Inputs at least this large are audited one at a time under a larger heap limit (big-files/memory-capped.ts). */
export const HUGE_FILE_BYTES = 16 * 1024 * 1024;
/** V8 heap budget for one huge file; token columns live outside it (about 24 bytes per word). */
export const HUGE_FILE_HEAP_MB = 900;

function positiveInteger(text: string | undefined, fallback: number): number {
  return text !== undefined && /^[1-9]\d*$/.test(text) ? Number(text) : fallback;
}

export interface StrategyLimits {
  hugeBytes: number;
  hugeHeapMb: number;
  inProcessMaxBytes: number;
  poolHeapMb: number;
  smallPoolHeapMb: number;
}

/**
 * SEO_AUDIT_HUGE_FILE_BYTES, SEO_AUDIT_HUGE_FILE_HEAP_MB, SEO_AUDIT_IN_PROCESS_MAX_BYTES,
 * SEO_AUDIT_POOL_HEAP_MB and SEO_AUDIT_SMALL_POOL_HEAP_MB override the limits above (tests use them to reach each path cheaply).
 */
export function strategyLimits(env: NodeJS.ProcessEnv): StrategyLimits {
  return {
    hugeBytes: positiveInteger(env['SEO_AUDIT_HUGE_FILE_BYTES'], HUGE_FILE_BYTES),
    hugeHeapMb: positiveInteger(env['SEO_AUDIT_HUGE_FILE_HEAP_MB'], HUGE_FILE_HEAP_MB),
    inProcessMaxBytes: positiveInteger(env['SEO_AUDIT_IN_PROCESS_MAX_BYTES'], IN_PROCESS_MAX_BYTES),
    poolHeapMb: positiveInteger(env['SEO_AUDIT_POOL_HEAP_MB'], POOL_WORKER_HEAP_MB),
    smallPoolHeapMb: positiveInteger(env['SEO_AUDIT_SMALL_POOL_HEAP_MB'], SMALL_ARTICLE_POOL_HEAP_MB),
  };
}
