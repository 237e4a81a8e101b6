/**
 * A full garbage collection on demand, for parsing huge sources (see
 * markdown.ts). V8's heap limit cannot be lowered once the process runs, and
 * without --expose-gc there is no gc(); the flag can still be set at run time,
 * and a fresh context then carries the function. Without it this is a no-op.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
