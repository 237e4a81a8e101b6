#!/usr/bin/env node
// npm run fuzz — the fuzz suite's properties (tests/fuzz/properties.mjs) for a set time with a
// random seed, against the built library (dist/). CI runs the same properties with a fixed seed
// and a bounded number of runs (tests/fuzz/fuzz.test.ts).
//
//   npm run fuzz                      60 s, random seed
//   FUZZ_SECONDS=600 npm run fuzz     10 minutes
//   node scripts/fuzz.mjs 300 12345   300 s with seed 12345 (repeat a failing run)
//
// Prints the seed first; on a failure, the shrunk counterexample, the broken invariant and the
// seed/path to replay it, and exits 1.
import fc from 'fast-check';
import * as lib from '../dist/index.js';
import { validate } from '../dist/report/validate.js';
import { REPORT_SCHEMA } from '../dist/report/schema.js';
import { anyArticle, check } from '../tests/fuzz/properties.mjs';

const seconds = Number(process.argv[2] ?? process.env.FUZZ_SECONDS ?? 60);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
if (!(seconds > 0) || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz.mjs [seconds] [seed]');
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, ${seconds} s`);
await lib.loadParsers(['markdown', 'html']);
let runs = 0;
let lastProblem = null;
const started = Date.now();
const result = fc.check(
  fc.property(anyArticle, (article) => {
    runs++;
    lastProblem = check(lib, { validate, schema: REPORT_SCHEMA, InputError: lib.InputError }, article);
    return lastProblem === null;
  }),
  { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false },
);
const elapsed = ((Date.now() - started) / 1000).toFixed(1);
if (result.failed) {
  const [article] = result.counterexample;
  // Re-run the shrunk case for its own message.
  const problem = check(lib, { validate, schema: REPORT_SCHEMA, InputError: lib.InputError }, article);
  console.log(`fuzz: FAILED after ${result.numRuns} runs (${elapsed} s), seed ${seed}, path ${result.counterexamplePath}`);
  console.log(`format: ${article.format}\nsource: ${JSON.stringify(article.source)}\n${problem ?? lastProblem}`);
  process.exit(1);
}
console.log(`fuzz: ${runs} articles in ${elapsed} s, every invariant held (seed ${seed})`);
