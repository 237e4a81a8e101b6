#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A run lives seconds, so V8's optimising compiler's work does not pay off the way it does in a
// server: on the bench's whole run, its background jobs were a third of the process's CPU time.
// Half the default inlining budget (920 bytecodes) cut the run's CPU time by about a sixth
// (README: Performance). Set before the bundle loads, so every compile job (and every pool
// worker: V8 flags are per process) sees it. Output does not depend on it.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
// For the same reason, a function has to run eight times as long as by default before it is
// sent to the optimising compiler (V8's interrupt budget, 67,584 bytecode bytes in Node 20):
// fewer functions are compiled, and those that are were about to run long. Cut the bench's whole
// run by about a fifth more (README: Performance, session 10).
setFlagsFromString('--interrupt-budget=540672');

const { main } = await import('../dist/bundle/main.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
